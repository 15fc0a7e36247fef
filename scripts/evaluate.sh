#!/usr/bin/env bash
# Scores `wireingest ingest --jsonl` over ../shared/corpus with the project's judge (../shared/tools/score.py)
# and holds every figure to the floors in eval/floors.json (the ratchet): a figure below its floor fails.
#   scripts/evaluate.sh            build, ingest, score, check floors
#   scripts/evaluate.sh --raise    ... and raise the floors to today's figures (never lowers one)
# WIREINGEST_PUBLISHED=<dir> uses an app already published there instead of publishing it again.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
shared="${WIREINGEST_SHARED:-$repo/../shared}"
out="$repo/artifacts/eval"

if [ ! -f "$shared/corpus/gold.json" ] || [ ! -f "$shared/tools/score.py" ]; then
  echo "evaluate: ../shared/corpus not found beside the checkout ($shared); evaluation skipped"
  exit 0
fi

mkdir -p "$out"
bin="${WIREINGEST_PUBLISHED:-$out/bin}"
if [ -z "${WIREINGEST_PUBLISHED:-}" ]; then
  dotnet publish "$repo/src/WireIngest/WireIngest.csproj" -c Release -o "$bin" --nologo -v quiet >/dev/null
fi
# Exit code 2 means some inputs were rejected (expected: the corpus holds non-articles); 1 or 3 is a real failure.
set +e
"$bin/wireingest" ingest --jsonl "$shared/corpus" >"$out/predictions.jsonl" 2>"$out/rejected.txt"
rc=$?
set -e
if [ "$rc" -ne 0 ] && [ "$rc" -ne 2 ]; then
  echo "evaluate: wireingest ingest failed with exit code $rc"; tail -5 "$out/rejected.txt"; exit 1
fi
echo "evaluate: $(wc -l <"$out/predictions.jsonl") messages, $(wc -l <"$out/rejected.txt") rejected inputs (see artifacts/eval/rejected.txt)"

python3 "$shared/tools/score.py" "$shared/corpus/gold.json" "$out/predictions.jsonl" \
  --json "$out/score.json" --per-doc "$out/per-doc.jsonl" >"$out/score.txt"
cat "$out/score.txt"
python3 "$repo/scripts/ratchet.py" "$out/score.json" "$repo/eval/floors.json" "$@"
