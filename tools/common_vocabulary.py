"""Rebuild ``agent/offline/data/common_words.json``: ordinary Arabic words that are never a person's name alone.

The actor reader's unknown-name passes take the words after a title ("الرئيس ...", "نظيره ...") as a
name; when those words are ordinary vocabulary ("قرر الانسحاب", "مباحثات مهمة") the "person" is invented.
A word is vocabulary when its *other* forms are frequent in the news: with the article (تعزيز/التعزيز),
or with verb and noun affixes (قرر/قررت/يقرر). Foreign given names (ديفيد) and family names (الدماطي)
have no such forms, so they stay out. Counted over the corpus's development slice only (normalised
words; the list holds single words, no text).

* a bare word is listed when it occurs ``MIN_COUNT``+ times and its article form plus affixed forms occur
  ``MIN_FORMS``+ times, or when it is very frequent itself (``VERY_FREQUENT``);
* a word with the article (5+ letters) is listed when its bare and affixed forms occur ``MIN_FORMS``+ times.

Run: ``python tools/common_vocabulary.py CORPUS.jsonl.gz [--write]`` (a maintainer's tool; prints the list's
size and how it differs from the stored one; ``--write`` stores it).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from marsad.core.arabic import normalize  # noqa: E402
from marsad.evals.realnews.selection import iter_slice  # noqa: E402

OUT = REPO / "agent" / "offline" / "data" / "common_words.json"
MIN_COUNT = 8
MIN_FORMS = 8
VERY_FREQUENT = 300
SUFFIXES = ("ت", "وا", "ها", "هم", "نا", "ات", "ين", "ون", "تها", "ته")
PREFIXES = ("ي", "ت", "ن")
_WORD = re.compile(r"[\u0621-\u064a]+")


def count_words(corpus: Path) -> Counter:
    counts: Counter = Counter()
    for rec in iter_slice(corpus):
        counts.update(_WORD.findall(normalize(rec["text"])))
    return counts


def vocabulary(counts: Counter) -> list[str]:
    def affixed(base: str) -> int:
        return sum(counts.get(base + s, 0) for s in SUFFIXES) + sum(counts.get(p + base, 0) for p in PREFIXES)

    out = set()
    for word, n in counts.items():
        if len(word) < 2 or n < MIN_COUNT:
            continue
        if word.startswith("ال"):
            if len(word) >= 5 and counts.get(word[2:], 0) + affixed(word[2:]) >= MIN_FORMS:
                out.add(word)
        elif counts.get("ال" + word, 0) + affixed(word) >= MIN_FORMS or n >= VERY_FREQUENT:
            out.add(word)
    return sorted(out)


def main(argv: list[str]) -> int:
    if not argv or not Path(argv[0]).exists():
        print("usage: python tools/common_vocabulary.py CORPUS.jsonl.gz [--write]", file=sys.stderr)
        return 2
    words = vocabulary(count_words(Path(argv[0])))
    stored = set(json.loads(OUT.read_text(encoding="utf-8"))["common_words"])
    print(f"{len(words)} words; {len(set(words) - stored)} new, {len(stored - set(words))} gone vs {OUT.name}")
    if "--write" in argv:
        body = ",\n".join(f"  {json.dumps(w, ensure_ascii=False)}" for w in words)
        OUT.write_text('{\n "common_words": [\n' + body + "\n ]\n}\n", encoding="utf-8")
        print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
