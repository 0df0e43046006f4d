"""The BLAS settings the bench scripts share: which matrix-product library awish and the
numpy peer use, stated in every report.

awish's products run on its built-in kernels wherever it has an AVX2 or AVX-512 one, whether or
not the machine has OpenBLAS; only on a CPU with neither does it load OpenBLAS (libopenblas.so.0,
else the reference BLAS) with dlopen. AWISH_BLAS=1 (--blas) makes it use the library anyway;
AWISH_NO_BLAS=1 (--no-blas) makes it ignore the library even on such a CPU. numpy always uses
the OpenBLAS bundled with its wheel. OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE, which this
workplace may set for old OpenBLAS builds, slow a current numpy: the peers run without them,
as the peer harness (../shared/peers/peers.py) runs its children."""
import ctypes
import os
import subprocess

STRIP = ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")
LIBRARIES = ("libopenblas.so.0", "libopenblas.so", "libblas.so.3", "libcblas.so.3")


def add_option(parser):
    parser.add_argument("--no-blas", action="store_true",
                        help="awish ignores OpenBLAS (AWISH_NO_BLAS=1): the bare-machine figures")
    parser.add_argument("--blas", action="store_true",
                        help="awish uses the machine's OpenBLAS for products (AWISH_BLAS=1)")


def awish_env(options, **extra):
    """awish's environment: AWISH_NO_BLAS=1 with --no-blas, AWISH_BLAS=1 with --blas."""
    env = dict(os.environ, **extra)
    if options.no_blas:
        env["AWISH_NO_BLAS"] = "1"
    if getattr(options, "blas", False):
        env["AWISH_BLAS"] = "1"
    return env


def peer_env(**extra):
    """The peer's environment: without the OpenBLAS core-type overrides."""
    env = {key: value for key, value in os.environ.items() if key not in STRIP}
    env.update(extra)
    return env


def machine_blas():
    """The BLAS library awish would load here, or None."""
    for name in LIBRARIES:
        try:
            library = ctypes.CDLL(name)
        except OSError:
            continue
        if hasattr(library, "cblas_dgemm"):
            return name
    return None


def describe(options, python):
    """One comment line: awish's BLAS and numpy's (kernel and version from threadpoolctl)."""
    found = machine_blas()
    simd = any(flag in open("/proc/cpuinfo").read().split() for flag in ("avx2", "avx512f"))
    if options.no_blas:
        awish = "built-in kernels (--no-blas" + (f"; {found} present but ignored)" if found else ")")
    elif getattr(options, "blas", False) and found:
        awish = f"{found} (--blas)"
    elif simd:
        awish = "built-in kernels (AVX2/AVX-512 CPU" + (f"; {found} present, not used)" if found else ")")
    else:
        awish = found or "built-in kernels (no BLAS on this machine)"
    code = ("import numpy, threadpoolctl\n"
            "for i in threadpoolctl.threadpool_info():\n"
            "    if i.get('user_api') == 'blas':\n"
            "        print(i.get('internal_api'), i.get('version'), i.get('architecture'))\n"
            "        break")
    out = subprocess.run([python, "-c", code], capture_output=True, text=True, env=peer_env())
    peer = out.stdout.strip() or "unknown (threadpoolctl missing)"
    return f"# awish matrix products: {awish}; numpy's BLAS: {peer}"
