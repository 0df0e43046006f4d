#!/usr/bin/env python3
"""Writes the made data files of the tutorial into scripts/data (standard library only, so
the bytes are the same on every machine and Python version):

    python3 dev/make_tutorial_data.py

- made_orbital_param.tab: a file in PANGAEA's tab format (the `/* DATA DESCRIPTION: */`
  header, then a tab-separated table) for tutorial 3. Its numbers are a made approximation
  of the Earth's orbital parameters from a few periodic terms with the periods of the real
  solution (eccentricity 405, 95 and 124 kyr; obliquity 41 and 54 kyr; precession 21.7 kyr),
  amplitudes and phases chosen to look like Berger & Loutre (1991). They are for learning
  the workflow, not for science: the real dataset is fetched with
  `fetch("pangaea:10.1594/PANGAEA.56040")`.
- synthetic_upcall.wav: a synthetic right-whale-like up-call for tutorial 4: 16-bit PCM,
  mono, 8000 Hz, 3.3 s; a tone sweeping up from 60 to 190 Hz between 1.0 and 1.9 s with a
  weaker second harmonic, in white noise (splitmix64, seeded). Not a recording.
"""
import math
import os
import struct
import wave

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(os.path.dirname(HERE), "scripts", "data")
MASK = (1 << 64) - 1


def orbit(age):
    """Eccentricity, perihelion longitude, obliquity, precession index, July 65N insolation."""
    tau = 2 * math.pi
    ecc = (0.0275 + 0.0107 * math.cos(tau * age / 404.6 + math.pi)
           + 0.0084 * math.cos(tau * age / 94.9 + 1.6)
           + 0.0064 * math.cos(tau * age / 123.8 + 1.6))
    ecc = max(ecc, 0.0005)
    omega = (101.37 - 360.0 * age / 21.7) % 360.0
    obliquity = 23.32 + 0.585 * math.cos(tau * age / 41.0 - 1.507) + 0.083 * math.cos(
        tau * age / 53.6)
    precession = ecc * math.sin(math.radians(omega))
    insolation = 447.0 - 1200.0 * precession + 30.0 * (obliquity - 23.3)
    return ecc, omega, obliquity, precession, insolation


def write_orbital_param(path):
    header = [
        "/* DATA DESCRIPTION:",
        "Citation:\tawish tutorial (2026): Parameters of the Earth's orbit for the last "
        "1 Million years, a made approximation in PANGAEA's tab format [made data, not a "
        "PANGAEA dataset]",
        "Abstract:\tMade for tutorial 3 of awish by dev/make_tutorial_data.py from a few periodic "
        "terms with the periods of the astronomical solution. For learning the workflow only; "
        "the real data are Berger & Loutre (1999), https://doi.org/10.1594/PANGAEA.56040.",
        "Parameter(s):\tAGE [ka BP] (Age) * GEOCODE",
        "\tEccentricity (ECC) * METHOD/DEVICE: Calculated",
        "\tPerihelion [deg] (OMEGA) * METHOD/DEVICE: Calculated",
        "\tObliquity/tilt [deg] (OBL) * METHOD/DEVICE: Calculated",
        "\tPrecession (Prec) * METHOD/DEVICE: Calculated",
        "\tExtraterrestrial insolation [W/m**2] (EXI) * COMMENT: mid-month insolation 65N for "
        "July, made approximation",
        "License:\tCreative Commons Zero v1.0 Universal (CC0-1.0) "
        "(URI: https://creativecommons.org/publicdomain/zero/1.0/)",
        "Size:\t6006 data points",
        "*/",
        "Age [ka BP]\tECC\tOMEGA [deg]\tOBL [deg]\tPrec\tEXI [W/m**2] (mid-month insolation 65N "
        "for ...)",
    ]
    rows = []
    for age in range(1001):
        ecc, omega, obliquity, precession, insolation = orbit(age)
        rows.append(f"{age}\t{ecc:.5f}\t{omega:.2f}\t{obliquity:.3f}\t{precession:.3f}"
                    f"\t{insolation:.2f}")
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write("\n".join(header + rows) + "\n")


def splitmix(n):
    z = ((n + 1) * 0x9E3779B97F4A7C15) & MASK
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
    z ^= z >> 31
    return (z >> 11) / float(1 << 53) * 2 - 1


def upcall_sample(n, rate):
    t = n / rate
    start, length, low, high = 1.0, 0.9, 60.0, 190.0
    value = 0.02 * splitmix(n + 7919)
    if start <= t < start + length:
        s = t - start
        # Phase of a linear sweep: the integral of the instantaneous frequency.
        phase = 2 * math.pi * (low * s + 0.5 * (high - low) / length * s * s)
        envelope = math.sin(math.pi * s / length) ** 2
        value += envelope * (0.25 * math.sin(phase) + 0.06 * math.sin(2 * phase))
    return value


def write_upcall(path, rate=8000, seconds=3.3):
    frames = int(rate * seconds)
    pcm = bytearray()
    for n in range(frames):
        level = max(-32768, min(32767, round(upcall_sample(n, rate) * 32767)))
        pcm += struct.pack("<h", level)
    with wave.open(path, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(bytes(pcm))


if __name__ == "__main__":
    write_orbital_param(os.path.join(DATA, "made_orbital_param.tab"))
    write_upcall(os.path.join(DATA, "synthetic_upcall.wav"))
