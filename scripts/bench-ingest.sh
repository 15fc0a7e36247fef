#!/usr/bin/env bash
# Throughput as a user sees it: `wireingest ingest --jsonl` over the 132 aeb pages of ../shared/corpus, one process,
# start-up included, Release build (Native AOT). Runs it RUNS times (default 5) and prints the median pages/s and the
# median CPU seconds (user+sys of the process; steadier than wall time on a shared machine).
# WIREINGEST_PUBLISHED=<dir> measures an app already published there instead of publishing it again; several dirs
# (space-separated) are measured interleaved (a, b, a, b, …) so that the machine's load falls on all of them alike.
# BENCH_PAGES=<dir> measures another folder of pages.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
pages="${BENCH_PAGES:-${WIREINGEST_SHARED:-$repo/../shared}/corpus/aeb/html}"
runs="${RUNS:-5}"
[ -d "$pages" ] || { echo "bench-ingest: $pages not found; nothing measured"; exit 0; }
bins="${WIREINGEST_PUBLISHED:-$repo/artifacts/bench/bin}"
if [ -z "${WIREINGEST_PUBLISHED:-}" ]; then
  dotnet publish "$repo/src/WireIngest/WireIngest.csproj" -c Release -o "$bins" --nologo -v quiet >/dev/null
fi
python3 - "$pages" "$runs" $bins <<'PY'
import os, resource, statistics, subprocess, sys, time
pages, runs, bins = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
count = sum(1 for _, _, files in os.walk(pages) for f in files if f.endswith(('.html.gz', '.html', '.htm', '.txt')))
rates = {b: [] for b in bins}; cpus = {b: [] for b in bins}
for _ in range(runs):
    for b in bins:
        before = resource.getrusage(resource.RUSAGE_CHILDREN); start = time.perf_counter()
        code = subprocess.run([os.path.join(b, "wireingest"), "ingest", "--jsonl", pages], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
        wall = time.perf_counter() - start; after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if code not in (0, 2):
            sys.exit(f"bench-ingest: {b}/wireingest exited {code}")
        rates[b].append(count / wall)
        cpus[b].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
for b in bins:
    # Quartiles beside the median: on a shared machine the spread says how far one figure can be trusted.
    q = statistics.quantiles(rates[b], n=4) if runs >= 2 else [rates[b][0]] * 3
    print(f"bench-ingest: {b}: {count} pages, runs (pages/s): {' '.join(f'{r:.1f}' for r in rates[b])}; "
          f"median {statistics.median(rates[b]):.1f} pages/s (quartiles {q[0]:.1f}-{q[2]:.1f}), "
          f"CPU (user+sys) median {statistics.median(cpus[b]):.3f} s")
PY
