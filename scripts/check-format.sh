#!/usr/bin/env bash
# Fails when a C++ file of the project is not formatted as .clang-format says. The formatter is
# the exact one install-deps.sh installs (clang-format-16): other versions format some constructs
# differently. To format: scripts/check-format.sh --fix
set -euo pipefail
cd "$(dirname "$0")/.."
formatter="${PAVT_CLANG_FORMAT:-clang-format-16}"
if ! command -v "$formatter" >/dev/null 2>&1; then
  echo "check-format: $formatter is not installed (scripts/install-deps.sh --tests installs it)" >&2
  exit 1
fi
mapfile -t files < <(git ls-files --cached --others --exclude-standard -- '*.cpp' '*.h' | sort)
if [ "${1:-}" = "--fix" ]; then
  "$formatter" -i "${files[@]}"
  exit 0
fi
if ! "$formatter" --dry-run --Werror "${files[@]}" 2> >(head -40 >&2); then
  echo "check-format: the files above are not formatted; run scripts/check-format.sh --fix" >&2
  exit 1
fi
echo "check-format: ${#files[@]} C++ files formatted ($("$formatter" --version | sed 's/.*version //'))"
