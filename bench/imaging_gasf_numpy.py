#!/usr/bin/python3
"""NumPy reference for bench/imaging_gasf_bench.cpp: GASF + gamma images/s.

usage: imaging_gasf_numpy.py SIZE SECONDS GAMMA RING_MIB
The straightforward NumPy formulation (as in pyts / the NetDiffus scripts):
phi = arccos(x); G = cos(phi_i + phi_j); I = A * ((G + 1) / 2) ** gamma, float32,
each image written into the next slot of a RING_MIB ring of images, as the C++
kernel and the memcpy reference do (a dataset being filled), so that all three
pay the same memory traffic for the output; RING_MIB 0: one reused output
buffer (cache-hot, as the kernel's second measurement).
Rate = images per second of this process's CPU time (the machine is shared;
NumPy runs these element-wise loops on one thread).
Prints one line: "images_per_second <value>".
"""
import sys
import time

import numpy as np


def gasf_gamma(x, gamma, out, amplitude=1.0):
    phi = np.arccos(x)
    g = np.cos(phi[:, None] + phi[None, :])
    np.multiply(amplitude, ((g + 1.0) * 0.5) ** gamma, out=out)


def main():
    size = int(sys.argv[1])
    seconds = float(sys.argv[2])
    gamma = float(sys.argv[3])
    ring_mib = int(sys.argv[4])
    rng = np.random.default_rng(size)
    x = rng.random(size).astype(np.float32)
    x[0], x[1] = 0.0, 1.0
    slots = max(1, (ring_mib << 20) // (size * size * 4))
    ring = np.full((slots, size, size), 0.5, dtype=np.float32)  # touched: no page faults while timing
    gasf_gamma(x, gamma, ring[0])  # warm up
    count = 0
    start = time.process_time()
    while True:
        gasf_gamma(x, gamma, ring[count % slots])
        count += 1
        elapsed = time.process_time() - start
        if elapsed >= seconds and count >= 3:
            break
    print("images_per_second %.6g" % (count / elapsed))


if __name__ == "__main__":
    main()
