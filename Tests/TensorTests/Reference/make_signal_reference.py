#!/usr/bin/env python3
"""Reference numbers for awish's signal functions, from scipy.signal and librosa.

    /tmp/peers-venv/bin/python Tests/TensorTests/Reference/make_signal_reference.py

Writes Tests/TensorTests/Fixtures/signal_reference.json. Inputs: a deterministic chirp +
tones + noise signal (formula below, re-created in SignalReferenceTests.swift; the noise is
splitmix64, so it is exact in both languages) and the real recording
../shared/fixtures/audio/southern_right_whale_clip2.wav, read in place beside the checkout. To keep the file small each result is stored as a
two whole time columns plus the sum and sum of squares of all values and its shape."""
import json
import os

import librosa
import numpy as np
import scipy
from scipy import signal
from scipy.io import wavfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(os.path.dirname(HERE), "Fixtures")
PACKAGE = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
SHARED_AUDIO = os.path.join(os.path.dirname(PACKAGE), "shared", "fixtures", "audio")
MASK = (1 << 64) - 1


def splitmix(n):
    z = ((n + 1) * 0x9E3779B97F4A7C15) & MASK
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
    z ^= z >> 31
    return (z >> 11) / float(1 << 53) * 2 - 1


def synthetic(count=20011, fs=8000.0):
    t = np.arange(count) / fs
    chirp = 0.5 * np.sin(2 * np.pi * (100 * t + 0.5 * 1200 * t * t))
    tones = 0.3 * np.sin(2 * np.pi * 440 * t) + 0.2 * np.sin(2 * np.pi * 1234.5 * t)
    noise = 0.05 * np.array([splitmix(n) for n in range(count)])
    return chirp + tones + noise


def summary(values, time_axis=1):
    """Time columns 1 and n/2 whole, plus the sums over all values."""
    values = np.asarray(values)
    n = values.shape[time_axis]
    picks = sorted({min(1, n - 1), n // 2})
    columns = {str(j): np.take(values, j, axis=time_axis).ravel().tolist() for j in picks}
    return {"shape": list(values.shape), "sum": float(values.sum()),
            "sumsq": float((values.astype(np.float64) ** 2).sum()), "columns": columns}


def complex_summary(values):
    stacked = np.stack([values.real, values.imag], axis=-1)
    return summary(stacked)


def axes(f, t):
    f = np.asarray(f).tolist()
    return {"frequencies": f[:3] + f[-1:], "bins": len(f), "times": np.asarray(t).tolist()}


def spectral_cases(x, fs):
    cases = {}
    configs = {
        "defaults": dict(),
        "hann512": dict(window="hann", nperseg=512, noverlap=256),
        "spectrum": dict(window="hamming", nperseg=400, noverlap=100, scaling="spectrum"),
        "magnitude": dict(window="blackman", nperseg=256, mode="magnitude"),
        "complex": dict(window="hann", nperseg=256, noverlap=200, mode="complex"),
        "linear_nfft": dict(window="hann", nperseg=300, nfft=617, detrend="linear"),
        "kaiser_odd": dict(window=("kaiser", 8.0), nperseg=255, noverlap=17, detrend=False),
        "boxcar_twosided": dict(window="boxcar", nperseg=128, return_onesided=False),
        "tukey_angle": dict(window=("tukey", 0.3), nperseg=256, mode="angle"),
        "hann_phase": dict(window="hann", nperseg=128, mode="phase"),
    }
    for name, kw in configs.items():
        f, t, S = signal.spectrogram(x, fs=fs, **kw)
        entry = complex_summary(S) if np.iscomplexobj(S) else summary(S)
        entry.update(axes(f, t), options={k: list(v) if isinstance(v, tuple) else v
                                           for k, v in kw.items()})
        cases["spectrogram." + name] = entry
    stft_configs = {
        "defaults": dict(),
        "hann512": dict(window="hann", nperseg=512, noverlap=384),
        "even_psd": dict(window="hamming", nperseg=200, noverlap=150, boundary="even",
                         scaling="psd"),
        "unpadded": dict(nperseg=256, boundary=None, padded=False),
    }
    for name, kw in stft_configs.items():
        f, t, Z = signal.stft(x, fs=fs, **kw)
        entry = complex_summary(Z)
        entry.update(axes(f, t), options=kw)
        cases["stft." + name] = entry
        if name in ("defaults", "even_psd"):
            ikw = {k: v for k, v in kw.items() if k in ("window", "nperseg", "noverlap", "scaling")}
            tt, back = signal.istft(Z, fs=fs, **ikw)
            cases["istft." + name] = {"length": int(back.shape[0]),
                                      "max_error": float(np.abs(back[:len(x)] - x).max()),
                                      "head": back[:50].tolist(), "sum": float(back.sum())}
    return cases


def librosa_cases(x, sr, prefix):
    cases = {}
    M = librosa.feature.melspectrogram(y=x, sr=sr)
    cases[prefix + "mel.defaults"] = summary(M)
    cases[prefix + "db.defaults"] = summary(librosa.power_to_db(M))
    cases[prefix + "mfcc.defaults"] = summary(librosa.feature.mfcc(y=x, sr=sr))
    kw = dict(n_fft=512, hop_length=128, n_mels=40, fmin=50.0, fmax=3500.0)
    M2 = librosa.feature.melspectrogram(y=x, sr=sr, **kw)
    cases[prefix + "mel.small"] = dict(summary(M2), options=kw)
    cases[prefix + "db.small"] = summary(librosa.power_to_db(M2, ref=np.max, top_db=60.0))
    cases[prefix + "mfcc.small"] = dict(
        summary(librosa.feature.mfcc(y=x, sr=sr, n_mfcc=13, lifter=22, **kw)), options=kw)
    M3 = librosa.feature.melspectrogram(y=x, sr=sr, n_fft=1000, hop_length=250, win_length=800,
                                        window="hamming", pad_mode="reflect", power=1.0,
                                        htk=True, norm=None, n_mels=32)
    cases[prefix + "mel.htk"] = summary(M3)
    centres = librosa.mel_frequencies(n_mels=42, fmin=50.0, fmax=3500.0)[1:-1]
    cases[prefix + "mel.small"]["centres"] = centres.tolist()
    return cases


def main():
    fs = 8000.0
    x = synthetic()
    cases = {"versions": {"scipy": scipy.__version__, "librosa": librosa.__version__,
                          "numpy": np.__version__}}
    cases.update({"synthetic." + k: v for k, v in spectral_cases(x, fs).items()})
    cases.update(librosa_cases(x, int(fs), "synthetic."))
    rate, pcm = wavfile.read(os.path.join(SHARED_AUDIO, "southern_right_whale_clip2.wav"))
    whale = pcm.astype(np.float64) / 32768.0
    f, t, S = signal.spectrogram(whale, fs=rate, window="hann", nperseg=256, noverlap=128)
    cases["whale.spectrogram.hann256"] = dict(summary(S), **axes(f, t))
    cases["whale.features"] = {
        "centroid": librosa.feature.spectral_centroid(S=S, freq=f)[0].tolist(),
        "bandwidth": librosa.feature.spectral_bandwidth(S=S, freq=f)[0].tolist(),
        "rolloff": librosa.feature.spectral_rolloff(S=S, freq=f, roll_percent=0.85)[0].tolist(),
        "flatness": librosa.feature.spectral_flatness(S=S, power=1.0)[0].tolist(),
        "rms_centred_2048_512": librosa.feature.rms(y=whale, frame_length=2048,
                                                    hop_length=512)[0].tolist(),
    }
    cases.update(librosa_cases(whale, rate, "whale."))
    cases["whale.head"] = whale[:16].tolist()
    filters = {}
    for name, (order, cutoff, kind) in {
        "low4_500": (4, 500.0, "lowpass"), "high5_1000": (5, 1000.0, "highpass"),
        "band3_300_1500": (3, [300.0, 1500.0], "bandpass"),
        "band2_100_3900": (2, [100.0, 3900.0], "bandpass"),
    }.items():
        sos = signal.butter(order, cutoff, kind, fs=fs, output="sos")
        y = signal.sosfiltfilt(sos, x)
        filters[name] = {"order": order, "cutoff": cutoff, "kind": kind, "every97": y[::97].tolist(),
                         "sum": float(y.sum()), "sumsq": float((y * y).sum())}
    for up, down in [(3, 2), (1, 4), (6, 1)]:
        y = signal.resample_poly(x, up, down)
        filters[f"resample_{up}_{down}"] = {"up": up, "down": down, "length": len(y),
                                           "every97": y[::97].tolist(), "sum": float(y.sum())}
    cases["filters"] = filters
    windows = {}
    for name in ["hann", "hamming", "blackman", "boxcar", ("tukey", 0.25), ("kaiser", 14.0)]:
        for n in [1, 2, 7, 16]:
            key = (name if isinstance(name, str) else f"{name[0]}:{name[1]}") + f"/{n}"
            windows[key] = signal.get_window(name, n).tolist()
            windows[key + "/sym"] = signal.get_window(name, n, fftbins=False).tolist()
    cases["windows"] = windows
    with open(os.path.join(FIXTURES, "signal_reference.json"), "w") as out:
        json.dump(cases, out, separators=(",", ":"))


if __name__ == "__main__":
    main()
