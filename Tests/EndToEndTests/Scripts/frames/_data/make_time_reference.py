"""Prints the pandas numbers pasted into the time and cleaning script tests (time_*.awi,
cleaning_*.awi).

Run with pandas 3.1.1: python make_time_reference.py
"""
import numpy as np
import pandas as pd

# parse_time
print("to_datetime(format):", pd.to_datetime(
    pd.Series(["31.12.2019 23:59", "01.01.2020 00:05"]), format="%d.%m.%Y %H:%M").tolist())
print("to_datetime(%j):", pd.to_datetime(pd.Series(["2020-060"]), format="%Y-%j").tolist())
print("to_datetime(coerce):", pd.to_datetime(
    pd.Series(["2019-06-01T12:00:00", "not a time", None]), errors="coerce").tolist())

# resample
times = pd.to_datetime(pd.Series([
    "2019-03-01T05:20:00", "2019-03-01T05:50:00", "2019-03-01T08:10:00",
    "2019-03-01T08:59:59", "2019-03-01T09:00:00"]))
obs = pd.DataFrame({"time": times, "x": [1.0, 2.0, 3.0, 4.0, 5.0]})
binned = obs.resample("1h", on="time").agg(x=("x", "mean"), n=("x", "count"))
print("resample(1h):", [str(t) for t in binned.index], binned["x"].tolist(), binned["n"].tolist())
binned = obs.resample("6h", on="time")["x"].sum()
print("resample(6h).sum():", [str(t) for t in binned.index], binned.tolist())

# merge_asof
trades = pd.DataFrame({
    "time": pd.to_datetime(["2019-03-01T00:00:00", "2019-03-01T00:04:00",
                            "2019-03-01T00:09:00", "2019-03-01T00:30:00"]),
    "station": ["A", "B", "A", "A"], "depth": [5.0, 10.0, 15.0, 20.0]})
fixes = pd.DataFrame({
    "time": pd.to_datetime(["2019-03-01T00:01:00", "2019-03-01T00:03:00",
                            "2019-03-01T00:08:00", "2019-03-01T00:12:00"]),
    "station": ["A", "B", "A", "B"], "lat": [70.1, 70.2, 70.3, 70.4]})
for direction in ["backward", "forward", "nearest"]:
    joined = pd.merge_asof(trades, fixes, on="time", direction=direction)
    print(f"merge_asof {direction}:", joined["lat"].tolist(), joined["station_y"].tolist())
joined = pd.merge_asof(trades, fixes, on="time", by="station")
print("merge_asof by=station:", joined["lat"].tolist())
joined = pd.merge_asof(trades, fixes, on="time", direction="nearest",
                       tolerance=pd.Timedelta("2min"))
print("merge_asof nearest tolerance=2min:", joined["lat"].tolist())
tie = pd.merge_asof(pd.DataFrame({"t": [5]}), pd.DataFrame({"t": [4, 6], "v": [40, 60]}),
                    on="t", direction="nearest")
print("merge_asof nearest tie:", tie["v"].tolist())

# cleaning
s = pd.Series([4.0, -1.5, np.nan, 12.0, 7.25, 30.0, 6.0])
print("clip(0, 10):", s.clip(0, 10).tolist())
print("standardize:", ((s - s.mean()) / s.std()).tolist())
print("normalize:", ((s - s.min()) / (s.max() - s.min())).tolist())
q1, q3 = s.quantile(0.25), s.quantile(0.75)
print("iqr flags:", ((s < q1 - 1.5 * (q3 - q1)) | (s > q3 + 1.5 * (q3 - q1))).tolist())
z = pd.Series([1.0, 2, 3, 2, 1, 2, 3, 2, 1, 2, 3, 2, 40])
print("zscore flags:", (((z - z.mean()) / z.std()).abs() > 3).tolist())
print("replace:", pd.Series(["good", "bad", "good", "probably good"]).replace(
    {"good": 1, "bad": 4, "probably good": 2}).tolist())
df = pd.DataFrame({"a": [1.0, 2.0], "b": [3.0, 5.0], "c": ["x", "y"]})
df[["a", "b"]] = df[["a", "b"]].apply(lambda c: c * 2 + 1)
print("across:", df["a"].tolist(), df["b"].tolist())
