#!/usr/bin/env bash
# Builds the core, gateway and journal tests with AddressSanitizer and UndefinedBehaviorSanitizer
# (PAVT_SANITIZE=ON, -O1) into ${PAVT_ASAN_BUILD_DIR:-build-asan} and runs them; any sanitizer report
# fails the run. GUI tests and benchmarks are neither built nor run. See docs/hardening.md.
#
# Environment: PAVT_ASAN_BUILD_DIR (build directory), PAVT_JOBS (parallel jobs, default 2).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
build_dir="${PAVT_ASAN_BUILD_DIR:-build-asan}"
jobs="${PAVT_JOBS:-2}"
start=$SECONDS

# -O1: fast enough to run, still good stack traces; -g1: line tables only (smaller, faster links).
# Debug configuration so that _FORTIFY_SOURCE (which interferes with ASan's interceptors) is off.
cmake -S . -B "$build_dir" -G Ninja \
  -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" \
  -DPAVT_SANITIZE=ON \
  -DPAVT_BUILD_TESTS=ON \
  -DPAVT_BUILD_BENCHMARKS=OFF \
  -DPAVT_BUILD_FUZZERS=OFF >/dev/null
build_abs="$(cd "$build_dir" && pwd)"

# The tests of tests/unit (registered in tests/), tests/integration, tests/journal and tests/service, from the
# CTest files CMake generated: `add_test([=[NAME]=] "COMMAND" ...)`. A test whose command is an
# executable of this build names a target to build (NAME_postgresql variants run the same one; the
# PostgreSQL fixture steps run a script and are pulled in by CTest for the tests that need them).
test_lines() {
  local file="$build_dir/$1/CTestTestfile.cmake"
  [ -f "$file" ] || return 0
  sed -n 's/^add_test(\[=\[\([^]]*\)\]=\] "\([^"]*\)".*/\1 \2/p' "$file"
}
tests=()
targets=()
while read -r name command; do
  tests+=("$name")
  case "$command" in
    "$build_abs"/*) targets+=("$(basename "$command")") ;;
  esac
done < <(test_lines tests; test_lines tests/integration; test_lines tests/journal; test_lines tests/service)
if [ ${#tests[@]} -eq 0 ]; then
  echo "run-sanitizers: no tests found in $build_dir" >&2
  exit 1
fi
mapfile -t targets < <(printf '%s\n' "${targets[@]}" | sort -u)
echo "run-sanitizers: building ${#targets[@]} test targets with ASan+UBSan in $build_dir (-j$jobs)"
cmake --build "$build_dir" --parallel "$jobs" --target "${targets[@]}"
built=$SECONDS

# fast_unwind_on_malloc=0: whole allocation stacks through libcrypto and Qt (built without frame
# pointers), so that a leak report says who allocated and the suppressions can be narrow. It
# costs about 25 s here.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:fast_unwind_on_malloc=0"
export LSAN_OPTIONS="suppressions=$root/tests/fuzz/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
chmod 700 "$XDG_RUNTIME_DIR"

regex="^($(IFS='|'; echo "${tests[*]}"))\$"
echo "run-sanitizers: running ${#tests[@]} tests"
status=0
ctest --test-dir "$build_dir" --output-on-failure --timeout 600 -j "$jobs" -LE 'gui|bench' -R "$regex" || status=$?
echo "run-sanitizers: build $((built - start)) s, tests $((SECONDS - built)) s, total $((SECONDS - start)) s"
exit $status
