#!/usr/bin/env bash
# The README's test command: installs what is missing, builds, checks the packages, and runs every
# test (the CTest summary is the last thing it prints).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --tests
# Every C++ file formatted as .clang-format says (clang-format-16), before anything is built.
scripts/check-format.sh
scripts/build.sh
build_dir="${PAVT_BUILD_DIR:-build}"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
chmod 700 "$XDG_RUNTIME_DIR"

# DEB and TGZ built and checked (layout, validators, complete dependencies, programs run).
scripts/check-packages.sh "$build_dir"

# Core, gateway and journal tests under ASan+UBSan (build-asan), then each fuzz target for
# PAVT_FUZZ_SECONDS (default 20) on a copy of its committed seeds (build-fuzz).
scripts/run-sanitizers.sh
scripts/run-fuzzers.sh

ctest --test-dir "$build_dir" --output-on-failure --timeout 300 -j "$(nproc)"
