"""The question answerer's own words as data: the files in ``agent/qa/data/`` (one JSON object per family, e.g.
``qa_names.json``), read with the offline rules' readers (:mod:`marsad.agent.offline.rules`: the same shapes, the same
normalising, the same errors) but kept out of the offline extractor's version hash (``rules_digest`` covers
``agent/offline/data/`` only): a change to a word only the answerer reads no longer makes `marsad extract`
re-extract every document. Words the extractor reads too stay in ``agent/offline/data/`` (the answerer reads
those through :mod:`marsad.agent.offline.rules`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from marsad.agent.offline import rules as _offline

__all__ = ["DATA_DIR", "load", "words", "phrases", "table", "sequence", "number", "qa_words", "search_words", "more_news_words",
           "NEWS_WORDS", "MORE_NEWS_WORDS"]

DATA_DIR = Path(__file__).parent / "data"


def load(family: str) -> dict[str, Any]:
    """The whole data file of one family of ``agent/qa/data/`` (cached)."""
    return _offline.load(family, DATA_DIR)


def words(family: str, key: str) -> frozenset[str]:
    """A word list, normalised (see :func:`marsad.agent.offline.rules.words`)."""
    return _offline.words(family, key, DATA_DIR)


def phrases(family: str, key: str) -> frozenset[str]:
    """A list of strings taken as written."""
    return _offline.phrases(family, key, DATA_DIR)


def sequence(family: str, key: str) -> tuple:
    """An ordered list."""
    return _offline.sequence(family, key, DATA_DIR)


def table(family: str, key: str) -> dict[str, Any]:
    """A mapping; a fresh dict on each call."""
    return _offline.table(family, key, DATA_DIR)


def number(family: str, key: str) -> int | float:
    """A threshold."""
    return _offline.number(family, key, DATA_DIR)


NEWS_WORDS = True
"""Switch for A/B measurement (tests patch it): :func:`qa_words` also reads ``qa_news_words``."""


def qa_words() -> dict[str, tuple[str, ...]]:
    """Everyday English words a question asks with -> the Arabic news writes them with (``qa_words`` of
    ``data/qa_words.json``: "expel" -> طرد); read by :func:`marsad.agent.qa.translit.with_words`. With
    :data:`NEWS_WORDS`, also the general vocabulary of security and political news (``qa_news_words``: the
    verbs and nouns of attacks, arrests, trials, hostages, smuggling, protests, talks, votes; the people,
    vehicles and buildings they name), so that a question's ordinary words are said in Arabic rather than
    left unknown or, when capitalised ("Special Tribunal", "Plateau State"), looked up as names."""
    table_ = table("qa_words", "qa_words")
    if NEWS_WORDS:
        table_ = {**table("qa_words", "qa_news_words"), **table_}
    return {w: tuple(v.split("|")) for w, v in table_.items()}


MORE_NEWS_WORDS = True
"""Switch for A/B measurement (tests patch it): :func:`more_news_words` is read (sixty-first pass). Measured at
corpus scale on the 114 readable English questions holding one of its words: fixed d22q11 and d24q21, lost d15q28;
check items unchanged."""


def more_news_words() -> dict[str, tuple[str, ...]]:
    """The everyday words of security and political news an English question asks with that neither the glossary
    nor the tables above say in Arabic (``qa_news_words_more`` of ``data/qa_words.json``): oil and money
    ("pipeline", "revenue", "compensation"), law ("discrimination", "minimum", "life sentences"), settlement
    ("settlements", "settlers"), arms and attacks ("detonate", "undercover agents"), drugs ("narcotic pills"), talks
    ("apology", "round", "defer"), plural forms beside the singular. Read by
    :func:`marsad.agent.qa.translit.with_words` only: said in Arabic they are no longer unknown words (more than a
    quarter of a question's words unknown made it unmapped, and no passage answered it) and rank the evidence; unlike
    :func:`qa_words`, a sentence answering the question need not share them (measured, pass 61: required, a
    sentence naming the man asked no longer answered because it wrote "pleaded guilty" otherwise). Empty with
    :data:`MORE_NEWS_WORDS` off."""
    if not MORE_NEWS_WORDS:
        return {}
    table_ = table("qa_words", "qa_news_words_more")
    if PEOPLE_WORDS:
        table_ = {**table("qa_words", "qa_people_words"), **table_}
    return {w: tuple(v.split("|")) for w, v in table_.items()}


PEOPLE_WORDS = True
"""Switch for A/B measurement (tests patch it; pass 64): :func:`more_news_words` also reads ``qa_people_words`` of
``data/qa_words.json``: the peoples, faiths and sects (Druze, Copts, Alawites, Yazidis, Shia, Sunnis, Maronites,
Tuareg ...), and the parties and news agencies the Arabic news writes with a word of its own rather than a spelling of
the English (Kataeb الكتائب, Saba سبأ, Anadolu الأناضول). Capitalised, each was looked up letter by letter as a name
(Kataeb -> كطابع) that every passage then had to contain; said in Arabic, it ranks the evidence like an everyday word,
and the answer need not repeat it."""


def search_words() -> dict[str, tuple[str, ...]]:
    """Ordinary words of security news a question asks with that no other table covers -> the Arabic the news
    writes them with (``qa_search_words`` of ``data/qa_words.json``: "kibbutz" -> كيبوتس|مستوطنة); read by
    :func:`marsad.agent.qa.question_entities.search_words`. Search only: a passage need not share them. With
    :data:`PEOPLE_WORDS`, the peoples, faiths, parties and agencies of ``qa_people_words`` too: proper nouns, searched
    like the names they were looked up as before ("Kataeb": the article is found by الكتائب)."""
    table_ = table("qa_words", "qa_search_words")
    if PEOPLE_WORDS:
        table_ = {**table("qa_words", "qa_people_words"), **table_}
    return {w: tuple(v.split("|")) for w, v in table_.items()}
