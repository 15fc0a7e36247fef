#!/usr/bin/env python3
"""Writes the README's configuration reference from the options classes' XML docs, so it stays what the code binds.

  python3 scripts/config-reference.py          print the table
  python3 scripts/config-reference.py --write  replace it in README.md (between the config-reference markers)
  python3 scripts/config-reference.py --check  exit 1 when README.md is not up to date

Every public settable property of each class below is a setting: its <summary> is the meaning, its <value> the default.
"""
import html
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
START, END = "<!-- config-reference:start -->", "<!-- config-reference:end -->"

# Configuration section -> the class bound to it (":N" marks a list: one entry per index).
SECTIONS = [
    ("WireIngest:Sources:N", "src/WireIngest.Core/Sources/SourceOptions.cs"),
    ("WireIngest:Store", "src/WireIngest.Core/Storage/StorageOptions.cs"),
    ("WireIngest:Identity", "src/WireIngest.Core/Storage/IdentityOptions.cs"),
    ("WireIngest:Publishing", "src/WireIngest.Core/Storage/PublishingOptions.cs"),
    ("WireIngest:Queue", "src/WireIngest.Core/Publishing/QueueOptions.cs"),
    ("WireIngest:Circuit", "src/WireIngest.Core/Publishing/CircuitOptions.cs"),
    ("WireIngest:ServiceBus", "src/WireIngest.ServiceBus/ServiceBusOptions.cs"),
    ("WireIngest:Pipeline", "src/WireIngest/Workers/WorkerOptions.cs"),
    ("WireIngest:Health", "src/WireIngest/Hosting/HealthOptions.cs"),
    ("WireIngest:Telemetry", "src/WireIngest/Hosting/TelemetryOptions.cs"),
    ("WireIngest:Limits", "src/WireIngest.Core/Extraction/DocumentLimits.cs"),
    ("WireIngest:Normalization:HeadlineTags", "src/WireIngest.Core/Normalization/HeadlineTagOptions.cs"),
]

PROPERTY = re.compile(r"^\s*public\s+([\w<>?,. \[\]]+?)\s+(\w+)\s*\{\s*get;\s*(set;)?\s*\}")


def text(doc: str) -> str:
    """XML doc to one markdown line."""
    doc = re.sub(r"<see cref=\"(?:\w:)?([\w.]+)\"\s*/>", lambda m: "`" + m.group(1).split(".")[-1] + "`", doc)
    doc = re.sub(r"</?c>", "`", doc)
    doc = re.sub(r"<[^>]+>", "", doc)
    doc = html.unescape(" ".join(doc.split()))
    return doc.replace("|", "\\|")


def settings(section: str, path: str):
    """(key, environment variable, default, meaning) of every bindable property in the file."""
    doc: list[str] = []
    for line in (ROOT / path).read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if stripped.startswith("///"):
            doc.append(stripped[3:].strip())
            continue
        if stripped.startswith("["):
            continue
        match = PROPERTY.match(line)
        if match:
            kind, name, setter = match.groups()
            is_list = kind.startswith(("IList<", "List<"))
            if setter or is_list:
                body = " ".join(doc)
                summary = re.search(r"<summary>(.*?)</summary>", body)
                value = re.search(r"<value>(.*?)</value>", body)
                default = text(value.group(1)) if value else "unset"
                default = re.sub(r"^Default:?\s*", "", default).rstrip(".")
                key = f"{section}:{name}" + (":N" if is_list else "")
                yield key, key.replace(":", "__"), default, text(summary.group(1)) if summary else ""
        doc = []


def table() -> str:
    rows = ["| Setting | Environment variable | Default | Meaning |", "|---|---|---|---|"]
    for section, path in SECTIONS:
        for key, variable, default, meaning in settings(section, path):
            rows.append(f"| `{key}` | `{variable}` | {default} | {meaning} |")
    return "\n".join(rows)


def main() -> int:
    generated = f"{START}\n{table()}\n{END}"
    if len(sys.argv) == 1:
        print(generated)
        return 0
    readme = README.read_text(encoding="utf-8")
    current = re.search(re.escape(START) + r".*?" + re.escape(END), readme, re.S)
    if current is None:
        print(f"config-reference: no {START} … {END} block in README.md", file=sys.stderr)
        return 1
    if sys.argv[1] == "--check":
        if current.group(0) != generated:
            print("config-reference: README.md is out of date; run scripts/config-reference.py --write", file=sys.stderr)
            return 1
        return 0
    README.write_text(readme.replace(current.group(0), generated), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
