#!/usr/bin/env bash
# Runs the evaluation kit (../shared/tools) against the batch command and
# prints every score. Corpus data is read in place, never copied here.
#   bash scripts/eval.sh [seed|readability|trafilatura|polnear|cnndm ...]   (default: all)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SHARED=${SHARED:-$ROOT/../shared}
C=$SHARED/corpus
K=${EVAL_DIR:-/tmp/sl-eval}
W=${EVAL_WORK:-/tmp/sl-eval-work}
mkdir -p "$W"
if [ ! -d "$K/node_modules" ]; then
  rm -rf "$K"; cp -r "$SHARED/tools" "$K"; chmod -R u+w "$K"; (cd "$K" && npm ci --no-audit --no-fund >/dev/null)
fi

batch() { # name corpus path
  [ -s "$W/$1.in.jsonl" ] || (cd "$K" && node make-batch.mjs --corpus "$2" --path "$3" --out "$W/$1.in.jsonl" >/dev/null)
  (cd "$ROOT" && npx tsx cli/report.ts --batch "$W/$1.in.jsonl" --out "$W/$1.out.jsonl")
}

sets=${*:-seed readability trafilatura polnear cnndm}
for s in $sets; do
  echo "=== $s"
  case $s in
    seed) batch seed seed "$C/seed-page"
      (cd "$K" && node score-seed.mjs --pred "$W/seed.out.jsonl" --gold "$C/seed-page/gold.json" | tail -1) ;;
    readability) batch read readability "$C/readability-test-pages"
      (cd "$K" && node score-extraction.mjs --kind readability --path "$C/readability-test-pages" --pred "$W/read.out.jsonl") ;;
    trafilatura) batch traf trafilatura "$C/trafilatura-eval"
      (cd "$K" && node score-extraction.mjs --kind trafilatura --path "$C/trafilatura-eval" --pred "$W/traf.out.jsonl") ;;
    polnear) batch polnear-dev polnear "$C/polnear/polnear-dev.jsonl"
      (cd "$K" && node score-quotes.mjs --gold "$C/polnear/polnear-dev.jsonl" --pred "$W/polnear-dev.out.jsonl" && echo "--- with --resolve" &&
        node score-quotes.mjs --gold "$C/polnear/polnear-dev.jsonl" --pred "$W/polnear-dev.out.jsonl" --resolve) ;;
    cnndm) batch cnndm-dev cnndm "$C/cnndm-dev/cnndm-dev.jsonl"
      (cd "$K" && node score-summaries.mjs --gold "$C/cnndm-dev/cnndm-dev.jsonl" --pred "$W/cnndm-dev.out.jsonl") ;;
    *) echo "unknown set $s"; exit 2 ;;
  esac
done
