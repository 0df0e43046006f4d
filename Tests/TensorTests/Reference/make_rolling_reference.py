"""Writes rolling_reference.json: pandas' Series.rolling(w).{mean,sum,min,max,std}() on
series defined by formulas, which the Swift tests rebuild exactly:
x[i] = sin(0.37 i) * 50 + 20 + (i % 11) / 8, 4.25 for 300 <= i < 340 (a constant run),
then NaN where i % 97 == 13. The results are stored as hex floats, NaN as null.

    python3 Tests/TensorTests/Reference/make_rolling_reference.py"""
import json
import math
import os

import numpy as np
import pandas as pd


def series(n):
    x = np.array([math.sin(0.37 * i) * 50 + 20 + (i % 11) / 8 for i in range(n)])
    x[300:340] = 4.25  # empty for n < 300
    x[[i for i in range(n) if i % 97 == 13]] = np.nan
    return pd.Series(x)


out = {"pandas": pd.__version__, "cases": []}
for n, window in [(360, 1), (360, 3), (360, 25), (120, 120), (120, 121)]:
    s = series(n)
    case = {"n": n, "window": window}
    for stat in ["mean", "sum", "min", "max", "std"]:
        values = getattr(s.rolling(window), stat)()
        case[stat] = [None if math.isnan(v) else float(v).hex() for v in values]
    out["cases"].append(case)
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "rolling_reference.json")
with open(path, "w") as f:
    json.dump(out, f, separators=(",", ":"))
    f.write("\n")
