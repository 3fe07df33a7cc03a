#!/usr/bin/env bash
# Quick start 1/2: install dependencies, build, and start the workbench on its
# embedded demo dataset.   Usage: scripts/demo.sh [extra netsynth arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build --target netsynth netsynth-cli
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "demo: no display found; starting under Xvfb (xvfb-run)" >&2
  exec xvfb-run -a -s "-screen 0 1600x1000x24" build/app/netsynth "$@"
fi
exec build/app/netsynth "$@"
