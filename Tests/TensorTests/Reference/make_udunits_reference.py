#!/usr/bin/env python3
"""UDUNITS-2's answers for the unit spellings awish reads, for UDUNITSCrossCheckTests.

Run from the repository root with Debian's udunits-bin installed:
    python3 Tests/TensorTests/Reference/make_udunits_reference.py
It converts each (have, want) pair both ways with the `udunits2` command-line tool and writes
udunits_reference.json: the factor and shift, or the refusal. The spellings are the issue's
list, the CF/PANGAEA/EcoTaxa spellings below, every SI prefix on the common units, and the
unit strings of the PANGAEA and netCDF files in ../shared/fixtures (read in place).
"""
import glob
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "..", "..", "..", "..", "shared", "fixtures")

# (have, want): conversions the field needs, and refusals (different dimensions).
PAIRS = [
    ("kg m-3", "g/l"), ("kg m-3", "kg/m**3"), ("kg.m-3", "g cm-3"), ("m s-1", "m/s"),
    ("m s-1", "km/h"), ("m/s", "cm/s"), ("m/s", "knot"), ("W/m**2", "W m^-2"),
    ("W m^-2", "mW/cm2"), ("W/m^2", "W m-2"), ("µmol m-2 s-1", "mol/m**2/s"),
    ("umol m-2 s-1", "µmol/m2/s"), ("m2", "cm2"), ("m**3", "l"), ("m^3", "ml"),
    ("(m/s)^2", "m2 s-2"), ("1e-3", "1"), ("1e-3 kg", "g"), ("1000", "1"), ("m per s", "m/s"),
    ("degree_Celsius", "K"), ("degree_Celsius", "degF"), ("degC", "K"), ("°C", "K"),
    ("degF", "K"), ("K", "degC"), ("Celsius", "K"), ("celsius", "degC"),
    ("degrees_Celsius", "K"), ("degrees_north", "degree"), ("degrees_east", "degree"),
    ("degree_north", "rad"), ("degrees_north", "1"), ("decibar", "Pa"), ("decibar", "dbar"),
    ("dbar", "hPa"), ("dbar", "bar"), ("bar", "Pa"), ("mbar", "hPa"), ("atm", "Pa"),
    ("percent", "1"), ("%", "1"), ("percent", "%"), ("1", "percent"), ("ppm", "1"),
    ("ppb", "ppm"), ("g/kg", "1"), ("g/kg", "%"), ("mg/kg", "ppm"), ("nm", "m"), ("nm", "µm"),
    ("µm", "m"), ("um", "mm"), ("µm", "µmol/l"), ("mS/cm", "S/m"), ("µS/cm", "S/m"),
    ("S m-1", "mS/cm"), ("mg/m**3", "µg/l"), ("mg m-3", "mg/l"), ("ml/l", "1"),
    ("ml/l", "ml/m3"), ("µmol/kg", "mol/kg"), ("umol/kg", "mmol/kg"), ("µmol/l", "mmol/m**3"),
    ("umol/L", "mol/m3"), ("mmol/m**3", "µmol/l"), ("µg/l", "mg/m3"), ("mg/l", "kg/m3"),
    ("km", "m"), ("cm", "m"), ("mm", "m"), ("ft", "m"), ("in", "cm"), ("mi", "km"),
    ("fathom", "m"), ("knot", "m/s"), ("kt", "m/s"), ("km/h", "m/s"), ("h", "s"), ("hr", "min"),
    ("d", "h"), ("day", "s"), ("min", "s"), ("week", "d"), ("year", "d"), ("s", "ms"),
    ("Hz", "s-1"), ("kHz", "Hz"), ("W", "J/s"), ("J", "kg m2 s-2"), ("N", "kg m s-2"),
    ("Pa", "N/m2"), ("hPa", "Pa"), ("kPa", "dbar"), ("MPa", "bar"), ("V", "W/A"),
    ("ohm", "V/A"), ("S", "A/V"), ("l", "m3"), ("L", "dm3"), ("ml", "cm3"), ("mL", "l"),
    ("t", "kg"), ("g", "kg"), ("mg", "g"), ("ug", "mg"), ("µg", "g"), ("ng", "g"),
    ("mol", "mmol"), ("mmol", "mol"), ("nmol", "µmol"), ("pmol", "mol"), ("Å", "nm"),
    ("angstrom", "m"), ("meter", "m"), ("metre", "km"), ("meters", "m"), ("kilometer", "m"),
    ("second", "s"), ("seconds", "min"), ("meter second-1", "m/s"), ("m s**-1", "m/s"),
    ("m s^-1", "km/h"), ("m²", "m2"), ("m³", "l"), ("m⁻¹", "km-1"), ("m-1", "km-1"),
    ("m-2", "cm-2"), ("s-1", "Hz"), ("kg/m3", "g/cm3"), ("W m-2 sr-1", "W/m2/sr"),
    ("W/m**2/nm", "W m-2 µm-1"), ("µW/cm**2/nm", "W m-2 nm-1"), ("mW/cm2/µm", "W m-2 nm-1"),
    ("m2 s-1", "cm2/s"), ("m2/s", "m**2/s"), ("kg m-2 s-1", "g m-2 d-1"),
    ("mg m-2 d-1", "kg m-2 s-1"), ("mmol m-2 d-1", "µmol m-2 h-1"), ("mol kg-1", "µmol/kg"),
    ("Pa s", "kg m-1 s-1"), ("N m-2", "Pa"), ("J kg-1 K-1", "J/kg/K"), ("W m-1 K-1", "W/(m K)"),
    ("cm/s", "m/s"), ("mm/h", "m/s"), ("mm d-1", "m s-1"), ("m3/s", "l/s"), ("m3 s-1", "m3/d"),
    ("count", "1"), ("1", "1"), ("rad", "degree"), ("sr", "1"), ("°", "rad"),
    ("degree", "arc_degree"), ("m", "s"), ("kg", "m"), ("K", "m"), ("Pa", "m"), ("m/s", "m"),
    ("W/m**2", "W"), ("degC", "m"), ("mol/l", "g/l"), ("µmol/kg", "µmol/l"), ("1", "m"),
    ("percent", "m"), ("S/m", "S"), ("Hz", "m"), ("g/kg", "g/l"), ("mg/m**3", "mg"),
    ("ml/l", "mg/l"), ("m2", "m3"), ("day", "m"), ("degrees_north", "m"),
    # Where the field and UDUNITS-2 differ (docs/units.md; deviations below).
    ("psu", "1"), ("PSS-78", "psu"), ("psu", "g/kg"), ("dB re 1 µPa", "dB re 1 µPa"),
    ("dB", "1"), ("nmi", "m"), ("NM", "m"), ("µM", "mol/m3"), ("uM", "µmol/l"),
    ("mM", "mol/m3"), ("‰", "1"), ("permil", "g/kg"), ("#", "1"), ("deg C", "K"),
    ("°N", "degree"), ("ppt", "1"), ("Sv", "m3/s"), ("C", "K"), ("kts", "m/s"),
]

# Units that take every SI prefix: each prefixed spelling converts to the unprefixed unit.
PREFIXES = ["Q", "R", "Y", "Z", "E", "P", "T", "G", "M", "k", "h", "da", "d", "c", "m", "µ",
            "u", "n", "p", "f", "a", "z", "y", "r", "q"]
PREFIXED = ["m", "g", "s", "Pa", "mol", "l", "Hz", "W", "S", "bar", "J", "V"]

# Spellings where awish follows the field, not UDUNITS-2: the reason, as docs/units.md says.
DEVIATIONS = {
    "psu": "practical salinity (PSS-78) is its own dimensionless quantity",
    "PSS-78": "practical salinity (PSS-78) is its own dimensionless quantity",
    "dB": "a level in decibels, not a ratio UDUNITS-2 reads",
    "dB re 1 µPa": "a sound level with its reference",
    "nmi": "nautical mile (UDUNITS-2: nano-mile)",
    "NM": "nautical mile",
    "µM": "micromolar (µmol/l)", "uM": "micromolar (µmol/l)", "mM": "millimolar (mmol/l)",
    "‰": "per mille", "permil": "per mille", "#": "a count",
    "deg C": "degrees Celsius as ships' logs write it (UDUNITS-2: degree × coulomb)",
    "°N": "degree north as EcoTaxa writes it",
    "ppt": "refused: ‰ to oceanographers, 1e-12 to UDUNITS-2",
    "Sv": "refused: sverdrup to oceanographers, sievert to UDUNITS-2",
    "kts": "knots",
    "deg": "degrees as PANGAEA writes them", "m⁻¹": "superscript exponents as in print",
    "R": "the 2022 prefixes ronna, quetta, ronto, quecto",
    "Q": "the 2022 prefixes ronna, quetta, ronto, quecto",
    "r": "the 2022 prefixes ronna, quetta, ronto, quecto",
    "q": "the 2022 prefixes ronna, quetta, ronto, quecto",
}


def fixture_spellings():
    """Unit strings of the PANGAEA and netCDF files in ../shared/fixtures."""
    found = set()
    for path in glob.glob(os.path.join(FIXTURES, "pangaea", "*")):
        with open(path, encoding="utf-8", errors="replace") as handle:
            found.update(re.findall(r"\[([^\]\[<>]{1,30})\]", handle.read()))
    for path in glob.glob(os.path.join(FIXTURES, "netcdf", "*.summary.json")):
        with open(path, encoding="utf-8") as handle:
            found.update(re.findall(r'"units": "([^"]{1,40})"', handle.read()))
    return sorted(s for s in found if "since" not in s and s.strip())


def udunits(have, want):
    run = subprocess.run(["udunits2", "-U", "-H", have, "-W", want], capture_output=True,
                         text=True)
    if run.returncode != 0 or "x/" not in run.stdout:
        return {"refused": (run.stderr.strip() or run.stdout.strip())[:120]}
    lines = [l.strip() for l in run.stdout.splitlines() if l.strip()]
    rhs = lines[1].split(" = ", 1)[1]
    shift = 0.0
    match = re.search(r"\) ([+-]) ([0-9.e+-]+)$", rhs)
    if match:
        shift = float(match.group(2)) * (1 if match.group(1) == "+" else -1)
    # The first line, "1 have = v want", holds the factor even where the tool folds a number
    # of the have unit away in the second ("1e-3 kg" prints "0.001 kg = 1 g").
    # With a shift, the second line's factor has more digits left than `v - shift`.
    value = float(lines[0].split(" = ", 1)[1].split()[0])
    if shift != 0:
        value = shift + (1.0 if rhs.startswith("(") else float(rhs.split("*(", 1)[0]))
    return {"factor": value - shift, "shift": shift}


def main():
    pairs = list(PAIRS)
    pairs += [(p + u, u) for u in PREFIXED for p in PREFIXES]
    for spelling in fixture_spellings():
        definition = subprocess.run(["udunits2", "-A", "-H", spelling, "-W", ""],
                                    capture_output=True, text=True).stdout.split()
        want = definition[1] if len(definition) == 2 else (" ".join(definition[1:]) or "1")
        pairs.append((spelling, want if definition else "1"))
    seen, cases = set(), []
    for have, want in pairs:
        if (have, want) in seen:
            continue
        seen.add((have, want))
        prefix = next((p for p in ("R", "Q", "r", "q") if have == p + want), None)
        cases.append({
            "have": have, "want": want,
            "forward": udunits(have, want), "backward": udunits(want, have),
            "deviation": DEVIATIONS.get(have) or DEVIATIONS.get(want)
            or (DEVIATIONS[prefix] if prefix else None),
        })
    spellings = {c["have"] for c in cases} | {c["want"] for c in cases}
    out = os.path.join(HERE, "udunits_reference.json")
    with open(out, "w", encoding="utf-8") as handle:
        json.dump({"generator": "udunits2 " + subprocess.run(
            ["dpkg-query", "-W", "-f", "${Version}", "udunits-bin"], capture_output=True,
            text=True).stdout, "cases": cases}, handle, ensure_ascii=False, indent=1)
    print(f"{len(cases)} pairs, {len(spellings)} distinct spellings -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
