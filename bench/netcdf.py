#!/usr/bin/env python3
"""netCDF reading against xarray doing the same work, in fresh processes.

    swift build -c release
    python3 bench/netcdf.py [--runs 5] [--rows 1000000] [--python /path/to/python]

(AWISH_BINARY overrides .build/release/awish; AWISH_FIXTURES the ../shared/fixtures folder.)

Three figures, each timed inside the process (awish's time(), Python's time.time()):
- open + summary: read_netcdf on a file and its ncdump-like summary as text (goal ≤ 20 ms);
  the real Argo profile and the packed grid from ../shared/fixtures/netcdf.
- the 351 × 641 packed int16 grid (IMOS_OceanCurrent_HV_2018.nc, four variables): awish
  opening it and decoding every variable (mask and scale) against xarray's
  open_dataset(...).load() (goal ≤ 0.5×).
- a time series of --rows rows (float64 time in days since 1950, float32 temperature with a
  _FillValue, int8 quality flags with flag_values/flag_meanings), written here with
  netCDF4-python to /tmp/awish-bench-series.nc: to_frame(read_netcdf(...)) against xarray's
  open_dataset(...).to_dataframe() (goal ≤ 0.5×).
The python needs netCDF4 and xarray (pip install netCDF4 xarray). Prints medians and ratios."""
import argparse
import os
import statistics
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
AWISH = os.environ.get("AWISH_BINARY") or os.path.join(ROOT, ".build", "release", "awish")
FIXTURES = os.environ.get("AWISH_FIXTURES") or os.path.join(os.path.dirname(ROOT), "shared",
                                                             "fixtures")
ARGO = os.path.join(FIXTURES, "netcdf", "D1901119_001.nc")
GRID = os.path.join(FIXTURES, "netcdf", "IMOS_OceanCurrent_HV_2018.nc")
SERIES = "/tmp/awish-bench-series.nc"

WRITE_SERIES = """
import sys, numpy as np, netCDF4
rows = int(sys.argv[1])
rng = np.random.default_rng(1)
with netCDF4.Dataset({path!r}, "w", format="NETCDF4") as ds:
    ds.createDimension("TIME", rows)
    t = ds.createVariable("TIME", "f8", ("TIME",))
    t.units = "days since 1950-01-01 00:00:00 UTC"; t.calendar = "gregorian"
    t[:] = 25000 + np.arange(rows) / 144.0
    temp = ds.createVariable("TEMP", "f4", ("TIME",), fill_value=np.float32(999999))
    temp.units = "degrees_Celsius"; temp.long_name = "sea_water_temperature"
    values = (20 + rng.standard_normal(rows)).astype("f4")
    values[::1000] = 999999
    temp[:] = np.ma.masked_equal(values, 999999)
    qc = ds.createVariable("TEMP_quality_control", "i1", ("TIME",), fill_value=np.int8(99))
    qc.flag_values = np.array([0, 1, 2, 3, 4], "i1")
    qc.flag_meanings = "No_QC_performed Good_data Probably_good_data Bad_data_that_are_potentially_correctable Bad_data"
    qc[:] = rng.integers(0, 5, rows).astype("i1")
"""

XARRAY_GRID = """
import time, xarray as xr
t = time.time()
ds = xr.open_dataset({path!r}).load()
print(time.time() - t)
"""

XARRAY_SERIES = """
import time, xarray as xr
t = time.time()
frame = xr.open_dataset({path!r}).to_dataframe()
print(time.time() - t)
"""


def median_time(command, runs):
    times = []
    for _ in range(runs):
        out = subprocess.run(command, capture_output=True, text=True, check=True)
        times.append(float(out.stdout.strip().splitlines()[-1]))
    return statistics.median(times)


def awish(code):
    return [AWISH, "-e", code]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--python", default=sys.executable)
    options = parser.parse_args()
    subprocess.run([options.python, "-c", WRITE_SERIES.format(path=SERIES), str(options.rows)],
                   check=True)
    for path in [ARGO, GRID]:
        code = f't = time(); s = str(read_netcdf("{path}")); print(time() - t)'
        seconds = median_time(awish(code), options.runs)
        warm = median_time(awish(f'read_netcdf("{GRID if path == ARGO else ARGO}"); ' + code),
                           options.runs)
        print(f"open + summary {os.path.basename(path)}: awish {seconds * 1000:.2f} ms "
              f"(library already loaded: {warm * 1000:.2f} ms)")
    grid = ("t = time(); ds = read_netcdf(\"%s\"); "
            "for name in [\"GSLA\", \"GSL\", \"UCUR\", \"VCUR\", \"LATITUDE\", \"LONGITUDE\", "
            "\"TIME\", \"start_time\", \"end_time\"] { v = ds[name].values }; print(time() - t)")
    a = median_time(awish(grid % GRID), options.runs)
    x = median_time([options.python, "-c", XARRAY_GRID.format(path=GRID)], options.runs)
    print(f"packed grid 351x641 decode: awish {a * 1000:.1f} ms, xarray load {x * 1000:.1f} ms, "
          f"ratio {a / x:.2f}")
    series = (f't = time(); f = to_frame(read_netcdf("{SERIES}"), ["TEMP"]); '
              "print(time() - t)")
    # Python loads libnetcdf when it imports netCDF4, before its clock starts; awish loads it
    # at the first read_netcdf. "warm" opens another file first, as the import does.
    warm = f'read_netcdf("{ARGO}"); ' + series
    a = median_time(awish(series), options.runs)
    w = median_time(awish(warm), options.runs)
    x = median_time([options.python, "-c", XARRAY_SERIES.format(path=SERIES)], options.runs)
    print(f"time series {options.rows} rows to frame: awish {a * 1000:.1f} ms "
          f"(library already loaded: {w * 1000:.1f} ms), xarray to_dataframe {x * 1000:.1f} ms, "
          f"ratio {a / x:.2f} ({w / x:.2f})")


if __name__ == "__main__":
    main()
