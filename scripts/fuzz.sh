#!/usr/bin/env bash
# Fuzzes every reader of untrusted input with libFuzzer (clang, ASan + UBSan):
# builds build-fuzz/ (the torch-free core only), seeds each target's corpus
# from ../shared/data and tests/fuzz/ (copied, never committed), then runs
# each target for SECONDS (default 60). A finding stops with the input saved
# as build-fuzz/findings/<target>/crash-*; once fixed, copy it into
# tests/fuzz/<target>/ as hex text (xxd -p), so every build replays it (ctest -L robustness).
#   scripts/fuzz.sh [SECONDS] [TARGET...]     targets: mirage capture csv npy json_meta geojson shapefile netmob23 pipeline_state
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
[ $# -gt 0 ] && shift
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(mirage capture csv npy json_meta geojson shapefile netmob23 pipeline_state)
data=${NETSYNTH_SHARED_DATA_DIR:-../shared/data}
jobs=$(nproc)

cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
      -DNETSYNTH_FUZZ=ON -DNETSYNTH_BASE_ONLY=ON -DNETSYNTH_BUILD_TESTS=OFF -DNETSYNTH_BUILD_BENCH=OFF > /dev/null
cmake --build build-fuzz -j "$jobs"

corpus=build-fuzz/corpus
findings=build-fuzz/findings
mkdir -p "$corpus" "$findings"
# seed TARGET PREFIX_BYTE FILE...: the first 64 KiB of each file (PREFIX_BYTE,
# an octal escape or "", picks the reader of the multi-reader targets).
seed() {
  local target=$1 prefix=$2
  shift 2
  mkdir -p "$corpus/$target"
  for f in "$@"; do
    [ -f "$f" ] || continue
    local out="$corpus/$target/seed-${prefix//\\/}-$(basename "$f")"
    [ -e "$out" ] && continue
    { printf "$prefix"; head -c 65536 "$f"; } > "$out"
  done
}
seed mirage "" "$data"/mirage2019/*.json
seed capture "" "$data"/pcap/*/*.pcap "$data"/pcap/*/*.pcapng
seed csv '\000' "$data"/mirage-appxact/*.csv
seed csv '\001' "$data"/video/videotrain/*.csv
seed csv '\002' "$data"/video/videotrainplusplus/*.csv
seed csv '\003' $(ls "$data"/alexa/trace_csv/*.csv 2>/dev/null | head -20)
seed npy "" $(find "$data"/cities/aachen -name '*.npy' -size -64k | head -20)
seed geojson "" "$data"/milan/*.geojson
# shapefile: [shp length][shx length] (u32 little-endian), then .shp, .shx, .dbf
mkdir -p "$corpus/shapefile"
for shp in "$data"/cities/*/grid/*.shp; do
  [ -f "$shp" ] || continue
  out="$corpus/shapefile/seed-$(basename "$shp" .shp)"
  [ -e "$out" ] || python3 - "$shp" "$out" <<'PY'
import struct, sys
base = sys.argv[1][:-4]
shp, shx, dbf = (open(base + ext, "rb").read() for ext in (".shp", ".shx", ".dbf"))
open(sys.argv[2], "wb").write(struct.pack("<II", len(shp), len(shx)) + shp + shx + dbf)
PY
done
seed pipeline_state "" $(find build/test-output -name pipeline_state.json 2>/dev/null | head -5)
for t in "${targets[@]}"; do # the saved inputs (hex text) are seeds too
  mkdir -p "$corpus/$t"
  for f in tests/fuzz/"$t"/*.hex; do
    [ -f "$f" ] || continue
    python3 -c 'import sys,binascii; sys.stdout.buffer.write(binascii.unhexlify("".join(open(sys.argv[1]).read().split())))' \
      "$f" > "$corpus/$t/saved-$(basename "$f" .hex)"
  done
done

status=0
for t in "${targets[@]}"; do
  echo "== fuzz_$t: $seconds s =="
  mkdir -p "$findings/$t"
  dict=()
  case $t in mirage|json_meta|geojson|netmob23|pipeline_state) dict=(-dict=fuzz/json.dict) ;; esac
  maxlen=65536
  [ "$t" = shapefile ] && maxlen=262144 # a whole city grid: .shp + .shx + .dbf
  if ! ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 TMPDIR=$(mktemp -d) \
       build-fuzz/fuzz/fuzz_"$t" "$corpus/$t" "${dict[@]}" -max_total_time="$seconds" -max_len=$maxlen \
       -rss_limit_mb=2048 -malloc_limit_mb=1024 -timeout=20 -seed=1 -print_final_stats=1 \
       -artifact_prefix="$findings/$t/" 2>&1 | tail -n 25; then
    status=1
    echo "fuzz_$t: a finding, saved under $findings/$t/"
  fi
done
exit $status
