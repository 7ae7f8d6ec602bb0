"""What the speed work of the thirty-first pass remembers gives exactly what computing it again gives.

Short texts are normalised once (:func:`marsad.core.arabic.normalize`), the last few texts are split once
(:func:`marsad.agent.offline.text.split_document`) and a place mention is resolved once per document
(:func:`marsad.agent.offline.locations.place_at`), and the matcher passes over a word that only begins longer world
names the next word does not continue (``mentions.QUIET_WORDS``): each is checked against the plain computation,
on sentences written for these tests.
"""

from __future__ import annotations

import random

from marsad.agent.offline import locations
from marsad.agent.offline.context import build_context
from marsad.agent.offline.mentions import get_gazetteer
from marsad.agent.offline.text import _split_document, split_document
from marsad.core import arabic
from marsad.core.arabic import normalize
from marsad.schemas import Document

_WORDS = ["مُحافظة", "الأنبار", "إطلاق", "قذيفة", "هاون", "سقطت", "على", "سوق", "شعبي", "في", "مدينة", "تكريت",
          "ــ", "،", "  ", "\u00a0", "ﻻ", "١٢", "ASAP", "Mosul", "؟"]


def test_short_normalize_is_remembered_and_equal():
    rng = random.Random(31)
    texts = ["".join(rng.choice(_WORDS) + rng.choice([" ", "", "  "]) for _ in range(rng.randint(1, 6)))
             for _ in range(400)]
    for text in texts * 2:  # the second round is answered from memory
        for collapse in (True, False):
            assert normalize(text, collapse_spaces=collapse) == arabic._normalize(text, collapse)
    assert normalize("قذيفة  هاون") == "قذيفه هاون"
    assert normalize("قذيفة  هاون", collapse_spaces=False) == "قذيفه  هاون"


def test_long_texts_are_not_remembered():
    text = "سقطت قذيفة هاون على سوق شعبي في مدينة تكريت صباح الأربعاء وأصابت سبعة مدنيين بجروح"
    assert len(text) > arabic._SHORT
    before = sum(map(len, arabic._SHORT_CACHE))
    assert normalize(text) == arabic._normalize(text, True)
    assert sum(map(len, arabic._SHORT_CACHE)) == before


_TEXT = ("هجوم بقذائف الهاون على سوق في تكريت\n"
         "سقطت ثلاث قذائف هاون على سوق شعبي في مدينة تكريت شمال بغداد صباح الأربعاء، ما أسفر عن إصابة سبعة مدنيين. "
         "وقال مصدر في شرطة محافظة صلاح الدين إن القذائف أطلقت من منطقة زراعية جنوب المدينة.")


def test_split_document_again_gives_equal_sentences_in_a_new_list():
    first = split_document(_TEXT)
    second = split_document(_TEXT)
    assert first == second == _split_document(_TEXT)
    assert first is not second  # a caller may change its list without changing the next one's
    first.pop()
    assert split_document(_TEXT) == second


def test_place_at_is_remembered_per_document_and_equal_to_computing_it():
    ctx = build_context(Document(doc_id="t31", text=_TEXT), get_gazetteer())
    places = [(si, m) for si, ms in enumerate(ctx.mentions) for m in ms if m.kind == "places"]
    assert places
    for si, m in places:
        got = locations.place_at(ctx, si, m)
        assert got == locations._place_at(ctx, si, m)
        assert locations.place_at(ctx, si, m) is got  # the second answer comes from the memo
    other = build_context(Document(doc_id="t31b", text=_TEXT), get_gazetteer())
    si, m = places[0]
    assert locations.place_at(other, si, m) == locations.place_at(ctx, si, m)
    assert locations.place_at(other, si, m) is not locations.place_at(ctx, si, m)  # one memo per document


_SENTENCES = [
    "قال مسؤول محلي في بلدة الرطبة إن مسلحين هاجموا نقطة تفتيش بين القائم وعنه وقتلوا جنديين",
    "وأضاف أن القوات التي وصلت إلى المنطقة لا تزال تمشط القرى الواقعة بين كركوك وطوزخورماتو",
    "سقطت قذيفة في ثان أيام العيد على حي سكني في مدينة الموصل، ولم تسفر عن ضحايا",
    "وأعلن محمد بن سلمان أن كل من شارك في الهجوم سيحاسب، فيما قال علي إن الأمر لم ينته بعد",
]


def test_quiet_words_change_no_mention(monkeypatch):
    from marsad.agent.offline import mentions
    from marsad.agent.offline.text import split_document as split

    gaz = get_gazetteer()
    sentences = [s for text in _SENTENCES for s in split(text)]
    fast = [gaz.find(s) for s in sentences]
    monkeypatch.setattr(mentions, "QUIET_WORDS", False)
    plain = [gaz.find(s) for s in sentences]
    assert fast == plain
    assert any(m.kind == "places" for ms in fast for m in ms)
    assert gaz._quiet_word("في") is not None  # only longer world names begin with it
    assert gaz._quiet_word("الموصل") is None  # a place of its own
