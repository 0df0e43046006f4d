"""pandas side of bench/frames/missing_ops.awi: the same operations on the same 2M rows."""
import numpy as np, pandas as pd, time, statistics
n = 2_000_000
i = np.arange(n)
df = pd.DataFrame({"depth": (i * 7919 % 1000) * 0.5, "id": i * 31 % 100003, "ok": i % 3 == 0})
def timed(name, f):
    f(); ts = []
    for _ in range(5):
        t = time.perf_counter(); f(); ts.append(time.perf_counter() - t)
    print(name, statistics.median(ts))
timed("float_gt_int", lambda: df[df.depth > 100])
timed("int_eq_int", lambda: df[df.id == 500])
timed("int_gt_float", lambda: df[df.id > 500.5])
timed("not_col", lambda: df[~df.ok])
timed("sort_multi_rev", lambda: df.sort_values(["depth", "id"], ascending=False, kind="stable"))
timed("describe", lambda: df.describe())
timed("median", lambda: df.depth.median())
timed("cumsum", lambda: df.depth.cumsum())
