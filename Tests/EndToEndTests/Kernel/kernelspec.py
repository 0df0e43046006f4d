"""Installs the awish kernelspec of the binary in $AWISH_BINARY into a temporary prefix and
points Jupyter at it (JUPYTER_PATH), with a private runtime folder for connection files."""
import os
import subprocess
import tempfile

ROOT = tempfile.mkdtemp(prefix="awish-kernel-test-")
RUNTIME = os.path.join(ROOT, "runtime")
os.makedirs(RUNTIME)
subprocess.run(
    [os.environ["AWISH_BINARY"], "kernel", "install", "--prefix", ROOT],
    check=True, stdout=subprocess.DEVNULL)
os.environ["JUPYTER_PATH"] = os.path.join(ROOT, "share", "jupyter")
os.environ["JUPYTER_RUNTIME_DIR"] = RUNTIME
os.environ["JUPYTER_DATA_DIR"] = os.path.join(ROOT, "data")
os.environ["JUPYTER_CONFIG_DIR"] = os.path.join(ROOT, "config")
KERNEL = "awish"
