"""Pass 64 (qamiss64): the answer check's lead context (compose.LEAD_NAMED) -- a key entity the article's lead names
is named for a claim quoting a later sentence of it, out of NEAR_SENTENCES' reach; an entity neither the lead nor the
sentences near the quote name stays unnamed. Sentences written for these tests."""

from __future__ import annotations

from marsad.agent.qa import compose
from marsad.agent.qa.compose import Claim, assemble
from marsad.agent.qa.question import parse_question

_SENTENCES = (
    "شن الجيش العراقي هجوما واسعا على مواقع المسلحين غرب مدينة الموصل فجر الأحد.",
    "وقال سكان إن أصوات الانفجارات سمعت طوال ساعات الليل في القرى القريبة.",
    "وأغلقت السلطات الطرق الرئيسية أمام حركة السيارات حتى إشعار آخر.",
    "ونقلت سيارات الإسعاف عددا من المصابين إلى المستشفيات الميدانية.",
    "وتحدث شهود عن نزوح عشرات الأسر نحو المخيمات الواقعة جنوبا.",
    "وأسفر القصف عن مقتل 12 مسلحا بحسب مصادر محلية.",
)
_TEXT = "\n".join(_SENTENCES)


def _claim() -> Claim:
    start = _TEXT.index(_SENTENCES[-1])
    return Claim("قتل 12", [("x", start, start + len(_SENTENCES[-1]))], [12])


def test_an_entity_the_lead_names_is_named_for_a_later_sentence(monkeypatch):
    parsed = parse_question("كم مسلحا قتل في هجوم الجيش العراقي غرب الموصل؟")
    assert len(parsed.entities) >= 2
    answer = assemble(parsed, [_claim()], {"x": _TEXT}, backend="offline", titles={"x": ""})
    assert not answer.abstained
    assert any(c.start == 0 for c in answer.citations)  # (the lead is cited beside the quote)
    monkeypatch.setattr(compose, "LEAD_NAMED", False)
    assert assemble(parsed, [_claim()], {"x": _TEXT}, backend="offline", titles={"x": ""}).abstained


def test_an_entity_the_article_never_names_stays_unnamed():
    parsed = parse_question("كم مسلحا قتل في هجوم الجيش العراقي غرب كركوك؟")
    assert any(e.name_en == "Kirkuk" for e in parsed.entities)
    assert assemble(parsed, [_claim()], {"x": _TEXT}, backend="offline", titles={"x": ""}).abstained


def test_only_the_leads_sentences_are_read():
    # (the same article with two sentences before the one naming the army and the town: no lead names them)
    text = "\n".join(("وقال سكان إن أصوات الانفجارات سمعت طوال الليل.", "وأغلقت السلطات الطرق حتى إشعار آخر.",
                      *_SENTENCES))
    mosul = parse_question("كم مسلحا قتل غرب الموصل؟").entities[0]
    last = _TEXT.index(_SENTENCES[-1])
    assert compose._lead_naming(text, text.index(_SENTENCES[-1]), mosul) is None
    assert compose._lead_naming(_TEXT, last, mosul) == (0, len(_SENTENCES[0]))


def test_a_sentence_deep_in_a_long_article_is_out_of_the_leads_reach(monkeypatch):
    monkeypatch.setattr(compose, "LEAD_REACH", 4)  # (the count sentence is the article's sixth)
    mosul = parse_question("كم مسلحا قتل غرب الموصل؟").entities[0]
    assert compose._lead_naming(_TEXT, _TEXT.index(_SENTENCES[-1]), mosul) is None
    assert compose._lead_naming(_TEXT, _TEXT.index(_SENTENCES[3]), mosul) == (0, len(_SENTENCES[0]))
