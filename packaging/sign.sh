#!/usr/bin/env bash
# Code signing of the Windows and macOS packages. Never run by the build or the tests: the release
# workflow (.github/workflows/release.yml) calls it only when signing secrets are configured, and a
# release manager can run it by hand on a Windows (Git Bash) or macOS machine. See docs/packaging.md.
#
#   packaging/sign.sh import-macos-cert   macOS CI: put the Developer ID certificate into a temporary keychain
#   packaging/sign.sh tree DIR            sign every binary of a staged install tree (cpack calls this
#                                         through packaging/presign.cmake when PAVT_SIGN=1)
#   packaging/sign.sh package FILE...     sign the finished packages: .exe/.msi with signtool; .dmg with
#                                         codesign, then notarize (notarytool) and staple it
#
# Identities come from the environment, never from files in the repository:
#   macOS    PAVT_MACOS_SIGN_IDENTITY      "Developer ID Application: Pay Agency (TEAMID)" (or its SHA-1)
#            PAVT_NOTARY_KEYCHAIN_PROFILE  a profile stored with `xcrun notarytool store-credentials`, or
#            PAVT_NOTARY_APPLE_ID, PAVT_NOTARY_TEAM_ID, PAVT_NOTARY_PASSWORD (an app-specific password)
#            PAVT_MACOS_CERT_P12_BASE64, PAVT_MACOS_CERT_PASSWORD   (import-macos-cert only)
#   Windows  PAVT_WINDOWS_CERT_THUMBPRINT  SHA-1 of a certificate in the user's or machine's store
#                                          (hardware tokens and cloud HSMs appear there), or
#            PAVT_WINDOWS_CERT_PFX (a path) or PAVT_WINDOWS_CERT_PFX_BASE64, with PAVT_WINDOWS_CERT_PASSWORD
#            PAVT_SIGNTOOL                 signtool.exe to use (default: the newest Windows 10/11 SDK's)
#   both     PAVT_TIMESTAMP_URL            RFC 3161 time-stamp server (default http://timestamp.digicert.com)
set -euo pipefail

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
timestamp_url=${PAVT_TIMESTAMP_URL:-http://timestamp.digicert.com}
die() { printf 'sign.sh: %s\n' "$*" >&2; exit 1; }
need() { [ -n "${!1:-}" ] || die "$1 is not set"; }

case "$(uname -s)" in
  Darwin) platform=macos ;;
  MINGW* | MSYS* | CYGWIN*) platform=windows ;;
  *) die "signing is done on macOS or Windows only (this is $(uname -s))" ;;
esac

# --- macOS -------------------------------------------------------------------------------------
macos_sign() { # FILE-OR-BUNDLE
  codesign --force --timestamp --options runtime --sign "$PAVT_MACOS_SIGN_IDENTITY" "$1"
}

macos_sign_app() { # APP
  local app=$1 f
  [ -d "$app/Contents" ] || die "$app is not an app bundle"
  # Inside out: libraries and plugins, then frameworks, then helper executables, then the bundle.
  while IFS= read -r -d '' f; do macos_sign "$f"; done \
    < <(find "$app/Contents" -type f \( -name '*.dylib' -o -name '*.so' \) -print0)
  while IFS= read -r -d '' f; do macos_sign "$f"; done \
    < <(find "$app/Contents" -type d -name '*.framework' -prune -print0)
  local main
  main=$(/usr/libexec/PlistBuddy -c 'Print :CFBundleExecutable' "$app/Contents/Info.plist")
  while IFS= read -r -d '' f; do
    [ "$(basename "$f")" = "$main" ] || macos_sign "$f"
  done < <(find "$app/Contents/MacOS" -type f -perm -u+x -print0)
  macos_sign "$app"
  codesign --verify --deep --strict --verbose=2 "$app"
}

macos_notarize() { # FILE
  local args=()
  if [ -n "${PAVT_NOTARY_KEYCHAIN_PROFILE:-}" ]; then
    args=(--keychain-profile "$PAVT_NOTARY_KEYCHAIN_PROFILE")
  else
    need PAVT_NOTARY_APPLE_ID; need PAVT_NOTARY_TEAM_ID; need PAVT_NOTARY_PASSWORD
    args=(--apple-id "$PAVT_NOTARY_APPLE_ID" --team-id "$PAVT_NOTARY_TEAM_ID" --password "$PAVT_NOTARY_PASSWORD")
  fi
  xcrun notarytool submit "$1" "${args[@]}" --wait --timeout 30m
  xcrun stapler staple "$1"
  xcrun stapler validate "$1"
  spctl --assess --type open --context context:primary-signature --verbose=2 "$1"
}

macos_import_cert() {
  need PAVT_MACOS_CERT_P12_BASE64; need PAVT_MACOS_CERT_PASSWORD
  local keychain="${RUNNER_TEMP:-${TMPDIR:-/tmp}}/pavt-signing.keychain-db"
  local keychain_password=${PAVT_MACOS_KEYCHAIN_PASSWORD:-$(openssl rand -hex 24)}
  local p12="$work/cert.p12"
  printf '%s' "$PAVT_MACOS_CERT_P12_BASE64" | base64 --decode >"$p12"
  security create-keychain -p "$keychain_password" "$keychain"
  security set-keychain-settings -lut 21600 "$keychain"
  security unlock-keychain -p "$keychain_password" "$keychain"
  security import "$p12" -k "$keychain" -P "$PAVT_MACOS_CERT_PASSWORD" -T /usr/bin/codesign
  security set-key-partition-list -S apple-tool:,apple: -s -k "$keychain_password" "$keychain" >/dev/null
  # Search the new keychain first, then the user's.
  # shellcheck disable=SC2046
  security list-keychains -d user -s "$keychain" $(security list-keychains -d user | tr -d '"')
  security find-identity -v -p codesigning "$keychain"
}

# --- Windows -----------------------------------------------------------------------------------
windows_signtool() {
  if [ -n "${PAVT_SIGNTOOL:-}" ]; then echo "$PAVT_SIGNTOOL"; return; fi
  local found
  found=$(find "/c/Program Files (x86)/Windows Kits/10/bin" -path '*/x64/signtool.exe' 2>/dev/null | sort -V | tail -1)
  [ -n "$found" ] || die "signtool.exe not found: install the Windows SDK or set PAVT_SIGNTOOL"
  echo "$found"
}

windows_sign() { # FILE...
  local signtool cert_args=() pfx=""
  signtool=$(windows_signtool)
  if [ -n "${PAVT_WINDOWS_CERT_THUMBPRINT:-}" ]; then
    cert_args=(//sha1 "$PAVT_WINDOWS_CERT_THUMBPRINT")
  else
    need PAVT_WINDOWS_CERT_PASSWORD
    if [ -n "${PAVT_WINDOWS_CERT_PFX:-}" ]; then
      pfx=$PAVT_WINDOWS_CERT_PFX
    else
      need PAVT_WINDOWS_CERT_PFX_BASE64
      pfx="$work/cert.pfx"
      printf '%s' "$PAVT_WINDOWS_CERT_PFX_BASE64" | base64 --decode >"$pfx"
    fi
    cert_args=(//f "$(cygpath -w "$pfx")" //p "$PAVT_WINDOWS_CERT_PASSWORD")
  fi
  local f
  for f in "$@"; do
    "$signtool" sign //fd SHA256 //td SHA256 //tr "$timestamp_url" "${cert_args[@]}" "$(cygpath -w "$f")"
    "$signtool" verify //pa //q "$(cygpath -w "$f")"
  done
}

windows_sign_tree() { # DIR: our executables, and any DLL that is not signed by its vendor already
  local signtool f todo=()
  signtool=$(windows_signtool)
  while IFS= read -r -d '' f; do
    case "$(basename "$f")" in
      pavt*.exe) todo+=("$f") ;;
      *) "$signtool" verify //pa //q "$(cygpath -w "$f")" >/dev/null 2>&1 || todo+=("$f") ;;
    esac
  done < <(find "$1" -type f \( -iname '*.exe' -o -iname '*.dll' \) -print0)
  [ ${#todo[@]} -gt 0 ] && windows_sign "${todo[@]}"
  return 0
}

# --- commands ----------------------------------------------------------------------------------
command=${1:-}
shift || true
case "$platform:$command" in
  macos:import-macos-cert)
    macos_import_cert ;;
  macos:tree)
    [ $# -eq 1 ] || die "usage: sign.sh tree DIR"
    need PAVT_MACOS_SIGN_IDENTITY
    found=0
    while IFS= read -r -d '' app; do macos_sign_app "$app"; found=1; done \
      < <(find "$1" -maxdepth 2 -type d -name '*.app' -print0)
    [ $found = 1 ] || die "no .app bundle in $1"
    ;;
  macos:package)
    [ $# -ge 1 ] || die "usage: sign.sh package FILE.dmg..."
    need PAVT_MACOS_SIGN_IDENTITY
    for f in "$@"; do
      codesign --force --timestamp --sign "$PAVT_MACOS_SIGN_IDENTITY" "$f"
      macos_notarize "$f"
    done
    ;;
  windows:tree)
    [ $# -eq 1 ] || die "usage: sign.sh tree DIR"
    windows_sign_tree "$1" ;;
  windows:package)
    [ $# -ge 1 ] || die "usage: sign.sh package FILE.exe|FILE.msi..."
    windows_sign "$@" ;;
  *)
    sed -n '2,26p' "$0" >&2
    die "unknown command '$command' on $platform"
    ;;
esac
