#!/usr/bin/env bash
# shellcheck disable=SC2015,SC2016,SC2129  # "test && pass || fail" is meant; $ in NSIS text is literal
# Exercises the Windows and macOS branches of packaging/Packaging.cmake on Linux, as far as Linux
# can: a stand-in project (three empty executables named like ours) includes the real
# Packaging.cmake with CMAKE_SYSTEM_NAME=Windows and =Darwin; nothing is compiled. It checks that
# both configure and generate, that the version resources and Info.plist come out right, that
# installing runs windeployqt / macdeployqt (stand-in scripts that record their arguments) on the
# right files with the OpenSSL DLLs beside them, and that makensis compiles the NSIS installer
# script CPack writes. Real Qt deployment, MSVC, WiX, codesign and the DMG need those systems.
# Usage: packaging/check-platform-rules.sh   (called by scripts/check-packages.sh; needs cmake,
# ninja, python3 and, for the NSIS step, makensis from Debian's nsis package)
set -euo pipefail
packaging_dir=$(cd "$(dirname "$0")" && pwd)
source_dir=$(dirname "$packaging_dir")
failures=0
pass() { printf '  ok    %s\n' "$*"; }
fail() { printf '  FAIL  %s\n' "$*"; failures=$((failures + 1)); }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mock=$tmp/project
mkdir -p "$mock/src" "$mock/docs" "$mock/resources/icons" "$mock/openssl/bin" "$tmp/tools"
cp "$source_dir/README.md" "$source_dir/CHANGELOG.md" "$mock/"
cp "$source_dir"/docs/*.md "$mock/docs/" 2>/dev/null || true
cp "$source_dir/resources/icons/pavt.svg" "$mock/resources/icons/"
touch "$mock/openssl/bin/libcrypto-3-x64.dll" "$mock/openssl/bin/libssl-3-x64.dll"
echo 'int main() { return 0; }' >"$mock/src/main.cpp"
version=$(sed -n 's/^project(PayAgencyVirtualTerminal VERSION \([0-9.]*\).*/\1/p' "$source_dir/CMakeLists.txt")
cat >"$mock/CMakeLists.txt" <<EOF
cmake_minimum_required(VERSION 3.21)
project(PayAgencyVirtualTerminal VERSION $version LANGUAGES CXX
        DESCRIPTION "Virtual terminal for the Pay Agency card gateway")
set(OPENSSL_ROOT_DIR \${CMAKE_CURRENT_SOURCE_DIR}/openssl)
add_executable(pavt WIN32 MACOSX_BUNDLE src/main.cpp)
add_executable(pavt-cli src/main.cpp)
add_executable(pavt-sim src/main.cpp)
EOF
# The install rules of src/app and src/cli, as they are.
sed -n '/^install(TARGETS pavt /p' "$source_dir/src/app/CMakeLists.txt" >>"$mock/CMakeLists.txt"
sed -n '/^if(APPLE)/,/^endif()/p' "$source_dir/src/cli/CMakeLists.txt" >>"$mock/CMakeLists.txt"
echo "include($packaging_dir/Packaging.cmake)" >>"$mock/CMakeLists.txt"
for tool in windeployqt macdeployqt; do
  printf '#!/bin/sh\necho "%s cwd=$(pwd) args=$*" >>"%s/deploy.log"\n' "$tool" "$tmp" >"$tmp/tools/$tool"
done
printf '#!/bin/sh\nexit 0\n' >"$tmp/tools/rc"
chmod +x "$tmp/tools"/*
export PATH="$tmp/tools:$PATH"
common=(-G Ninja -DCMAKE_CXX_COMPILER_WORKS=1 -DCMAKE_FIND_ROOT_PATH="$tmp/none"
        -DCMAKE_FIND_ROOT_PATH_MODE_PACKAGE=ONLY)

# --- Windows -------------------------------------------------------------------------------------
echo "Windows (stand-in configure, CMAKE_SYSTEM_NAME=Windows)"
if cmake -S "$mock" -B "$tmp/win" "${common[@]}" -DCMAKE_SYSTEM_NAME=Windows \
     -DCMAKE_RC_COMPILER="$tmp/tools/rc" >"$tmp/win.log" 2>&1; then
  pass "configure and generate"
  for t in pavt pavt-cli pavt-sim; do
    rc=$tmp/win/packaging/$t.rc
    if [ -f "$rc" ] && grep -q "\"OriginalFilename\", \"$t.exe" "$rc" && grep -q "FILEVERSION     ${version//./,},0" "$rc" \
       && grep -q "ICON \"$packaging_dir/windows/pavt.ico\"" "$rc" && grep -q "$t.rc.res" "$tmp/win/build.ninja"; then
      pass "$t.exe gets a VERSIONINFO ${version} resource and the icon"
    else
      fail "$t.exe version resource"
    fi
  done
  touch "$tmp/win/pavt.exe" "$tmp/win/pavt-cli.exe" "$tmp/win/pavt-sim.exe"
  if cmake --install "$tmp/win" --prefix "$tmp/win-root" >"$tmp/win-install.log" 2>&1; then
    pass "install"
  else
    fail "install"; tail -5 "$tmp/win-install.log"
  fi
  for f in bin/pavt.exe bin/pavt-cli.exe bin/pavt-sim.exe bin/libcrypto-3-x64.dll bin/libssl-3-x64.dll doc/LICENSE.txt; do
    [ -f "$tmp/win-root/$f" ] && pass "installs $f" || fail "does not install $f"
  done
  grep -q "^windeployqt cwd=$tmp/win-root args=.*bin/pavt.exe bin/pavt-cli.exe bin/pavt-sim.exe" "$tmp/deploy.log" \
    && pass "runs windeployqt on bin/pavt.exe, bin/pavt-cli.exe and bin/pavt-sim.exe after installing them" \
    || fail "windeployqt was not run as expected: $(cat "$tmp/deploy.log" 2>/dev/null)"
  if command -v makensis >/dev/null; then
    if (cd "$tmp/win" && cpack -G NSIS -B "$tmp/win-nsis") >"$tmp/nsis.log" 2>&1; then
      nsi=$tmp/win-nsis/_CPack_Packages/win32/NSIS/project.nsi
      pass "cpack -G NSIS: makensis compiles the installer script"
      grep -q 'InstallDir "$PROGRAMFILES64\\PayAgency Virtual Terminal"' "$nsi" && pass "installs into Program Files\\PayAgency Virtual Terminal" || fail "InstallDir"
      grep -q 'CreateShortCut "$SMPROGRAMS\\$STARTMENU_FOLDER\\PayAgency Virtual Terminal.lnk" "$INSTDIR\\bin\\pavt.exe"' "$nsi" \
        && pass "Start menu shortcut to bin\\pavt.exe" || fail "Start menu shortcut"
      grep -q 'CreateShortCut "$DESKTOP\\PayAgency Virtual Terminal.lnk" "$INSTDIR\\bin\\pavt.exe"' "$nsi" \
        && pass "desktop shortcut" || fail "desktop shortcut"
    else
      fail "cpack -G NSIS"; grep -iE "error" "$tmp/nsis.log" "$tmp"/win-nsis/_CPack_Packages/win32/NSIS/NSISOutput.log 2>/dev/null | head -5
    fi
  else
    echo "  skip  makensis is not installed (apt-get install nsis)"
  fi
else
  fail "configure for Windows"; tail -20 "$tmp/win.log"
fi

# --- macOS ---------------------------------------------------------------------------------------
echo "macOS (stand-in configure, CMAKE_SYSTEM_NAME=Darwin)"
rm -f "$tmp/deploy.log"
if cmake -S "$mock" -B "$tmp/mac" "${common[@]}" -DCMAKE_SYSTEM_NAME=Darwin -DCMAKE_OSX_SYSROOT=/ \
     >"$tmp/mac.log" 2>&1; then
  pass "configure and generate"
  plist=$tmp/mac/pavt.app/Contents/Info.plist
  if python3 - "$plist" "$version" <<'EOF'
import plistlib, sys
d = plistlib.load(open(sys.argv[1], 'rb'))
want = {'CFBundleIdentifier': 'agency.pay.VirtualTerminal', 'CFBundleExecutable': 'pavt',
        'CFBundleShortVersionString': sys.argv[2], 'CFBundleVersion': sys.argv[2],
        'CFBundleIconFile': 'pavt.icns', 'LSMinimumSystemVersion': '11.0',
        'NSHighResolutionCapable': True, 'CFBundlePackageType': 'APPL'}
bad = {k: d.get(k) for k, v in want.items() if d.get(k) != v}
if bad:
    sys.exit(f'Info.plist: {bad}')
EOF
  then
    pass "Info.plist: agency.pay.VirtualTerminal $version, pavt.icns, LSMinimumSystemVersion 11.0, NSHighResolutionCapable"
  else
    fail "Info.plist"
  fi
  grep -q "pavt.app/Contents/Resources/pavt.icns: COPY_OSX_CONTENT $packaging_dir/macos/pavt.icns" "$tmp/mac/build.ninja" \
    && pass "pavt.icns is copied into pavt.app/Contents/Resources" || fail "pavt.icns is not in the bundle"
  grep -q 'CPACK_GENERATOR "DragNDrop"' "$tmp/mac/CPackConfig.cmake" && pass "CPack generator DragNDrop (DMG)" || fail "CPack generator is not DragNDrop"
  mkdir -p "$tmp/mac/pavt.app/Contents/MacOS"
  touch "$tmp/mac/pavt.app/Contents/MacOS/pavt" "$tmp/mac/pavt-cli" "$tmp/mac/pavt-sim"
  chmod +x "$tmp/mac/pavt.app/Contents/MacOS/pavt" "$tmp/mac/pavt-cli" "$tmp/mac/pavt-sim"
  if cmake --install "$tmp/mac" --prefix "$tmp/mac-root" >"$tmp/mac-install.log" 2>&1; then
    pass "install"
  else
    fail "install"; tail -5 "$tmp/mac-install.log"
  fi
  for f in pavt.app/Contents/MacOS/pavt pavt.app/Contents/MacOS/pavt-cli pavt.app/Contents/MacOS/pavt-sim \
           pavt.app/Contents/Info.plist pavt.app/Contents/Resources/doc/LICENSE.txt; do
    [ -f "$tmp/mac-root/$f" ] && pass "installs $f" || fail "does not install $f"
  done
  app=$tmp/mac-root/pavt.app
  grep -q "^macdeployqt .*args=$app -always-overwrite .*-executable=$app/Contents/MacOS/pavt-cli -executable=$app/Contents/MacOS/pavt-sim" "$tmp/deploy.log" \
    && pass "runs macdeployqt on pavt.app with pavt-cli and pavt-sim after installing them" \
    || fail "macdeployqt was not run as expected: $(cat "$tmp/deploy.log" 2>/dev/null)"
else
  fail "configure for macOS"; tail -20 "$tmp/mac.log"
fi

[ "$failures" -eq 0 ] || { echo "check-platform-rules: $failures check(s) FAILED"; exit 1; }
