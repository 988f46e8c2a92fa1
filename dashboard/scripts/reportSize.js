// Prints the gzipped size of the JavaScript the dashboard loads first (the entry chunk and its static imports,
// from Vite's manifest) and fails the build over the budget of issue #6: 300 KB gzipped. Lazy chunks (the pages,
// recharts, GraphiQL) are listed apart, since they load only when their page is opened.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 300 * 1024;
const dist = path.join(import.meta.dirname, '..', 'dist');
const manifest = JSON.parse(readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8'));

const gzipped = (file) => gzipSync(readFileSync(path.join(dist, file))).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
const initial = new Set();
const visit = (key) => {
  if (initial.has(key)) return;
  initial.add(key);
  for (const imported of manifest[key].imports ?? []) visit(imported);
};
visit(entry);

let total = 0;
console.log('Initial JavaScript (gzipped):');
for (const key of initial) {
  const size = gzipped(manifest[key].file);
  total += size;
  console.log(`  ${kb(size).padStart(10)}  ${manifest[key].file}`);
}
const lazy = Object.keys(manifest).filter((key) => !initial.has(key) && manifest[key].file.endsWith('.js'));
const lazyTotal = lazy.reduce((sum, key) => sum + gzipped(manifest[key].file), 0);
console.log(`  ${kb(total).padStart(10)}  total, budget ${kb(BUDGET_BYTES)}`);
console.log(`Loaded on demand: ${lazy.length} chunks, ${kb(lazyTotal)} gzipped.`);
if (total > BUDGET_BYTES) {
  console.error(`The initial JavaScript is ${kb(total)} gzipped, over the budget of ${kb(BUDGET_BYTES)}.`);
  process.exit(1);
}
