"""Writes learning/<dataset>.json: scikit-learn results the Learning tests compare against.

    /tmp/peers-venv/bin/python Tests/TensorTests/Reference/make_learning_reference.py

Datasets: iris, wine, breast_cancer and digits (first 900 rows, to keep the fixture small) as
they ship inside scikit-learn, and Palmer penguins (Tests/TensorTests/Fixtures/penguins.csv,
rows with missing measurements dropped; features are the four measurements). Each file holds
the raw features, the integer labels, an explicit stratified train/test split made by
sklearn's train_test_split(test_size=0.3, random_state=0), and what sklearn fits on it.
Every model sees the features standardized by a StandardScaler fitted on the training rows,
except GaussianNB, which sees the raw features."""
import json
import os

import numpy as np
import pandas as pd
import sklearn
from sklearn import datasets
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import (balanced_accuracy_score, classification_report, confusion_matrix,
                             precision_recall_fscore_support, roc_auc_score)
from sklearn.model_selection import StratifiedKFold, train_test_split
from sklearn.naive_bayes import GaussianNB
from sklearn.neighbors import KNeighborsClassifier
from sklearn.neural_network import MLPClassifier
from sklearn.preprocessing import StandardScaler
from sklearn.tree import DecisionTreeClassifier
import warnings

warnings.filterwarnings("ignore")
HERE = os.path.dirname(os.path.abspath(__file__))


def penguins():
    path = os.path.join(HERE, "..", "Fixtures", "penguins.csv")
    df = pd.read_csv(path).dropna(
        subset=["bill_length_mm", "bill_depth_mm", "flipper_length_mm", "body_mass_g"])
    X = df[["bill_length_mm", "bill_depth_mm", "flipper_length_mm", "body_mass_g"]].to_numpy(float)
    names = sorted(df["species"].unique())
    y = np.array([names.index(s) for s in df["species"]])
    return X, y


def load(name):
    if name == "penguins":
        return penguins()
    data = getattr(datasets, f"load_{name}")()
    X, y = data.data, data.target
    if name == "digits":
        X, y = X[:900], y[:900]
    return X, y


def accuracy(model, X, y):
    return float((model.predict(X) == y).mean())


def reference(name):
    X, y = load(name)
    rows = np.arange(len(y))
    train, test = train_test_split(rows, test_size=0.3, random_state=0, stratify=y)
    scaler = StandardScaler().fit(X[train])
    Xs_tr, Xs_te = scaler.transform(X[train]), scaler.transform(X[test])
    out = {"sklearn": sklearn.__version__, "X": X.tolist(), "y": y.tolist(),
           "train": train.tolist(), "test": test.tolist()}

    tight = LogisticRegression(C=1.0, tol=1e-12, max_iter=100000).fit(Xs_tr, y[train])
    out["logistic_tight"] = {"coef": tight.coef_.tolist(), "intercept": tight.intercept_.tolist(),
                             "accuracy": accuracy(tight, Xs_te, y[test])}
    default = LogisticRegression(max_iter=1000).fit(Xs_tr, y[train])
    pred = default.predict(Xs_te)
    proba = default.predict_proba(Xs_te)
    out["logistic"] = {"accuracy": accuracy(default, Xs_te, y[test]), "predictions": pred.tolist(),
                       "proba": proba.tolist()}

    gnb = GaussianNB().fit(X[train], y[train])
    out["naive_bayes"] = {"predictions": gnb.predict(X[test]).tolist(),
                          "accuracy": accuracy(gnb, X[test], y[test])}
    for weights in ["uniform", "distance"]:
        knn = KNeighborsClassifier(5, weights=weights).fit(Xs_tr, y[train])
        out[f"knn_{weights}"] = {"predictions": knn.predict(Xs_te).tolist(),
                                 "accuracy": accuracy(knn, Xs_te, y[test])}
    trees = [DecisionTreeClassifier(random_state=s).fit(Xs_tr, y[train]) for s in range(5)]
    out["tree"] = {"accuracy": float(np.mean([accuracy(t, Xs_te, y[test]) for t in trees]))}
    forest = RandomForestClassifier(n_estimators=100, random_state=0).fit(Xs_tr, y[train])
    out["random_forest"] = {"accuracy": accuracy(forest, Xs_te, y[test])}
    mlp = MLPClassifier(hidden_layer_sizes=(64,), max_iter=300, random_state=0).fit(Xs_tr, y[train])
    out["mlp"] = {"accuracy": accuracy(mlp, Xs_te, y[test])}

    truth = y[test]
    p, r, f, s = precision_recall_fscore_support(truth, pred, zero_division=0)
    labels = np.unique(y)
    out["metrics"] = {
        "confusion": confusion_matrix(truth, pred).tolist(),
        "precision": p.tolist(), "recall": r.tolist(), "f1": f.tolist(), "support": s.tolist(),
        "balanced_accuracy": balanced_accuracy_score(truth, pred),
        "report": classification_report(truth, pred, target_names=[f"c{k}" for k in labels]),
    }
    if len(labels) == 2:
        out["metrics"]["auc_macro"] = roc_auc_score(truth, proba[:, 1])
        out["metrics"]["auc_weighted"] = out["metrics"]["auc_macro"]
    else:
        out["metrics"]["auc_macro"] = roc_auc_score(truth, proba, multi_class="ovr")
        out["metrics"]["auc_weighted"] = roc_auc_score(truth, proba, multi_class="ovr",
                                                       average="weighted")
    folds = StratifiedKFold(5).split(X, y)
    out["cv_unshuffled"] = [test_rows.tolist() for _, test_rows in folds]
    return out


def main():
    folder = os.path.join(HERE, "learning")
    os.makedirs(folder, exist_ok=True)
    for name in ["iris", "wine", "breast_cancer", "digits", "penguins"]:
        with open(os.path.join(folder, f"{name}.json"), "w") as f:
            json.dump(reference(name), f, separators=(",", ":"))
            f.write("\n")


if __name__ == "__main__":
    main()
