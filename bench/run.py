#!/usr/bin/env python3
"""Runs awish's scalar benchmarks and their CPython peers interleaved in one session and
prints medians and the awish/CPython ratio (below 1.0 means awish is faster).

    swift build -c release && python3 bench/run.py [--runs 11] [--only fib,startup]

Each figure is the whole process, spawn to exit, wall clock, as the peer harness measures
its `interp.*` and `startup.*` workloads (../shared/peers/README.md)."""
import argparse
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
AWISH = os.path.join(ROOT, ".build", "release", "awish")
PEERS = os.path.join(ROOT, "bench", "peers")

# name -> (awish command, python command)
CASES = {
    "fib": (["run", "bench/scalar/fib.awi"], [os.path.join(PEERS, "fib.py")]),
    "loop_sum_float": (["run", "bench/scalar/loop_sum_float.awi"],
                       [os.path.join(PEERS, "loop_sum_float.py")]),
    "dicts": (["run", "bench/scalar/dicts.awi"], [os.path.join(PEERS, "dicts.py")]),
    "strcat": (["run", "bench/scalar/strcat.awi"], [os.path.join(PEERS, "strcat.py")]),
    "startup": (["-e", "1"], ["-c", "pass"]),
}


def timed(command):
    start = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"failed: {' '.join(command)}\n{result.stderr.decode()}")
    return elapsed, result.stdout.decode().strip()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--only", default="")
    parser.add_argument("--python", default=sys.executable)
    options = parser.parse_args()
    if not os.path.exists(AWISH):
        sys.exit("build first: swift build -c release")
    names = [n for n in CASES if not options.only or n in options.only.split(",")]
    print(f"{'case':16} {'awish s':>9} {'python s':>9} {'ratio':>6}  output")
    for name in names:
        awish_args, python_args = CASES[name]
        awish_times, python_times = [], []
        outputs = set()
        timed([AWISH] + awish_args)  # warm the page cache
        for _ in range(options.runs):
            elapsed, out = timed([AWISH] + awish_args)
            awish_times.append(elapsed)
            outputs.add(out)
            elapsed, out = timed([options.python] + python_args)
            python_times.append(elapsed)
            outputs.add(out)
        a, p = statistics.median(awish_times), statistics.median(python_times)
        if name == "startup":
            same = "(no output to compare)"
        else:
            same = "same" if len(outputs) == 1 else f"DIFFERENT: {sorted(outputs)}"
        print(f"{name:16} {a:9.4f} {p:9.4f} {a / p:6.2f}  {same}", flush=True)


if __name__ == "__main__":
    main()
