import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-LCLRZKD3.js";

// src/host/native.ts
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
var FLAGS = {
  "lpg-measure": { args: ["-O2", "-Wall"], ext: "" },
  "lpg-probe": { args: ["-O2", "-Wall", "-fPIC", "-shared", "-pthread"], ext: ".so" },
  // LD_PRELOADed into benchmark processes (src/bench/slowdown.ts); dlsym needs -ldl before glibc 2.34.
  "lpg-slowdown": { args: ["-O2", "-Wall", "-fPIC", "-shared"], ext: ".so", libs: ["-ldl"] }
};
function nativeSourceDir() {
  const candidates = ["../../native/", "../native/"].map((rel) => fileURLToPath(new URL(rel, import.meta.url)));
  return candidates.find((d) => existsSync(join(d, "lpg-measure.c"))) ?? candidates[0];
}
function nativeCacheDir(env = process.env) {
  const base = env.LLAMA_PERF_GATE_CACHE || join(homedir(), ".cache", "llama-perf-gate");
  return join(base, "native");
}
function compiler(env) {
  const cc = env.CC || "cc";
  try {
    execFileSync(cc, ["--version"], { stdio: "ignore" });
  } catch {
    throw new UserError(
      `no C compiler found (tried "${cc}"): llama-perf-gate compiles its small native helpers (native/*.c) at first use`,
      "install one: apt-get install gcc (Debian/Ubuntu) or dnf install gcc; or set CC to a compiler"
    );
  }
  return cc;
}
var built = /* @__PURE__ */ new Map();
function nativeArtifact(name, env = process.env) {
  const src = join(nativeSourceDir(), `${name}.c`);
  let source;
  try {
    source = readFileSync(src);
  } catch {
    throw new UserError(`native source ${src} is missing`, "reinstall llama-perf-gate: the native/ folder ships with it");
  }
  const { args, ext, libs = [] } = FLAGS[name];
  const headers = readdirSync(nativeSourceDir()).filter((f) => f.startsWith(`${name}-`) && f.endsWith(".h")).sort();
  const h = createHash("sha256").update(source);
  for (const f of headers) h.update(f).update(readFileSync(join(nativeSourceDir(), f)));
  const hash = h.update([...args, ...libs].join(" ")).digest("hex").slice(0, 16);
  const dir = nativeCacheDir(env);
  const out = join(dir, `${name}-${hash}${ext}`);
  if (built.get(name) === out || existsSync(out)) {
    built.set(name, out);
    return out;
  }
  const cc = compiler(env);
  mkdirSync(dir, { recursive: true });
  const tmp = `${out}.tmp-${process.pid}`;
  try {
    execFileSync(cc, [...args, "-o", tmp, src, ...libs], { stdio: ["ignore", "ignore", "pipe"] });
  } catch (e) {
    rmSync(tmp, { force: true });
    const stderr = e.stderr?.toString().trim() ?? String(e);
    throw new UserError(`compiling ${src} with ${cc} failed:
${stderr}`, "check that the compiler works (cc --version) and gcc/libc headers are installed (apt-get install gcc libc6-dev)");
  }
  renameSync(tmp, out);
  built.set(name, out);
  return out;
}

export {
  nativeArtifact
};
