#!/usr/bin/env python3
"""pint's and pandas' answers for awish's unit conversions, unit arithmetic and verbs on
columns with units, for UnitsReferenceTests.

    pip install pint pandas
    python3 Tests/EndToEndTests/Reference/make_units_reference.py

Each case is an awi expression giving a number (or an error) and the number pint or pandas
gives for the same computation (or the fact that it refuses). Writes units_reference.json.
"""
import json
import os

import pandas as pd
import pint

HERE = os.path.dirname(os.path.abspath(__file__))
u = pint.UnitRegistry()
Q = u.Quantity

# (value, awish unit, pint unit, awish target, pint target)
CONVERSIONS = [
    (12.5, "°C", "degC", "K", "K"), (300.0, "K", "K", "°C", "degC"),
    (100.0, "°C", "degC", "°F", "degF"), (-40.0, "°F", "degF", "°C", "degC"),
    (98.6, "degF", "degF", "K", "K"), (20.0, "degree_Celsius", "degC", "degF", "degF"),
    (443.0, "nm", "nm", "m", "m"), (1.0, "nmi", "nautical_mile", "km", "km"),
    (3.0, "NM", "nautical_mile", "m", "m"), (250.0, "µm", "um", "mm", "mm"),
    (1500.0, "m", "m", "km", "km"), (12.0, "ft", "ft", "m", "m"),
    (1.0, "mi", "mile", "km", "km"), (10.0, "in", "inch", "cm", "cm"),
    (1000.0, "dbar", "dbar", "bar", "bar"), (1013.25, "hPa", "hPa", "atm", "atm"),
    (2.0, "MPa", "MPa", "dbar", "dbar"), (1.0, "atm", "atm", "Pa", "Pa"),
    (250.0, "mbar", "mbar", "kPa", "kPa"), (10.0, "kn", "knot", "m/s", "m/s"),
    (1.0, "m/s", "m/s", "km/h", "km/h"), (35.0, "cm/s", "cm/s", "m s-1", "m/s"),
    (3.6, "km/h", "km/h", "m/s", "m/s"), (4.2, "mS/cm", "mS/cm", "S/m", "S/m"),
    (52.0, "mS/cm", "mS/cm", "µS/cm", "uS/cm"), (3.5, "S/m", "S/m", "mS/cm", "mS/cm"),
    (12.5, "%", "percent", "1", "dimensionless"), (3.0, "‰", "permille", "%", "percent"),
    (400.0, "ppm", "ppm", "%", "percent"), (35.0, "g/kg", "g/kg", "‰", "permille"),
    (2.0, "mg/m**3", "mg/m**3", "µg/l", "ug/L"), (0.5, "µg/l", "ug/L", "mg m-3", "mg/m**3"),
    (5.5, "ml/l", "mL/L", "1", "dimensionless"), (250.0, "µmol/l", "umol/L", "mmol/m3", "mmol/m**3"),
    (250.0, "µM", "uM", "mol/m3", "mol/m**3"), (2.1, "mM", "mM", "µmol/l", "umol/L"),
    (300.0, "µmol/kg", "umol/kg", "mmol/kg", "mmol/kg"), (1.0, "mol/kg", "mol/kg", "µmol/kg", "umol/kg"),
    (800.0, "W/m**2", "W/m**2", "mW/cm2", "mW/cm**2"), (1.0, "W m^-2", "W/m**2", "µW/cm**2", "uW/cm**2"),
    (1500.0, "µmol m-2 s-1", "umol/m**2/s", "mol/m**2/d", "mol/m**2/day"),
    (1025.0, "kg m-3", "kg/m**3", "g/cm3", "g/cm**3"), (1.0, "g/l", "g/L", "kg/m3", "kg/m**3"),
    (1e-6, "m2 s-1", "m**2/s", "cm2/s", "cm**2/s"), (3.0, "h", "hour", "min", "minute"),
    (2.0, "d", "day", "h", "hour"), (90.0, "min", "minute", "s", "s"), (1.0, "week", "week", "d", "day"),
    (1.5, "kHz", "kHz", "Hz", "Hz"), (180.0, "degree", "degree", "rad", "rad"),
    (1.0, "rad", "rad", "°", "degree"), (45.0, "degrees_north", "degree", "rad", "rad"),
    (1.0, "L", "L", "ml", "mL"), (2.0, "m**3", "m**3", "l", "L"), (500.0, "ml", "mL", "m3", "m**3"),
    (1.0, "t", "tonne", "kg", "kg"), (2500.0, "mg", "mg", "g", "g"), (1.0, "kJ", "kJ", "J", "J"),
    (1.0, "eV", "eV", "J", "J"), (10.0, "kPa", "kPa", "N/m2", "N/m**2"), (1.0, "W", "W", "J/s", "J/s"),
    (3.0, "1e-3 kg", "g", "g", "g"), (12.0, "Δ°C", "delta_degC", "K", "K"),
    (18.0, "delta_degF", "delta_degF", "Δ°C", "delta_degC"),
]
CONVERSION_REFUSALS = [
    ("m", "°C", "m", "degC"), ("µm", "µmol/l", "um", "umol/L"), ("s", "m", "s", "m"),
    ("kg m-3", "m/s", "kg/m**3", "m/s"), ("Pa", "m", "Pa", "m"), ("°C", "Δ°C", "degC", "delta_degC"),
    ("mS/cm", "S", "mS/cm", "S"), ("µmol/kg", "µmol/l", "umol/kg", "umol/L"),
]

# (a, awish unit a, pint unit a, op, b, awish unit b, pint unit b, awish target, pint target)
ARITHMETIC = [
    (3, "km", "km", "+", 500, "m", "m", "m", "m"), (3, "km", "km", "-", 500, "m", "m", "km", "km"),
    (10, "°C", "degC", "-", 9, "°C", "degC", "K", "K"), (10, "°C", "degC", "-", 5, "K", "K", "K", "K"),
    (10, "K", "K", "-", 5, "°C", "degC", "K", "K"), (10, "°C", "degC", "+", 5, "Δ°C", "delta_degC", "°C", "degC"),
    (5, "Δ°C", "delta_degC", "+", 10, "°C", "degC", "°C", "degC"), (10, "°C", "degC", "-", 41, "°F", "degF", "K", "K"),
    (100, "m", "m", "/", 9.58, "s", "s", "km/h", "km/h"), (2, "m", "m", "*", 3, "m", "m", "cm2", "cm**2"),
    (1, "kg", "kg", "/", 2, "m3", "m**3", "g/l", "g/L"), (6, "W", "W", "/", 2, "m**2", "m**2", "W m-2", "W/m**2"),
    (1, "N", "N", "*", 2, "m", "m", "J", "J"), (2, "dbar", "dbar", "+", 50, "hPa", "hPa", "Pa", "Pa"),
    (4.2, "mS/cm", "mS/cm", "+", 1, "S/m", "S/m", "S/m", "S/m"), (12, "µmol/l", "umol/L", "*", 2, "l", "L", "µmol", "umol"),
    (3, "m/s", "m/s", "*", 60, "s", "s", "m", "m"), (1, "nmi", "nautical_mile", "/", 1, "h", "hour", "kn", "knot"),
    (250, "µM", "uM", "+", 0.1, "mM", "mM", "µM", "uM"), (1, "km", "km", "/", 1, "m", "m", "1", "dimensionless"),
    (3, "mg/l", "mg/L", "*", 2, "m3", "m**3", "g", "g"), (2, "h", "hour", "+", 30, "min", "minute", "min", "minute"),
    (1, "m", "m", "*", 2, None, None, "m", "m"), (5, "km", "km", "/", 2, None, None, "m", "m"),
    (10, "kn", "knot", "-", 2, "m/s", "m/s", "m/s", "m/s"), (1, "percent", "percent", "+", 5, "‰", "permille", "1", "dimensionless"),
]
ARITHMETIC_REFUSALS = [
    (1, "m", "m", "+", 1, "s", "s"), (1, "°C", "degC", "+", 1, "°C", "degC"),
    (1, "°C", "degC", "*", 2, None, None), (1, "°C", "degC", "+", 1, "K", "K"),
    (1, "kg", "kg", "-", 1, "m3", "m**3"), (1, "°C", "degC", "/", 2, "s", "s"),
]
COMPARISONS = [
    (10, "°C", "degC", "==", 283.15, "K", "K"), (1, "km", "km", ">", 999, "m", "m"),
    (1, "km", "km", "<", 999, "m", "m"), (51, "°F", "degF", ">", 10, "°C", "degC"),
    (1, "dbar", "dbar", "==", 100, "hPa", "hPa"), (30, "kn", "knot", "<", 15, "m/s", "m/s"),
]


def pint_binary(a, ua, op, b, ub):
    left = Q(a, ua)
    right = b if ub is None else Q(b, ub)
    return {"+": lambda: left + right, "-": lambda: left - right, "*": lambda: left * right,
            "/": lambda: left / right, "==": lambda: left == right, ">": lambda: left > right,
            "<": lambda: left < right}[op]()


def awi_quantity(value, unit):
    return f"quantity({value!r}, \"{unit}\")" if unit else repr(value)


def main():
    cases = []
    for value, ua, pa, ta, tp in CONVERSIONS:
        cases.append({"awi": f"value(to_unit({awi_quantity(value, ua)}, \"{ta}\"))",
                      "expected": Q(value, pa).to(tp).magnitude, "source": "pint"})
    for ua, ta, pa, tp in CONVERSION_REFUSALS:
        try:
            Q(1.0, pa).to(tp)
            raise SystemExit(f"pint converts {pa} to {tp}")
        except (pint.DimensionalityError, pint.errors.OffsetUnitCalculusError):
            pass
        cases.append({"awi": f"to_unit({awi_quantity(1.0, ua)}, \"{ta}\")", "expected": None,
                      "source": "pint refuses"})
    for a, ua, pa, op, b, ub, pb, ta, tp in ARITHMETIC:
        result = pint_binary(a, pa, op, b, pb)
        expected = result.to(tp).magnitude if hasattr(result, "to") else result
        expression = f"{awi_quantity(a, ua)} {op} {awi_quantity(b, ub)}"
        cases.append({"awi": f"value(to_unit({expression}, \"{ta}\"))",
                      "expected": float(expected), "source": "pint"})
    for a, ua, pa, op, b, ub, pb in ARITHMETIC_REFUSALS:
        try:
            pint_binary(a, pa, op, b, pb)
            raise SystemExit(f"pint allows {a} {pa} {op} {b} {pb}")
        except (pint.DimensionalityError, pint.errors.OffsetUnitCalculusError):
            pass
        cases.append({"awi": f"{awi_quantity(a, ua)} {op} {awi_quantity(b, ub)}",
                      "expected": None, "source": "pint refuses"})
    for a, ua, pa, op, b, ub, pb in COMPARISONS:
        cases.append({"awi": f"{awi_quantity(a, ua)} {op} {awi_quantity(b, ub)}",
                      "expected": bool(pint_binary(a, pa, op, b, pb)), "source": "pint"})
    cases += verbs()
    with open(os.path.join(HERE, "units_reference.json"), "w", encoding="utf-8") as handle:
        json.dump({"generator": f"pint {pint.__version__}, pandas {pd.__version__}",
                   "cases": cases}, handle, ensure_ascii=False, indent=1)
    print(f"{len(cases)} cases")


def verbs():
    """Verb results on columns with units, as pandas computes them after converting by hand."""
    a = pd.DataFrame({"g": ["x", "y", "x", "y"], "t": [1.5, 2.0, 3.25, -1.0]})  # °C
    b = pd.DataFrame({"g": ["x", "y"], "t": [275.15, 280.65]})  # K
    both = pd.concat([a, b.assign(t=b.t - 273.15)], ignore_index=True)
    frames = ('concat(frame(g=["x", "y", "x", "y"], t=column([1.5, 2.0, 3.25, -1.0], unit="°C")), '
              'frame(g=["x", "y"], t=column([275.15, 280.65], unit="K")))')
    grouped = both.groupby("g")["t"]
    d = pd.DataFrame({"depth": [10.0, 20.0, 30.0]})
    e = pd.DataFrame({"depth": [1000.0, 3000.0], "y": [1, 2]})
    merged = d.merge(e.assign(depth=e.depth / 100), on="depth")
    cases = [
        (f"value(mean({frames}.t))", both.t.mean()),
        (f"value(sum({frames}.t |> to_unit(\"K\")))", (both.t + 273.15).sum()),
        (f"value(max({frames}.t))", both.t.max()), (f"value(min({frames}.t))", both.t.min()),
        (f"value(median({frames}.t))", both.t.median()), (f"value(std({frames}.t))", both.t.std()),
        (f"value(var({frames}.t))", both.t.var()),
        ('value(var(column([1.0, 2.5, 4.0], unit="km") |> to_unit("m")))',
         (pd.Series([1.0, 2.5, 4.0]) * 1000).var()),
        (f"({frames} |> group_by(\"g\") |> summarize(m=mean(.t))).m[0]", grouped.mean()["x"]),
        (f"({frames} |> group_by(\"g\") |> summarize(m=mean(.t))).m[1]", grouped.mean()["y"]),
        (f"({frames} |> group_by(\"g\") |> summarize(m=max(.t))).m[1]", grouped.max()["y"]),
        ('nrow(merge(frame(depth=column([10.0, 20.0, 30.0], unit="m")), '
         'frame(depth=column([1000.0, 3000.0], unit="cm"), y=[1, 2]), on="depth"))', len(merged)),
        ('sum(merge(frame(depth=column([10.0, 20.0, 30.0], unit="m")), '
         'frame(depth=column([1000.0, 3000.0], unit="cm"), y=[1, 2]), on="depth").y)',
         merged.y.sum()),
        ('(pivot_longer(frame(id=[1, 2], a=column([1.0, 2.0], unit="m"), '
         'b=column([150.0, 50.0], unit="cm")), columns=["a", "b"])).value[3]',
         pd.DataFrame({"id": [1, 2], "a": [1.0, 2.0], "b": [1.5, 0.5]}).melt(id_vars="id")
         .sort_values(["id"], kind="stable").value.iloc[3]),
        ('value(mean(clip(column([0.5, 3.0, 1.5], unit="m"), lower=quantity(100, "cm"), '
         'upper=quantity(0.002, "km"))))', pd.Series([0.5, 3.0, 1.5]).clip(1.0, 2.0).mean()),
        ('value(mean(fill_na(column([1.0, nil, 3.0], unit="°C"), quantity(275.15, "K"))))',
         pd.Series([1.0, None, 3.0]).fillna(275.15 - 273.15).mean()),
        ('rolling(column([1.0, 2.0, 4.0], unit="dbar") |> to_unit("hPa"), 2)[2]',
         (pd.Series([1.0, 2.0, 4.0]) * 100).rolling(2).mean().iloc[2]),
        ('value(mean(column([1.0, 2.0, 4.0], unit="m") * column([2.0, 2.0, 2.0], unit="s") + '
         'column([1.0, 1.0, 1.0], unit="m s")))',
         (pd.Series([1.0, 2.0, 4.0]) * 2 + 1).mean()),
        ('value(mean(column([10.0, 12.0], unit="°C") - column([9.0, 9.0], unit="°C")))',
         (pd.Series([10.0, 12.0]) - 9.0).mean()),
        ('harmonize([frame({"T [K]": [274.15, 275.15]}), frame(temp=column([2.0], unit="°C"))], '
         'names={temp: ["t"]}, units={temp: "°C"}).temp[1]', 275.15 - 273.15),
    ]
    return [{"awi": awi, "expected": float(value), "source": "pandas"} for awi, value in cases]


if __name__ == "__main__":
    main()
