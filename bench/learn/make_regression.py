"""Writes the regression bench's data: sklearn's make_friedman1 (10 uniform features, of
which five matter through y = 10·sin(π·x0·x1) + 20·(x2 − 0.5)² + 10·x3 + 5·x4, plus noise of
std 1), 100,000 rows with random_state=0; the first 20,000 are split "train", the rest "test".

    python3 bench/learn/make_regression.py /tmp/regress_100k.csv"""
import sys

import numpy as np
import pandas as pd
from sklearn.datasets import make_friedman1

X, y = make_friedman1(n_samples=100_000, n_features=10, noise=1.0, random_state=0)
df = pd.DataFrame(X, columns=[f"f{j:02d}" for j in range(10)])
df["y"] = y
df["split"] = np.where(np.arange(len(y)) < 20_000, "train", "test")
df.to_csv(sys.argv[1], index=False, lineterminator="\n", float_format="%.17g")
