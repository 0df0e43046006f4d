"""Prints the pandas/numpy numbers pasted into the missing-value, NaN-policy and column-basics
script tests (missing_*.awi, nan_*.awi, int_*.awi, series_*.awi, read_csv_*.awi).

Run with pandas 3.1.1 and numpy 2.4.6: python make_missing_reference.py
awi prints floats in their shortest round-trip form, as Python's repr does.
"""
import io

import numpy as np
import pandas as pd

nan = np.nan

# One NaN policy: pandas' skipna. The same values with NaN in different places give one median.
for values in ([1.0, 2.0, nan, 3.0, 4.0], [nan, 1.0, 2.0, 3.0, 4.0], [1.0, 2.0, 3.0, 4.0, nan]):
    print("median", values, pd.Series(values).median())

# Lists follow the same rule as columns.
print("lists", pd.Series([nan, 1.0, 2.0]).min(), pd.Series([1.0, nan, 2.0]).min(),
      pd.Series([3, nan, 1]).max(), pd.Series([1.0, nan, 2.5]).sum(), pd.Series([1.0, nan, 3.0]).mean())

s = pd.Series([4.0, nan, -1.5, None, 12.0, 7.25, nan, 30.0])
print("sum", s.sum(), "mean", s.mean(), "std", s.std(), "min", s.min(), "max", s.max())
print("quantile 0.1 0.25 0.9", s.quantile([0.1, 0.25, 0.9]).tolist())
print("describe", s.describe().tolist())
print("normalize", ((s - s.min()) / (s.max() - s.min())).tolist())
print("standardize", ((s - s.mean()) / s.std()).tolist())

# Sorting: NaN and None both last, for every key, in either direction.
df = pd.DataFrame({"a": [1.0, 1.0, nan, 2.0, 1.0, 2.0], "b": [3.0, None, 5.0, nan, 1.0, 2.0],
                   "r": [0, 1, 2, 3, 4, 5]})
print("sort a,b desc", df.sort_values(["a", "b"], ascending=False, kind="stable")["r"].tolist())
print("sort a,b asc", df.sort_values(["a", "b"], kind="stable")["r"].tolist())
df["s"] = ["x", None, "y", "x", "y", None]
df["t"] = [True, False, True, None, False, True]
print("sort s,a desc", df.sort_values(["s", "a"], ascending=False, kind="stable")["r"].tolist())
print("sort t,s asc", df.sort_values(["t", "s"], kind="stable")["r"].tolist())

# Column basics.
c = pd.Series([1.5, nan, 4.0, None, 2.5, 10.0])
print("cumsum", c.cumsum().tolist())
print("cumprod", c.cumprod().tolist())
print("cummax", c.cummax().tolist())
print("cummin", c.cummin().tolist())
print("diff", c.diff().tolist())
print("diff(2)", c.diff(2).tolist())
print("diff(-1)", c.diff(-1).tolist())
print("shift", c.shift().tolist(), "shift(-2)", c.shift(-2).tolist())
i = pd.Series([5, 3, 8, 8, 1])
print("int cumsum", i.cumsum().tolist(), "cummax", i.cummax().tolist(),
      "cummin", i.cummin().tolist(), "cumprod", i.cumprod().tolist(), "diff", i.diff().tolist())
q = pd.Series([3.0, 1.0, nan, 7.5, 2.25, 10.0, None, 4.0])
print("quantile", [float(q.quantile(x)) for x in (0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 1.0)])
print("quantile ints", pd.Series([1, 2, 3, 4]).quantile([0.25, 0.5, 0.9]).tolist())

x = pd.Series([1.0, 2.0, 3.5, nan, 5.0, 8.0, 9.5])
y = pd.Series([2.0, 4.5, 5.0, 7.0, None, 13.0, 20.0])
z = pd.Series([9, 7, 6, 6, 4, 1, 0])
print("corr x y", x.corr(y), "corr x z", x.corr(z))
print("corr frame", pd.DataFrame({"x": x, "y": y, "z": z}).corr().round(12).values.tolist())

# Files.
print("to_csv one column", repr(pd.DataFrame({"a": [1.0, None, 3.0]}).to_csv(index=False)))
text = "id,depth,flag\n1,-999,ok\n2,-999.0,-999\n3,12.5,bad\n4,-9.99e2,ok\n"
read = pd.read_csv(io.StringIO(text), na_values=[-999])
print("na_values=[-999]", read["depth"].tolist(), read["flag"].tolist())
for header in ["a,a,a.1", "a,b,a,a,a.2"]:
    row = ",".join(str(k) for k in range(len(header.split(","))))
    print("header", header, pd.read_csv(io.StringIO(header + "\n" + row + "\n")).columns.tolist())
big = pd.read_csv(io.StringIO("id,v\n9223372036854775807,1\n9223372036854775808,2\n"))
print("beyond int64 (pandas)", big["id"].dtype, big["id"].tolist())

# Exact ints: pandas compares int64 exactly.
ids = pd.Series([9007199254740992, 9007199254740993, 9007199254740994])
print("== 2^53+1", (ids == 9007199254740993).tolist(), "max", ids.max(), "min", ids.min())
print("clip", ids.clip(upper=9007199254740993).tolist())
print("min max strings", pd.Series(["pear", None, "Apple", "apple"]).min(),
      pd.Series(["pear", None, "Apple", "apple"]).max())
