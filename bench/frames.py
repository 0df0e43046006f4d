#!/usr/bin/env python3
"""Frame and tensor operations (float64, and float32 tensors): awish against pandas and numpy
in the same run.

    swift build -c release
    python3 ../shared/peers/gen_data.py /tmp/peers-data      # the peer harness's inputs
    python3 bench/frames.py /tmp/peers-data/ctd_1m.csv [--runs 5] [--rounds 3] [--python PY]
        [--only matmul_1000,matmul_1000_f32] [--no-blas] [--one-core]

The python needs pandas and numpy (the peer harness's venv). Each operation is timed inside
one session with its input already loaded, as the harness's `colops` and `np` groups are;
numpy's BLAS is limited to one thread (OPENBLAS_NUM_THREADS=1) to compare single-thread
matrix products. awish and the peer alternate for --rounds rounds (a busy shared machine then
slows both alike); each figure is the median of the rounds' medians. --no-blas makes awish
ignore OpenBLAS (the bare-machine figures); the first line says which BLAS each side used.
Prints medians and the awish/peer ratio."""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile

import blas

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(command, env=None):
    out = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, env=env)
    if out.returncode != 0:
        sys.exit(f"failed: {' '.join(command)}\n{out.stderr}")
    return dict((line.split()[0], float(line.split()[1])) for line in out.stdout.splitlines()
                if len(line.split()) == 2)


def read_csv_processes(csv, python, runs):
    """read_csv as the peer harness times it: a fresh process per run, timing the read only,
    alternating awish and pandas; also the largest peak RSS of the whole processes (MB,
    from /usr/bin/time)."""
    import statistics
    awish_code = f't = time(); x = read_csv("{csv}"); print(time() - t)'
    pandas_code = ("import pandas, time; t = time.time(); "
                   f"pandas.read_csv({csv!r}); print(time.time() - t)")
    times = {"awish": [], "pandas": []}
    peaks = {"awish": 0.0, "pandas": 0.0}
    for _ in range(runs):
        for name, command in [("awish", [os.path.join(ROOT, ".build/release/awish"), "-e", awish_code]),
                              ("pandas", [python, "-c", pandas_code])]:
            out = subprocess.run(["/usr/bin/time", "-f", "%M"] + command, capture_output=True,
                                 text=True, check=True)
            times[name].append(float(out.stdout.strip()))
            peak_kb = float(out.stderr.strip().splitlines()[-1])
            peaks[name] = max(peaks[name], peak_kb / 1024)
    return statistics.median(times["awish"]), statistics.median(times["pandas"]), peaks


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("csv")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--only", default="all")
    parser.add_argument("--one-core", action="store_true",
                        help="awish runs on one CPU (taskset -c 0), as numpy's one BLAS thread")
    blas.add_option(parser)
    options = parser.parse_args()
    print(blas.describe(options, options.python))
    scratch = tempfile.mkdtemp(prefix="awish-frames-")
    outputs = {side: os.path.join(scratch, f"{side}.csv") for side in ("awish", "peer")}
    rounds = {"awish": [], "peer": []}
    for _ in range(options.rounds):
        pin = ["taskset", "-c", "0"] if options.one_core else []
        rounds["awish"].append(run(
            pin + [os.path.join(ROOT, ".build/release/awish"), "run", "bench/frames/colops.awi",
             "--param", f"path={os.path.abspath(options.csv)}", "--param", f"runs={options.runs}",
             "--param", f"only={options.only}", "--param", f"out={outputs['awish']}"],
            blas.awish_env(options, OPENBLAS_NUM_THREADS="1")))
        rounds["peer"].append(run(
            [options.python, "bench/frames/colops.py", options.csv, str(options.runs), options.only,
             outputs["peer"]],
            blas.peer_env(OPENBLAS_NUM_THREADS="1")))
    awish, peer = (
        {name: statistics.median(r[name] for r in rounds[side]) for name in rounds[side][0]}
        for side in ("awish", "peer"))
    print(f"{'operation':16} {'awish s':>9} {'peer s':>9} {'ratio':>6}")
    if options.only == "all" or "read_csv" in options.only.split(","):
        a, p, peaks = read_csv_processes(os.path.abspath(options.csv), options.python,
                                         options.runs)
        print(f"{'read_csv proc':16} {a:9.4f} {p:9.4f} {a / p:6.2f}   "
              f"peak RSS {peaks['awish']:.0f} MB vs {peaks['pandas']:.0f} MB")
    for name, seconds in awish.items():
        if name in peer and name != "read_csv":
            print(f"{name:16} {seconds:9.4f} {peer[name]:9.4f} {seconds / peer[name]:6.2f}")
    if options.only == "all" or "write_csv" in options.only.split(","):
        print(write_csv_memory(os.path.abspath(options.csv), outputs["awish"]))
        same = open(outputs["awish"], "rb").read() == open(outputs["peer"], "rb").read()
        print(f"# write_csv: awish's file {'equals' if same else 'differs from'} pandas' file")
    for path in outputs.values():
        if os.path.exists(path):
            os.unlink(path)
    os.rmdir(scratch)


def frame_megabytes(csv):
    """The size of awish's frame of `csv`: 8 bytes a value for numbers and times, 4 for the
    dictionary codes of strings, one bit per value of a column with missing values."""
    import pandas
    head = pandas.read_csv(csv, nrows=1000)
    rows = sum(1 for _ in open(csv, "rb")) - 1
    size = 0
    for name in head.columns:
        column = head[name]
        if column.dtype.kind in "fiub":
            size += 8 * rows
        else:
            try:
                pandas.to_datetime(column, format="ISO8601")
                size += 8 * rows
            except (ValueError, TypeError):
                size += 4 * rows
        size += rows / 8
    return size / 2**20


def write_csv_memory(csv, out):
    """write_csv's memory beyond the frame: awish's peak RSS (from /usr/bin/time) reading the
    file and writing it, less the peak reading it alone, against the frame's own size."""
    read = f'x = read_csv("{csv}")'
    peaks = []
    for code in (read, read + f'; write_csv(x, "{out}")'):
        result = subprocess.run(["/usr/bin/time", "-f", "%M", os.path.join(ROOT, ".build/release/awish"),
                                 "-e", code], capture_output=True, text=True, check=True)
        peaks.append(float(result.stderr.strip().splitlines()[-1]) / 1024)
    frame = frame_megabytes(csv)
    extra = peaks[1] - peaks[0]
    return (f"# write_csv memory: peak RSS {peaks[1]:.0f} MB (read alone {peaks[0]:.0f} MB): "
            f"{extra:.0f} MB beyond reading, {extra / frame:.2f}× the frame's {frame:.0f} MB")


if __name__ == "__main__":
    main()
