"""The pandas and numpy side of bench/frames.py: the same operations as colops.awi."""
import statistics
import sys
import time

import numpy as np
import pandas as pd

path, runs = sys.argv[1], int(sys.argv[2])
only = sys.argv[3].split(",") if len(sys.argv) > 3 and sys.argv[3] != "all" else None
out = sys.argv[4] if len(sys.argv) > 4 else "/dev/null"
FRAME_WORK = ["read_csv", "add_scalar", "filter", "dropna", "groupby_mean", "sort", "describe",
              "sort_str_float", "merge_left", "write_csv"]


def timed(name, work):
    if only and name not in only:
        return
    work()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    print(name, statistics.median(times))


t0 = time.perf_counter()
ctd = pd.read_csv(path) if not only or set(only) & set(FRAME_WORK) else None
print("read_csv", time.perf_counter() - t0)


def add_scalar():
    frame = ctd.copy(deep=False)
    frame["t_k"] = frame["temperature"] + 273.15


timed("add_scalar", add_scalar)
timed("filter", lambda: ctd[ctd["depth"] > 100])
timed("dropna", lambda: ctd.dropna())
timed("groupby_mean", lambda: ctd.groupby("station")[["temperature", "salinity"]].mean())
timed("sort", lambda: ctd.sort_values("depth"))
timed("describe", lambda: ctd.describe())
timed("sort_str_float", lambda: ctd.sort_values(["station", "depth"]))
if not only or "merge_left" in only:
    keyed = ctd.assign(key=np.arange(len(ctd)) * 7919 % 400)
    table = pd.DataFrame({"key": np.arange(400), "name": [f"k{i}" for i in range(400)],
                          "weight": np.arange(400) * 0.5})
    timed("merge_left", lambda: keyed.merge(table, on="key", how="left"))
timed("write_csv", lambda: ctd.to_csv(out, index=False))

# The generated frames of colops.awi (grouped summaries and pivots, issue 16).
VERBS = ["groupby_100k", "groupby_100k_q", "pivot_wider_1m", "pivot_longer_1m"]
if not only or set(only) & set(VERBS):
    i = np.arange(1_000_000, dtype=np.int64)
    g = pd.DataFrame({"id": i * 7919 % 100_000, "x": (i * 7907 % 10007) * 0.001})
    r = i * 7919 % 1_000_000
    long = pd.DataFrame({"id": r // 10, "name": (r % 10).astype(str),
                         "v": (i * 7907 % 10007) * 0.001})
    wide = long.pivot(index="id", columns="name", values="v").reset_index()
    stacked = [name for name in wide.columns if name != "id"]
timed("groupby_100k", lambda: g.groupby("id")["x"].agg(m="mean", s="std", n="size"))


def quantile_first():
    grouped = g.groupby("id")["x"]
    return pd.DataFrame({"q": grouped.quantile(0.9), "f": grouped.first()})


timed("groupby_100k_q", quantile_first)
timed("pivot_wider_1m", lambda: long.pivot(index="id", columns="name", values="v"))
timed("pivot_longer_1m", lambda: wide.melt(id_vars=["id"], value_vars=stacked))
a = np.arange(10_000_000, dtype=np.float64) * 0.5
b = a + 1
c = a * 2
timed("fma_10m", lambda: a * b + c)
m1 = np.full((1000, 1000), 0.5)
m2 = np.full((1000, 1000), 0.25)
timed("matmul_1000", lambda: m1 @ m2)
a32, b32, c32 = a.astype(np.float32), b.astype(np.float32), c.astype(np.float32)
timed("fma_10m_f32", lambda: a32 * b32 + c32)
m1_32, m2_32 = m1.astype(np.float32), m2.astype(np.float32)
timed("matmul_1000_f32", lambda: m1_32 @ m2_32)
