#!/bin/sh
# The seed PR on real ik_llama.cpp: PR 290 ("mmap backed KV cache", branch s6/numa_KV) against its
# base, with the depth sweep (speed and resident memory against KV depth), after an A/A calibration of the base on this host (so the
# PR's report quotes the host's own noise). Not run in CI: it builds ik_llama.cpp twice.
#
# usage: scripts/ik-seed-pr.sh IK_CHECKOUT OUT_DIR [MODELS] [MAX_BLOCKS]
#   IK_CHECKOUT  your own clone of https://github.com/ikawrakow/ik_llama.cpp holding both commits
#                (this script fetches nothing; `git -C IK_CHECKOUT fetch origin s6/numa_KV` if needed)
#   OUT_DIR      where the A/A run (OUT_DIR/aa) and the PR run (OUT_DIR/pr290) write results and reports
#   MODELS       one model or a comma-separated list, each a .gguf path or a synthetic preset NAME[:TYPE]
#                (written into the cache once), all in one experiment, decided per model; e.g. the
#                three sizes × f16/q8_0: m43,m43-q8,smollm2-360m,smollm2-360m:q8_0,llama-1b,llama-1b:q8_0
#                (m43 / m43-q8: the 43.7M-parameter synthetic model, f16 / q8_0, written to OUT_DIR).
#                Default m43. With several models the depth sweep runs as its own experiment on the first.
#   MAX_BLOCKS   default 6 (a ±2% answer needs far more on a busy 2-core VM: see the A/A line)
# Environment: LLAMA_PERF_GATE_CACHE (build cache, default ~/.cache/llama-perf-gate), THREADS (2),
# WORKLOADS (pp512,tg128,tg64@pp2048), DEPTHS (the PR run's depth sweep, in one llama-sweep-bench
# context of 16384 with -ub 512: default 0,512,1024,1536,8192,15872; none:
# off), AA_BLOCKS (the A/A's blocks, default MAX_BLOCKS; the A/A runs the workloads only, since a
# 16k sweep per launch would double its time), TIMEOUT (seconds per launch, default 1800: one 16k
# sweep of the 2025 sweep-bench took 3–10 minutes on a shared 2-core VM, and hit the default 600),
# NO_MMAP=1 (read the models instead of mapping them: a host whose DAMON evicts a mapped 1B model's
# pages between launches measures the disk, not the PR).
set -eu
[ $# -ge 2 ] || { sed -n '2,25p' "$0" >&2; exit 2; }
IK=$1
OUT=$2
MODELS=${3:-m43}
BLOCKS=${4:-6}
BASE=a22250df93fd833a6cb7f310b159ad1b54e4d582 # PR 290's base: "llama-bench: enable having different number of threads for tg and pp (#284)"
HEAD=f31aca2d4028f53ad28489df92ec19cf72d50aab # PR 290's head (s6/numa_KV): "Whitespace"
THREADS=${THREADS:-2}
WORKLOADS=${WORKLOADS:-pp512,tg128,tg64@pp2048}
DEPTHS=${DEPTHS:-0,512,1024,1536,8192,15872}
AA_BLOCKS=${AA_BLOCKS:-$BLOCKS}
MMAP=
[ "${NO_MMAP:-0}" = 1 ] && MMAP=--no-mmap
TIMEOUT=${TIMEOUT:-1800}

ROOT=$(cd "$(dirname "$0")/.." && pwd)
NODE="$ROOT/node_modules/.bin/node"
[ -x "$NODE" ] || NODE=node
lpg() { "$NODE" "$ROOT/src/cli/main.ts" "$@"; }

for c in $BASE $HEAD; do
  git -C "$IK" cat-file -e "$c^{commit}" 2>/dev/null || { echo "error: $IK does not hold commit $c (fetch PR 290: git -C $IK fetch origin s6/numa_KV)" >&2; exit 2; }
done
mkdir -p "$OUT"
# m43 and m43-q8 stand for the recipe's own model (f16, q8_0), written once into OUT_DIR.
MODEL=
for m in $(echo "$MODELS" | tr ',' ' '); do
  case $m in
    m43) m="$OUT/m43.gguf"; [ -f "$m" ] || lpg model --out "$m" --embd 512 --layers 8 --ff 1536 --heads 8 --kv-heads 8 ;;
    m43-q8) m="$OUT/m43-q8.gguf"; [ -f "$m" ] || lpg model --out "$m" --embd 512 --layers 8 --ff 1536 --heads 8 --kv-heads 8 --type q8_0 ;;
  esac
  MODEL="${MODEL:+$MODEL,}$m"
done
FIRST=${MODEL%%,*}

echo "== A/A calibration of the base on this host ($AA_BLOCKS blocks)"
lpg calibrate --repo "$IK" --base "$BASE" --model "$MODEL" --workloads "$WORKLOADS" --threads "$THREADS" \
  --max-blocks "$AA_BLOCKS" --depth-sweep none $MMAP --out "$OUT/aa" || true

set +e
if [ "$MODEL" = "$FIRST" ]; then
  echo "== PR 290: base vs head ($BLOCKS blocks), speed and memory at depths $DEPTHS"
  lpg run --repo "$IK" --base "$BASE" --head "$HEAD" --base-name base --head-name pr290 --model "$MODEL" \
    --workloads "$WORKLOADS" --threads "$THREADS" --max-blocks "$BLOCKS" --depth-sweep "$DEPTHS" $MMAP --timeout "$TIMEOUT" --out "$OUT/pr290"
  rc=$?
  reports="$OUT/pr290/report.md"
else
  echo "== PR 290: base vs head ($BLOCKS blocks) on $MODELS, one experiment, decided per model"
  lpg run --repo "$IK" --base "$BASE" --head "$HEAD" --base-name base --head-name pr290 --model "$MODEL" \
    --workloads "$WORKLOADS" --threads "$THREADS" --max-blocks "$BLOCKS" --depth-sweep none $MMAP --timeout "$TIMEOUT" --out "$OUT/pr290"
  rc=$?
  reports="$OUT/pr290/report.md"
  if [ "$DEPTHS" != none ]; then
    echo "== PR 290: memory and speed at depths $DEPTHS on $FIRST"
    lpg run --repo "$IK" --base "$BASE" --head "$HEAD" --base-name base --head-name pr290 --model "$FIRST" \
      --workloads "$WORKLOADS" --threads "$THREADS" --max-blocks "$BLOCKS" --depth-sweep "$DEPTHS" $MMAP --timeout "$TIMEOUT" --out "$OUT/pr290-depth"
    d=$?
    [ $rc -ne 0 ] || rc=$d
    reports="$reports $OUT/pr290-depth/report.md"
  fi
fi
set -e
echo "reports: $OUT/aa/report.md $reports"
exit $rc
