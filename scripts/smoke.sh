#!/usr/bin/env bash
# Publishes wireingest exactly as the Dockerfile does and runs it once from the publish folder, as the container would:
# the samples inbox as source, the store under data/. Fails unless every sample comes out as a queued message.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
app="$(mktemp -d)"
trap 'rm -rf "$app"' EXIT
dotnet publish "$repo/src/WireIngest/WireIngest.csproj" -c Release -o "$app" --nologo -v quiet >/dev/null
mkdir -p "$app/samples" && cp -r "$repo/samples/inbox" "$app/samples/inbox"
cd "$app"
./wireingest run --once
expected=$(find samples/inbox -type f | wc -l)
queued=$(./wireingest queue export --jsonl 2>/dev/null | wc -l)
echo "smoke: $queued messages queued from $expected samples"
[ "$queued" -eq "$expected" ]
