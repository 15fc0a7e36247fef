#!/usr/bin/env python3
"""jitannotate.py LISTING PERF.DATA METHOD [BLOCKS]
Where a JIT-compiled method's samples land, by basic block and instruction: the hottest BLOCKS blocks (default 12).
LISTING is the runtime's disassembly with code bytes, from which each instruction's offset is summed; the method's
optimised (Tier1) listing is the one read. Record both in one run, e.g. from bench/WireIngest.Benchmarks:
  DOTNET_JitDisasm="Walk" DOTNET_JitStdOutFile=/tmp/walk.asm DOTNET_JitDisasmWithCodeBytes=1 \
  DOTNET_PerfMapEnabled=3 DOTNET_EnableWriteXorExecute=0 \
  perf record -D 22000 -F 3000 -o /tmp/w.data -- dotnet bin/Release/net10.0/WireIngest.Benchmarks.dll loop 40
  python3 scripts/jitannotate.py /tmp/walk.asm /tmp/w.data PageElements::Walk
(-D skips the warm-up, so the samples are the steady state's.) Only the leaf frame of each sample counts, so -g is optional.
A sample lands on the instruction after the one that stalled: a hot compare after a load is usually a cache miss."""
import bisect, collections, re, subprocess, sys

listing, data, method = sys.argv[1], sys.argv[2], sys.argv[3]
blocks = int(sys.argv[4]) if len(sys.argv) > 4 else 12
type_name, method_name = method.split("::")
lines = open(listing, encoding="utf-8", errors="replace").read().splitlines()
start = next((i for i, l in enumerate(lines) if l.startswith("; Assembly listing for method")
              and re.search(rf"[.:]{re.escape(type_name)}:{re.escape(method_name)}\(", l) and l.rstrip().endswith("(Tier1)")), None)
if start is None:
    sys.exit(f"no Tier1 listing of {method} in {listing}")

instructions = []  # (offset, block, text)
offset, block = 0, None
for line in lines[start + 1:]:
    if line.startswith("; Assembly listing"):
        break
    header = re.match(r"^(G_M\d+_IG\d+):\s+;; offset=0x([0-9A-F]+)", line)
    if header:
        block, offset = header.group(1), int(header.group(2), 16)
        continue
    code = re.match(r"^\s{7}([0-9A-F]+)\s+(\S.*)$", line)
    if code and block:
        instructions.append((offset, block, code.group(2).strip()))
        offset += len(code.group(1)) // 2

# -G: each sample's leaf frame only, one line per sample.
script = subprocess.run(["perf", "script", "-G", "-i", data, "-F", "ip,sym,symoff"], capture_output=True, text=True).stdout
hits = collections.Counter()
for line in script.splitlines():
    if method in line and "[OptimizedTier1]+0x" in line:
        hits[int(line.rsplit("+0x", 1)[1].split()[0], 16)] += 1

starts = [o for o, _, _ in instructions]
per_block, per_instruction = collections.Counter(), collections.Counter()
for at, count in hits.items():
    k = bisect.bisect_right(starts, at) - 1
    if k >= 0:
        per_block[instructions[k][1]] += count
        per_instruction[k] += count
total = sum(hits.values()) or 1
print(f"{total} samples in {method} (Tier1)")
for name, count in per_block.most_common(blocks):
    print(f"== {name} {100 * count / total:.1f}%")
    for k, (at, b, text) in enumerate(instructions):
        if b == name:
            print(f"  {per_instruction[k]:6d} {at:5x}  {text[:110]}")
