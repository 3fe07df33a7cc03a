#!/usr/bin/env bash
# Data-parallel scaling of training: images/s of `train --nproc N` against
# one process with the same global batch, measured in the same run on the
# same machine (machines here are shared and noisy: compare the ratio).
#
#   bench/distributed_scaling.sh [STEPS=200] [NPROC=2] [THREADS=2] [MODEL=diffusion]
#
# Encodes MIRAGE-AppxAct (16 x 16, ../shared/data) into a temporary folder,
# trains MODEL (diffusion, dg or wgan-gasf; the cpu-small preset, batch 16)
# for STEPS steps with 1 process and THREADS threads, then with NPROC
# processes sharing the THREADS threads. For the GAN baselines the rate is
# real images the generator steps consume, steps x batch / seconds of the
# whole command's training (setup included).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cli="${NETSYNTH_CLI:-$here/build/app/netsynth-cli}"
steps="${1:-200}"; nproc="${2:-2}"; threads="${3:-2}"; model="${4:-diffusion}"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
"$cli" encode "$here/../shared/data/mirage-appxact" --out "$work/images" --length 16 --padding mark-length --quiet
rate() { # run folder, extra args -> images per second
  "$cli" train --model "$model" --data "$work/images" --out "$work/$1" --steps "$steps" --batch 16 --threads "$threads" \
      --quiet --json "${@:2}" |
    python3 -c 'import json,sys; j=json.load(sys.stdin); print("%.1f" % j.get("images_per_second", j["steps"] * 16 / j["seconds"]))'
}
one="$(rate one)"
many="$(rate many --nproc "$nproc")"
echo "$model: 1 process, $threads threads: $one img/s"
echo "$nproc processes, $threads threads in all: $many img/s"
python3 -c "print('ratio (N processes / 1): %.2f' % ($many / $one))"
