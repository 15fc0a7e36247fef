#!/usr/bin/env bash
# Runs the whole test suite and ends with one line: "N passed, N failed, N skipped".
set -uo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
results="$repo/artifacts/test-results"
rm -rf "$results"
dotnet test "$repo/WireIngest.sln" -c Release --nologo \
  --logger "trx;LogFileName=tests.trx" --logger "console;verbosity=minimal" --results-directory "$results"
rc=$?
python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
passed = failed = skipped = 0
for path in glob.glob(sys.argv[1] + "/**/*.trx", recursive=True):
    ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
    c = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", ns)
    passed += int(c.get("passed", 0)); failed += int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0)) + int(c.get("aborted", 0))
    skipped += int(c.get("total", 0)) - int(c.get("passed", 0)) - int(c.get("failed", 0)) - int(c.get("error", 0)) - int(c.get("timeout", 0)) - int(c.get("aborted", 0))
print("%d passed, %d failed, %d skipped" % (passed, failed, skipped))
PY
exit $rc
