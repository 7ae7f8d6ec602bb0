"""Bodies found killed: the count of a frame opened by a body noun ("عثر على جثة شاب مقتولا بالرصاص").

A frame of bodies found killed (frames_readers: a body noun after a word of finding, a word of killing after it)
counts its dead by the body noun: a plural takes the number after it ("جثث خمسة رجال", read by the casualty
readers), a singular with one person noun after it is one ("جثة شاب"، "جثة امرأة"), a dual is two ("جثتي رجلين"،
"جثتا شقيقين").
"""

from __future__ import annotations

from marsad.agent.numbers import Quantity
from marsad.agent.offline import rules
from marsad.agent.offline.casualties_words import _dual_noun, _one_person
from marsad.agent.offline.context import bare, bare_in

FOUND_BODIES = True
"""Switch (A/B measurement and its test): a body found killed is counted by its body noun (one or two)."""
_ONE_BODY = rules.words("casualties", "one_body_nouns")
_TWO_BODIES = rules.words("casualties", "two_body_nouns")
_BODY_FOUND = rules.words("frames", "body_found")
_FOUND_REACH = 3


def found_bodies(words: list[str], i: int) -> Quantity | None:
    """The dead counted by the body noun at ``i`` when a word of finding stands just before it: 1 for a singular
    followed by one person noun, 2 for a dual (followed by a dual person noun, or alone); else None."""
    if not FOUND_BODIES or i >= len(words) or not any(
            b in _BODY_FOUND for w in words[max(0, i - _FOUND_REACH):i] for b in bare(w)):
        return None
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if bare_in(words[i], _ONE_BODY) and nxt and _one_person(nxt):
        return Quantity(1, False, i, i + 2)
    if bare_in(words[i], _TWO_BODIES):
        return Quantity(2, False, i, i + 2 if nxt and _dual_noun(nxt) else i + 1)
    return None
