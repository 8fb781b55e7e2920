#!/usr/bin/env bash
# Reproduces resources/fonts/NotoSansSC-Subset.otf: the Simplified Chinese face of Debian's
# Noto Sans CJK (fonts-noto-cjk), cut down to what our PDFs print so the app stays small.
# Needs fonttools (Debian: python3-fonttools). Usage: scripts/make-font-subset.sh [source.ttc]
set -euo pipefail

SRC="${1:-/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc}"
# Face 2 of the collection is "Noto Sans CJK SC" (0 JP, 1 KR, 3 TC, 4 HK); checked below.
FACE=2
OUT_DIR="$(cd "$(dirname "$0")/.." && pwd)/resources/fonts"
OUT="$OUT_DIR/NotoSansSC-Subset.otf"

# The distribution's python carries python3-fonttools; a pyenv/venv python may not.
PY=""
for candidate in /usr/bin/python3 python3; do
  if "$candidate" -c 'import fontTools' 2>/dev/null; then PY="$candidate"; break; fi
done
[ -n "$PY" ] || { echo "fonttools not found (apt-get install python3-fonttools)" >&2; exit 1; }

FAMILY="$("$PY" -c 'import sys
from fontTools.ttLib import TTFont
print(TTFont(sys.argv[1], fontNumber=int(sys.argv[2]))["name"].getDebugName(1))' "$SRC" "$FACE")"
[ "$FAMILY" = "Noto Sans CJK SC" ] || { echo "face $FACE of $SRC is '$FAMILY', expected Noto Sans CJK SC" >&2; exit 1; }

UNICODES=(
  U+0020-007E   # ASCII
  U+00A0-00FF   # Latin-1 (· in minority names, ×, °)
  U+2000-206F   # general punctuation (— … ‘’ “” ‰ ※)
  U+2100-214F   # letterlike (℃ №)
  U+2150-218F   # number forms (Ⅰ Ⅱ Ⅲ)
  U+2190-21FF   # arrows (→ used in explanations)
  U+2460-24FF   # enclosed alphanumerics (① ②)
  U+2500-257F   # box drawing
  U+25A0-25FF   # geometric shapes (□ ■ ○ ● △)
  U+2600-26FF   # misc symbols (☐ ☑ ★)
  U+2713-2717   # check marks (✓ ✔ ✕ ✖ ✗)
  U+3000-303F   # CJK punctuation （、。〈〉《》「」【】〔〕）
  U+30FB        # katakana middle dot, sometimes typed in transliterated names
  U+3200-32FF   # enclosed CJK (㈠)
  U+4E00-9FFF   # CJK Unified Ideographs
  U+FE30-FE4F   # CJK compatibility forms
  U+FF00-FFEF   # full-width forms
)

mkdir -p "$OUT_DIR"
TMP="$(mktemp "$OUT_DIR/.subset.XXXXXX")"
trap 'rm -f "$TMP"' EXIT
"$PY" -m fontTools.subset "$SRC" \
  --font-number="$FACE" \
  --unicodes="$(IFS=,; echo "${UNICODES[*]}")" \
  --layout-features=kern,palt \
  --no-hinting \
  --name-IDs='*' \
  --name-languages='*' \
  --notdef-outline \
  --output-file="$TMP"
chmod 644 "$TMP"
mv "$TMP" "$OUT"
trap - EXIT
ls -l "$OUT"
