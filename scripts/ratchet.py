#!/usr/bin/env python3
"""Holds quality figures to their floors.

  ratchet.py SCORE.json FLOORS.json [--raise]

FLOORS.json maps "GROUP.METRIC.FIELD" (GROUP = a corpus source folder or ALL, as score.py --json
reports them) to the lowest value allowed. Every floor is checked; a figure below its floor fails
(exit 1). --raise lifts each floor to today's figure when that is higher, and adds the headline
figures that have no floor yet; it never lowers a floor.
"""
import json
import sys

# Figures that get a floor the first time --raise runs; others can be added by hand.
TRACKED = [
    "ALL.aeb.f1", "ALL.ref.f1", "ALL.title.rate", "ALL.authors.rate", "ALL.credit.rate",
    "ALL.contain.rate", "ALL.absent.rate", "ALL.comments.rate", "ALL.prefix.rate", "ALL.paras.rate",
    "ALL.date.rate", "ALL.dateline.rate", "ALL.copyright.rate", "ALL.n_title.rate", "ALL.n_byline.rate",
    "ALL.n_dateline.rate", "ALL.n_copyright.rate", "ALL.n_credit.rate", "ALL.n_para.rate",
    "aeb.aeb.f1", "fundus.ref.f1", "fundus.credit.rate", "trafilatura.contain.rate",
    "trafilatura.absent.rate", "trafilatura.comments.rate", "readability.ref.f1",
    "superdesk-core.n_title.rate", "superdesk-core.n_copyright.rate", "superdesk-core.n_para.rate",
]


def figure(groups, key):
    group, metric, field = key.split(".", 2)
    value = groups.get(group, {}).get(metric, {}).get(field)
    return value if isinstance(value, (int, float)) else None


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    score_path, floors_path, do_raise = argv[1], argv[2], "--raise" in argv[3:]
    with open(score_path, encoding="utf-8") as f:
        groups = json.load(f)["systems"][0]["groups"]
    try:
        with open(floors_path, encoding="utf-8") as f:
            floors = json.load(f)
    except FileNotFoundError:
        floors = {}

    failed = []
    print("\nratchet: figure                               today    floor")
    for key in sorted(set(floors) | (set(TRACKED) if do_raise else set())):
        today = figure(groups, key)
        floor = floors.get(key)
        mark = ""
        if floor is not None and (today is None or today + 1e-9 < floor):
            failed.append(key)
            mark = "  BELOW FLOOR"
        print("ratchet: %-36s %7s  %7s%s" % (key, "n/a" if today is None else "%.3f" % today,
                                             "-" if floor is None else "%.3f" % floor, mark))
        if do_raise and today is not None and (floor is None or today > floor):
            floors[key] = round(today - 0.0005, 3) if today > 0 else 0.0  # round down: never above today's figure

    if do_raise:
        with open(floors_path, "w", encoding="utf-8") as f:
            json.dump(dict(sorted(floors.items())), f, indent=2)
            f.write("\n")
        print("ratchet: floors written to %s" % floors_path)
    if failed:
        print("ratchet: %d figure(s) below their floor: %s" % (len(failed), ", ".join(failed)))
        return 1
    print("ratchet: every figure at or above its floor")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
