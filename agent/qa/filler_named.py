"""Whether a sentence names the asked detail itself, not only something of its type: a year or a day of a month for
"when" (not a weekday nor "أمس"), a place a gazetteer knows for "where" (not a place's kind with a word after it).

The last reader (agent/qa/sentence_pick.py) ranks an article's sentences by how much of the question they hold; a
sentence retelling the question's words ("وصل مساعد الوزير إلى الخرطوم الإثنين") outranks by a little the one holding
the detail asked ("... بعد 2009"، "كان من المقرر إقامتها في حيفا"). Among sentences of one article within
:data:`NAMED_MARGIN` of the best, the one naming the detail wins (pass 70).
"""

from __future__ import annotations

import re

from marsad.agent.qa.places_told import world_place_after_in
from marsad.agent.qa.question import Question, mentions, places_in
from marsad.agent.qa.question_words import MONTHS_AR, MONTHS_EN
from marsad.core.arabic import normalize

# how far below the best sentence's score (its cover, 0..1, and bonuses) one naming the asked detail may be
NAMED_MARGIN = 0.1
# the same for a sentence added after a passage's quote (agent/qa/fillers.py), its cover read from itself alone (no
# credit for words beside it: covers spread wider than the last reader's)
NAMED_ADD_MARGIN = 0.15
_YEAR = re.compile(r"(?<![\w/-])((?:19|20)\d\d)(?![\w/-])")
_DAY = re.compile(rf"(?<!\w)\d{{1,2}}\s+(?:من\s+)?(?:شهر\s+)?(?:{MONTHS_AR})(?!\w)|(?<!\w)(?:{MONTHS_AR})\s+\d{{1,2}}(?!\d)"
                  rf"|\b\d{{1,2}}\s+(?:{MONTHS_EN})\b|\b(?:{MONTHS_EN})\s+\d{{1,2}}\b", re.I)


def names_detail(question: Question, what: str, norm: str, lexicon) -> bool | None:
    """For a date or a place asked: whether the normalised sentence names one the question does not (a year, a day
    of a month; a place of the lexicon or, after "في", of the world gazetteer). None for the other types (no such
    test: the tie-break is not asked)."""
    if what == "date":
        qnorm = normalize(question.text)
        if any(m.group(1) not in qnorm for m in _YEAR.finditer(norm)):
            return True
        return any(m.group(0) not in qnorm for m in _DAY.finditer(norm))
    if what == "place":
        asked = {p.id for p in question.places} | {e.id for e in question.entities}
        if any(e.get("admin_level") != "country" and e.id not in asked and mentions(e, norm, normalized=True)
               for e in places_in(norm, lexicon)):
            return True
        return world_place_after_in(question, norm)
    return None
