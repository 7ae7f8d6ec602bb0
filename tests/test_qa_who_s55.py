"""Pass 55 (qaslot55): who-is questions (agent/qa/appositions.py): "من القيادي ... الذي" without "هو" (WHO_BARE), and
the name told right after the title ("القيادي الحوثي فلان الفلاني المكنى ...") in the best-ranked article's sentence
naming the question's places, when no apposition ties a name to the descriptor (TITLE_NAME).

Names and sentences are made up for these tests.
"""

from __future__ import annotations

from qa_claims import evidence_of, read_question

from marsad.agent.qa import appositions

_FRONT = ("أفاد مراسل محلي أن القوات الحكومية استعادت منطقة \"وادي النخيل\" في محافظة مأرب. "
          "وأضاف المصدر أن القيادي الحوثي صالح العميسي المكنى أبو ناصر، أحد أكبر القياديين في محور مأرب، لقي "
          "حتفه. كما قتل عشرون من المسلحين.")


def test_who_without_huwa_and_the_name_after_the_title():
    question = read_question("من القيادي الحوثي البارز في جبهة مأرب الذي قتل عندما استعادت القوات وادي النخيل؟")
    assert appositions.asked_descriptor(question) == "قيادي"
    claims = appositions.apposition_claims(question, evidence_of(_FRONT))
    assert claims and "صالح العميسي" in claims[0].text


def test_title_name_needs_the_questions_place():
    # the title-then-name sentence tells of another front: no fallback answer
    other = _FRONT.replace("في محور مأرب", "في محور الساحل")
    question = read_question("من القيادي الحوثي البارز في جبهة مأرب الذي قتل عندما استعادت القوات وادي النخيل؟")
    assert not appositions.apposition_claims(question, evidence_of(other))


def test_who_switches(monkeypatch):
    question = "من القيادي الحوثي البارز في جبهة مأرب الذي قتل عندما استعادت القوات وادي النخيل؟"
    monkeypatch.setattr(appositions, "TITLE_NAME", False)
    assert not appositions.apposition_claims(read_question(question), evidence_of(_FRONT))
    monkeypatch.setattr(appositions, "TITLE_NAME", True)
    monkeypatch.setattr(appositions, "WHO_BARE", False)
    assert appositions.asked_descriptor(read_question(question)) is None


def test_who_bare_not_a_preposition_nor_a_plain_who():
    for q in ("من أعلن مسؤوليته عن الهجوم الذي استهدف الجيش في مأرب؟", "كم قتيلا من الجيش الذي هاجمه المسلحون؟",
              "Who was the Houthi commander killed in Marib?"):
        assert appositions.asked_descriptor(read_question(q)) is None, q
