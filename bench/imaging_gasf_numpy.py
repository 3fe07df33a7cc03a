#!/usr/bin/python3
"""NumPy reference for bench/imaging_gasf_bench.cpp: GASF + gamma images/s.

usage: imaging_gasf_numpy.py SIZE SECONDS GAMMA
The straightforward NumPy formulation (as in pyts / the NetDiffus scripts):
phi = arccos(x); G = cos(phi_i + phi_j); I = A * ((G + 1) / 2) ** gamma, float32.
Prints one line: "images_per_second <value>".
"""
import sys
import time

import numpy as np


def gasf_gamma(x, gamma, amplitude=1.0):
    phi = np.arccos(x)
    g = np.cos(phi[:, None] + phi[None, :])
    return (amplitude * ((g + 1.0) * 0.5) ** gamma).astype(np.float32)


def main():
    size = int(sys.argv[1])
    seconds = float(sys.argv[2])
    gamma = float(sys.argv[3])
    rng = np.random.default_rng(size)
    x = rng.random(size).astype(np.float32)
    x[0], x[1] = 0.0, 1.0
    gasf_gamma(x, gamma)  # warm up
    count = 0
    start = time.perf_counter()
    while True:
        img = gasf_gamma(x, gamma)
        count += 1
        elapsed = time.perf_counter() - start
        if elapsed >= seconds and count >= 3:
            break
    assert img.shape == (size, size)
    print("images_per_second %.6g" % (count / elapsed))


if __name__ == "__main__":
    main()
