/**
 * The commands that show a terminal UI (Ink, imported as ES modules on a terminal). The executable
 * (start.ts) runs them without the code cache, and they do not exit before their UI is done
 * (`interactive` in command-table.ts, which a test keeps equal to this list).
 */
export const UI_COMMANDS: ReadonlySet<string> = new Set(['review', 'quiz']);
