// A machine without the browser the report tests drive (README's set-up line names it): the browser
// helper fails in one line naming the package to install, never with playwright's launch trace.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BROWSER = fileURLToPath(new URL('./browser.ts', import.meta.url));

test('no chromium: launch() fails in one line naming the package chromium to install', () => {
  const script = `import(${JSON.stringify(BROWSER)}).then((m) => m.launch()).then(() => console.log('launched'), (e) => console.log(e.message))`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, CHROMIUM: '/nonexistent/chromium' }, encoding: 'utf8', timeout: 30_000 });
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines.length, 1, r.stdout + r.stderr);
  assert.match(lines[0], /^no browser at \/nonexistent\/chromium: install the system package chromium \(apt-get install chromium\)/);
});
