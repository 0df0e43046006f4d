"""Writes reduce_reference.json: numpy and pandas results the Tensor tests compare against.

    python3 Tests/TensorTests/Reference/make_reduce_reference.py

The input arrays are defined by formulas (no random numbers), so the Swift tests rebuild
them exactly: x[i] = sin(i) * 1000 + 1 / (i + 1) for i < n."""
import json
import math
import os

import numpy as np
import pandas as pd

out = {"numpy": np.__version__, "pandas": pd.__version__, "cases": []}
for n in [0, 1, 7, 8, 9, 127, 128, 129, 1000, 10007, 100003]:
    x = np.array([math.sin(i) * 1000 + 1 / (i + 1) for i in range(n)], dtype=np.float64)
    case = {"n": n, "sum": float(np.sum(x)).hex()}
    if n > 1:
        s = pd.Series(x)
        case["mean"] = float(s.mean()).hex()
        case["std"] = float(s.std()).hex()
        case["q25"] = float(s.quantile(0.25)).hex()
        case["median"] = float(s.median()).hex()
    out["cases"].append(case)
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "reduce_reference.json")
with open(path, "w") as f:
    json.dump(out, f, indent=1)
    f.write("\n")
