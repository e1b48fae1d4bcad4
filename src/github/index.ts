// Bundle entry (dist/index.js): the runner starts this file with node24.
import { main } from './main.ts';

await main();
