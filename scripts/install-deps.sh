#!/usr/bin/env bash
# Installs every Debian 12 package NetSynth Studio needs. Idempotent.
# Works as root (no sudo needed) and as a normal user with sudo.
# This script is the single source of truth for the project's dependencies.
set -euo pipefail

if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi

PACKAGES=(
  # toolchain
  build-essential cmake ninja-build pkg-config git ccache
  # Qt 6
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libqt6svg6 libgl1-mesa-dev
  # plots
  libqcustomplot-dev
  # torch (CPU) + fast BLAS (mandatory: the reference BLAS trains ~7x slower)
  libtorch-dev libopenblas0-pthread
  # data-parallel training (train --nproc): the Gloo headers of libtorch's c10d
  libgloo-dev
  # data
  nlohmann-json3-dev rapidjson-dev libpcap-dev libopencv-dev libshp-dev
  # the evaluator's judge: gradient-boosted trees (C API)
  libxgboost-dev
  # GUI tests and screenshots
  xvfb xauth
  # export tests: captures must open in tshark without warnings
  tshark
  # fuzzing the readers (scripts/fuzz.sh): clang with libFuzzer, ASan and UBSan
  clang libclang-rt-dev
  # benchmarks against the Python reference implementations
  python3 python3-numpy python3-torch
  # packaging
  dpkg-dev file
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages already installed"
  exit 0
fi

echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "install-deps: done"
