"""Reading a question: its language, what it asks for, and the places and actors it names.

Everything here is pure: no index, no model. The answerers use the result to pick
records and to check that the evidence they cite is about what was asked.

This module is the entry point; the rules live in the family modules beside it, each importing only
those listed before it:

- ``question_intent``: :class:`Intent`, :class:`Question`, the language, the cue words of both languages and
  :func:`_intent`, and the narrower things a question asks (birthplace, destination, manner, who told, expected).
- ``question_words``: stop words and content words, the English words nothing covers (:func:`unmapped`), the
  dates and numbers a question states.
- ``question_mentions``: an entry's spellings as one pattern, the skeleton index of a lexicon's entries,
  :func:`mentions`.
- ``question_entities``: :func:`find_entities`, English names, entries named only by a common noun.
- ``question_parse``: :func:`parse_question` and the checks on the entities it found (another given name, a
  state's adjective, a state naming whose forces acted, the word a role question asks with).
"""

from __future__ import annotations

from marsad.agent.qa.question_entities import english_names, expand_english, find_entities, named_by_common_noun
from marsad.agent.qa.question_intent import (
    ATTACK_TYPE_CUES,
    PERSON_TITLES_EN,
    PLACE_KINDS,
    TOPIC_AR,
    Intent,
    Question,
    asked_kind,
    asked_name,
    asks_birthplace,
    asks_destination,
    asks_expected,
    asks_manner,
    asks_who_told,
    detect_language,
)
from marsad.agent.qa.question_mentions import _entry_pattern, mention_starts, mentions, places_in
from marsad.agent.qa.question_parse import parse_question
from marsad.agent.qa.question_words import (
    MONTH_WORD,
    STOP_AR,
    content_terms,
    framing,
    name_like,
    quantities,
    states_day,
    unmapped,
)

__all__ = ["Intent", "Question", "PERSON_TITLES_EN", "parse_question", "asked_kind", "asked_name", "unmapped", "named_by_common_noun", "asks_expected", "asks_birthplace", "asks_manner", "asks_destination", "asks_who_told", "states_day", "quantities", "places_in", "name_like", "detect_language", "mentions", "mention_starts", "find_entities", "content_terms", "english_names",
           "expand_english",
           # imported by the answerers (and ``_entry_pattern`` by matching.py)
           "TOPIC_AR", "ATTACK_TYPE_CUES", "PLACE_KINDS", "MONTH_WORD", "STOP_AR", "framing", "_entry_pattern"]
