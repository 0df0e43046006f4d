"""Writes regression/<dataset>.json: scikit-learn regressors' results that
RegressionReferenceTests compares awish's regressors with.

    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install scikit-learn pandas
    /tmp/venv/bin/python Tests/TensorTests/Reference/make_regression_reference.py

Two real data sets, read where they are (no copy of their rows is written here; the tests read
the same files and build the same matrices):
- penguins_mass: scripts/data/penguins.csv (Palmer penguins, CC0; see scripts/data/PROVENANCE.md).
  Target body_mass_g; features bill_length_mm, bill_depth_mm, flipper_length_mm and species
  one-hot (Adelie, Chinstrap, Gentoo: collinear with the intercept, so least squares has a
  minimum-norm answer); rows with a missing value in these are dropped.
- ark_xxii_water_temp: ../shared/fixtures/pangaea/ARK-XXII_1_meteorology.txt (König-Langlo, G.
  (2008): Meteorological observations during POLARSTERN cruise ARK-XXII/1,
  doi:10.1594/PANGAEA.692883, CC-BY 3.0). Target the water temperature (Temp [deg C]);
  features Latitude, Longitude, TTT, TdTdTd, PPPP and ff; rows with a missing value dropped.

Each file holds the row count and target sum (to check the tests parsed the same rows), an
explicit train/test split (train_test_split(test_size=0.3, random_state=0) of row positions),
and per model what sklearn fits: LinearRegression and Ridge(alpha=1) coefficients and
intercepts on the raw features; DecisionTreeRegressor(max_depth=6, random_state=0) and
RandomForestRegressor(random_state=0) test R² on the raw features; KNeighborsRegressor(5) and
MLPRegressor(hidden_layer_sizes=(50,), max_iter=1000, random_state=0) test R² on features
standardized with the training rows (the network also on a standardized target)."""
import json
import os

import numpy as np
import pandas as pd
import sklearn
from sklearn.ensemble import RandomForestRegressor
from sklearn.linear_model import LinearRegression, Ridge
from sklearn.metrics import r2_score
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsRegressor
from sklearn.neural_network import MLPRegressor
from sklearn.preprocessing import StandardScaler
from sklearn.tree import DecisionTreeRegressor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))


def penguins():
    df = pd.read_csv(os.path.join(ROOT, "scripts", "data", "penguins.csv"))
    numeric = ["bill_length_mm", "bill_depth_mm", "flipper_length_mm"]
    df = df.dropna(subset=numeric + ["species", "body_mass_g"])
    species = ["Adelie", "Chinstrap", "Gentoo"]
    X = np.column_stack(
        [df[c].to_numpy(float) for c in numeric]
        + [(df["species"] == s).to_numpy(float) for s in species])
    return X, df["body_mass_g"].to_numpy(float), numeric + ["species=" + s for s in species]


def pangaea():
    path = os.path.join(ROOT, "..", "shared", "fixtures", "pangaea", "ARK-XXII_1_meteorology.txt")
    with open(path, encoding="latin-1") as f:
        lines = f.read().split("\n")
    start = lines.index("*/") + 1
    header = lines[start].split("\t")
    rows = [line.split("\t") for line in lines[start + 1:] if line.strip()]
    features = ["Latitude", "Longitude", "TTT [deg C]", "TdTdTd [deg C]", "PPPP [hPa]", "ff [m/s]"]
    target = "Temp [deg C]"
    wanted = [header.index(c) for c in features + [target]]
    kept = [[float(r[i]) for i in wanted] for r in rows
            if all(i < len(r) and r[i].strip() != "" for i in wanted)]
    data = np.array(kept)
    return data[:, :-1], data[:, -1], features


def r2(model, Xtr, ytr, Xte, yte):
    model.fit(Xtr, ytr)
    return float(r2_score(yte, model.predict(Xte)))


def reference(X, y, features):
    n = len(y)
    train, test = train_test_split(np.arange(n), test_size=0.3, random_state=0)
    Xtr, Xte, ytr, yte = X[train], X[test], y[train], y[test]
    out = {"sklearn": sklearn.__version__, "rows": n, "features": features,
           "target_sum": float(y.sum()), "train": train.tolist(), "test": test.tolist()}
    for name, model in [("linear", LinearRegression()), ("ridge", Ridge(alpha=1.0))]:
        model.fit(Xtr, ytr)
        out[name] = {"coef": model.coef_.tolist(), "intercept": float(model.intercept_),
                     "r2": float(r2_score(yte, model.predict(Xte)))}
    out["tree"] = {"r2": r2(DecisionTreeRegressor(max_depth=6, random_state=0), Xtr, ytr, Xte, yte)}
    out["forest"] = {"r2": r2(RandomForestRegressor(random_state=0), Xtr, ytr, Xte, yte)}
    scaler = StandardScaler().fit(Xtr)
    Str, Ste = scaler.transform(Xtr), scaler.transform(Xte)
    knn = KNeighborsRegressor(5).fit(Str, ytr)
    out["knn"] = {"r2": float(r2_score(yte, knn.predict(Ste))),
                  "predictions": knn.predict(Ste).tolist()}
    mean, std = ytr.mean(), ytr.std()
    mlp = MLPRegressor(hidden_layer_sizes=(50,), max_iter=1000, random_state=0)
    mlp.fit(Str, (ytr - mean) / std)
    out["mlp"] = {"r2": float(r2_score(yte, mlp.predict(Ste) * std + mean))}
    return out


for name, load in [("penguins_mass", penguins), ("ark_xxii_water_temp", pangaea)]:
    X, y, features = load()
    path = os.path.join(HERE, "regression", name + ".json")
    with open(path, "w") as f:
        json.dump(reference(X, y, features), f, indent=1)
        f.write("\n")
    print(name, len(y), "rows")
