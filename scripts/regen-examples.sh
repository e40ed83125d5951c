#!/usr/bin/env bash
# Regenerates the example outputs committed under examples/output/ from the current build:
# seeds.txt, seeds.json, seeds.md, seeds.html (the four report formats of the shipped seed
# articles) and seeds.png (a screenshot of the HTML page in headless Chromium, installed when
# missing). Usage: scripts/regen-examples.sh. Written for corroborate.
set -eu -o pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
out=examples/output
mkdir -p "$out"

cargo build --release --example reconcile
bin=${CARGO_TARGET_DIR:-target}/release/examples/reconcile
"$bin" --format text --out "$out/seeds.txt"
"$bin" --format json --out "$out/seeds.json"
"$bin" --format markdown --out "$out/seeds.md"
"$bin" --format html --out "$out/seeds.html"

# The outputs must not carry anything of this machine.
if grep -l -F -e "$root" "$out"/seeds.* >/dev/null 2>&1; then
    echo "regen-examples: an output names a path of this machine" >&2
    exit 1
fi

. scripts/browser-lib.sh
BROWSER_LOG=$(mktemp)
export BROWSER_LOG
ensure_chromium
screenshot "$out/seeds.html" "$out/seeds.png"
rm -f "$BROWSER_LOG"
ls -l "$out"
