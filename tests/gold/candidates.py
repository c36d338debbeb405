#!/usr/bin/env python3
"""Helps a person judge the quotation gold set (tests/gold/README.md).

Prints one release of ../shared/corpus as its publisher left it, with every
double quotation mark (and every single one that can open a quote) tagged by
its character offset, so a judge can write gold entries without copying text:

    python3 tests/gold/candidates.py show congress/2021-08.jsonl:17
    python3 tests/gold/candidates.py show whitehouse/statements-releases/2021-05/x.md
    python3 tests/gold/candidates.py sample congress 20 --seed 7
    python3 tests/gold/candidates.py sample whitehouse 10 --seed 7 --match 'press-briefing'
    python3 tests/gold/candidates.py probe congress/2021-08.jsonl:17 345

`show` prints paragraphs numbered, each mark as `⟦345“⟧`; `sample` picks
releases at random (fixed seed, so the sample can be reproduced) from a folder
of the corpus, files optionally narrowed by a regular expression on their path; `probe` prints the first words after an offset, to check an
entry points where its judge meant.
"""

import json
import pathlib
import random
import re
import sys

CORPUS = pathlib.Path(__file__).resolve().parents[3] / "shared" / "corpus"
OPENERS = "“\"‘'«„"
MARKS = "“”\"‘’'«»„"


def source_text(ref):
    """The raw text of a release: a JSON Lines record's text field, or a whole file."""
    path, _, line = ref.partition(":")
    full = CORPUS / path
    if line:
        record = json.loads(full.read_text(encoding="utf-8").splitlines()[int(line) - 1])
        return record.get("text") or "", record
    return full.read_text(encoding="utf-8", errors="replace"), None


def tagged(text):
    """The text with every quotation mark tagged by its offset."""
    out = []
    for i, ch in enumerate(text):
        if ch in MARKS:
            prev = text[i - 1] if i else " "
            # A single mark between letters is an apostrophe: not tagged.
            if ch in "'’" and prev.isalnum() and i + 1 < len(text) and text[i + 1].isalnum():
                out.append(ch)
                continue
            out.append(f"⟦{i}{ch}⟧")
        else:
            out.append(ch)
    return "".join(out)


def show(ref):
    text, record = source_text(ref)
    if record is not None:
        member = record.get("member") or {}
        print(f"# {ref}\n# url: {record.get('url')}\n# title: {record.get('title')}")
        print(f"# member: {member.get('name')} ({member.get('party')}-{member.get('state')})")
    else:
        print(f"# {ref}")
    offset = 0
    for number, para in enumerate(re.split(r"(\n[ \t\u00a0]*\n)", text)):
        if number % 2:
            offset += len(para)
            continue
        if para.strip():
            print(f"\n[¶{number // 2} @{offset}]")
            print(tagged_at(para, offset))
        offset += len(para)


def tagged_at(para, base):
    """`tagged`, with offsets counted from the start of the release."""
    return re.sub(r"⟦(\d+)", lambda m: f"⟦{int(m.group(1)) + base}", tagged(para))


def sample(folder, count, seed, match=None):
    rng = random.Random(seed)
    refs = []
    for path in sorted((CORPUS / folder).rglob("*")):
        rel = path.relative_to(CORPUS).as_posix()
        if path.suffix == ".jsonl":
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if line.strip() and (json.loads(line).get("text") or "").strip():
                    refs.append(f"{rel}:{n}")
        elif path.suffix in (".md", ".txt") and (match is None or re.search(match, rel)):
            refs.append(rel)
    for ref in rng.sample(refs, min(count, len(refs))):
        print(ref)


def probe(ref, at):
    text, _ = source_text(ref)
    print(repr(text[at : at + 80]))


def main(argv):
    if len(argv) >= 2 and argv[0] == "show":
        show(argv[1])
    elif len(argv) >= 3 and argv[0] == "sample":
        seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 1
        match = argv[argv.index("--match") + 1] if "--match" in argv else None
        sample(argv[1], int(argv[2]), seed, match)
    elif len(argv) == 3 and argv[0] == "probe":
        probe(argv[1], int(argv[2]))
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
