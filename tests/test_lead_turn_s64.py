"""Pass 64 (fixqamiss64, review finding 14): the answer check's lead context (compose.LEAD_NAMED) is not taken across
a turn to another incident -- a round-up's later paragraph opening "وفي حادث آخر" or "وفي محافظة ..." tells of another
place's toll, which the lead naming the asked place does not name. Sentences written for these tests."""

from __future__ import annotations

from marsad.agent.qa import compose
from marsad.agent.qa.compose import Claim, assemble
from marsad.agent.qa.question import parse_question

_LEAD = "انفجرت سيارة مفخخة قرب سوق شعبي في مدينة الرمادي صباح الاثنين مما أدى إلى مقتل سبعة مدنيين."
_MIDDLE = (
    "وقال مسؤول محلي إن الانفجار ألحق أضرارا كبيرة بالمحال التجارية.",
    "وأغلقت قوات الأمن مداخل السوق ومنعت دخول المركبات.",
    "ونقل الجرحى إلى مستشفى المدينة العام لتلقي العلاج.",
)
_TOLL = "قتل أربعة جنود بنيران مسلحين هاجموا نقطة تفتيش على الطريق العام."


def _article(opening: str) -> tuple[str, int]:
    text = "\n".join((_LEAD, *_MIDDLE, opening + _TOLL))
    return text, text.index(opening + _TOLL)


def _claim(text: str, start: int) -> Claim:
    return Claim("قتل 4", [("x", start, len(text))], [4])


def test_the_lead_is_not_taken_across_a_turn_to_another_incident():
    ramadi = parse_question("كم جنديا قتل في هجوم الرمادي؟").entities[0]
    for turn in ("وفي حادث آخر، ", "وفي محافظة ديالى، "):
        text, start = _article(turn)
        assert compose._lead_naming(text, start, ramadi) is None, turn
    text, start = _article("كما ")  # (no turn: the same incident's toll)
    assert compose._lead_naming(text, start, ramadi) == (0, len(_LEAD))


def test_a_roundups_other_toll_does_not_answer_for_the_leads_place():
    parsed = parse_question("كم جنديا قتل في هجوم الرمادي؟")
    text, start = _article("وفي حادث آخر، ")
    assert assemble(parsed, [_claim(text, start)], {"x": text}, backend="offline", titles={"x": ""}).abstained
    text, start = _article("كما ")
    answer = assemble(parsed, [_claim(text, start)], {"x": text}, backend="offline", titles={"x": ""})
    assert not answer.abstained
    assert any(c.start == 0 for c in answer.citations)
