#!/usr/bin/env bash
# Throughput as a user sees it: `wireingest ingest --jsonl` over the 132 aeb pages of ../shared/corpus, one process,
# start-up included, Release build (Native AOT). Runs it RUNS times (default 5) and prints the median pages/s.
# WIREINGEST_PUBLISHED=<dir> measures an app already published there instead of publishing it again.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
pages="${WIREINGEST_SHARED:-$repo/../shared}/corpus/aeb/html"
runs="${RUNS:-5}"
[ -d "$pages" ] || { echo "bench-ingest: $pages not found; nothing measured"; exit 0; }
bin="${WIREINGEST_PUBLISHED:-$repo/artifacts/bench/bin}"
if [ -z "${WIREINGEST_PUBLISHED:-}" ]; then
  dotnet publish "$repo/src/WireIngest/WireIngest.csproj" -c Release -o "$bin" --nologo -v quiet >/dev/null
fi
count=$(find "$pages" -name '*.html.gz' | wc -l)
rates=()
for _ in $(seq "$runs"); do
  start=$(date +%s.%N)
  "$bin/wireingest" ingest --jsonl "$pages" >/dev/null 2>&1 || [ $? -eq 2 ]
  end=$(date +%s.%N)
  rates+=("$(python3 -c "print(f'{$count/($end-$start):.1f}')")")
done
median=$(printf '%s\n' "${rates[@]}" | sort -n | python3 -c "import sys; v=[float(x) for x in sys.stdin]; print(v[len(v)//2])")
echo "bench-ingest: $count pages, runs (pages/s): ${rates[*]}; median $median pages/s"
