#!/usr/bin/env bash
# Builds and runs the cargo-fuzz targets of fuzz/, one at a time.
#
#   scripts/fuzz.sh                 # every target, 600 s each
#   scripts/fuzz.sh time 60         # one target, 60 s
#
# Works with the stable toolchain: RUSTC_BOOTSTRAP=1 lets it take the -Z flags cargo-fuzz passes
# (AddressSanitizer included). Seed corpora are made from examples/data/seeds/*.json (python3);
# fuzz/corpus and fuzz/artifacts are gitignored. The final libFuzzer line of each run
# ("Done N runs in S second(s)") is what the README's figures come from.
set -euo pipefail
cd "$(dirname "$0")/.."

targets=(reconcile time clean_segment document_json)
[ $# -ge 1 ] && targets=("$1")
seconds=${2:-600}

max_len() {
    case "$1" in
        reconcile | document_json) echo 65536 ;;
        time) echo 4096 ;;
        *) echo 16384 ;;
    esac
}

seed() {
    local target=$1 dir=fuzz/corpus/$1
    mkdir -p "$dir"
    python3 - "$target" "$dir" <<'PY'
import glob, json, sys
target, out = sys.argv[1], sys.argv[2]
docs = [json.load(open(p)) for p in sorted(glob.glob("examples/data/seeds/*.json"))]
texts = [d["text"].encode() for d in docs]
def put(name, data):
    open(f"{out}/seed-{name}", "wb").write(data)
if target == "reconcile":
    put("cluster", b"\xff".join(b"\x03" + t[:20000] for t in texts))
    for i, t in enumerate(texts):
        put(f"doc{i}", b"\x05" + t[:20000])
elif target == "document_json":
    put("cluster", json.dumps(docs).encode())
    put("bad-date", b'[{"id":"a","source":"s","published":"2024-13-45","text":"On Monday."}]')
    put("old-date", b'[{"id":"a","source":"s","published":"1850-01-01","text":"On Monday."}]')
    put("dup", b'[{"id":"a","text":"On Monday."},{"id":"a","text":"On Tuesday."}]')
else:
    for i, t in enumerate(texts):
        for j in range(0, len(t), 3000):
            put(f"doc{i}-{j}", (b"\xe8\x07\x0a\x0f" if target == "time" else b"") + t[j:j + 3000])
PY
}

for t in "${targets[@]}"; do
    seed "$t"
    mkdir -p "fuzz/artifacts/$t"
    RUSTC_BOOTSTRAP=1 cargo fuzz run -O "$t" "fuzz/corpus/$t" -- \
        -max_total_time="$seconds" -rss_limit_mb=2048 -max_len="$(max_len "$t")" \
        -timeout=20 -print_final_stats=1 2>&1 | tee "fuzz/artifacts/$t/run.log" | grep -E "^(Done|stat::|==|SUMMARY|artifact)" || true
done
