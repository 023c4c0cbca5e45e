/**
 * Article text is untrusted: before any of it reaches a terminal, escape sequences (CSI, OSC,
 * DCS…), C0 and C1 control characters, DEL, and bidirectional overrides are removed. Tabs become
 * spaces; line breaks are kept only where the caller allows them.
 */

// ESC followed by a sequence: CSI (ESC [ … final), OSC / DCS / SOS / PM / APC (… terminated by BEL or ESC \), or a two-byte escape.
const ESCAPE_SEQUENCE = /\u001b(?:\[[0-?]*[ -/]*[@-~]?|[\]PX^_][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_]?)/g;
// 8-bit CSI / OSC and friends, with their parameters.
const C1_SEQUENCE = /[\u009b][0-?]*[ -/]*[@-~]?|[\u009d\u0090\u0098\u009e\u009f][^\u0007\u009c]*[\u0007\u009c]?/g;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Remove every terminal control sequence and control character; keep line breaks when `keepNewlines`. */
export function sanitizeForTerminal(text: string, keepNewlines = false): string {
  const cleaned = text
    .replace(ESCAPE_SEQUENCE, '')
    .replace(C1_SEQUENCE, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(CONTROL, '');
  return keepNewlines ? cleaned : cleaned.replace(/\n/g, ' ');
}

/** True when a string holds no character a terminal would act on (other than line breaks). */
export function isTerminalSafe(text: string): boolean {
  return !/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(text);
}
