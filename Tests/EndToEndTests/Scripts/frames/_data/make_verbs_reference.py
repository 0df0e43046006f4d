"""Prints the pandas numbers pasted into the frame-verb script tests (verbs_*.awi).

Run with pandas 3.1.1: python make_verbs_reference.py
"""
import numpy as np
import pandas as pd

left = pd.DataFrame({"k": ["b", "a", "b", "c", None], "v": [1.0, 2, 3, 4, 5]})
right = pd.DataFrame({"k": ["a", "b", "d", "b", None], "v": [10.0, 20, 30, 40, 50]})
for how in ["inner", "left", "outer"]:
    merged = pd.merge(left, right, on="k", how=how)
    print(f"merge how={how}:", merged["k"].tolist(), merged["v_x"].tolist(), merged["v_y"].tolist())

a = pd.DataFrame({"x": [1, 2], "s": ["p", "q"]})
b = pd.DataFrame({"x": [0.5], "t": [True]})
stacked = pd.concat([a, b], ignore_index=True)
print("concat:", stacked["x"].tolist(), stacked["s"].tolist(), stacked["t"].tolist())

s = pd.Series([np.nan, 1.0, np.nan, np.nan, 4.5, np.nan])
print("ffill:", s.ffill().tolist())
print("bfill:", s.bfill().tolist())
print("fillna(mean):", s.fillna(s.mean()).tolist())
print("interpolate(linear):", s.interpolate(method="linear").tolist())

r = pd.Series([1.0, 2.5, 4.0, np.nan, 5.0, 6.5, 7.0, 10.0])
for fn in ["mean", "sum", "min", "max", "std"]:
    print(f"rolling(3).{fn}():", getattr(r.rolling(3), fn)().tolist())

counted = pd.DataFrame({"a": [1, None, 3], "b": ["x", "y", None]}).count()
print("count:", counted.to_dict())

wide = pd.DataFrame({"station": ["A", "B"], "t5": [1.5, 2.5], "t10": [1.0, 2.0]})
long = wide.melt(id_vars=["station"], value_vars=["t5", "t10"], ignore_index=False)
long = long.sort_index(kind="stable")
print("melt:", long["station"].tolist(), long["variable"].tolist(), long["value"].tolist())
back = long.pivot(index="station", columns="variable", values="value")
print("pivot:", back["t5"].tolist(), back["t10"].tolist())

print("astype(float):", pd.Series(["1.5", "2", "-3e2"]).astype(float).tolist())
