// Standard normal CDF (via the incomplete gamma function: full relative precision in both tails)
// and quantile (Wichura's AS241, ~1e-16). simple-statistics' probit/cumulativeStdNormalProbability
// are 4-digit approximations and must not be used for decisions.
import { upperIncompleteGamma } from './special.ts';

/** Φ(x). */
export function normCdf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x === Infinity) return 1;
  if (x === -Infinity) return 0;
  // Φ(−|x|) = ½·erfc(|x|/√2) = ½·Q(½, x²/2); the small tail is computed directly, never as 1 − big.
  const tail = 0.5 * upperIncompleteGamma(0.5, (x * x) / 2);
  return x < 0 ? tail : 1 - tail;
}

/** 1 − Φ(x), accurate in the upper tail. */
export function normSf(x: number): number {
  return normCdf(-x);
}

export function normPdf(x: number): number {
  return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
}

// AS241 coefficients, highest power first.
const A = [2.5090809287301226727e3, 3.3430575583588128105e4, 6.7265770927008700853e4, 4.5921953931549871457e4,
  1.3731693765509461125e4, 1.9715909503065514427e3, 1.3314166789178437745e2, 3.387132872796366608];
const B = [5.226495278852854561e3, 2.8729085735721942674e4, 3.930789580009271061e4, 2.1213794301586595867e4,
  5.3941960214247511077e3, 6.871870074920579083e2, 4.2313330701600911252e1, 1];
const C = [7.7454501427834140764e-4, 2.27238449892691845833e-2, 2.4178072517745061177e-1, 1.27045825245236838258,
  3.64784832476320460504, 5.7694972214606914055, 4.6303378461565452959, 1.42343711074968357734];
const D = [1.05075007164441684324e-9, 5.475938084995344946e-4, 1.51986665636164571966e-2, 1.4810397642748007459e-1,
  6.8976733498510000455e-1, 1.6763848301838038494, 2.05319162663775882187, 1];
const E = [2.01033439929228813265e-7, 2.71155556874348757815e-5, 1.2426609473880784386e-3, 2.6532189526576123093e-2,
  2.9656057182850489123e-1, 1.7848265399172913358, 5.4637849111641143699, 6.6579046435011037772];
const F = [2.04426310338993978564e-15, 1.4215117583164458887e-7, 1.8463183175100546818e-5, 7.868691311456132591e-4,
  1.4875361290850615025e-2, 1.3692988092273580531e-1, 5.9983220655588793769e-1, 1];

function horner(c: number[], x: number): number {
  let s = c[0];
  for (let i = 1; i < c.length; i++) s = s * x + c[i];
  return s;
}

/** Φ⁻¹(p), Wichura AS241 (PPND16, ~1e-16 relative). */
export function normQuantile(p: number): number {
  if (Number.isNaN(p) || p < 0 || p > 1) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * horner(A, r)) / horner(B, r);
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  const x = r <= 5 ? horner(C, (r -= 1.6)) / horner(D, r) : horner(E, (r -= 5)) / horner(F, r);
  return q < 0 ? -x : x;
}
