/**
 * JSON for stdout. JSON.stringify already escapes C0 controls; C1 controls, DEL and bidi
 * overrides are escaped too, so the output is safe to print on a terminal and parses to the same data.
 */
const UNSAFE = /[\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

export function toJson(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(UNSAFE, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}
