#!/usr/bin/env bash
# Browser test of the HTML report: renders the seeds' report, opens it in headless Chromium
# (Debian's package, installed when missing), saves a screenshot and checks through the DOM
# that the conflict on "30 November" vs "Wednesday" is highlighted in both sources' columns.
#
# Usage: scripts/browser-test.sh [OUT_DIR]        (default: target/browser-test)
# Exit status 0 when every check passes; 1 with a message otherwise.
#
# Before the seeds are checked, the checker itself is tested in the browser on a hand-built
# report (scripts/testdata/conflict-report.json): it must find that report's conflict and must
# not take its variants for a conflict. Written for corroborate.
set -u -o pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
out=${1:-target/browser-test}
mkdir -p "$out"
export BROWSER_LOG="$out/chromium.log"
: >"$BROWSER_LOG"
. scripts/browser-lib.sh

fail() {
    echo "browser-test: FAILED: $*" >&2
    exit 1
}

ensure_chromium || fail "chromium is not installed and could not be installed"
echo "browser-test: using $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"

cargo build --release --example reconcile >&2 || fail "cargo build --release --example reconcile"
bin=${CARGO_TARGET_DIR:-target}/release/examples/reconcile

# 1. The checker, on a hand-built report whose conflict is known.
"$bin" --from-report scripts/testdata/conflict-report.json --format html --out "$out/fixture.html" \
    || fail "rendering scripts/testdata/conflict-report.json"
dump_dom "$out/fixture.html" "$out/fixture.dom.html" || fail "chromium --dump-dom on the fixture (see $BROWSER_LOG)"
python3 scripts/check_dom.py "$out/fixture.dom.html" "30 November" "Wednesday" \
    || fail "the DOM checker missed the fixture's conflict"
if python3 scripts/check_dom.py "$out/fixture.dom.html" "Zürich" "Zurich" 2>/dev/null; then
    fail "the DOM checker took the fixture's variant for a conflict"
fi
python3 scripts/check_dom.py --severity variant "$out/fixture.dom.html" "Zürich" "Zurich" \
    || fail "the DOM checker missed the fixture's variant"

# 2. The seeds.
"$bin" --format html --out "$out/seeds.html" || fail "rendering the seeds' report"
screenshot "$out/seeds.html" "$out/seeds.png" || fail "screenshot (see $BROWSER_LOG)"
echo "browser-test: screenshot $out/seeds.png"
dump_dom "$out/seeds.html" "$out/seeds.dom.html" || fail "chromium --dump-dom on the seeds (see $BROWSER_LOG)"
python3 scripts/check_dom.py "$out/seeds.dom.html" "30 November" "Wednesday" \
    || fail "the seeds' report does not show the conflict on \"30 November\" vs \"Wednesday\" highlighted in both columns"
echo "browser-test: passed"
