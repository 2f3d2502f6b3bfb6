#!/usr/bin/env bash
# Regenerates the committed platform icons from resources/icons/pavt.svg:
#   packaging/windows/pavt.ico   (16, 24, 32, 48, 64, 128, 256 px; ImageMagick)
#   packaging/macos/pavt.icns    (16, 32, 48, 128, 256, 512, 1024 px; png2icns from icnsutils)
# Run it after changing the SVG and commit both files. Needs (Debian): librsvg2-bin imagemagick icnsutils.
set -euo pipefail
cd "$(dirname "$0")/.."
svg=resources/icons/pavt.svg
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# ImageMagick 6 on Debian has no SVG coder of its own (it hands SVG to rsvg-convert), so the SVG is
# rendered by rsvg-convert at each size, for crisp small sizes, and ImageMagick only assembles the .ico.
# /usr/bin/convert is named on purpose: a wrapper earlier on PATH may alter transparency.
convert_bin=/usr/bin/convert
[ -x "$convert_bin" ] || convert_bin=convert

for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio "$svg" -o "$tmp/$size.png"
done

"$convert_bin" "$tmp"/{16,24,32,48,64,128,256}.png -background none packaging/windows/pavt.ico
png2icns packaging/macos/pavt.icns "$tmp"/{16,32,48,128,256,512,1024}.png >/dev/null

echo "wrote packaging/windows/pavt.ico and packaging/macos/pavt.icns"
