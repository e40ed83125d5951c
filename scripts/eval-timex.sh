#!/usr/bin/env bash
# Scores the time tagger on TimeBank 1.2 + AQUAINT (TempEval-3 training data) with the scorers
# in ../shared/eval: strict, relaxed and value F1, type accuracy.
# usage: scripts/eval-timex.sh [GOLD_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
shared=${SHARED:-$here/../shared}
gold=${1:-$shared/data/tempeval3/tbaq}
out=$(mktemp -d)
cargo build --release --quiet --example timex --manifest-path "$here/Cargo.toml"
bin=${CARGO_TARGET_DIR:-$here/target}/release/examples/timex
python3 "$shared/eval/timex_input.py" "$gold" "$out/in.jsonl" >/dev/null
"$bin" "$out/in.jsonl" > "$out/pred.jsonl"
python3 "$shared/eval/timex_score.py" "$gold" "$out/pred.jsonl"
rm -rf "$out"
