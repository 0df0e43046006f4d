#!/bin/bash
# CPU time per 1000×1000 matrix product, awish against numpy, each on one CPU: robust on a
# shared machine, where wall time mostly measures waiting for a core.
#
#     swift build -c release && bash bench/matmul_cpu.sh [N] [PYTHON] [builtin|openblas]
#
# awish: `perf stat` task-clock of a script doing N+1 products less one doing 1 (apt-get install
# linux-perf), pinned to CPU 1 (its two threads then share it). numpy: time.process_time over N
# products, OPENBLAS_NUM_THREADS=1, without OPENBLAS_CORETYPE/OPENBLAS_L2_SIZE. awish ignores
# OpenBLAS (AWISH_NO_BLAS=1): these are the bare-machine figures; with `openblas` it is made to
# use the machine's OpenBLAS instead (AWISH_BLAS=1, OPENBLAS_NUM_THREADS=1). Prints ms of CPU
# per product.
set -euo pipefail
N=${1:-10}
PY=${2:-python3}
MODE=${3:-builtin}
if [ "$MODE" = openblas ]; then
  AWISH_SWITCH=(AWISH_BLAS=1 OPENBLAS_NUM_THREADS=1)
else
  AWISH_SWITCH=(AWISH_NO_BLAS=1)
fi
ROOT=$(cd "$(dirname "$0")/.." && pwd)
AWISH=$ROOT/.build/release/awish
SCRIPT=$(mktemp --suffix=.awi)
trap 'rm -f "$SCRIPT"' EXIT
cat > "$SCRIPT" <<'AWI'
m1 = ones(1000, 1000) * 0.5
m2 = ones(1000, 1000) * 0.25
m1_32 = astype(m1, "float32")
m2_32 = astype(m2, "float32")
for r in 0..<params.count {
  x = if params.kind == "f64" { m1 @ m2 } else { m1_32 @ m2_32 }
}
AWI
for kind in f64 f32; do
  one=$(env "${AWISH_SWITCH[@]}" perf stat -x, -e task-clock taskset -c 1 "$AWISH" run "$SCRIPT" \
    --param kind=$kind --param count=1 2>&1 >/dev/null | grep task-clock | cut -d, -f1)
  all=$(env "${AWISH_SWITCH[@]}" perf stat -x, -e task-clock taskset -c 1 "$AWISH" run "$SCRIPT" \
    --param kind=$kind --param count=$((N + 1)) 2>&1 >/dev/null | grep task-clock | cut -d, -f1)
  echo "awish ($MODE) $kind $(python3 -c "print(round(($all - $one) / $N, 2))") ms"
done
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE OPENBLAS_NUM_THREADS=1 taskset -c 1 "$PY" -c "
import time, numpy as np
a, b = np.full((1000, 1000), 0.5), np.full((1000, 1000), 0.25)
for name, dtype in (('f64', np.float64), ('f32', np.float32)):
    x, y = a.astype(dtype), b.astype(dtype)
    x @ y
    start = time.process_time()
    for _ in range($N):
        x @ y
    print('numpy', name, round((time.process_time() - start) / $N * 1000, 2), 'ms')
"
