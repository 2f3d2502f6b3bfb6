#!/usr/bin/env bash
# shellcheck disable=SC2015  # "test && pass || fail" is meant: pass and fail always succeed
# Builds the DEB and TGZ packages with CPack from an existing build directory and checks them:
#   - the desktop entry and AppStream metadata validate (desktop-file-validate, appstreamcli);
#   - the DEB unpacks into a temporary root with the expected layout, apt can install it
#     (`apt-get install --simulate`), and its Depends line is complete: every library the three
#     programs link (ldd) and every Qt plugin the window loads at run time belongs to a package
#     in Depends or to one of their dependencies;
#   - the unpacked programs run (pavt-cli --version, pavt-sim --help, pavt --version, and the window
#     for a few seconds under Xvfb);
#   - the TGZ holds the three programs and they run;
#   - the Windows and macOS branches of packaging/Packaging.cmake configure, install and (NSIS)
#     compile, as far as Linux can tell (packaging/check-platform-rules.sh).
# Usage: scripts/check-packages.sh [BUILD_DIR]   (default: ${PAVT_BUILD_DIR:-build})
# Builds only pavt, pavt-cli and pavt-sim (configuring BUILD_DIR first if needed). Prints what it
# checked; exits non-zero if anything failed. Needs root or sudo only to install missing tools.
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir=$PWD
build_dir=${1:-${PAVT_BUILD_DIR:-build}}
mkdir -p "$build_dir"
build_dir=$(cd "$build_dir" && pwd)
start=$(date +%s)

failures=0
pass() { printf '  ok    %s\n' "$*"; }
fail() { printf '  FAIL  %s\n' "$*"; failures=$((failures + 1)); }
note() { printf '        %s\n' "$*"; }
section() { printf '\n== %s\n' "$*"; }
die() { printf 'check-packages: %s\n' "$*" >&2; exit 2; }

# --- tools ------------------------------------------------------------------------------------
# dpkg-dev gives dpkg-shlibdeps (without it CPack silently leaves the linked libraries out of
# Depends), file is needed by CPack's DEB generator, the rest are the validators, Xvfb,
# makensis and python3 for packaging/check-platform-rules.sh, and python3-yaml for the workflow.
tools=(dpkg-dev file desktop-file-utils appstream xvfb xauth nsis python3 python3-yaml)
missing=()
for p in "${tools[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
sudo=""
if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# --- build and package ------------------------------------------------------------------------
section "Build (pavt, pavt-cli, pavt-sim) and package in $build_dir"
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
  cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="${PAVT_BUILD_TYPE:-RelWithDebInfo}" >/dev/null
fi
cmake --build "$build_dir" --parallel "$(nproc)" --target pavt pavt-cli pavt-sim >"$tmp/build.log" 2>&1 \
  || { tail -30 "$tmp/build.log"; die "building pavt, pavt-cli and pavt-sim failed"; }
[ -f "$build_dir/CPackConfig.cmake" ] || die "$build_dir/CPackConfig.cmake is missing (packaging/Packaging.cmake not included?)"
out="$build_dir/packages"
rm -rf "$out"
mkdir -p "$out"
for generator in DEB TGZ; do
  if (cd "$build_dir" && cpack --config CPackConfig.cmake -G "$generator" -B "$out") >"$tmp/cpack-$generator.log" 2>&1; then
    pass "cpack -G $generator"
  else
    cat "$tmp/cpack-$generator.log"
    die "cpack -G $generator failed"
  fi
done
shopt -s nullglob
debs=("$out"/*.deb)
tgzs=("$out"/*.tar.gz)
shopt -u nullglob
[ ${#debs[@]} -eq 1 ] || die "expected one .deb in $out, found ${#debs[@]}"
[ ${#tgzs[@]} -eq 1 ] || die "expected one .tar.gz in $out, found ${#tgzs[@]}"
deb=${debs[0]}
tgz=${tgzs[0]}
note "$(basename "$deb") ($(du -h "$deb" | cut -f1)), $(basename "$tgz") ($(du -h "$tgz" | cut -f1))"

app_id=agency.pay.VirtualTerminal
package=$(dpkg-deb -f "$deb" Package)
version=$(dpkg-deb -f "$deb" Version)
upstream_version=${version%%-*}
depends=$(dpkg-deb -f "$deb" Depends)
[ "$package" = payagency-virtual-terminal ] && pass "Package: $package" || fail "Package is '$package', not payagency-virtual-terminal"
[ "$(dpkg-deb -f "$deb" Section)" = misc ] && pass "Section: misc" || fail "Section is not misc"
for field in Version Maintainer Description Homepage; do
  [ -n "$(dpkg-deb -f "$deb" "$field")" ] && pass "$field: $(dpkg-deb -f "$deb" "$field" | head -1)" || fail "$field is empty"
done

# --- layout of the DEB ------------------------------------------------------------------------
section "DEB unpacked into a temporary root"
root="$tmp/root"
dpkg-deb -x "$deb" "$root"
desktop="$root/usr/share/applications/$app_id.desktop"
metainfo="$root/usr/share/metainfo/$app_id.metainfo.xml"
icon="$root/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
for f in usr/bin/pavt usr/bin/pavt-cli usr/bin/pavt-sim \
         "usr/share/applications/$app_id.desktop" "usr/share/metainfo/$app_id.metainfo.xml" \
         "usr/share/icons/hicolor/scalable/apps/$app_id.svg" "usr/share/doc/$package/copyright"; do
  [ -e "$root/$f" ] && pass "/$f" || fail "/$f is missing"
done
for exe in pavt pavt-cli pavt-sim; do
  [ -x "$root/usr/bin/$exe" ] || fail "/usr/bin/$exe is not executable"
done

# --- desktop entry and AppStream metadata -------------------------------------------------------
section "Desktop entry and AppStream metadata"
if out_v=$(desktop-file-validate "$desktop" 2>&1) && [ -z "$out_v" ]; then
  pass "desktop-file-validate $app_id.desktop"
else
  fail "desktop-file-validate $app_id.desktop"; printf '%s\n' "$out_v" | sed 's/^/        /'
fi
if out_v=$(appstreamcli validate --no-net "$metainfo" 2>&1); then
  pass "appstreamcli validate --no-net $app_id.metainfo.xml"
else
  fail "appstreamcli validate --no-net $app_id.metainfo.xml"
fi
printf '%s\n' "$out_v" | grep -E '^[EWI]:' | sed 's/^/        /' || true
if out_v=$(appstreamcli validate-tree --no-net "$root" 2>&1); then
  pass "appstreamcli validate-tree --no-net (metainfo, desktop entry and icon together)"
else
  fail "appstreamcli validate-tree --no-net"; printf '%s\n' "$out_v" | sed 's/^/        /'
fi
exec_cmd=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop" | head -1)
icon_name=$(sed -n 's/^Icon=//p' "$desktop" | head -1)
[ -x "$root/usr/bin/$exec_cmd" ] && pass "Exec=$exec_cmd is /usr/bin/$exec_cmd in the package" || fail "Exec=$exec_cmd is not in /usr/bin"
[ "$icon_name" = "$app_id" ] && [ -s "$icon" ] && pass "Icon=$icon_name is installed in hicolor/scalable" || fail "Icon=$icon_name has no icon file"
if grep -q "<release version=\"$upstream_version\" date=\"[0-9-]*\"" "$metainfo"; then
  pass "metainfo has a dated <release> for $upstream_version"
else
  fail "metainfo has no <release version=\"$upstream_version\" date=...> (add one for this version)"
fi

# --- dependencies -----------------------------------------------------------------------------
section "Dependencies"
note "Depends: $depends"
note "Suggests: $(dpkg-deb -f "$deb" Suggests)"
# Package names in Depends (alternatives and version constraints dropped).
mapfile -t direct < <(printf '%s\n' "$depends" | sed 's/[,|]/\n/g' | sed 's/(.*)//; s/:any//; s/[[:space:]]//g' | grep -v '^$' | sort -u)
# Everything those packages pull in (Depends and Pre-Depends, recursively).
apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks --no-replaces \
  --no-enhances "${direct[@]}" 2>/dev/null | grep -v '^ ' | tr -d '<>' | sed 's/:.*//' | sort -u >"$tmp/closure"
printf '%s\n' "${direct[@]}" >>"$tmp/closure"
in_direct() {
  local d
  for d in "${direct[@]}"; do [ "$d" = "$1" ] && return 0; done
  return 1
}
in_closure() { grep -qx -- "$1" "$tmp/closure"; }
# Which package of Depends pulls a package in, for the report.
pulled_by() {
  local dep
  for dep in "${direct[@]}"; do
    apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
      --no-replaces --no-enhances "$dep" 2>/dev/null >"$tmp/pulled" || true
    if grep -v '^ ' "$tmp/pulled" | tr -d '<>' | sed 's/:.*//' | grep -qx -- "$1"; then
      echo "$dep"; return
    fi
  done
  echo "another dependency"
}

# The packages the terminal needs by name: its Qt modules (Charts for the End of day page),
# QtKeychain, OpenSSL, and the run-time plugins dpkg-shlibdeps cannot see (SVG, platform plugins,
# the journal's SQLite driver).
required=(libqt6widgets6 libqt6network6 libqt6sql6 libqt6keychain1 "libssl3|libssl3t64"
          libqt6svg6 qt6-qpa-plugins libqt6sql6-sqlite libqt6printsupport6 libqt6charts6)
for want in "${required[@]}"; do
  found=""
  for alt in ${want//|/ }; do
    if in_direct "$alt"; then found="$alt"; break; fi
  done
  if [ -n "$found" ]; then
    pass "Depends has $found"
  else
    alt_found=""
    for alt in ${want//|/ }; do
      if in_closure "$alt"; then alt_found="$alt"; break; fi
    done
    if [ -n "$alt_found" ]; then
      pass "$alt_found comes through $(pulled_by "$alt_found") (no program links it directly yet)"
    else
      fail "Depends lacks $want"
    fi
  fi
done

# Owning packages of installed files, with one dpkg-query call for a whole list (one call per file
# takes most of a minute), trying the /usr-merged spellings of each path.
declare -A owner_cache=()
resolve_owners() {
  local p c cc line pkg path all=()
  local -A found=()
  for p in "$@"; do
    for c in "$p" "$(readlink -f "$p")"; do
      all+=("$c" "${c#/usr}" "/usr$c")
    done
  done
  while IFS= read -r line; do
    case $line in *": /"*) ;; *) continue ;; esac
    pkg=${line%%: /*}
    pkg=${pkg%%,*}
    pkg=${pkg%%:*}
    path=/${line#*: /}
    found[$path]=$pkg
  done < <(dpkg-query -S "${all[@]}" 2>/dev/null || true)
  for p in "$@"; do
    for c in "$p" "$(readlink -f "$p")"; do
      for cc in "$c" "${c#/usr}" "/usr$c"; do
        if [ -n "${found[$cc]:-}" ]; then
          owner_cache[$p]=${found[$cc]}
          continue 3
        fi
      done
    done
  done
}
owner_of() { [ -n "${owner_cache[$1]:-}" ] && printf '%s\n' "${owner_cache[$1]}"; }

# Every library the unpacked programs link must come from the Depends closure.
declare -A ldd_libs=()
ldd_ok=()
for exe in pavt pavt-cli pavt-sim; do
  if ! ldd_out=$(ldd "$root/usr/bin/$exe" 2>&1); then
    fail "ldd /usr/bin/$exe failed: $ldd_out"; continue
  fi
  if grep -q "not found" <<<"$ldd_out"; then
    fail "/usr/bin/$exe: $(grep "not found" <<<"$ldd_out" | tr -s ' \t' ' ' | paste -sd';')"; continue
  fi
  ldd_libs[$exe]=$(awk '/=> \// {print $3} /^[[:space:]]*\/[^ ]+ \(/ {print $1}' <<<"$ldd_out")
  ldd_ok+=("$exe")
done
mapfile -t all_libs < <(printf '%s\n' "${ldd_libs[@]}" | sort -u)
resolve_owners "${all_libs[@]}"
for exe in "${ldd_ok[@]}"; do
  bad=0
  libs=0
  while read -r lib; do
    libs=$((libs + 1))
    if ! pkg=$(owner_of "$lib"); then
      fail "/usr/bin/$exe needs $lib, which no package owns"; bad=1
    elif ! in_closure "$pkg"; then
      fail "/usr/bin/$exe needs $lib from $pkg, which Depends does not bring"; bad=1
    fi
  done <<<"${ldd_libs[$exe]}"
  [ $bad = 0 ] && pass "/usr/bin/$exe: all $libs libraries (ldd) come from Depends or their dependencies"
done

# --- the unpacked programs run --------------------------------------------------------------------
section "Programs from the temporary root"
export XDG_RUNTIME_DIR="$tmp/runtime"
mkdir -m 700 "$XDG_RUNTIME_DIR"
run_env=(env HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" XDG_DATA_HOME="$tmp/home/.local/share"
         XDG_CACHE_HOME="$tmp/home/.cache" XDG_RUNTIME_DIR="$XDG_RUNTIME_DIR"
         DBUS_SESSION_BUS_ADDRESS="unix:path=$tmp/no-session-bus")
mkdir -p "$tmp/home"
if v=$("${run_env[@]}" timeout 20 "$root/usr/bin/pavt-cli" --version 2>&1) && grep -q "$upstream_version" <<<"$v"; then
  pass "pavt-cli --version: $(head -1 <<<"$v")"
else
  fail "pavt-cli --version: $v"
fi
if h=$("${run_env[@]}" timeout 20 "$root/usr/bin/pavt-sim" --help 2>&1) && grep -qi "usage" <<<"$h"; then
  pass "pavt-sim --help: $(head -1 <<<"$h")"
else
  fail "pavt-sim --help: $(head -5 <<<"$h")"
fi
if v=$("${run_env[@]}" QT_QPA_PLATFORM=offscreen timeout 20 "$root/usr/bin/pavt" --version 2>&1) && grep -q "$upstream_version" <<<"$v"; then
  pass "pavt --version (offscreen): $(head -1 <<<"$v")"
else
  fail "pavt --version: $v"
fi

# The window under Xvfb with the xcb platform plugin, in demo mode, for a few seconds: every Qt
# plugin it loads must belong to a package that Depends brings in.
cat >"$tmp/window.sh" <<'EOF'
#!/bin/sh
"$@" & pid=$!
sleep 4
if kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null; echo "window: ran"; else wait "$pid"; echo "window: exited early ($?)"; fi
EOF
chmod +x "$tmp/window.sh"
"${run_env[@]}" QT_QPA_PLATFORM=xcb QT_DEBUG_PLUGINS=1 timeout 60 \
  xvfb-run -a -s "-screen 0 1280x800x24" "$tmp/window.sh" "$root/usr/bin/pavt" --demo >"$tmp/window.log" 2>&1 || true
if grep -q "^window: ran" "$tmp/window.log"; then
  pass "pavt --demo ran 4 s under Xvfb (xcb platform plugin)"
else
  fail "pavt --demo under Xvfb: $(grep -E '^window:|[Cc]ould not|[Ff]ailed|[Ee]rror' "$tmp/window.log" | head -5 | paste -sd' ')"
fi
# The journal: `pavt-cli history` opens it (an empty one in the throwaway HOME) through the SQL
# driver plugin.
"${run_env[@]}" QT_DEBUG_PLUGINS=1 timeout 30 "$root/usr/bin/pavt-cli" history >"$tmp/journal.log" 2>&1 || true
loaded_plugins() { sed -n 's|^qt.core.library: "\(/[^"]*/plugins/[^"]*\)" loaded library$|\1|p' "$@" | sort -u; }
mapfile -t plugins < <(loaded_plugins "$tmp/window.log" "$tmp/journal.log")
if [ ${#plugins[@]} -eq 0 ]; then
  fail "no Qt plugin was seen loading (QT_DEBUG_PLUGINS output missing?)"
fi
if in_direct libqt6sql6; then
  # The programs link Qt SQL, so the journal's driver must load.
  driver=$(loaded_plugins "$tmp/journal.log" | grep '/sqldrivers/' | head -1 || true)
  if [ -n "$driver" ]; then
    pass "pavt-cli history opened the journal through sqldrivers/$(basename "$driver")"
  else
    fail "pavt-cli history loaded no SQL driver plugin: $(grep -iE 'driver|journal|error' "$tmp/journal.log" | grep -v '^qt.core' | head -3 | paste -sd' ')"
  fi
fi
declare -A plugin_owners=()
[ ${#plugins[@]} -eq 0 ] || resolve_owners "${plugins[@]}"
for plugin in "${plugins[@]}"; do
  if ! pkg=$(owner_of "$plugin"); then
    fail "plugin $plugin is owned by no package"
  elif ! in_closure "$pkg"; then
    fail "plugin ${plugin#*/plugins/} comes from $pkg, which Depends does not bring"
  else
    plugin_owners[$pkg]+="${plugin#*/plugins/} "
  fi
done
for pkg in "${!plugin_owners[@]}"; do
  pass "plugins from $pkg: ${plugin_owners[$pkg]}"
done

# --- apt resolves the Depends line ------------------------------------------------------------
section "apt-get install --simulate"
simulate() { apt-get install --simulate -q "$deb" >"$tmp/simulate.log" 2>&1; }
if ! simulate && grep -qiE "unable to locate|has no installation candidate|not installable|unmet" "$tmp/simulate.log"; then
  note "apt-get could not resolve with its current lists: refreshing them"
  $sudo apt-get update -qq >/dev/null 2>&1 || true
fi
if simulate; then
  pass "apt-get install --simulate $(basename "$deb")"
  grep -E '^(Inst|Conf) ' "$tmp/simulate.log" | sed 's/^/        /' | head -20
else
  fail "apt-get install --simulate $(basename "$deb")"; sed 's/^/        /' "$tmp/simulate.log" | tail -15
fi

# --- TGZ ----------------------------------------------------------------------------------------
section "TGZ $(basename "$tgz")"
listing=$(tar -tzf "$tgz")
for f in bin/pavt bin/pavt-cli bin/pavt-sim "share/applications/$app_id.desktop" \
         "share/metainfo/$app_id.metainfo.xml" "share/icons/hicolor/scalable/apps/$app_id.svg"; do
  grep -qE "^[^/]+/$f\$" <<<"$listing" && pass "$f" || fail "$f is not in the archive"
done
mkdir "$tmp/tgz"
tar -xzf "$tgz" -C "$tmp/tgz"
top=$(find "$tmp/tgz" -mindepth 1 -maxdepth 1 -type d | head -1)
if v=$("${run_env[@]}" timeout 20 "$top/bin/pavt-cli" --version 2>&1) && grep -q "$upstream_version" <<<"$v"; then
  pass "bin/pavt-cli --version from the archive: $(head -1 <<<"$v")"
else
  fail "bin/pavt-cli --version from the archive: $v"
fi

# --- Windows and macOS rules -------------------------------------------------------------------
section "Windows and macOS packaging rules (stand-in configure on Linux: packaging/check-platform-rules.sh)"
if ! packaging/check-platform-rules.sh; then
  failures=$((failures + 1))
fi

section "Release workflow (.github/workflows/release.yml; it runs only on GitHub)"
if python3 - .github/workflows/release.yml <<'EOF'
import sys, yaml
doc = yaml.safe_load(open(sys.argv[1]))
jobs = doc.get("jobs", {})
missing = {"linux", "windows", "macos", "release"} - set(jobs)
if missing:
    sys.exit(f"jobs missing: {sorted(missing)}")
for name, job in jobs.items():
    if not job.get("runs-on") or not job.get("steps"):
        sys.exit(f"job {name} has no runs-on or no steps")
print("        jobs: " + ", ".join(f"{n} ({j['runs-on']}, {len(j['steps'])} steps)" for n, j in jobs.items()))
EOF
then
  pass "release.yml is valid YAML with the linux, windows, macos and release jobs"
else
  fail "release.yml"
fi

# --- result -------------------------------------------------------------------------------------
printf '\nPackages in %s (%ss)\n' "$out" "$(( $(date +%s) - start ))"
if [ "$failures" -gt 0 ]; then
  printf 'check-packages: %d check(s) FAILED\n' "$failures"
  exit 1
fi
echo "check-packages: all checks passed"
