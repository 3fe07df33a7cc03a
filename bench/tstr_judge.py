#!/usr/bin/env python3
"""Quick TSTR judge for study runs: scikit-learn's histogram gradient boosting
(200 rounds, depth 6, learning rate 0.1: the evaluator's XGBoost settings) on
the first 10 values of each series (missing past its end) and its length.

Reads CSVs written by `netsynth-cli decode` (label,length,v1,...) and prints
real->real, synthetic->real (and its ratio) and real+synthetic->real accuracy
on the test CSV, plus per-class synthetic->real F1. A proxy for comparing
variants on one checkpoint; the evaluator's judge (XGBoost, 3 seeds) gives the
figures of record. Early stopping is off, as in the evaluator: scikit-learn
turns it on by itself above 10,000 rows and then holds out a random tenth of
the synthetic set, which made a near-identical set score 0.56 against 0.75.

  netsynth-cli decode runs/r5/images/train --out train.csv
  netsynth-cli decode runs/r5/images/test --out test.csv
  netsynth-cli decode SYNTH_SET --symmetrise --out synth.csv
  python3 bench/tstr_judge.py train.csv test.csv synth.csv [--seed 0] [--no-mixed] [--mix-sweep]
                             [--filter-sweep] [--learning-curve] [--balance-sweep]

--mix-sweep also trains on the real set plus a random share of the synthetic
set (a quarter, half, as many as, twice as many as the real rows) and on
real plus all synthetic rows weighted 0.5 and 0.25: does adding synthetic
data help a classifier that has the real data, and how much of it?
"""
import argparse
import csv
from collections import Counter

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import f1_score


def load(path, prefix=10):
    rows, labels = [], []
    with open(path) as f:
        for r in csv.DictReader(f):
            n = int(r["length"])
            v = [float(r["v%d" % i]) if i <= n and r.get("v%d" % i) not in (None, "") else np.nan
                 for i in range(1, prefix + 1)]
            rows.append(v + [n])
            labels.append(r["label"])
    return np.array(rows, float), np.array(labels)


def filter_sweep(fit, xr, yr, xt, yt, xs, ys, rr):
    judge = fit(xr, yr)
    classes = list(judge.classes_)
    proba = judge.predict_proba(xs)
    p_own = proba[np.arange(len(ys)), [classes.index(c) for c in ys]]
    agree = judge.predict(xs) == ys
    key = lambda v: tuple(np.nan_to_num(v, nan=-99999).astype(np.int64))
    labels = {}
    for v, c in zip(xr, yr):
        labels.setdefault(key(v), Counter())[c] += 1
    conflict = np.array([key(v) in labels and labels[key(v)].most_common(1)[0][0] != c for v, c in zip(xs, ys)])
    for name, keep in (("judge agrees", agree), ("p(class) >= 0.5", p_own >= 0.5), ("p(class) >= 0.8", p_own >= 0.8),
                       ("no conflicting copy", ~conflict)):
        mixed = (fit(np.vstack([xr, xs[keep]]), np.concatenate([yr, ys[keep]])).predict(xt) == yt).mean()
        alone = (fit(xs[keep], ys[keep]).predict(xt) == yt).mean()
        print("  filter %-20s kept %5d: real+kept -> real %.3f (%.3f), kept -> real %.3f"
              % (name, keep.sum(), mixed, mixed / rr, alone))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("train")
    ap.add_argument("test")
    ap.add_argument("synth")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--no-mixed", action="store_true")
    ap.add_argument("--mix-sweep", action="store_true")
    ap.add_argument("--filter-sweep", action="store_true")
    ap.add_argument("--learning-curve", action="store_true")
    ap.add_argument("--balance-sweep", action="store_true")
    a = ap.parse_args()
    xr, yr = load(a.train)
    xt, yt = load(a.test)
    xs, ys = load(a.synth)

    def fit(x, y, w=None):
        c = HistGradientBoostingClassifier(max_iter=200, learning_rate=0.1, max_depth=6,
                                           early_stopping=False, random_state=a.seed)
        return c.fit(x, y, sample_weight=w)

    rr = (fit(xr, yr).predict(xt) == yt).mean()
    cs = fit(xs, ys)
    pred = cs.predict(xt)
    sr = (pred == yt).mean()
    line = "real->real %.3f  synthetic->real %.3f (ratio %.3f)" % (rr, sr, sr / rr)
    if not a.no_mixed:
        mr = (fit(np.vstack([xr, xs]), np.concatenate([yr, ys])).predict(xt) == yt).mean()
        line += "  real+synthetic->real %.3f (%.3f)" % (mr, mr / rr)
    print(line + "  [%d synthetic]" % len(ys))
    if a.mix_sweep:
        rng = np.random.default_rng(a.seed)
        for share in (0.25, 0.5, 1.0, 2.0):
            k = min(len(ys), int(share * len(yr)))
            pick = rng.choice(len(ys), k, replace=False)
            acc = (fit(np.vstack([xr, xs[pick]]), np.concatenate([yr, ys[pick]])).predict(xt) == yt).mean()
            print("  real + %d synthetic (%.2f x real) -> real %.3f (%.3f)" % (k, share, acc, acc / rr))
        for weight in (0.5, 0.25):
            w = np.concatenate([np.ones(len(yr)), np.full(len(ys), weight)])
            acc = (fit(np.vstack([xr, xs]), np.concatenate([yr, ys]), w).predict(xt) == yt).mean()
            print("  real + all synthetic weighted %.2f -> real %.3f (%.3f)" % (weight, acc, acc / rr))
    if a.filter_sweep:
        filter_sweep(fit, xr, yr, xt, yt, xs, ys, rr)
    if a.balance_sweep:
        counts = Counter(yr)
        rng = np.random.default_rng(a.seed)
        for target in (np.median(list(counts.values())), max(counts.values()) / 2, max(counts.values())):
            pick = []
            for c, n in counts.items():
                need = int(max(0, target - n))
                idx = np.where(ys == c)[0]
                if need > 0 and len(idx) > 0:
                    pick += list(rng.choice(idx, min(need, len(idx)), replace=False))
            pick = np.array(pick, int)
            p = fit(np.vstack([xr, xs[pick]]), np.concatenate([yr, ys[pick]])).predict(xt)
            print("  real + %d synthetic rows of the classes below %d -> real %.3f (%.3f), macro-F1 %.3f"
                  % (len(pick), target, (p == yt).mean(), (p == yt).mean() / rr,
                     f1_score(yt, p, average="macro")))
    if a.learning_curve:
        rng = np.random.default_rng(a.seed)
        for share in (0.1, 0.25, 0.5, 0.75):
            accs = []
            for _ in range(2):
                idx = rng.choice(len(yr), int(share * len(yr)), replace=False)
                accs.append((fit(xr[idx], yr[idx]).predict(xt) == yt).mean())
            print("  real, %d%% of the rows -> real %s" % (share * 100, " ".join("%.3f" % v for v in accs)))
    classes = sorted(set(yt))
    f1 = f1_score(yt, pred, labels=classes, average=None)
    print("  F1 " + " ".join("%s:%.2f" % (c[:8], v) for c, v in zip(classes, f1)))


if __name__ == "__main__":
    main()
