"""Writes float_display_reference.json: how pandas' DataFrame.to_string prints float columns
(one format per column: aligned decimals, scientific when needed) for frames that
FloatDisplayReferenceTests rebuilds in awi and prints. Long frames are printed with
max_rows=12, min_rows=10, the five head and five tail rows awish shows. Values are written
as Python's repr (which awi reads back exactly), "nan"/"inf"/"-inf", or null for missing;
the expected cells are the stripped text of each shown row, pandas' NaN for NaN and missing.

    python3 Tests/EndToEndTests/Reference/make_float_display_reference.py"""
import json
import math
import os

import pandas as pd

NAN = float("nan")
INF = float("inf")

frames = [
    {"bill": [39.1, 39.5, 40.3, None, 36.7], "mass": [3750.0, 3800.0, 3250.0, None, 3450.0]},
    {"mixed": [0.1, 1234.5678, -2.25, 3.0], "temp": [-1.8, -1.75, 0.0, 2.125]},
    {"tiny": [1e-7, 1.0, NAN], "large": [1234567.0, 2.5, -3.0], "long": [123456789012.5, 2.5, 7.0]},
    {"pos_inf": [INF, 1.0, 2.0], "neg_inf": [-INF, 0.5, 0.25], "nans": [NAN, NAN, NAN]},
    {"rounded": [0.1234565, 2.0000004, 0.5], "zeroish": [4e-7, 0.0, 1.0], "negzero": [-0.0, 1.5, 2.0]},
    {"million": [1e6, 0.5, 1.0], "huge": [1e16, 1.0, -2.0], "edge": [1e-6, 3.0, 0.1]},
    {"sevenths": [i / 7 for i in range(40)],
     "hidden_tiny": [1e-9 if i == 20 else i / 4 for i in range(40)],
     "shown_tiny": [1e-9 if i == 2 else i / 4 for i in range(40)],
     "gaps": [None if i % 3 == 0 else i * 1.5 for i in range(40)]},
    {"salinity": [34.123456789, 34.2, 35.0, 33.98765], "depth": [0.5, 10.0, 100.25, 1000.125]},
]


def encode(value):
    if value is None:
        return None
    if math.isnan(value):
        return "nan"
    if math.isinf(value):
        return "inf" if value > 0 else "-inf"
    return repr(value)


cases = []
for columns in frames:
    df = pd.DataFrame({name: [NAN if v is None else v for v in values]
                       for name, values in columns.items()})
    lines = df.to_string(max_rows=12, min_rows=10).split("\n")
    rows = [line.split() for line in lines[1:] if not line.lstrip().startswith("..")]
    expected = {name: [row[1 + index] for row in rows] for index, name in enumerate(columns)}
    cases.append({
        "columns": [{"name": name, "values": [encode(v) for v in values]}
                    for name, values in columns.items()],
        "expected": expected,
    })
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "float_display_reference.json")
with open(path, "w") as f:
    json.dump({"pandas": pd.__version__, "cases": cases}, f, indent=1)
    f.write("\n")
