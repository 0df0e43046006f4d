#!/usr/bin/env bash
# Coverage-guided fuzzing of awish with libFuzzer (Swift on Linux: -sanitize=fuzzer,address).
#
#   dev/fuzz.sh                  every target for 60 s each
#   dev/fuzz.sh TARGET [SECONDS] one target (parse eval csv pangaea ecotaxa zip wav model toml
#                                json netcdf)
#   dev/fuzz.sh --replay         run every kept crasher once (a regression check)
#
# Seeds: Tests/Fuzz/seeds/TARGET (small, made here) plus the test fixtures read in place
# (Tests/**/Fixtures, Tests/EndToEndTests/Scripts and ../shared/fixtures when present). The
# growing corpus lives in $FUZZ_WORK (default /tmp/awish-fuzz), never in the repository.
# A crash is written to Tests/Fuzz/crashers/TARGET/ to be kept as a regression input.
# Runs one job on one core (-jobs=1): the machine is shared. An input counts as hanging after
# FUZZ_TIMEOUT seconds (default 10) of wall time: raise it when the fuzzer runs niced on a
# busy machine, where a starved process can wait that long for a core.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
targets=(parse eval csv pangaea ecotaxa zip wav model toml json netcdf)
work=${FUZZ_WORK:-/tmp/awish-fuzz}
scratch=${FUZZ_SCRATCH:-$work/build}

runtime=$(dirname "$(dirname "$(command -v swiftc)")")/lib/clang
if ! ls "$runtime"/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1 \
  && ! ls "$runtime"/*/lib/*/libclang_rt.fuzzer*.a >/dev/null 2>&1; then
  echo "fuzz: skipped: this Swift toolchain ships no libFuzzer runtime (libclang_rt.fuzzer)"
  exit 0
fi

(cd Fuzz && swift build -c debug --scratch-path "$scratch" \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library >/dev/null) || {
  echo "fuzz: the fuzz build failed"; exit 1; }
binary="$scratch/debug/AwishFuzz"

# Seed folders of a target: its own small seeds and the fixtures of its kind, in place.
seeds() {
  local target=$1 shared=../shared/fixtures
  echo "Tests/Fuzz/seeds/$target"
  case $target in
    parse|eval) echo Tests/EndToEndTests/Scripts ;;
    csv) echo Tests/TensorTests/Fixtures; [ -d $shared ] && echo $shared/o2a ;;
    pangaea) echo Tests/ArchivesTests/Fixtures/pangaea; [ -d $shared ] && echo $shared/pangaea ;;
    ecotaxa) echo Tests/ArchivesTests/Fixtures/ecotaxa
      [ -d $shared ] && echo $shared/ecotaxa/export_general $shared/ecotaxa/import_test ;;
    zip) echo Tests/ArchivesTests/Fixtures/ecotaxa ;;
    wav) [ -d $shared ] && echo $shared/audio ;;
    netcdf) [ -d $shared ] && echo $shared/netcdf ;;
  esac
  return 0
}

# Seed folders hold files of every kind; libFuzzer reads only regular files, so the .awi
# scripts are gathered into one flat folder.
flatten() {
  local target=$1 out=$work/seeds-$target
  rm -rf "$out"; mkdir -p "$out"
  for folder in $(seeds "$target"); do
    [ -d "$folder" ] || continue
    find "$folder" -type f -size -2M | while read -r file; do
      cp "$file" "$out/$(echo "$file" | md5sum | cut -c1-16)"
    done
  done
  echo "$out"
}

run() {
  local target=$1 seconds=$2
  local corpus=$work/corpus-$target crashes=Tests/Fuzz/crashers/$target
  mkdir -p "$corpus" "$crashes" "$work/run-$target"
  local dict=()
  [ "$target" = parse ] || [ "$target" = eval ] && dict=(-dict="$repo/Tests/Fuzz/awi.dict")
  local seeds
  seeds=$(flatten "$target")
  echo "fuzz: $target for ${seconds}s ($(ls "$seeds" | wc -l) seeds)"
  (cd "$work/run-$target" && ASAN_OPTIONS=detect_leaks=0 AWISH_FUZZ_TARGET=$target "$binary" "$corpus" \
    "$seeds" "${dict[@]}" -max_total_time="$seconds" \
    -max_len=65536 -timeout="${FUZZ_TIMEOUT:-10}" -rss_limit_mb=4096 -print_final_stats=1 -detect_leaks=0 \
    -artifact_prefix="$repo/$crashes/" 2>&1) | tee "$work/$target.log" \
    | grep -E "^#[0-9]+ +(DONE|INITED)|stat::number_of_executed_units|stat::peak_rss|cov:|ERROR|SUMMARY" \
    | grep -vE "^#[0-9]+ +(NEW|REDUCE|pulse)" | tail -4
}

replay() {
  local status=0
  for target in "${targets[@]}"; do
    local crashes=Tests/Fuzz/crashers/$target
    [ -d "$crashes" ] || continue
    local files=("$crashes"/*)
    [ -e "${files[0]}" ] || continue
    echo "fuzz: replaying ${#files[@]} kept inputs of $target"
    ASAN_OPTIONS=detect_leaks=0 AWISH_FUZZ_TARGET=$target "$binary" "${files[@]}" >"$work/replay-$target.log" 2>&1 \
      || { echo "fuzz: a kept $target input fails again; see $work/replay-$target.log"; status=1; }
  done
  return $status
}

mkdir -p "$work"
case ${1:-all} in
  --replay) replay ;;
  all) replay; for target in "${targets[@]}"; do run "$target" "${2:-60}"; done ;;
  *) run "$1" "${2:-60}" ;;
esac
