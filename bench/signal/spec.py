"""The scipy and librosa side of bench/signal.py: the same operation as spec.awi, with the
harness's calls (scipy.io.wavfile.read, int16 → float64 / 32768, then scipy.signal)."""
import statistics
import sys
import time

import librosa
import numpy as np
from scipy import signal
from scipy.io import wavfile

path, runs, op = sys.argv[1], int(sys.argv[2]), sys.argv[3]


def timed(name, work):
    work()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    print(name, statistics.median(times))


fs, pcm = wavfile.read(path)
x = pcm.astype(np.float64) / 32768.0
kw = dict(fs=fs, window="hann", nperseg=1024, noverlap=512)
work = {
    "spectrogram": lambda: signal.spectrogram(x, **kw),
    "stft": lambda: signal.stft(x, **kw),
    "melspectrogram": lambda: librosa.feature.melspectrogram(y=x, sr=fs),
    "mfcc": lambda: librosa.feature.mfcc(y=x, sr=fs),
}
if op != "none":
    timed(op, work[op])
