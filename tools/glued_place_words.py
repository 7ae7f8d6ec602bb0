"""Regenerate ``glued_common_words`` in ``agent/offline/data/mentions.json``: words that read as a clitic
glued to a GeoNames name but are ordinary Arabic words.

The matcher strips the clitics news glues to names ("بكركوك" = ب + كركوك). Stripped blindly, an
ordinary word becomes a town: "بحوزة" ('in the possession of') = ب + حوزة (Haouza, Western Sahara),
"ولاية" ('province') = و + لاية (Lae, Papua New Guinea), "كامل" ('whole') = ك + امل. A glued form is
listed when it is itself a frequent word (wordfreq's Zipf scale, Arabic, >= ``MIN_ZIPF``) and more
frequent than the name it would leave: then the token is the word, and the world gazetteer is looked
up with the whole token only.

Run: ``python tools/glued_place_words.py [--write]`` (needs ``pip install wordfreq``; a maintainer's
tool, not a runtime dependency). Prints the words and their figures; ``--write`` stores them.
"""

from __future__ import annotations

import json
import sys

from wordfreq_start import REPO, start

RULES = REPO / "agent" / "offline" / "data" / "mentions.json"
MIN_ZIPF = 3.0
_GLUE = {"و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك"}


def _zipf(word: str, zipf_frequency) -> float:
    """Zipf of a normalised word: the best of the spellings normalisation merged (ة/ه, ى/ي, أ/إ/ا)."""
    opts = [word]
    if word.endswith("ه"):
        opts.append(word[:-1] + "ة")
    if word.endswith("ي"):
        opts.append(word[:-1] + "ى")
    more = []
    for o in opts:
        for i, ch in enumerate(o):
            if ch == "ا" and (i == 0 or o[:i] in _GLUE):
                more += [o[:i] + "أ" + o[i + 1:], o[:i] + "إ" + o[i + 1:]]
    return max(zipf_frequency(o, "ar") for o in opts + more)


def main(argv: list[str] | None = None) -> int:
    started = start(__doc__.splitlines()[0], RULES, argv)
    if started is None:
        return 2
    args, zipf_frequency = started
    from marsad.core.arabic import CLITICS
    from marsad.core.gazetteer import get_world_gazetteer

    world = get_world_gazetteer()
    found: dict[str, tuple[float, str, float, str, int]] = {}
    for name in world._names:  # noqa: SLF001 - a maintainer's tool reads the index it regenerates data for
        if " " in name:
            continue
        for prefix, keep in CLITICS:
            if not name.startswith(keep) or len(name) - len(keep) < 2:
                continue
            glued = prefix + name[len(keep):]
            zg = _zipf(glued, zipf_frequency)
            zn = _zipf(name, zipf_frequency)
            if zg >= MIN_ZIPF and zg > zn:
                best = world.lookup(name)[0]
                found[glued] = (zg, name, zn, best.country_code, best.population)
    for glued, (zg, name, zn, cc, pop) in sorted(found.items(), key=lambda kv: -kv[1][0]):
        print(f"{zg:.2f}  {glued}  ({name}: {zn:.2f}, {cc}, {pop})")
    print(f"{len(found)} words", file=sys.stderr)
    if args.write:
        rules = json.loads(RULES.read_text(encoding="utf-8"))
        rules["glued_common_words"] = sorted(found)
        RULES.write_text(json.dumps(rules, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {RULES}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
