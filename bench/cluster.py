#!/usr/bin/env python3
"""awish sweep at scale: submitting a 1,000-task sweep and collecting 1,000 finished tasks.

    swift build -c release
    python3 bench/cluster.py [--tasks 1000] [--runs 5] [--awish .build/release/awish]

Slurm's side is replaced by stand-ins first in PATH, so only awish's own time is measured:
`sbatch` notes each call and answers a job id; `sacct` prints what Slurm 22.05 prints for
the finished array (a job line and a .batch line per task, with MaxRSS and TotalCPU);
`squeue` prints nothing (the jobs have left the queue). The tasks' folders are then filled
as finished tasks leave them (exit_status, result.json, run.json). Prints the medians, the
number of sbatch calls per submission, and checks the targets of issue 19: submit under
2 s, collect under 1 s."""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

SCRIPT = """trees = params.trees
depth = params.depth
seed = params.seed
record(accuracy=0.9, trees=trees)
"""


def stand_ins(folder, tasks, calls):
    """Writes sbatch, sacct and squeue stand-ins into `folder`."""
    lines = []
    for i in range(tasks):
        lines.append(f"4242_{i}|COMPLETED|0:0|00:00:12|00:00:09|1||2G|01:00:00|debug|node{i % 8}")
        lines.append(f"4242_{i}.batch|COMPLETED|0:0|00:00:12|00:00:09|1|{180000 + i}K||||node{i % 8}")
    with open(os.path.join(folder, "sacct.txt"), "w") as f:
        f.write("\n".join(lines) + "\n")
    scripts = {
        "sbatch": f'#!/bin/sh\necho "$@" >> {calls}\necho 4242\n',
        "sacct": f"#!/bin/sh\ncat {folder}/sacct.txt\n",
        "squeue": "#!/bin/sh\nexit 0\n",
    }
    for name, text in scripts.items():
        path = os.path.join(folder, name)
        with open(path, "w") as f:
            f.write(text)
        os.chmod(path, 0o755)


def finish(root, tasks):
    """Leaves in each task folder what a finished task leaves."""
    for i in range(tasks):
        folder = os.path.join(root, str(i))
        with open(os.path.join(folder, "exit_status"), "w") as f:
            f.write("0\n")
        with open(os.path.join(folder, "result.json"), "w") as f:
            json.dump({"accuracy": 0.9 + i / 1e5, "trees": 100}, f)
        with open(os.path.join(folder, "run.json"), "w") as f:
            json.dump({"wall_seconds": 11.5, "cpu_seconds": 9.1, "peak_memory_bytes": 1.8e8}, f)


def timed(arguments, env):
    start = time.perf_counter()
    result = subprocess.run(arguments, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"{' '.join(arguments)} failed:\n{result.stderr}")
    return elapsed, result.stdout


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tasks", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--awish", default=os.path.join(ROOT, ".build/release/awish"))
    args = parser.parse_args()
    side = args.tasks // 10
    grid = ["--grid", f"trees={','.join(str(100 + t) for t in range(side))}",
            "--grid", "depth=5,10,nil,20,40", "--grid", "seed=1,2"]
    work = tempfile.mkdtemp(prefix="awish-bench-cluster-")
    try:
        bin_folder = os.path.join(work, "bin")
        os.makedirs(bin_folder)
        calls = os.path.join(work, "sbatch-calls.txt")
        stand_ins(bin_folder, args.tasks, calls)
        env = dict(os.environ, PATH=bin_folder + ":" + os.environ.get("PATH", ""))
        subprocess.run([args.awish, "init", os.path.join(work, "ws")], check=True,
                       capture_output=True)
        script = os.path.join(work, "ws", "src", "train.awi")
        with open(script, "w") as f:
            f.write(SCRIPT)
        submits, collects, sbatch_calls = [], [], []
        for run in range(args.runs):
            before = open(calls).read().count("\n") if os.path.exists(calls) else 0
            name = f"bench{run}"
            seconds, _ = timed([args.awish, "sweep", script, *grid, "--name", name,
                                "--max-running", "50"], env)
            submits.append(seconds)
            sbatch_calls.append(open(calls).read().count("\n") - before)
            root = os.path.join(work, "ws", "runs", name)
            finish(root, args.tasks)
            seconds, csv = timed([args.awish, "sweep", "collect", root], env)
            rows = csv.count("\n") - 1
            if rows != args.tasks or ",COMPLETED," not in csv:
                sys.exit(f"collect gave {rows} rows")
            collects.append(seconds)
        submit, collect = statistics.median(submits), statistics.median(collects)
        print(f"{args.tasks}-task sweep submit: median {submit:.3f} s over {args.runs} runs "
              f"(min {min(submits):.3f}), sbatch calls per submit: {sorted(set(sbatch_calls))}")
        print(f"collect of {args.tasks} finished tasks: median {collect:.3f} s "
              f"(min {min(collects):.3f})")
        ok = submit < 2 and collect < 1 and set(sbatch_calls) == {1}
        print("targets (submit < 2 s with one sbatch call, collect < 1 s):",
              "met" if ok else "NOT met")
        return 0 if ok else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
