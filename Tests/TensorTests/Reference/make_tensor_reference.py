"""Writes tensor_reference.json: numpy results the Tensor tests compare against.

    python3 Tests/TensorTests/Reference/make_tensor_reference.py

Inputs are formulas (no random numbers) the Swift tests rebuild exactly:
a[i][j] = cos(i * 7 + j) and b[i][j] = sin(i - 3 * j) / (j + 1)."""
import json
import math
import os

import numpy as np

def a(m, k):
    return np.array([[math.cos(i * 7 + j) for j in range(k)] for i in range(m)])

def b(k, n):
    return np.array([[math.sin(i - 3 * j) / (j + 1) for j in range(n)] for i in range(k)])

out = {"numpy": np.__version__, "matmul": []}
for m, k, n in [(1, 1, 1), (3, 4, 5), (17, 33, 9), (64, 300, 70)]:
    c = a(m, k) @ b(k, n)
    out["matmul"].append({"m": m, "k": k, "n": n,
                          "c": [float(v).hex() for v in c.ravel()]})
x = np.arange(24, dtype=np.float64).reshape(2, 3, 4)
out["sum_axis1"] = x.sum(axis=1).ravel().tolist()
out["broadcast"] = (x + np.array([10.0, 20.0, 30.0, 40.0])).ravel().tolist()
out["transpose"] = x.transpose().ravel().tolist()
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tensor_reference.json")
with open(path, "w") as f:
    json.dump(out, f)
    f.write("\n")
