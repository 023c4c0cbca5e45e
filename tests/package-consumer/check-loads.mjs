// What loading the package loads, and what each first use adds: ES modules (from the resolve
// hook's log), CommonJS modules (require's cache) and files read with readFileSync. Prints JSON.
import fs from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { fileURLToPath } from 'node:url';

const reads = [];
const readFileSync = fs.readFileSync;
fs.readFileSync = function (file, ...rest) {
  reads.push(file instanceof URL ? fileURLToPath(file) : String(file));
  return readFileSync.call(this, file, ...rest);
};
syncBuiltinESMExports();

const require = createRequire(import.meta.url);
const snapshot = () => ({
  modules: [...readFileSync(process.env.WIRETRACE_LOAD_LOG, 'utf8').trim().split('\n'), ...Object.keys(require.cache)],
  reads: [...reads],
});

const lib = await import('wiretrace');
const imported = snapshot();
lib.classifyPair('Officials said the vote had been delayed because of the storm.', 'The ballot was postponed owing to the storm, officials stated.');
const classified = snapshot();
const [page, other] = process.argv.slice(2);
await lib.analyzeFiles([page, other]);
const pageRead = snapshot();
console.log(JSON.stringify({ imported, classified, pageRead }));
