#!/usr/bin/env python3
"""Study tool (issue 17), not used by the project: snap whole decoded series
to recurring training series. Each synthetic series of class c and length n
is replaced by the nearest series of the same class and length that occurs at
least N times in the training split, when it is within a tolerance. The
project's decoder snaps each value on its own (per class and position); this
asks whether snapping whole sequences helps more. It was measured and not
adopted (docs/results.md, "Snapping whole series"): it turns a third to two
thirds of the output into copies of training series.

  netsynth-cli decode SYNTH_SET --symmetrise --out synth.csv
  python3 bench/sequence_snap.py train.csv synth.csv out.csv --min-count 3 --tolerance 0.3 [--metric max|mean]
  python3 bench/tstr_judge.py train.csv test.csv out.csv

Distances are relative, per position: |synthetic - atom| / max(|atom|, 64)
("max": the largest over positions; "mean": mean |difference| over mean |atom|).
"""
import argparse
import collections
import csv
import sys

import numpy as np


def rows(path):
    out = []
    with open(path) as f:
        for r in csv.DictReader(f):
            n = int(r["length"])
            out.append((r["label"], [float(r["v%d" % i]) for i in range(1, n + 1)]))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("train")
    ap.add_argument("synth")
    ap.add_argument("out")
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--tolerance", type=float, default=0.3)
    ap.add_argument("--metric", choices=("max", "mean"), default="max")
    a = ap.parse_args()
    counts = collections.Counter((label, tuple(v)) for label, v in rows(a.train))
    atoms = collections.defaultdict(list)
    for (label, v), c in counts.items():
        if c >= a.min_count and v:
            atoms[(label, len(v))].append(v)
    atoms = {k: np.array(v) for k, v in atoms.items()}
    synth = rows(a.synth)
    width = max((len(v) for _, v in synth), default=0)
    snapped = 0
    with open(a.out, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["label", "length"] + ["v%d" % i for i in range(1, width + 1)])
        for label, v in synth:
            candidates = atoms.get((label, len(v)))
            if candidates is not None:
                d = np.abs(candidates - np.array(v))
                if a.metric == "max":
                    score = (d / np.maximum(np.abs(candidates), 64)).max(axis=1)
                else:
                    score = d.mean(axis=1) / np.maximum(np.abs(candidates).mean(axis=1), 1)
                j = int(score.argmin())
                if score[j] <= a.tolerance:
                    v = list(candidates[j])
                    snapped += 1
            w.writerow([label, len(v)] + [int(round(t)) for t in v])
    print("%d recurring training series; %d of %d synthetic series snapped (%.3f)"
          % (sum(len(x) for x in atoms.values()), snapped, len(synth), snapped / max(1, len(synth))),
          file=sys.stderr)


if __name__ == "__main__":
    main()
