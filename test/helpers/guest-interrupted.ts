// A child for test/pipeline/guest-interrupt.test.ts: one guest launch under the pipeline's signal
// handling, closed in `finally` as pipeline/run.ts does after it has saved the launch (a second
// here); prints BOOTING once qemu runs.
import { Guest } from '../../src/host/guest/index.ts';
import { onInterrupt } from '../../src/pipeline/signals.ts';
import { liveGroups } from '../../src/sys/children.ts';

const stop = onInterrupt((line) => process.stderr.write(`${line}\n`));
const guest = new Guest({ nodes: 2, threads: 2 });
const poll = setInterval(() => {
  if (liveGroups().length > 0) {
    process.stdout.write('BOOTING\n');
    clearInterval(poll);
  }
}, 50);
try {
  const r = await guest.launch(['/bin/sleep', '300'], { timeoutMs: 600_000 });
  process.stdout.write(`DONE ${r.exitCode} ${r.signal}\n`);
  await new Promise((resolve) => setTimeout(resolve, 1000)); // the run records the stopped launch before closing
} finally {
  clearInterval(poll);
  guest.close();
  stop.remove();
}
