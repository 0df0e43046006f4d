#!/usr/bin/env python3
"""Sound and spectra: awish against scipy and librosa in the same run.

    swift build -c release
    python3 ../shared/peers/gen_data.py /tmp/peers-data      # the peer harness's inputs
    /tmp/peers-venv/bin/python bench/signal.py /tmp/peers-data/calls_10min.wav [--runs 5]

The python needs numpy, scipy and librosa (the peer harness's venv). read_wav is timed as the
harness times wav_read.*: a fresh process per run, the read call only, here including the
conversion to float64 (scipy.io.wavfile.read, then astype(float64) / 32768). Spectra are timed
inside one session with the signal loaded (spec.awi / spec.py: one warm-up, then the median of
--runs), one operation per process, awish and the peer alternating for --rounds rounds, so a
busy shared machine slows both alike. Peak memory of a spectrogram is the whole process's peak
RSS (/usr/bin/time) for read + one spectrogram, in both tools. Prints medians and the
awish/peer ratio."""
import argparse
import os
import statistics
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
AWISH = os.path.join(ROOT, ".build/release/awish")


def run(command):
    """The "name seconds" lines the command prints, and its CPU seconds (user + system)."""
    out = subprocess.run(["/usr/bin/time", "-f", "%U %S"] + command, cwd=ROOT,
                         capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"failed: {' '.join(command)}\n{out.stderr}")
    user, system = out.stderr.strip().splitlines()[-1].split()
    timings = dict((line.split()[0], float(line.split()[1])) for line in out.stdout.splitlines()
                   if len(line.split()) == 2)
    return timings, float(user) + float(system)


def peak(command):
    """Seconds printed by the command, its peak RSS in MB and its CPU seconds."""
    out = subprocess.run(["/usr/bin/time", "-f", "%M %U %S"] + command, capture_output=True,
                         text=True, check=True)
    kb, user, system = out.stderr.strip().splitlines()[-1].split()
    return float(out.stdout.strip().splitlines()[-1]), float(kb) / 1024, float(user) + float(system)


def processes(commands, runs):
    """Alternating fresh processes; median seconds, largest peak RSS and median CPU seconds
    per tool."""
    times = {name: [] for name in commands}
    cpus = {name: [] for name in commands}
    peaks = {name: 0.0 for name in commands}
    for name, command in commands.items():
        peak(command)  # warm the page cache
    for _ in range(runs):
        for name, command in commands.items():
            seconds, mb, cpu = peak(command)
            times[name].append(seconds)
            cpus[name].append(cpu)
            peaks[name] = max(peaks[name], mb)
    median = statistics.median
    return ({name: median(values) for name, values in times.items()}, peaks,
            {name: median(values) for name, values in cpus.items()})


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("wav")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--python", default=sys.executable)
    options = parser.parse_args()
    wav = os.path.abspath(options.wav)
    read = {
        "awish": [AWISH, "-e", f't = time(); s = read_wav("{wav}"); print(time() - t)'],
        "scipy": [options.python, "-c",
                  "import time, numpy; from scipy.io import wavfile; t = time.perf_counter(); "
                  f"fs, x = wavfile.read({wav!r}); y = x.astype(numpy.float64) / 32768.0; "
                  "print(time.perf_counter() - t)"],
    }
    spec = {
        "awish": [AWISH, "-e", f's = read_wav("{wav}"); t = time(); '
                  'x = spectrogram(s, window="hann", nperseg=1024, noverlap=512); print(time() - t)'],
        "scipy": [options.python, "-c",
                  "import time, numpy; from scipy import signal; from scipy.io import wavfile; "
                  f"fs, x = wavfile.read({wav!r}); y = x.astype(numpy.float64) / 32768.0; "
                  "t = time.perf_counter(); f, tt, S = signal.spectrogram(y, fs=fs, window='hann', "
                  "nperseg=1024, noverlap=512); print(time.perf_counter() - t)"],
    }
    # The same processes without the measured call: their CPU time is subtracted.
    bare = {
        "awish": [AWISH, "-e", "print(0)"],
        "scipy": [options.python, "-c", "import numpy; from scipy.io import wavfile; print(0)"],
    }
    loaded = {
        "awish": [AWISH, "-e", f's = read_wav("{wav}"); print(0)'],
        "scipy": [options.python, "-c",
                  "import numpy; from scipy import signal; from scipy.io import wavfile; "
                  f"fs, x = wavfile.read({wav!r}); y = x.astype(numpy.float64) / 32768.0; print(0)"],
    }
    print(f"{'operation':16} {'awish s':>9} {'peer s':>9} {'ratio':>6}")
    _, _, bare_cpu = processes(bare, options.runs)
    seconds, peaks, cpu = processes(read, options.runs)
    ours, theirs = cpu["awish"] - bare_cpu["awish"], cpu["scipy"] - bare_cpu["scipy"]
    print(f"{'read_wav proc':16} {seconds['awish']:9.4f} {seconds['scipy']:9.4f} "
          f"{seconds['awish'] / seconds['scipy']:6.2f}   peak RSS {peaks['awish']:.0f} MB vs "
          f"{peaks['scipy']:.0f} MB; cpu s {ours:.3f} vs {theirs:.3f}")
    _, _, loaded_cpu = processes(loaded, max(1, options.runs // 2))
    seconds, peaks, cpu = processes(spec, max(1, options.runs // 2))
    ours, theirs = cpu["awish"] - loaded_cpu["awish"], cpu["scipy"] - loaded_cpu["scipy"]
    print(f"{'spectrogram proc':16} {seconds['awish']:9.4f} {seconds['scipy']:9.4f} "
          f"{seconds['awish'] / seconds['scipy']:6.2f}   peak RSS {peaks['awish']:.0f} MB vs "
          f"{peaks['scipy']:.0f} MB ({peaks['awish'] / peaks['scipy']:.2f}); "
          f"cpu s {ours:.3f} vs {theirs:.3f}")
    # CPU seconds per operation: the process's CPU time less that of a process that only
    # loads the signal, over the warm-up and the timed runs. Wall time on a shared 2-core
    # machine depends on the load; CPU time says what each tool costs.
    def awish(op):
        return run([AWISH, "run", "bench/signal/spec.awi", "--param", f"path={wav}",
                    "--param", f"runs={options.runs}", "--param", f"op={op}"])

    def peer(op):
        return run([options.python, "bench/signal/spec.py", wav, str(options.runs), op])

    base_awish, base_peer = awish("none")[1], peer("none")[1]
    print(f"{'operation':16} {'awish s':>9} {'peer s':>9} {'ratio':>6}   cpu s/op awish, peer, ratio")
    for op in ["spectrogram", "stft", "melspectrogram", "mfcc"]:
        ours, theirs, our_cpu, their_cpu = [], [], [], []
        for _ in range(options.rounds):
            timings, cpu = awish(op)
            ours.append(timings[op])
            our_cpu.append((cpu - base_awish) / (options.runs + 1))
            timings, cpu = peer(op)
            theirs.append(timings[op])
            their_cpu.append((cpu - base_peer) / (options.runs + 1))
        a, p = statistics.median(ours), statistics.median(theirs)
        ca, cp = statistics.median(our_cpu), statistics.median(their_cpu)
        print(f"{op:16} {a:9.4f} {p:9.4f} {a / p:6.2f}   {ca:.3f} {cp:.3f} {ca / cp:.2f}")

if __name__ == "__main__":
    main()
