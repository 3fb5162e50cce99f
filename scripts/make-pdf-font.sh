#!/usr/bin/env bash
# Regenerates clearlot-app/src/main/resources/fonts/DroidSansFallback-GBK.ttf, the CJK font embedded in PDF reports.
# Source: Debian's fonts-droid-fallback (Droid Sans Fallback, Apache License 2.0, Google), subset to the characters
# of GBK (21,634 of them: every hanzi of GB 2312 and GBK plus CJK punctuation and full-width forms) with fontTools,
# which keeps the file at 2.8 MB instead of 4 MB. Latin text in the PDF uses the built-in Helvetica.
# Needs: apt-get install fonts-droid-fallback python3-fonttools
set -euo pipefail
cd "$(dirname "$0")/.."
source=/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf
target=clearlot-app/src/main/resources/fonts/DroidSansFallback-GBK.ttf
characters=$(mktemp)
trap 'rm -f "$characters"' EXIT
/usr/bin/python3 - "$characters" <<'PY'
import sys
chars = []
for code in range(0x2000, 0x10000):
    try:
        chr(code).encode('gbk')
        chars.append(chr(code))
    except UnicodeEncodeError:
        pass
open(sys.argv[1], 'w', encoding='utf-8').write(''.join(chars))
PY
/usr/bin/python3 -m fontTools.subset "$source" --text-file="$characters" --output-file="$target" --name-IDs='*' --name-languages='*'
ls -l "$target"
