#!/usr/bin/env python3
"""Write cftime_reference.json: times decoded by cftime (what netCDF4-python and xarray use)
in every CF calendar, for the calendar tests of awish's CF decoder.

Usage: python3 make_cftime_reference.py   (needs cftime; pip install cftime)
"""

import json
import os

import cftime
import numpy as np

CASES = [
    ("days since 1950-01-01 00:00:00", [0.0, 59.0, 60.0, 365.25, 23574.236111111124, -1.5, 36524.999999988]),
    ("hours since 2000-02-28T12:00:00Z", [0.0, 12.0, 36.0, 8784.0, -0.000001]),
    ("seconds since 1970-01-01T00:00:00Z", [1388569361.70819, 0.5, 86399.9999995, 951782400.0]),
    ("minutes since 1582-10-01 00:00", [0.0, 14400.0, 28800.0]),
    ("days since 2001-01-01 00:00:00+10:00", [0.0, 30.0, 58.0, 59.0, 364.0, 1460.0]),
    ("milliseconds since 1999-12-31 23:59:59.5", [500.0, 1500.0, 86400000.0]),
]
CALENDARS = ["standard", "gregorian", "proleptic_gregorian", "julian", "noleap", "365_day",
             "all_leap", "366_day", "360_day"]


def main():
    out = {"cftime": cftime.__version__, "cases": []}
    for units, values in CASES:
        for calendar in CALENDARS:
            try:
                dates = cftime.num2date(np.array(values, dtype="f8"), units, calendar=calendar)
                iso = [d.isoformat() for d in dates]
            except ValueError as exc:
                iso = "error: %s" % exc
            out["cases"].append({"units": units, "calendar": calendar, "values": values, "iso": iso})
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "cftime_reference.json"), "w") as fh:
        json.dump(out, fh, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
