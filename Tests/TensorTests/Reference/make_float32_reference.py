"""Writes float32_reference.json: numpy's float32 results the Float32Tests compare against.

    /tmp/peers-venv/bin/python Tests/TensorTests/Reference/make_float32_reference.py

Inputs are formulas the Swift tests rebuild exactly: value(i, p, q) is the float64
((i * p) % q - q // 2) / 37.0 rounded to float32. Results are float(v).hex() of each float32
(exact), so the tests compare bits; matmul results, whose order of additions depends on the
BLAS, are compared with a tolerance."""
import json
import os

import numpy as np


def values(count, p=7919, q=10007):
    return np.array([((i * p) % q - q // 2) / 37.0 for i in range(count)]).astype(np.float32)


def hexes(array):
    return [float(v).hex() for v in np.asarray(array).ravel()]


out = {"numpy": np.__version__, "sums": [], "moments": [], "axes": [], "matmul": []}
for count in [0, 7, 8, 100, 128, 129, 1000, 12345, 1000003]:
    x = values(count)
    assert x.sum().dtype == np.float32
    out["sums"].append({"count": count, "sum": float(x.sum()).hex()})
for count in [5, 12345]:
    x = values(count)
    out["moments"].append({
        "count": count, "mean": float(x.mean()).hex(), "std0": float(x.std()).hex(),
        "std1": float(x.std(ddof=1)).hex(), "min": float(x.min()).hex(),
        "max": float(x.max()).hex()})
for shape in [[37, 300], [4, 5, 6], [3, 1000]]:
    x = values(int(np.prod(shape))).reshape(shape)
    for axis in range(len(shape)):
        out["axes"].append({
            "shape": shape, "axis": axis, "sum": hexes(x.sum(axis=axis)),
            "mean": hexes(x.mean(axis=axis)), "std1": hexes(x.std(axis=axis, ddof=1)),
            "min": hexes(x.min(axis=axis)), "max": hexes(x.max(axis=axis))})
a, b, c = values(1000), values(1000, 104729, 7907), values(1000, 15485863, 9973)
out["fma"] = hexes(a * b + c)
out["weak_scalar"] = hexes(a * 0.1 + 3)
assert (a * 0.1 + 3).dtype == np.float32
mixed = a + values(1000, 104729, 7907).astype(np.float64) / 3.0
assert mixed.dtype == np.float64
out["mixed"] = hexes(mixed)
for m, k, n in [(3, 4, 5), (17, 33, 9), (64, 300, 70)]:
    left = values(m * k).reshape(m, k)
    right = values(k * n, 104729, 7907).reshape(k, n)
    product = left @ right
    assert product.dtype == np.float32
    out["matmul"].append({"m": m, "k": k, "n": n, "c": hexes(product)})
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "float32_reference.json")
with open(path, "w") as f:
    json.dump(out, f)
    f.write("\n")
