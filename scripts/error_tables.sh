#!/usr/bin/env bash
# Prints the attribution error tables (Markdown) of a sayso binary on the development gold:
#   scripts/error_tables.sh [BINARY] [GOLD_DIR] [BEFORE_BINARY]
# BINARY defaults to target/release/sayso, GOLD_DIR to ../shared/gold. With BEFORE_BINARY (an
# older build), each table gives the counts of both side by side. PolNeAR is analysed with
# --join-interrupted when a binary has it (PolNeAR annotates an interrupted quote as one).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=${1:-target/release/sayso}
gold=${2:-$here/../../shared/gold}
before=${3:-}
for b in "$bin" ${before:+"$before"}; do
  [ -x "$b" ] || { echo "no binary $b (cargo build --release first)" >&2; exit 2; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
predict() { # BINARY GOLD_NAME OUT
  local opts=()
  case $2 in polnear*) "$1" analyze --help 2>/dev/null | grep -q -- --join-interrupted && opts=(--join-interrupted) ;; esac
  "$1" analyze -q "${opts[@]}" "$gold/$2.jsonl" > "$3" || true
}
args=()
for f in bbc-uk-dev bbc-biz-dev polnear-train-quoted; do
  [ -f "$gold/$f.jsonl" ] || { echo "missing $gold/$f.jsonl" >&2; exit 2; }
  predict "$bin" "$f" "$tmp/$f.jsonl"
  if [ -n "$before" ]; then
    predict "$before" "$f" "$tmp/$f.before.jsonl"
    args+=("$gold/$f.jsonl" "$tmp/$f.before.jsonl" "$tmp/$f.jsonl")
  else
    args+=("$gold/$f.jsonl" "$tmp/$f.jsonl")
  fi
done
if [ -n "$before" ]; then
  python3 "$here/error_table.py" --compare "${args[@]}"
else
  python3 "$here/error_table.py" "${args[@]}"
fi
