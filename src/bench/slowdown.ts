// The injected slowdown of a variant (--head-slowdown k): native/lpg-slowdown.c, LD_PRELOADed into
// the variant's llama-bench and depth-tool processes, makes each llama_decode take (1 + k) times as
// long, so decode-bound throughput becomes 1/(1+k) of what it was. It can only reach a build whose
// tools import llama_decode from libllama.so (llama.cpp's and ik_llama.cpp's default); a build that
// links it in statically is refused in one line before any launch.
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Plan, Variant, VariantId } from '../plan/types.ts';
import type { BuildOutcome } from '../build/types.ts';
import { nativeArtifact } from '../host/native.ts';
import { UserError } from '../sys/errors.ts';
import { readElfDynamic, type ElfDynamic } from './elf.ts';
import { sharedDepthTool } from './depth-sweep.ts';
import { describeSlowdown } from '../plan/slowdown.ts';

/** The shim's variable for k (read by native/lpg-slowdown.c). */
export const SLOWDOWN_VAR = 'LPG_SLOWDOWN';

/**
 * The tool and the libraries of its build it loads (DT_NEEDED, looked up in its own directory and
 * its RUNPATH, as llama.cpp's build tree has them; system libraries are not read).
 */
function loadGraph(binary: string): { name: string; elf: ElfDynamic }[] | null {
  const first = readElfDynamic(binary);
  if (!first) return null;
  const out = [{ name: basename(binary), elf: first }];
  const dirsOf = (file: string, elf: ElfDynamic) => [dirname(file), ...elf.runpath.map((p) => p.replace(/\$(ORIGIN|\{ORIGIN\})/g, dirname(file)))];
  const queue: { file: string; elf: ElfDynamic }[] = [{ file: binary, elf: first }];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const { file, elf } = queue.shift()!;
    for (const lib of elf.needed) {
      if (seen.has(lib)) continue;
      seen.add(lib);
      const path = dirsOf(file, elf).map((d) => join(d, lib)).find((p) => existsSync(p));
      const dep = path ? readElfDynamic(path) : null;
      if (!path || !dep) continue;
      out.push({ name: lib, elf: dep });
      queue.push({ file: path, elf: dep });
    }
  }
  return out;
}

/**
 * Why a benchmark tool cannot be slowed by the shim, or null when it can: some object it loads (the
 * tool, or a library of its build such as recent llama.cpp's libllama-bench-impl.so) must import
 * llama_decode, so the dynamic linker resolves it, and LD_PRELOAD interposes it.
 */
export function unshimmableReason(binary: string): string | null {
  const graph = loadGraph(binary);
  const name = basename(binary);
  if (!graph) return `${name} is not an ELF executable whose dynamic symbols can be read`;
  if (graph.some((o) => o.elf.imports.has('llama_decode'))) return null;
  const lib = graph.find((o) => /^libllama\.so/.test(o.name));
  if (!lib) return `${name} links libllama statically (no libllama.so among the libraries it loads), so LD_PRELOAD cannot reach its llama_decode`;
  return `${name} loads ${lib.name} but nothing it loads imports llama_decode from it`;
}

/** The flag that set a variant's slowdown, for messages. */
const flagOf = (v: Variant) => `--${v.id === 'A' ? 'base' : 'head'}-slowdown ${v.slowdown}`;

/**
 * Per variant, the environment llama-perf-gate sets itself in its benchmark processes: LD_PRELOAD
 * of the shim and k for a variant with a slowdown, nothing for the other. Every tool the variant
 * will launch (llama-bench, the depth tool of a sweep) is checked: one the shim cannot reach is
 * a one-line error naming the variant, before any launch: a slowdown that is not applied would
 * make the run measure something other than what it says.
 */
export function slowdownEnv(plan: Plan, builds: BuildOutcome[], log: (line: string) => void = () => {}, env: NodeJS.ProcessEnv = process.env): Partial<Record<VariantId, Record<string, string>>> {
  const out: Partial<Record<VariantId, Record<string, string>>> = {};
  const tools = (id: VariantId) => {
    const dir = builds.find((b) => b.variant === id)?.binDir ?? '';
    return [join(dir, 'llama-bench'), ...(plan.depthSweep ? [join(dir, sharedDepthTool(builds))] : [])];
  };
  for (const v of plan.variants) {
    if (v.slowdown === undefined) continue;
    for (const bin of tools(v.id)) {
      const why = unshimmableReason(bin);
      if (why) {
        throw new UserError(
          `variant ${v.id} (${v.name}) asks for an injected slowdown (${flagOf(v)}), but its build cannot be shimmed: ${why}`,
          'build libllama as a shared library (-DBUILD_SHARED_LIBS=ON, the default of llama.cpp and ik_llama.cpp), or drop the slowdown flag',
        );
      }
    }
    const shim = nativeArtifact('lpg-slowdown', env);
    // LD_PRELOAD splits at spaces and colons, with no escape.
    if (/[\s:]/.test(shim)) throw new UserError(`the slowdown shim's path ${shim} holds a space or colon, which LD_PRELOAD cannot take`, 'set LLAMA_PERF_GATE_CACHE to a directory without spaces or colons, e.g. LLAMA_PERF_GATE_CACHE=/var/cache/llama-perf-gate');
    out[v.id] = { LD_PRELOAD: shim, [SLOWDOWN_VAR]: String(v.slowdown) };
    // The shim's test clock (native/lpg-slowdown.c), taken from this process's own environment only.
    if (env.LPG_SLOWDOWN_CLOCK) out[v.id]!.LPG_SLOWDOWN_CLOCK = env.LPG_SLOWDOWN_CLOCK;
    log(`variant ${v.id} (${v.name}): ${describeSlowdown(v.slowdown)} in ${tools(v.id).map((b) => basename(b)).join(' and ')}`);
  }
  return out;
}
