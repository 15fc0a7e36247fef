#!/usr/bin/env bash
# Publishes wireingest exactly as the Dockerfile does (or copies WIREINGEST_PUBLISHED, a folder that publish already made) and runs it from the publish folder as the container would: the Dockerfile's
# environment, the app folder read-only, only data/ and TMPDIR writable, the samples inbox as source.
#   1. run --once: every sample must come out as a queued message;
#   2. run: the HEALTHCHECK command (wireingest probe) must pass, then SIGTERM must stop it with exit code 0;
#   3. nothing may have been written outside data/ and TMPDIR (checked by time stamps too, since root ignores chmod).
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
app="$work/app"
pid=""
cleanup() {
  [ -n "$pid" ] && kill -KILL "$pid" 2>/dev/null || true
  chmod -R u+w "$work" && rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "smoke: FAILED: $*" >&2; exit 1; }

if [ -n "${WIREINGEST_PUBLISHED:-}" ]; then
  mkdir -p "$app" && cp -r "$WIREINGEST_PUBLISHED/." "$app"
else
  dotnet publish "$repo/src/WireIngest/WireIngest.csproj" -c Release -o "$app" --nologo -v quiet >/dev/null
fi
mkdir -p "$app/samples" "$app/data" "$work/tmp" && cp -r "$repo/samples/inbox" "$app/samples/inbox"

# The Dockerfile's ENV, with the health endpoint on a free loopback port instead of 8080 on every interface.
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
export DOTNET_EnableDiagnostics=0 TMPDIR="$work/tmp" WireIngest__Health__Port="$port" WireIngest__Health__Address=127.0.0.1
chmod -R a-w "$app" && chmod u+w "$app/data"
touch "$work/started"
cd "$app"

./wireingest run --once || fail "run --once exited $?"
expected=$(find samples/inbox -type f | wc -l)
queued=$(./wireingest queue export --jsonl 2>/dev/null | wc -l)
echo "smoke: $queued messages queued from $expected samples"
[ "$queued" -eq "$expected" ] || fail "expected $expected messages"

./wireingest run >"$work/run.log" 2>&1 &
pid=$!
healthy=""
for _ in $(seq 1 60); do
  if ./wireingest probe >/dev/null 2>&1; then healthy=1; break; fi
  kill -0 "$pid" 2>/dev/null || { cat "$work/run.log"; fail "run stopped before it was healthy"; }
  sleep 0.5
done
[ -n "$healthy" ] || { cat "$work/run.log"; fail "wireingest probe never passed"; }
echo "smoke: $(./wireingest probe)"
kill -TERM "$pid"
code=0
wait "$pid" || code=$?
pid=""
[ "$code" -eq 0 ] || { cat "$work/run.log"; fail "run exited $code on SIGTERM"; }
echo "smoke: SIGTERM stopped run with exit code 0"

written=$(find "$app" -newer "$work/started" -not -path "$app/data" -not -path "$app/data/*")
[ -z "$written" ] || fail "written outside data/: $written"
echo "smoke: nothing written outside data/ and TMPDIR"
