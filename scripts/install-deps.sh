#!/usr/bin/env bash
# Installs the build and test dependencies from Debian's packages (Debian 12 / Ubuntu 22.04+).
# Quick when everything is already there: it asks dpkg first and runs apt-get only for what is missing.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-svg-dev qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev libqrencode-dev
  qt6-charts-dev libqt6charts6 libqt6opengl6-dev
  libqt6sql6-sqlite libsqlite3-dev libqt6svg6 libssl-dev openssl libxkbcommon-dev libgl-dev
  fonts-dejavu-core xvfb xauth qt6-translations-l10n
)
# qt6-charts-dev (the End of day page's charts) does not pull in libqt6opengl6-dev, without which
# find_package(Qt6 COMPONENTS Charts) fails ("dependency Qt6OpenGL could not be found").
if [ "${1:-}" = "--tests" ]; then
  packages+=(postgresql libqt6sql6-psql)
  # scripts/run-fuzzers.sh: clang with libFuzzer. Clang 16, not Debian 12's default 14: pavt_core
  # uses std::expected, which libstdc++ 12 offers only to a compiler with P0848 (clang >= 16).
  packages+=(clang-16 libclang-rt-16-dev)
  # scripts/check-format.sh: this exact formatter (Debian 12's default clang-format is 14).
  packages+=(clang-format-16)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
