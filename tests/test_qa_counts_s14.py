"""Session 14: a toll told as lives taken ("حصدت أرواح 9"). Sentences written for these tests."""

from __future__ import annotations

from marsad.agent.qa.counts import count_claims
from marsad.agent.qa.evidence import Evidence
from marsad.agent.qa.question import parse_question
from marsad.schemas import Document


def test_lives_taken_are_a_death_toll():
    text = ("قالت منظمة إغاثة إن الألغام التي زرعها المسلحون حصدت أرواح 9 مدنيين منذ مطلع الشهر في ريف تعز. "
            "وأصيب طفلان بجروح أمس عندما انفجر لغم قرب مدرسة في المنطقة.")
    ev = Evidence(docs={"t": Document(doc_id="t", title="ألغام في تعز", text=text, published="2018-05-03")})
    q = parse_question("كم مدنيا قتلتهم الألغام في ريف تعز؟")
    claims = count_claims(q, ev)
    assert claims and claims[0][1].numbers == [9]
