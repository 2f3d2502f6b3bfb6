#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang into ${PAVT_FUZZ_BUILD_DIR:-build-fuzz} and
# runs each for a bounded time on a copy of its committed seed corpus (tests/fuzz/corpus/<target>/
# is never written to). Fails if any target crashes, leaks, times out or breaks an invariant; the
# input that did it is kept in <build dir>/fuzz-artifacts/<target>/. See docs/hardening.md.
#
# Environment:
#   PAVT_FUZZ_SECONDS   seconds per target (default 20)
#   PAVT_FUZZ_TARGETS   space-separated subset of targets (default: all that were built)
#   PAVT_FUZZ_BUILD_DIR build directory (default build-fuzz)
#   PAVT_JOBS           parallel build jobs (default 2)
#   PAVT_FUZZ_CXX       clang++ to use (default clang++-16 when installed, else clang++)
# Reproduce a failure: <build dir>/tests/fuzz/<target> <build dir>/fuzz-artifacts/<target>/crash-...
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
build_dir="${PAVT_FUZZ_BUILD_DIR:-build-fuzz}"
seconds="${PAVT_FUZZ_SECONDS:-20}"
jobs="${PAVT_JOBS:-2}"
start=$SECONDS

# Not $CXX: a CI environment may set that to g++ for the ordinary build.
cxx="${PAVT_FUZZ_CXX:-}"
if [ -z "$cxx" ]; then
  if command -v clang++-16 >/dev/null; then cxx=clang++-16; else cxx=clang++; fi
fi
if ! command -v "$cxx" >/dev/null; then
  echo "run-fuzzers: $cxx not found; scripts/install-deps.sh --tests installs clang-16" >&2
  exit 1
fi

# -O1 with line tables: fast to build, fast to run, readable stack traces.
cmake -S . -B "$build_dir" -G Ninja \
  -DCMAKE_CXX_COMPILER="$cxx" \
  -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_CXX_FLAGS_DEBUG="-O1 -gline-tables-only" \
  -DPAVT_BUILD_TESTS=OFF \
  -DPAVT_BUILD_BENCHMARKS=OFF \
  -DPAVT_SANITIZE=OFF \
  -DPAVT_BUILD_FUZZERS=ON >/dev/null
echo "run-fuzzers: building the fuzz targets with $cxx in $build_dir (-j$jobs)"
cmake --build "$build_dir" --parallel "$jobs" --target pavt_fuzzers
built=$SECONDS

if [ -n "${PAVT_FUZZ_TARGETS:-}" ]; then
  read -r -a targets <<<"$PAVT_FUZZ_TARGETS"
else
  mapfile -t targets <"$build_dir/tests/fuzz/fuzzers.txt"
fi

# Symbolised stack traces when an llvm-symbolizer is installed (package llvm-16 or llvm).
for s in llvm-symbolizer-16 /usr/lib/llvm-16/bin/llvm-symbolizer llvm-symbolizer; do
  if command -v "$s" >/dev/null; then export ASAN_SYMBOLIZER_PATH="$(command -v "$s")"; break; fi
done
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0"
export LSAN_OPTIONS="suppressions=$root/tests/fuzz/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
artifacts="$build_dir/fuzz-artifacts"
failed=()
summary=()
for t in "${targets[@]}"; do
  bin="$build_dir/tests/fuzz/$t"
  seeds="tests/fuzz/corpus/$t"
  if [ ! -x "$bin" ]; then
    echo "run-fuzzers: $t was not built" >&2
    failed+=("$t")
    continue
  fi
  # libFuzzer adds what it finds to the first corpus directory: a copy, never the committed seeds.
  mkdir -p "$work/$t" "$artifacts/$t"
  if [ -d "$seeds" ]; then cp -R "$seeds/." "$work/$t/"; fi
  seed_count=$(find "$work/$t" -type f | wc -l)
  log="$artifacts/$t/last-run.log"
  echo "run-fuzzers: $t for ${seconds} s on $seed_count seeds"
  status=0
  "$bin" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$artifacts/$t/" "$work/$t" >"$log" 2>&1 || status=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *\([0-9]*\).*/\1/p' "$log" | tail -1)
  corpus_after=$(find "$work/$t" -type f | wc -l)
  if [ "$status" -ne 0 ]; then
    failed+=("$t")
    echo "run-fuzzers: $t FAILED (exit $status); the end of $log:" >&2
    tail -n 60 "$log" >&2
    summary+=("$(printf '%-22s %12s executions  FAILED (exit %s)' "$t" "${execs:-?}" "$status")")
  else
    summary+=("$(printf '%-22s %12s executions  corpus %d -> %d  ok' "$t" "${execs:-?}" "$seed_count" "$corpus_after")")
  fi
done

echo
echo "run-fuzzers: ${seconds} s per target"
printf '  %s\n' "${summary[@]}"
echo "run-fuzzers: build $((built - start)) s, fuzzing $((SECONDS - built)) s, total $((SECONDS - start)) s"
if [ ${#failed[@]} -ne 0 ]; then
  echo "run-fuzzers: failed: ${failed[*]} (inputs in $artifacts/<target>/)" >&2
  exit 1
fi
