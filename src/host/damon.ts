// Proactive reclaim (issue 24): a kernel that pages out cold memory on its own drops the clean file
// pages of a memory-mapped model between launches (with no swap, file pages are all it can drop), so
// each launch reads the model back from disk: measured here, tg32 of a 1.75 GiB model fell from 26
// to 1.2–2.7 t/s. Read from DAMON's sysfs interface, as the kernel documents it:
// - /sys/kernel/mm/damon/admin/kdamonds/<K>/state reads "on" or "off"
//   (Documentation/ABI/testing/sysfs-kernel-mm-damon);
// - …/kdamonds/<K>/contexts/<C>/schemes/<S>/action names what a scheme does to the regions it
//   matches; "pageout" reclaims them (https://docs.kernel.org/admin-guide/mm/damon/usage.html);
// - /sys/module/damon_reclaim/parameters/enabled is Y while the DAMON_RECLAIM module runs, which
//   pages out cold memory by design (https://docs.kernel.org/admin-guide/mm/damon/reclaim.html).
// The files are root-only (mode 0600): unreadable ones make the answer unknown, never "not active".
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface Kdamond {
  id: string;
  /** "on" / "off"; null when unreadable. */
  state: string | null;
  /** Every scheme's action across its contexts ("pageout", "stat", …); null entries were unreadable. */
  actions: (string | null)[];
}

export interface ProactiveReclaim {
  /** A kdamond is on with a pageout scheme, or DAMON_RECLAIM is enabled; null: could not tell. */
  active: boolean | null;
  kdamonds: Kdamond[];
  /** DAMON_RECLAIM's `enabled` parameter; null when the module is not there. */
  damonReclaim: boolean | null;
}

const ADMIN = 'sys/kernel/mm/damon/admin/kdamonds';
const RECLAIM_ENABLED = 'sys/module/damon_reclaim/parameters/enabled';

/** One line, the run's and the report's: the lever that avoids it is named. */
export const RECLAIM_MMAP_WARNING =
  "proactive reclaim (DAMON pageout) is active: the model's clean file pages can be evicted between launches; use --no-mmap";

function read(root: string, rel: string): string | null {
  try {
    return readFileSync(join(root, rel), 'utf8').trim();
  } catch {
    return null;
  }
}

/** The numbered directories kdamonds/, contexts/ and schemes/ hold, in numeric order. */
function numbered(root: string, rel: string): string[] {
  try {
    return readdirSync(join(root, rel)).filter((d) => /^\d+$/.test(d)).sort((a, b) => Number(a) - Number(b));
  } catch {
    return [];
  }
}

export function readProactiveReclaim(root = '/'): ProactiveReclaim {
  const kdamonds = numbered(root, ADMIN).map((id): Kdamond => {
    const base = `${ADMIN}/${id}`;
    const actions = numbered(root, `${base}/contexts`).flatMap((c) =>
      numbered(root, `${base}/contexts/${c}/schemes`).map((s) => read(root, `${base}/contexts/${c}/schemes/${s}/action`)),
    );
    return { id, state: read(root, `${base}/state`), actions };
  });
  const enabled = read(root, RECLAIM_ENABLED);
  const damonReclaim = enabled === null ? null : /^(Y|1)$/i.test(enabled);
  const reclaiming = (k: Kdamond) => k.state === 'on' && k.actions.includes('pageout');
  // Unknown when a kdamond could be reclaiming but its files could not be read.
  const unknown = (k: Kdamond) => k.state === null || (k.state === 'on' && k.actions.includes(null));
  const active = damonReclaim === true || kdamonds.some(reclaiming) ? true : kdamonds.some(unknown) ? null : false;
  return { active, kdamonds, damonReclaim };
}

/** The run's warning when reclaim is active and the model is memory-mapped (no --no-mmap). */
export function reclaimWarning(r: ProactiveReclaim | null | undefined, modelMapped: boolean): string | null {
  return r?.active === true && modelMapped ? RECLAIM_MMAP_WARNING : null;
}

/** The host section's row: what is reclaiming, or why it is not known. */
export function describeReclaim(r: ProactiveReclaim | null | undefined): string {
  if (!r) return 'not recorded';
  const on = r.kdamonds.filter((k) => k.state === 'on' && k.actions.includes('pageout')).map((k) => `kdamond ${k.id}`);
  if (r.damonReclaim) on.push('damon_reclaim');
  if (r.active === true) return `DAMON pageout active (${on.join(', ')})`;
  if (r.active === null) return 'unknown (DAMON state not readable; run as root to read it)';
  return r.kdamonds.length || r.damonReclaim !== null ? 'none (DAMON present, no pageout scheme running)' : 'none';
}
