// Build progress from CMake's own output: Makefiles print "[ 42%] Building ...", Ninja "[12/345] ...".
export function parsePercent(line: string): number | undefined {
  const mk = /^\[\s*(\d{1,3})%\]/.exec(line);
  if (mk) return Math.min(100, Number(mk[1]));
  const nj = /^\[(\d+)\/(\d+)\]/.exec(line);
  if (nj && Number(nj[2]) > 0) return Math.min(100, Math.floor((100 * Number(nj[1])) / Number(nj[2])));
  return undefined;
}

/**
 * CMake numbers progress over the whole project, so building a subset of targets can step back
 * (70% → 20% seen on llama.cpp): report the highest figure so far, so a progress bar only moves forward.
 */
export function forwardProgress(): (line: string) => number | undefined {
  let best = 0;
  return (line) => {
    const p = parsePercent(line);
    if (p === undefined) return undefined;
    best = Math.max(best, p);
    return best;
  };
}
