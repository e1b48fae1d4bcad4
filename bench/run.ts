// `npm run bench`: runs every bench/*.bench.ts in turn. Each module's default export prints its own
// side-by-side table (ratios measured in this one run); nothing here asserts on time.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

const dir = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2).filter((a) => !a.startsWith('--')); // flags (e.g. --quick) are read by the benches
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
if (files.length === 0) {
  console.error(`no benchmark matched ${only.join(' ') || '(all)'} in ${dir}`);
  process.exit(2);
}
for (const f of files) {
  console.log(`\n## ${f}`);
  const mod = (await import(pathToFileURL(join(dir, f)).href)) as { default: () => Promise<void> };
  await mod.default();
}
