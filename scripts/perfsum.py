#!/usr/bin/env python3
"""perfsum.py PERF.DATA [FUNC_SUBSTRING] [N]
Without FUNC: top N functions by inclusive share of all samples (each function counted once per sample).
With FUNC: share of all samples under FUNC, then its direct callees (inclusive) — where FUNC's time goes.
Record with: perf record -F 4000 -g -o PERF.DATA -- env DOTNET_PROCESSOR_COUNT=1 <published>/wireingest ingest --jsonl ../shared/corpus/aeb/html
(after `perf buildid-cache -a <published>/wireingest.dbg` so symbols resolve).
PERFSUM_PER=FUNC (e.g. HtmlPageParser::Parse): figures are samples per 100 samples under FUNC instead of shares of all
samples; steadier than shares from one run to the next on a shared machine, and what README's Speed table quotes."""
import os, sys, subprocess, collections, re
data = sys.argv[1]; func = sys.argv[2] if len(sys.argv) > 2 else None; n = int(sys.argv[3]) if len(sys.argv) > 3 else 40
out = subprocess.run(["perf", "script", "-i", data, "-F", "ip,sym"], capture_output=True, text=True).stdout
def short(s):
    # JIT perf-map names carry return type, assembly and parameters: keep Type::Method and the tier.
    m = re.search(r"([\w.`+<>|]+::[\w.`<>|]+)\(.*?\)(\[\w+\])?$", s)
    if m:
        # Tiers are merged (one method's QuickJitted, instrumented and Tier1 code are one function) unless PERFSUM_TIERS=1.
        tier = (m.group(2) or "") if os.environ.get("PERFSUM_TIERS") == "1" else ""
        return re.sub(r"^.*?\.(?=[\w`+<>|]+::)", "", m.group(1)) + tier
    s = re.sub(r"^(WireIngest_Core_WireIngest_Core_|S_P_CoreLib_|AngleSharp_AngleSharp_|wireingest_WireIngest_)", "", s)
    return s[:140]
samples = []; cur = []
for line in out.splitlines():
    line = line.strip()
    if not line:
        if cur: samples.append(cur); cur = []
        continue
    parts = line.split(None, 1)
    cur.append(short(parts[1].split("+0x")[0]) if len(parts) > 1 else parts[0])
if cur: samples.append(cur)
total = len(samples)
per = os.environ.get("PERFSUM_PER")
if per:
    total = sum(1 for st in samples if any(per in f for f in st)) or 1
unit = "" if per else "%"
if not func:
    inc = collections.Counter()
    for st in samples:
        for f in set(st): inc[f] += 1
    for f, c in inc.most_common(n): print(f"{100*c/total:6.2f}{unit}  {f}")
else:
    under = 0; callee = collections.Counter(); self_ = 0
    for st in samples:  # st[0] = leaf
        idx = next((i for i in range(len(st) - 1, -1, -1) if func in st[i]), None)  # outermost frame of FUNC
        if idx is None: continue
        under += 1
        if idx == 0: self_ += 1
        else: callee[st[idx - 1]] += 1
    base = f"per 100 samples under *{per}* ({total})" if per else f"of {total} samples"
    print(f"{100*under/total:6.2f}{unit} samples under *{func}* {base}; self {100*self_/total:.2f}")
    for f, c in callee.most_common(n): print(f"{100*c/total:6.2f}{unit}  {f}")
