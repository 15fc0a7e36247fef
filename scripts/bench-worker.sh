#!/usr/bin/env bash
# End to end throughput and memory of the hosted worker (`wireingest run`): COUNTS generated documents (default "1000 10000")
# dropped into a drop folder, ingested into a fresh store and relayed to the embedded queue with a queue directory.
# Articles/s = documents / (start of the process .. drop folder empty and outbox drained), start-up included;
# peak memory = VmHWM of the worker. Release build; extra settings pass through: scripts/bench-worker.sh --WireIngest:Key=value
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
counts="${COUNTS:-1000 10000}"
bin="$repo/artifacts/bench/worker"
[ -n "${NO_PUBLISH:-}" ] || dotnet publish "$repo/src/WireIngest/WireIngest.csproj" -c Release -o "$bin" --nologo -v quiet >/dev/null
for count in $counts; do
  work="$(mktemp -d)"
  python3 "$repo/scripts/generate-variants.py" "$work/inbox" "$count"
  start=$(date +%s.%N)
  (cd "$work" && exec "$bin/wireingest" run \
    --WireIngest:Store:Path="$work/data/wireingest.db" --WireIngest:Queue:Directory="$work/queue" \
    --WireIngest:Sources:0:Name=bench --WireIngest:Sources:0:Path="$work/inbox" --WireIngest:Sources:0:Mode=drop \
    --WireIngest:Sources:0:SettleDelay=00:00:00 --WireIngest:Pipeline:RelayInterval=00:00:00.100 "$@" >"$work/worker.log" 2>&1) &
  pid=$!
  steady=""
  # Done when no document waits and the outbox has no pending message.
  while [ "$(find "$work/inbox" -maxdepth 1 -type f | wc -l)" -gt 0 ] \
     || [ "$(sqlite3 "file:$work/data/wireingest.db?mode=ro" 'SELECT COUNT(*) FROM outbox WHERE state = 0' 2>/dev/null || echo x)" != 0 ]; do
    kill -0 "$pid" 2>/dev/null || { echo "bench-worker: the worker stopped; see $work/worker.log"; exit 1; }
    [ -z "$steady" ] && [ "$(find "$work/inbox/processed" -type f 2>/dev/null | wc -l)" -ge $((count / 10)) ] && steady=$(date +%s.%N)
    sleep 0.05
  done
  end=$(date +%s.%N)
  peak=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$pid/stat")
  kill -TERM "$pid"; wait "$pid" || true
  stored=$(sqlite3 "$work/data/wireingest.db" 'SELECT COUNT(*) FROM article_versions')
  queued=$(find "$work/queue" -name '*.json' | wc -l)
  python3 -c "print(f'bench-worker: {$count} documents, {$stored} versions stored, {$queued} queued: {$count/($end-$start):.0f} articles/s ({0.9*$count/($end-$steady):.0f}/s after the first 10%), peak RSS {$peak/1024:.0f} MB, worker CPU {$cpu} s')"
  rm -rf "$work"
done
