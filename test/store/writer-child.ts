// Child process of the kill -9 test: appends launches to an experiment in a loop, printing each
// seq after its transaction committed, until it is killed.
import { ExperimentStore } from '../../src/store/experiment-store.ts';
import { launches, testPlan } from './helpers.ts';

const [path, id, startText] = process.argv.slice(2);
const store = ExperimentStore.open(path);
const plan = testPlan('pp512,tg128,tg128@d4096', 1000);
let seq = 0;
const start = Number(startText);
for (const l of launches(plan, 1000, 0.97, 0.02, start + 1)) {
  if (l.seq < start) continue;
  if (l.slot === 0) store.saveBlockOrder(id, l.block, plan.workloads.flatMap((w) => [{ variant: 'A' as const, workload: w.id }, { variant: 'B' as const, workload: w.id }]));
  store.appendLaunch(id, l, l.records[0].avgTs, 'mainline', l.variant === 'A' ? '80fb11a-aaaa' : '80fb11a-bbbb');
  process.stdout.write(`${l.seq}\n`);
  seq++;
}
