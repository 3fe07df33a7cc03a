#!/usr/bin/env bash
# Quick start 2/2: install dependencies, build everything, run all tests, then
# build the torch-free core (readers, imaging, job runtime) under
# AddressSanitizer + UndefinedBehaviorSanitizer and run its tests, then fuzz
# every reader of untrusted input for a short fixed time (scripts/fuzz.sh).
#   scripts/test.sh            everything
#   NETSYNTH_SKIP_SANITIZE=1   skip the sanitizer build
#   NETSYNTH_SKIP_FUZZ=1       skip the fuzzing stage (scripts/fuzz.sh, each target
#                              NETSYNTH_FUZZ_SECONDS, default 30 s)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
jobs=$(nproc)
start=$(date +%s)

echo "== build (RelWithDebInfo) =="
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j "$jobs"
built=$(date +%s)
echo "== tests =="
# A test that fails is run once more before it counts as failed: this noisy
# 2-core class of machine has shown one intermittent failure
# (tst_empirical_sampler under -j2); a test that fails twice still fails CI.
ctest --test-dir build --output-on-failure -j "$jobs" --repeat until-pass:2
tested=$(date +%s)

if [ -z "${NETSYNTH_SKIP_SANITIZE:-}" ]; then
  echo "== sanitizer build (ASan + UBSan, torch-free core) =="
  cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DNETSYNTH_SANITIZE=ON \
        -DNETSYNTH_BASE_ONLY=ON -DNETSYNTH_BUILD_BENCH=OFF
  cmake --build build-asan -j "$jobs"
  ctest --test-dir build-asan --output-on-failure -j "$jobs"
fi
sanitized=$(date +%s)

if [ -z "${NETSYNTH_SKIP_FUZZ:-}" ]; then
  echo "== fuzzing (libFuzzer, ${NETSYNTH_FUZZ_SECONDS:-30} s per reader) =="
  bash scripts/fuzz.sh "${NETSYNTH_FUZZ_SECONDS:-30}"
fi
done_at=$(date +%s)
echo "== timings: build $((built - start)) s, tests $((tested - built)) s, sanitizer $((sanitized - tested)) s, fuzzing $((done_at - sanitized)) s, total $((done_at - start)) s =="
