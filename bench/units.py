#!/usr/bin/env python3
"""What units cost: a*b+c on 10M-row columns with units against the same without, and
harmonize() of two 1M-row frames with unit conversions against pandas doing it by hand.

    swift build -c release
    python3 bench/units.py [--runs 5] [--python /path/to/python]

The python needs pandas and numpy. Each operation is timed inside one session with its input
made first. Prints medians and ratios (the issue's targets: units/plain within 1.05,
awish/pandas at most 0.5)."""
import argparse
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(command):
    out = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"failed: {' '.join(command)}\n{out.stderr}")
    return dict((line.split()[0], float(line.split()[1])) for line in out.stdout.splitlines()
                if len(line.split()) == 2)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--python", default=sys.executable)
    args = parser.parse_args()
    awish = run([os.path.join(ROOT, ".build", "release", "awish"), "run", "bench/units/units.awi",
                 "--param", f"runs={args.runs}"])
    peer = run([args.python, "bench/units/units_peer.py", str(args.runs)])
    print(f"{'case':<22}{'awish s':>10}{'other s':>10}{'ratio':>8}")
    plain, units = awish["abc_plain"], awish["abc_units"]
    print(f"{'a*b+c units/plain':<22}{units:>10.4f}{plain:>10.4f}{units / plain:>8.3f}")
    ours, theirs = awish["harmonize_1m"], peer["harmonize_1m"]
    print(f"{'harmonize 1M awish/pd':<22}{ours:>10.4f}{theirs:>10.4f}{ours / theirs:>8.3f}")


if __name__ == "__main__":
    main()
