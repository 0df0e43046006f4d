#!/usr/bin/env python3
"""Jupyter kernel speed, awish against ipykernel, both driven by jupyter_client in one run:
start to ready (start_kernel until the kernel_info reply and an iopub message) and the round
trip of `1 + 1` (execute_request sent until the idle status), medians.

    swift build -c release && .ci/venv/bin/python bench/kernel.py [--awish PATH] [--starts 11]

Needs jupyter_client and ipykernel (the venv that .ci/run makes)."""
import os
import sys

# bench/signal.py would shadow the standard library's signal module that jupyter_client needs.
sys.path = [p for p in sys.path if os.path.abspath(p or ".") != os.path.dirname(__file__)]

import argparse  # noqa: E402
import json  # noqa: E402
import statistics  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def install_specs(awish):
    """kernel.json files for both kernels in a private JUPYTER_PATH."""
    prefix = tempfile.mkdtemp(prefix="awish-kernel-bench-")
    kernels = os.path.join(prefix, "kernels")
    specs = {
        "awish": [awish, "kernel", "-f", "{connection_file}"],
        "ipykernel": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
    }
    for name, argv in specs.items():
        os.makedirs(os.path.join(kernels, name))
        with open(os.path.join(kernels, name, "kernel.json"), "w") as spec:
            json.dump({"argv": argv, "display_name": name, "language": name}, spec)
    os.environ["JUPYTER_PATH"] = prefix
    os.environ["JUPYTER_RUNTIME_DIR"] = os.path.join(prefix, "runtime")


def start(name):
    """A started kernel, its client and the seconds from start_kernel() until the kernel
    answered kernel_info on shell and an iopub message arrived: what wait_for_ready checks,
    without its final 0.2 s wait for iopub to stay quiet, which every kernel pays alike."""
    from queue import Empty

    from jupyter_client import KernelManager

    manager = KernelManager(kernel_name=name)
    began = time.perf_counter()
    manager.start_kernel()
    client = manager.client()
    client.start_channels()
    while True:
        client.kernel_info()
        try:
            if client.get_shell_msg(timeout=1)["msg_type"] != "kernel_info_reply":
                continue
            client.get_iopub_msg(timeout=0.2)
            break
        except Empty:
            continue
    elapsed = time.perf_counter() - began
    while True:
        try:
            client.get_iopub_msg(timeout=0.2)
        except Empty:
            break
    return manager, client, elapsed


def round_trip(client, code):
    began = time.perf_counter()
    message_id = client.execute(code)
    while True:
        message = client.get_iopub_msg(timeout=30)
        if (message["parent_header"].get("msg_id") == message_id
                and message["msg_type"] == "status"
                and message["content"]["execution_state"] == "idle"):
            break
    elapsed = time.perf_counter() - began
    client.get_shell_msg(timeout=30)
    return elapsed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--awish", default=os.path.join(ROOT, ".build", "release", "awish"))
    parser.add_argument("--starts", type=int, default=11)
    parser.add_argument("--trips", type=int, default=300)
    options = parser.parse_args()
    install_specs(os.path.abspath(options.awish))
    results = {}
    for name in ["awish", "ipykernel"]:
        starts, trips = [], []
        for _ in range(options.starts):
            manager, client, seconds = start(name)
            starts.append(seconds)
            client.stop_channels()
            manager.shutdown_kernel()
        manager, client, _ = start(name)
        for _ in range(20):
            round_trip(client, "1 + 1")
        trips = [round_trip(client, "1 + 1") for _ in range(options.trips)]
        client.stop_channels()
        manager.shutdown_kernel()
        results[name] = (statistics.median(starts), statistics.median(trips))
    print(f"{'kernel':<10} {'start to ready':>15} {'1 + 1 round trip':>17}")
    for name, (ready, trip) in results.items():
        print(f"{name:<10} {ready * 1000:>12.1f} ms {trip * 1000:>14.2f} ms")


if __name__ == "__main__":
    main()
