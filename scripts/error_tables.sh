#!/usr/bin/env bash
# Prints the attribution error tables (Markdown) of a sayso binary on the development gold:
#   scripts/error_tables.sh [BINARY] [GOLD_DIR]
# BINARY defaults to target/release/sayso, GOLD_DIR to ../shared/gold. PolNeAR is analysed with
# --join-interrupted when the binary has it (PolNeAR annotates an interrupted quote as one).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=${1:-target/release/sayso}
gold=${2:-$here/../../shared/gold}
[ -x "$bin" ] || { echo "no binary $bin (cargo build --release first)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
args=()
for f in bbc-uk-dev bbc-biz-dev polnear-train-quoted; do
  [ -f "$gold/$f.jsonl" ] || { echo "missing $gold/$f.jsonl" >&2; exit 2; }
  opts=()
  case $f in polnear*) "$bin" analyze --help 2>/dev/null | grep -q -- --join-interrupted && opts=(--join-interrupted) ;; esac
  "$bin" analyze -q "${opts[@]}" "$gold/$f.jsonl" > "$tmp/$f.jsonl" || true
  args+=("$gold/$f.jsonl" "$tmp/$f.jsonl")
done
python3 "$here/error_table.py" "${args[@]}"
