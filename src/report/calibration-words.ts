// The line a run on a calibrated host carries (results notes, `calibrate`'s output): the host's A/A
// spread for the run's workloads, from the stored calibration (store/calibration.ts).
import { calibratedFor, type CalibrationKey, type HostCalibration } from '../store/calibration.ts';

const pct = (x: number, digits = 1) => `${(100 * x).toFixed(digits)}%`;

/**
 * "This host's A/A spread: pp512 1.8% (a ±2% call needs ~6 blocks), ...", for the workloads of the
 * run at hand (matched by their normalised label and their model's content). Null when none of
 * them was calibrated on that model.
 */
export function calibrationNote(cal: HostCalibration, wanted: readonly CalibrationKey[]): string | null {
  const mine = calibratedFor(cal, wanted);
  if (mine.length === 0) return null;
  const parts = mine.map((w) => `${w.workload} ${pct(w.spread)} (a ±2% call needs ~${w.blocksFor2pct} blocks; A/A B/A ${w.ratio?.toFixed(3) ?? '–'}, implied false-call rate ${pct(w.falseCallRate, 0)} at ${w.blocks} blocks)`);
  return `This host's A/A spread (calibrated ${cal.createdAt.slice(0, 10)} on ${cal.ref.slice(0, 12)}, identical binaries): ${parts.join('; ')}. A change smaller than this spread is within what the host produces by itself.`;
}
