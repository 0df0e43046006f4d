"""The scikit-learn side of bench/learn.py --regression: the same regressors on the same
data as regress.awi; prints "name seconds r2" per model."""
import statistics
import sys
import time
import warnings

import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import LinearRegression, Ridge
from sklearn.metrics import r2_score
from sklearn.neighbors import KNeighborsRegressor
from sklearn.neural_network import MLPRegressor
from sklearn.tree import DecisionTreeRegressor

warnings.filterwarnings("ignore", category=ConvergenceWarning)
path, runs, jobs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
only = sys.argv[4] if len(sys.argv) > 4 else ""
df = pd.read_csv(path)
feats = [c for c in df.columns if c.startswith("f")]
X = df[feats].to_numpy(dtype="float64")
y = df["y"].to_numpy(dtype="float64")
tr = (df["split"] == "train").to_numpy()
Xtr, ytr, Xte, yte = X[tr], y[tr], X[~tr], y[~tr]
makers = {
    "linear": lambda: LinearRegression(),
    "ridge": lambda: Ridge(alpha=1.0),
    "rf_reg": lambda: RandomForestRegressor(n_estimators=100, n_jobs=jobs, random_state=0),
    "knn5_reg": lambda: KNeighborsRegressor(5, n_jobs=jobs),
    "tree_reg": lambda: DecisionTreeRegressor(random_state=0),
    "mlp64_reg": lambda: MLPRegressor(hidden_layer_sizes=(64,), max_iter=50, random_state=0),
}


def timed(name, work):
    if only and only != name:
        return
    times, r2 = [], 0.0
    for _ in range(runs):
        start = time.perf_counter()
        r2 = work()
        times.append(time.perf_counter() - start)
    print(name, statistics.median(times), r2)


def fit_predict(make):
    model = make().fit(Xtr, ytr)
    return float(r2_score(yte, model.predict(Xte)))


for name, make in makers.items():
    timed(name, lambda make=make: fit_predict(make))
