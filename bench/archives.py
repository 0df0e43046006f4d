#!/usr/bin/env python3
"""read_pangaea against pandas doing the same work, in fresh processes.

    swift build -c release
    python3 bench/archives.py [--rows 500000] [--runs 5] [--python /path/to/python]

Writes a PANGAEA text export in the documented format (metaheader with one event, four
columns, a `?` quality flag on every 97th temperature) to /tmp/awish-bench-pangaea.tab, then
times, inside each process, reading it into a frame: awish's read_pangaea, and pandas finding
the end of the metaheader, read_csv on the table, moving the flag prefix into a flag column
and adding the event's latitude, longitude and time (what read_pangaea does). The python
needs pandas (the peer harness's venv). Prints medians, the ratio and peak RSS."""
import argparse
import os
import random
import statistics
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PATH = "/tmp/awish-bench-pangaea.tab"

HEADER = """/* DATA DESCRIPTION:
Citation:\tExample, Ann (2024): Made CTD profile for the awish benchmark [dataset]. PANGAEA, https://doi.org/10.1594/PANGAEA.999001
Event(s):\tPS137/1-1 * LATITUDE: 78.9000 * LONGITUDE: 11.9000 * DATE/TIME: 2023-07-14T10:20:00 * METHOD/DEVICE: CTD/Rosette (CTD-RO)
Parameter(s):\tDEPTH, water [m] (Depth water) * GEOCODE
\tTemperature, water [°C] (Temp) * METHOD/DEVICE: CTD
\tSalinity (Sal) * METHOD/DEVICE: CTD
\tOxygen [µmol/kg] (O2)
License:\tCC-BY-4.0
*/
Depth water [m]\tTemp [°C]\tSal\tO2 [µmol/kg]
"""

PANDAS = """
import time, pandas as pd
t = time.time()
with open({path!r}, encoding="utf-8") as f:
    skip = 0
    for line in f:
        skip += 1
        if line.strip() == "*/":
            break
d = pd.read_csv({path!r}, sep="\\t", skiprows=skip, dtype={{"Temp [°C]": str}})
flag = d["Temp [°C]"].str.extract(r"^([?/*<>#])(?=[-+0-9.])", expand=False)
d["Temp [°C]"] = pd.to_numeric(d["Temp [°C]"].str.lstrip("?/*<>#"))
d.insert(2, "Temp_flag", flag)
d["Latitude"], d["Longitude"] = 78.9, 11.9
d["Date/Time"] = pd.Timestamp("2023-07-14T10:20:00")
print(time.time() - t)
"""


def write_file(rows):
    random.seed(1)
    with open(PATH, "w", encoding="utf-8") as f:
        f.write(HEADER)
        for i in range(rows):
            t = f"{random.uniform(-1.8, 8):.3f}"
            f.write(f"{i}\t{'?' if i % 97 == 0 else ''}{t}\t{random.uniform(30, 35):.3f}\t"
                    f"{random.uniform(250, 350):.1f}\n")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=500_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--python", default=sys.executable)
    options = parser.parse_args()
    write_file(options.rows)
    awish = [os.path.join(ROOT, ".build/release/awish"), "-e",
             f't = time(); d = read_pangaea("{PATH}"); print(time() - t)']
    pandas = [options.python, "-c", PANDAS.format(path=PATH)]
    times = {"awish": [], "pandas": []}
    peaks = {"awish": 0.0, "pandas": 0.0}
    for _ in range(options.runs):
        for name, command in [("awish", awish), ("pandas", pandas)]:
            out = subprocess.run(["/usr/bin/time", "-f", "%M"] + command, capture_output=True,
                                 text=True, check=True)
            times[name].append(float(out.stdout.strip()))
            peaks[name] = max(peaks[name], float(out.stderr.strip().splitlines()[-1]) / 1024)
    a, p = statistics.median(times["awish"]), statistics.median(times["pandas"])
    print(f"read_pangaea {options.rows} rows: awish {a:.4f} s, pandas {p:.4f} s, "
          f"ratio {a / p:.2f}; peak RSS {peaks['awish']:.0f} MB vs {peaks['pandas']:.0f} MB")


if __name__ == "__main__":
    main()
