#!/usr/bin/env bash
# The README's run command: installs what is missing, builds the terminal and starts it.
# With no credentials configured it runs in demo mode against its built-in gateway simulator.
# Without a display (a server, CI) it starts under xvfb-run so that it still runs.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
build_dir="${PAVT_BUILD_DIR:-build}"
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="${PAVT_BUILD_TYPE:-RelWithDebInfo}" >/dev/null
cmake --build "$build_dir" --parallel "$(nproc)" --target pavt
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display: starting the terminal under xvfb-run (screen 1280x800)." >&2
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$build_dir/src/app/pavt" "$@"
fi
exec "$build_dir/src/app/pavt" "$@"
