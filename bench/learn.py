#!/usr/bin/env python3
"""Classifiers and regressors: awish against scikit-learn in the same run.

    swift build -c release
    python3 ../shared/peers/gen_data.py /tmp/peers-data      # the peer harness's inputs
    python3 bench/learn.py /tmp/peers-data/classif_100k.csv [--runs 3] [--rounds 2]
        [--python PY] [--only knn5] [--no-blas]
    python3 bench/learn/make_regression.py /tmp/regress_100k.csv
    python3 bench/learn.py /tmp/regress_100k.csv --regression [--runs 5] [--only rf_reg]

With --regression the models are regressors (linear, ridge, rf_reg, knn5_reg, tree_reg,
mlp64_reg: bench/learn/regress.awi and regress.py) and the score is the test R²; the forest
tries every feature per split on both sides (sklearn's regressor default).

The python needs scikit-learn and pandas (the peer harness's venv). Each model is fitted on the
20,000 training rows and predicts the 80,000 test rows, timed inside one session with the data
loaded, as the harness's `clf` group does; logreg_cv5 is 5-fold cross-validation of logistic
regression on all 100,000 rows. scikit-learn runs twice, with 1 and with 2 threads (BLAS and
OpenMP threads, n_jobs), and the better time counts. awish and sklearn alternate for --rounds
rounds; each figure is the median of the rounds' medians. --no-blas makes awish ignore
OpenBLAS (the bare-machine figures); the first line says which BLAS each side used. Prints
medians, the awish/sklearn ratio and both accuracies."""
import argparse
import os
import statistics
import subprocess
import sys

import blas

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(command, env=None):
    out = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env=env)
    if out.returncode != 0:
        sys.exit(f"failed: {' '.join(command)}\n{out.stderr}")
    results = {}
    for line in out.stdout.splitlines():
        parts = line.split()
        if len(parts) == 3:
            results[parts[0]] = (float(parts[1]), float(parts[2]))
    return results


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("csv")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--only", default="")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--regression", action="store_true")
    blas.add_option(parser)
    options = parser.parse_args()
    csv = os.path.abspath(options.csv)
    print(blas.describe(options, options.python))
    rounds = {"awish": [], 1: [], 2: []}
    kind = "regress" if options.regression else "classify"
    for _ in range(options.rounds):
        rounds["awish"].append(run(
            [os.path.join(ROOT, ".build/release/awish"), "run", f"bench/learn/{kind}.awi",
             "--param", f"path={csv}", "--param", f"runs={options.runs}",
             "--param", f"only={options.only or 'all'}"], blas.awish_env(options)))
        for threads in (1, 2):
            env = blas.peer_env(OPENBLAS_NUM_THREADS=str(threads), OMP_NUM_THREADS=str(threads))
            rounds[threads].append(run([options.python, f"bench/learn/{kind}.py", csv,
                                        str(options.runs), str(threads), options.only], env))
    awish, *peers = (
        {name: (statistics.median(r[name][0] for r in rounds[side]), rounds[side][-1][name][1])
         for name in rounds[side][0]}
        for side in ("awish", 1, 2))
    score = "r2" if options.regression else "acc"
    print(f"{'model':12} {'awish s':>9} {'sklearn s':>9} {'ratio':>6} {'awish ' + score:>9} "
          f"{'sk ' + score:>7}")
    for name, (seconds, accuracy) in awish.items():
        times = [peer[name] for peer in peers if name in peer]
        if not times:
            continue
        best = min(times)
        print(f"{name:12} {seconds:9.4f} {best[0]:9.4f} {seconds / best[0]:6.2f} "
              f"{accuracy:9.4f} {best[1]:7.4f}")


if __name__ == "__main__":
    main()
