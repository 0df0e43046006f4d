#!/usr/bin/env python3
"""fetch of a large local netCDF file (copy into raw/, its SHA-256 for the manifest, the
header read) against Python doing the same work (shutil.copyfile and fsync, then
hashlib.sha256 a megabyte at a time), in fresh processes, each into a fresh workspace.
With --http the file is fetched from a server on 127.0.0.1 instead (curl writes it, awish
hashes it as it arrives); --binary names the awish to time.

    swift build -c release
    python3 bench/checksum.py [--mib 1024] [--runs 5] [--http] [--binary PATH]

Python's hashlib uses OpenSSL, as awish does when libcrypto.so.3 is present; with
AWISH_NO_LIBCRYPTO=1 in the environment awish uses its built-in SHA-256 (the CPU's SHA
instructions where it has them), as on a machine without the library. Also times the hash
alone in Python. Prints medians of wall and CPU time (CPU time is what to compare on a busy
machine) and the ratios."""
import argparse
import functools
import hashlib
import http.server
import os
import resource
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCE = "/tmp/awish-bench-checksum.nc"

SCRIPT = """
start = time()
fetch("{uri}")
print("seconds", time() - start)
"""


def netcdf_header(values, name=b"v"):
    """A classic (CDF-1) header: one dimension, no attributes, one float variable."""
    def text(t):
        return struct.pack(">i", len(t)) + t + b"\0" * (-len(t) % 4)
    dims = struct.pack(">ii", 10, 1) + text(b"x") + struct.pack(">i", values)
    no_attributes = struct.pack(">ii", 0, 0)
    size = 4 * values
    head = b"CDF\x01" + struct.pack(">i", 0) + dims + no_attributes
    variable = text(name) + struct.pack(">ii", 1, 0) + no_attributes + struct.pack(">ii", 5, size)
    length = len(head) + 8 + len(variable) + 4
    return head + struct.pack(">ii", 11, 1) + variable + struct.pack(">i", length)


def make_source(mib):
    values = (mib << 20) // 4
    header = netcdf_header(values)
    size = len(header) + 4 * values
    if os.path.exists(SOURCE) and os.path.getsize(SOURCE) == size:
        return
    with open(SOURCE + ".part", "wb") as f:
        f.write(header)
        for _ in range(mib):
            f.write(os.urandom(1 << 20))
    os.replace(SOURCE + ".part", SOURCE)


def serve_source():
    """The source's URL on a quiet HTTP server on 127.0.0.1 (a thread of this process)."""
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(Quiet, directory=os.path.dirname(SOURCE))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_port}/{os.path.basename(SOURCE)}"


def awish_run(binary, uri):
    """(wall seconds of the fetch inside the script, CPU seconds of the whole process)."""
    with tempfile.TemporaryDirectory(dir="/tmp") as folder:
        workspace = os.path.join(folder, "ws")
        subprocess.run([binary, "init", workspace], check=True, capture_output=True)
        script = os.path.join(workspace, "fetch.awi")
        with open(script, "w") as f:
            f.write(SCRIPT.format(uri=uri))
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        out = subprocess.run([binary, "run", script], cwd=workspace, capture_output=True,
                             text=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if out.returncode != 0:
            sys.exit(f"awish failed: {out.stderr}")
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        for line in out.stdout.splitlines():
            if line.startswith("seconds"):
                return float(line.split()[1]), cpu
        sys.exit(f"no timing in awish's output: {out.stdout}")


def python_run(hash_only):
    """(wall, CPU) seconds of a durable copy (fsync, as fetch's atomic write does) and the
    hash, or of the hash alone."""
    with tempfile.TemporaryDirectory(dir="/tmp") as folder:
        start, cpu = time.perf_counter(), time.process_time()
        target = SOURCE
        if not hash_only:
            target = os.path.join(folder, "copy.bin")
            shutil.copyfile(SOURCE, target)
            with open(target, "rb+") as f:
                os.fsync(f.fileno())
        digest = hashlib.sha256()
        with open(target, "rb") as f:
            while chunk := f.read(1 << 20):
                digest.update(chunk)
        digest.hexdigest()
        return time.perf_counter() - start, time.process_time() - cpu


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--mib", type=int, default=1024)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--http", action="store_true", help="fetch over HTTP from 127.0.0.1")
    parser.add_argument("--binary", default=os.environ.get(
        "AWISH_BINARY", os.path.join(ROOT, ".build/release/awish")))
    args = parser.parse_args()
    make_source(args.mib)
    uri = serve_source() if args.http else "file:" + SOURCE
    awish = [awish_run(args.binary, uri) for _ in range(args.runs)]
    python = [python_run(False) for _ in range(args.runs)]
    hashing = [python_run(True) for _ in range(args.runs)]

    def medians(runs):
        return tuple(statistics.median(run[i] for run in runs) for i in (0, 1))

    (a, a_cpu), (p, p_cpu), (h, h_cpu) = medians(awish), medians(python), medians(hashing)
    print(f"file: {args.mib} MiB from {uri}, medians of {args.runs} runs (wall, CPU)")
    print(f"awish fetch (copy, fsync, sha256, header): {a:.3f} s  {a_cpu:.3f} s CPU (process)")
    print(f"python copy, fsync, hashlib.sha256:        {p:.3f} s  {p_cpu:.3f} s CPU")
    print(f"python hashlib.sha256 alone:               {h:.3f} s  {h_cpu:.3f} s CPU")
    print(f"awish / python: wall {a / p:.2f}, CPU {a_cpu / p_cpu:.2f}")

if __name__ == "__main__":
    main()
