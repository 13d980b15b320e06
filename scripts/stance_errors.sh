#!/usr/bin/env bash
# Stance error tables by cause (scripts/stance_errors.py) for a sayso binary on the development
# gold files that carry stance. Usage, from the project root:
#   scripts/stance_errors.sh [BINARY] > table.md
# Default binary: target/release/sayso. Needs ../shared/gold beside the repository.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
gold=$here/../../shared/gold
bin=${1:-target/release/sayso}
[ -x "$bin" ] || { echo "no binary $bin" >&2; exit 2; }
for f in bbc-uk-dev seeds bbc-biz-dev; do
  [ -f "$gold/$f.jsonl" ] || continue
  out=$(mktemp)
  "$bin" analyze -q "$gold/$f.jsonl" > "$out"
  printf '### %s\n\n' "$f"
  python3 "$here/stance_errors.py" "$gold/$f.jsonl" "$out"
  printf '\n'
  rm -f "$out"
done
