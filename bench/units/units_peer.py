"""pandas doing by hand what harmonize() does for bench/units/units.awi: rename the columns of
two 1M-row frames, convert K to °C and cm to m, stack them with a source column."""
import statistics
import sys
import time

import numpy as np
import pandas as pd

runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
rows = 1_000_000
x = np.arange(rows) * 0.001
one = pd.DataFrame({"Temp [°C]": x, "Depth (m)": x * 100, "Sal [psu]": x + 30})
two = pd.DataFrame({"temperature [K]": x + 273.15, "depth [cm]": x * 10000, "sal [psu]": x + 31})


def harmonize():
    a = one.rename(columns={"Temp [°C]": "temp", "Depth (m)": "depth", "Sal [psu]": "sal"})
    b = two.rename(columns={"temperature [K]": "temp", "depth [cm]": "depth", "sal [psu]": "sal"})
    b = b.assign(temp=b.temp - 273.15, depth=b.depth / 100)
    return pd.concat([a.assign(source="frame 1"), b.assign(source="frame 2")], ignore_index=True)


times = []
harmonize()
for _ in range(runs):
    start = time.perf_counter()
    harmonize()
    times.append(time.perf_counter() - start)
print("harmonize_1m", statistics.median(times))
