#!/bin/sh
# Extracts every tr() text of engine/, views/ and app/ into the .ts files of this folder
# (new texts appear as unfinished, removed ones are kept as vanished). Translate them with
# Qt Linguist (`linguist translations/takt_zh_CN.ts`) and mark them finished: the build compiles
# only finished translations to .qm (lrelease -nounfinished), so a guess lupdate made for a
# similar text never reaches users unreviewed.
# Usage: translations/update.sh [extra lupdate options, e.g. -no-obsolete]
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")

if [ -n "${LUPDATE:-}" ]; then
    lupdate=$LUPDATE
elif [ -x /usr/lib/qt6/bin/lupdate ]; then
    lupdate=/usr/lib/qt6/bin/lupdate          # Debian/Ubuntu: Qt 6's lupdate is not on PATH
elif command -v lupdate6 >/dev/null 2>&1; then
    lupdate=lupdate6
else
    lupdate=lupdate
fi

cd "$root"
for ts in translations/takt_*.ts; do
    [ -e "$ts" ] || ts=translations/takt_zh_CN.ts   # first run: lupdate creates it
    # The number heuristic guesses "%1 (%2)" from "%1 %2 (%3)": more wrong than right.
    "$lupdate" -locations relative -extensions cpp,h -I . -disable-heuristic number "$@" \
        engine views app -ts "$ts"
done
