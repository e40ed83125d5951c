#!/usr/bin/env bash
# Scores claim alignment (pair F1) and slot recall on ECB+ with the scorers in ../shared/eval/ecb.
# usage: scripts/eval-ecb.sh [dev_topic|train_topic|dev|train] [--level event]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
shared=${SHARED:-$here/../shared}
split=${1:-dev_topic}
shift || true
cargo build --release --quiet --example reconcile --manifest-path "$here/Cargo.toml"
bin=${CARGO_TARGET_DIR:-$here/target}/release/examples/reconcile
out=$(mktemp -d)
cd "$shared"
python3 eval/ecb/report_to_pairs.py run "data/ecbplus/$split.jsonl" --cmd "$bin --format json -" \
    --out "$out/pred.jsonl" --mentions-out "$out/mentions.jsonl" --jobs 2 >"$out/run.log" 2>&1 \
    || { cat "$out/run.log"; exit 1; }
grep -E "mismatch|error" "$out/run.log" || true
python3 eval/ecb/score.py "data/ecbplus/$split.jsonl" "$out/pred.jsonl" "$@" | tail -3
python3 eval/ecb/entity_recall.py "data/ecbplus/$split.jsonl" "$out/mentions.jsonl" | tail -1
rm -rf "$out"
