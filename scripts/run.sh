#!/usr/bin/env bash
# The README's run command: installs what is missing, builds, and starts the terminal.
# With no credentials configured the terminal runs in demo mode against its built-in simulator.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
build_dir="${PAVT_BUILD_DIR:-build}"
if [ -x "$build_dir/src/app/pavt" ]; then
  exec "$build_dir/src/app/pavt" "$@"
fi
# Until the window lands (issue 5) the terminal is its command-line front end; this runs the demo.
exec "$build_dir/src/cli/pavt-cli" demo "$@"
