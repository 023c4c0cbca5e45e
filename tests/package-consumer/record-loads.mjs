// Registered with --import: every module the ES module loader resolves is appended to the file
// WIRETRACE_LOAD_LOG names (the hooks run on their own thread in Node 20).
import { register } from 'node:module';

register('./load-hooks.mjs', import.meta.url);
