#!/bin/sh
# `compare --plot` writes an SVG that a browser draws: rendered headless by Chromium, the picture
# is not blank (it has dark text, the blue bars and the red baseline bar).
# Usage: svg_test.sh PATH/TO/mlcarbon PYTHON3. Exit 77 (skipped) when chromium is not installed.
set -eu
bin=$1
python=$2
if ! command -v chromium >/dev/null 2>&1; then
  echo "SKIPPED: chromium is not installed (Debian: apt-get install chromium)"
  exit 77
fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$bin" compare -g a100 -n 8 --hours 24 --region aws:us-east-1 --regions gcp --plot "$dir/compare.svg" >/dev/null
grep -q '<svg' "$dir/compare.svg" || { echo "FAIL: no <svg> element"; exit 1; }
timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$dir/profile" --hide-scrollbars --window-size=860,760 \
  --screenshot="$dir/compare.png" "file://$dir/compare.svg" >"$dir/chromium.log" 2>&1 || { cat "$dir/chromium.log"; echo "FAIL: chromium"; exit 1; }
[ -s "$dir/compare.png" ] || { cat "$dir/chromium.log"; echo "FAIL: no screenshot"; exit 1; }
# Decode the PNG (8-bit RGB or RGBA, non-interlaced, as Chromium writes it) with the standard
# library and count the pixels of each kind.
"$python" - "$dir/compare.png" <<'PY'
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
pos, idat, width = 8, b"", 0
while pos < len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    if kind == b"IHDR":
        width, height, depth, colour = struct.unpack(">IIBB", body[:10])
        assert depth == 8 and colour in (2, 6), f"unexpected PNG format {depth}/{colour}"
        channels = 3 if colour == 2 else 4
    elif kind == b"IDAT":
        idat += body
    pos += 12 + length
raw, stride = zlib.decompress(idat), width * channels
rows, previous = [], bytearray(stride)
for y in range(height):
    f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
    for i in range(stride):
        a = line[i - channels] if i >= channels else 0
        b, c = previous[i], previous[i - channels] if i >= channels else 0
        if f == 1: line[i] = (line[i] + a) & 255
        elif f == 2: line[i] = (line[i] + b) & 255
        elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
        elif f == 4:
            p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    rows.append(line); previous = line
white = dark = blue = red = 0
for line in rows:
    for x in range(0, stride, channels):
        r, g, b = line[x], line[x + 1], line[x + 2]
        if r > 245 and g > 245 and b > 245: white += 1
        elif r < 80 and g < 80 and b < 80: dark += 1
        elif b > 150 and r < 90: blue += 1
        elif r > 180 and g < 120 and b < 120: red += 1
total = width * height
print(f"{width}x{height}: {white / total:.1%} white, {dark} dark, {blue} blue, {red} red pixels")
assert white < 0.98 * total, "the picture is (almost) blank"
assert dark > 500 and blue > 2000 and red > 200, "text, bars or the baseline bar are missing"
print("ok: the SVG renders as a bar chart")
PY
