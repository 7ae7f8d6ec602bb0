"""code66: the readers made cheaper answer as before and skip the work that cannot change their answer.

Sentences written for these tests in the style of the news; none is taken from an article.
"""

from __future__ import annotations

import pytest


def _context(text: str):
    from marsad.agent.offline.context import build_context
    from marsad.agent.offline.mentions import get_gazetteer
    from marsad.schemas import Document

    return build_context(Document(doc_id="t", title="", text=text, published="2018-03-01"), get_gazetteer())


def _story_asks(monkeypatch) -> list[str]:
    """The words the story reader of SHORT_NAME_STORY is asked about, recorded while a context is built."""
    from marsad.agent.offline import context

    asked: list[str] = []
    flags = context.bare_flags

    def recording(vocab):
        table = flags(vocab)
        if vocab is context._STORY_WORDS:
            return lambda w: asked.append(w) or table(w)
        return table

    monkeypatch.setattr(context, "bare_flags", recording)
    monkeypatch.setattr(context, "bare_in", lambda w, vocab, _in=context.bare_in: (
        asked.append(w) if vocab is context._STORY_WORDS else None) or _in(w, vocab))
    return asked


def test_an_article_with_no_short_name_reads_no_story_words(monkeypatch):
    """Before: every word of every article was tested against the story words (pass 65's scan, ~3% of extraction),
    though only a bare short name read as the common noun needs them."""
    asked = _story_asks(monkeypatch)
    _context("قالت مصادر أمنية إن مسلحين هاجموا نقطة تفتيش قرب الحدود فجر اليوم. وأضافت أن القوات ردت على مصادر النيران.")
    assert asked == []


@pytest.mark.parametrize("text, kept", [
    ("شارك الطلاب في الحفل بحماس كبير وسط تصفيق الحاضرين.", False),  # the noun, no story: no actor
    ("شارك الطلاب في الحفل بحماس كبير. وفي غزة تواصلت الاحتجاجات قرب السياج.", True),  # the story told: kept
])
def test_the_story_is_still_read_for_a_name_read_as_the_noun(monkeypatch, text, kept):
    asked = _story_asks(monkeypatch)
    ctx = _context(text)
    assert asked  # read, once a bare name reads as the noun
    assert any(m.kind == "actors" and m.entry.id == "hamas" for ms in ctx.mentions for m in ms) is kept


def test_a_province_named_with_its_unit_word_is_looked_up_only_for_a_listed_second_word(monkeypatch):
    """``_unit_named``: "محافظه <form>" is indexed only when ``form`` is a second word of the unit's names; any other form
    (most words) is answered with no look-up, and a listed one as before."""
    from marsad.agent.offline.mentions import get_gazetteer

    gaz = get_gazetteer()
    if gaz.world is None:
        pytest.skip("no world gazetteer")
    # (a second word of three letters or more: a shorter form is never looked up; sorted: a set's order is the hash seed's)
    listed = next((w for w in sorted(gaz.world.seconds("محافظه")) if len(w) >= 3), None)
    if listed is None:
        pytest.skip("no province named with its unit word")
    looked: list[str] = []
    lookup = gaz.world.lookup
    monkeypatch.setattr(gaz.world, "lookup", lambda name: looked.append(name) or lookup(name))
    assert gaz._unit_named("مبارياتهم", None, any_country=True) is None
    assert looked == []
    gaz._unit_named(listed, None, any_country=True)
    assert looked == [f"محافظه {listed}"]


@pytest.mark.parametrize("text, slaughter", [
    ("ذبح الأهالي أغنامهم في ساحة القرية صباح العيد", True),
    ("ذبحوه كالشاة أمام منزله", False),
    ("قتل مسلحون ثلاثة رعاة وسرقوا أغنامهم", False),
])
def test_livestock_slaughter_answers_as_before(text, slaughter):
    from marsad.agent.offline.scope import livestock_slaughter
    from marsad.core.arabic import normalize

    assert livestock_slaughter(normalize(text).split()) is slaughter


def test_a_sentence_with_no_slaughter_word_is_answered_at_once(monkeypatch):
    from marsad.agent.offline import scope
    from marsad.core.arabic import normalize

    monkeypatch.setattr(scope, "bare_flags", lambda vocab: pytest.fail("a word was tested one by one"))
    assert scope.livestock_slaughter(normalize("قتل مسلحون ثلاثة رعاة وسرقوا أغنامهم").split()) is False


def test_a_sentence_with_no_accusation_word_reads_no_side(monkeypatch):
    """``_accusation_in``: with no accusation, attribution or blame word no reading can hold; its sides (forces and
    groups named) are not listed (before: each was walked to find none)."""
    from marsad.agent.offline import roles_accusations as acc

    ctx = _context("وقصفت قوات الجيش مواقع لتنظيم داعش قرب الموصل أمس.")
    monkeypatch.setattr(type(ctx), "actors_in", lambda *a, **k: pytest.fail("the sides were listed"))
    assert acc._accusation_in(ctx, 0, acc.Readings()) is None
