"""The scikit-learn side of bench/learn.py: the same models and calls as the peer harness's
worker_clf (peers.py), on the same data; prints "name seconds accuracy" per model."""
import statistics
import sys
import time
import warnings

import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_score
from sklearn.naive_bayes import GaussianNB
from sklearn.neighbors import KNeighborsClassifier
from sklearn.neural_network import MLPClassifier
from sklearn.tree import DecisionTreeClassifier

warnings.filterwarnings("ignore", category=ConvergenceWarning)
path, runs, jobs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
only = sys.argv[4] if len(sys.argv) > 4 else ""
df = pd.read_csv(path)
feats = [c for c in df.columns if c.startswith("f")]
X = df[feats].to_numpy(dtype="float64")
y = df["label"].to_numpy()
tr = (df["split"] == "train").to_numpy()
Xtr, ytr, Xte, yte = X[tr], y[tr], X[~tr], y[~tr]
makers = {
    "logreg": lambda: LogisticRegression(max_iter=1000),
    "rf": lambda: RandomForestClassifier(n_estimators=100, n_jobs=jobs, random_state=0),
    "knn5": lambda: KNeighborsClassifier(5, n_jobs=jobs),
    "gnb": lambda: GaussianNB(),
    "tree": lambda: DecisionTreeClassifier(random_state=0),
    "mlp64": lambda: MLPClassifier(hidden_layer_sizes=(64,), max_iter=50, random_state=0),
}


def timed(name, work):
    if only and only != name:
        return
    times, accuracy = [], 0.0
    for _ in range(runs):
        start = time.perf_counter()
        accuracy = work()
        times.append(time.perf_counter() - start)
    print(name, statistics.median(times), accuracy)


def fit_predict(make):
    model = make().fit(Xtr, ytr)
    return float((model.predict(Xte) == yte).mean())


for name, make in makers.items():
    timed(name, lambda make=make: fit_predict(make))
timed("logreg_cv5", lambda: float(cross_val_score(LogisticRegression(max_iter=1000), X, y, cv=5).mean()))
