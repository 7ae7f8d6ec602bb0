"""A two-part question whose second part asks what an attack or a plot aimed at ("..., and what were they planning to
attack?", "، وماذا كانوا يخططون لاستهدافه؟"): the clause telling the target is quoted and cited beside the count."""

from __future__ import annotations

from qa_claims import read_question

from marsad.agent.qa import two_parts
from marsad.agent.qa.compose import Claim

_RAID = ("أوقفت قوات الأمن في مدينة مرسين 9 أشخاص يشتبه بانتمائهم لخلية متطرفة وبسعيهم لتنفيذ هجمات على مراكز تسوق في المدينة "
         "بينها مبنى البلدية. وأضاف البيان أن 5 منهم يحملون جنسية أجنبية.")


def test_the_target_part_of_a_two_part_question():
    q = read_question("How many suspects did the police detain in Mersin, and what were they planning to attack?")
    second = two_parts.second_part(q)
    assert second is not None and two_parts._second_kind(second) == ("target", ())
    q = read_question("كم شخصا أوقفت الشرطة في مرسين، وماذا كانوا يخططون لاستهدافه؟")
    second = two_parts.second_part(q)
    assert second is not None and two_parts._second_kind(second) == ("target", ())
    # "what" asking anything else is no second part
    assert two_parts.second_part(read_question("How many suspects were detained in Mersin, and what did they say?")) is None


def test_the_target_clause_is_quoted_beside_a_count(monkeypatch):
    q = read_question("How many suspects did the police detain in Mersin, and what were they planning to attack?")
    cut = _RAID.index("9 أشخاص")
    claim = Claim("9 detained", [("d0", cut, cut + 20)], numbers=[9])
    got = two_parts.with_second_part(q, two_parts.second_part(q), [claim], {"d0": _RAID})
    assert "مبنى البلدية" in got[0].text and len(got[0].spans) == 2
    d, s, e = got[0].spans[1]
    assert _RAID[s:e].startswith("هجمات على مراكز تسوق")
    # a citation holding the clause its short quote leaves out: quoted, cited once
    whole = Claim("9 detained («9 أشخاص يشتبه»)", [("d0", 0, _RAID.index("."))], numbers=[9])
    got = two_parts.with_second_part(q, two_parts.second_part(q), [whole], {"d0": _RAID})[0]
    assert "مبنى البلدية" in got.text and got.spans == whole.spans
    # a claim quoting the clause already is kept as it is
    assert two_parts.with_second_part(q, two_parts.second_part(q), [got], {"d0": _RAID})[0] == got
    # no clause telling a target: nothing added
    plain = "أوقفت قوات الأمن 9 أشخاص في مرسين. وأضاف البيان أن 5 منهم أجانب."
    claim = Claim("9 detained", [("d0", 0, 20)], numbers=[9])
    assert two_parts.with_second_part(q, two_parts.second_part(q), [claim], {"d0": plain})[0] == claim
    monkeypatch.setattr(two_parts, "TARGET_PART", False)
    assert two_parts.second_part(q) is None


# a participants question: the sentence telling who takes part ("يشارك"، "مشاركة") before one sharing only its names
_BATTLE = ("قال المتحدث العسكري إن المعارك حول مدينة الفلوجة تتركز على قطع طرق الإمداد بين المدينة والصحراء. "
           "وأضاف أن ألفي مقاتل من الحشد العشائري يشاركون في المعارك حول الفلوجة إلى جانب الجيش.")


def test_a_participants_question_reads_the_sentence_of_taking_part(monkeypatch):
    from qa_claims import passage_quotes

    from marsad.agent.qa import passages

    question = "ما القوات التي تشارك في المعارك حول مدينة الفلوجة؟"
    got = passage_quotes(question, _BATTLE)
    assert got and "يشاركون" in got[0]
    # no sentence of taking part: the one sharing the question's words stays
    plain = _BATTLE.split(". ")[0] + "."
    assert "الإمداد" in passage_quotes(question, plain)[0]
    monkeypatch.setattr(passages, "PARTAKE", False)
    got = passage_quotes(question, _BATTLE)
    assert not got or "يشاركون" not in got[0]
