#!/bin/sh
# Renders the application icon from mqdesk.svg into the committed PNG, .ico and .icns files.
# Run it after editing the SVG (needs librsvg2-bin, imagemagick and icnsutils).
set -eu
cd "$(dirname "$0")"
top=../..
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for n in 16 22 24 32 48 64 128 256 512; do
  rsvg-convert -w $n -h $n mqdesk.svg -o "$tmp/mqdesk-$n.png"
done
for n in 16 22 24 32 48 64 128 256; do cp "$tmp/mqdesk-$n.png" png/; done
# ImageMagick's own "convert" (a stand-in may shadow it in /usr/local/bin).
/usr/bin/convert "$tmp/mqdesk-16.png" "$tmp/mqdesk-24.png" "$tmp/mqdesk-32.png" \
  "$tmp/mqdesk-48.png" "$tmp/mqdesk-64.png" "$tmp/mqdesk-256.png" "$top/packaging/windows/mqdesk.ico"
png2icns "$top/packaging/macos/mqdesk.icns" "$tmp/mqdesk-16.png" "$tmp/mqdesk-32.png" \
  "$tmp/mqdesk-48.png" "$tmp/mqdesk-128.png" "$tmp/mqdesk-256.png" "$tmp/mqdesk-512.png" >/dev/null
