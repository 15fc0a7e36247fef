#!/usr/bin/env python3
"""Writes COUNT distinct documents into FOLDER from samples/inbox: variant n of a sample gets its provider ids, its
"fictional" places and its body text numbered (the same rule as the tests' SampleVariants), so each is a story of its own."""
import pathlib
import sys


def vary(text: str, n: int) -> str:
    tag = str(n)
    return (text.replace("SAMPLE", "SAMPLE" + tag)
                .replace("sample", "sample" + tag)
                .replace("ictional", "ictional " + tag)
                .replace(" the ", f" the {tag} "))


def main() -> None:
    folder, count = pathlib.Path(sys.argv[1]), int(sys.argv[2])
    samples = sorted((pathlib.Path(__file__).resolve().parent.parent / "samples" / "inbox").iterdir())
    folder.mkdir(parents=True, exist_ok=True)
    texts = [(s.name, s.read_text(encoding="utf-8")) for s in samples]
    for n in range(count):
        name, text = texts[n % len(texts)]
        (folder / f"{n:05d}-{name}").write_text(vary(text, n), encoding="utf-8", newline="")


if __name__ == "__main__":
    main()
