#!/usr/bin/env bash
# Stance error tables by cause (scripts/stance_errors.py) for a sayso binary on the development
# gold files that carry stance; with a second binary, its counts (before) beside the first's
# (after). Usage, from the project root:
#   scripts/stance_errors.sh [BINARY [BEFORE_BINARY]] > table.md
# Default binary: target/release/sayso. Needs ../shared/gold beside the repository.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
gold=$here/../../shared/gold
bin=${1:-target/release/sayso}
before=${2:-}
[ -x "$bin" ] || { echo "no binary $bin" >&2; exit 2; }
[ -z "$before" ] || [ -x "$before" ] || { echo "no binary $before" >&2; exit 2; }
for f in bbc-uk-dev seeds bbc-biz-dev; do
  [ -f "$gold/$f.jsonl" ] || continue
  out=$(mktemp)
  "$bin" analyze -q "$gold/$f.jsonl" > "$out"
  old=
  if [ -n "$before" ]; then
    old=$(mktemp)
    "$before" analyze -q "$gold/$f.jsonl" > "$old"
  fi
  printf '### %s\n\n' "$f"
  # shellcheck disable=SC2086
  python3 "$here/stance_errors.py" "$gold/$f.jsonl" "$out" $old
  printf '\n'
  rm -f "$out" $old
done
