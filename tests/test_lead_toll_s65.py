"""Pass 65 (qamiss65): the answer check's lead context narrowed for counts (compose._lead_toll) -- a lead that states
a toll of its own names nothing for a later sentence's other figure (a round-up's weekly toll, an older incident's);
a lead stating no toll still does. Sentences written for these tests."""

from __future__ import annotations

from marsad.agent.qa import compose
from marsad.agent.qa.compose import Claim, assemble
from marsad.agent.qa.question import parse_question

_QUIET = (
    "شن الجيش العراقي هجوما واسعا على مواقع المسلحين غرب مدينة الموصل فجر الأحد.",
    "وقال سكان إن أصوات الانفجارات سمعت طوال ساعات الليل في القرى القريبة.",
)
_TOLLED = (
    "قتل أربعة مدنيين وأصيب سبعة آخرون في غارة للجيش العراقي غرب مدينة الموصل فجر الأحد.",
    "وقال سكان إن أصوات الانفجارات سمعت طوال ساعات الليل في القرى القريبة.",
)
_LATER = (
    "وأغلقت السلطات الطرق الرئيسية أمام حركة السيارات حتى إشعار آخر.",
    "ونقلت سيارات الإسعاف عددا من المصابين إلى المستشفيات الميدانية.",
    "وتحدث شهود عن نزوح عشرات الأسر نحو المخيمات الواقعة جنوبا.",
    "وأسفرت العمليات خلال شهر عن مقتل 90 مسلحا بحسب مصادر محلية.",
)


def _claim(text: str) -> Claim:
    start = text.index(_LATER[-1])
    return Claim("قتل 90", [("x", start, start + len(_LATER[-1]))], [90])


def test_a_lead_stating_its_own_toll_names_nothing_for_another_figure():
    text = "\n".join((*_TOLLED, *_LATER))
    mosul = parse_question("كم شخصا قتل غرب الموصل؟").entities[0]
    assert compose._lead_naming(text, text.index(_LATER[-1]), mosul, [90]) is None
    parsed = parse_question("كم شخصا قتل في غارة الجيش العراقي غرب الموصل؟")
    assert assemble(parsed, [_claim(text)], {"x": text}, backend="offline", titles={"x": ""}).abstained


def test_a_lead_stating_the_same_figure_or_no_toll_still_names():
    mosul = parse_question("كم شخصا قتل غرب الموصل؟").entities[0]
    quiet = "\n".join((*_QUIET, *_LATER))
    assert compose._lead_naming(quiet, quiet.index(_LATER[-1]), mosul, [90]) == (0, len(_QUIET[0]))
    tolled = "\n".join((*_TOLLED, *_LATER))
    assert compose._lead_naming(tolled, tolled.index(_LATER[-1]), mosul, [4]) == (0, len(_TOLLED[0]))
    # (a claim without a figure: the lead names the place as before)
    assert compose._lead_naming(tolled, tolled.index(_LATER[-1]), mosul) == (0, len(_TOLLED[0]))
    parsed = parse_question("كم مسلحا قتل في هجوم الجيش العراقي غرب الموصل؟")
    assert not assemble(parsed, [_claim(quiet)], {"x": quiet}, backend="offline", titles={"x": ""}).abstained


def test_an_age_or_a_date_in_the_lead_is_no_toll():
    lead = ("أصيب الشاب سامر خليل (19 عاما) بعبوة غاز في 3 آذار قرب السياج غرب مدينة الموصل.",
            "وقال سكان إن أصوات الانفجارات سمعت طوال ساعات الليل في القرى القريبة.")
    text = "\n".join((*lead, *_LATER))
    sents = compose._sentences(text)
    assert not compose._lead_toll(text, sents, [90])
    assert compose._lead_toll("\n".join((*_TOLLED, *_LATER)), compose._sentences("\n".join((*_TOLLED, *_LATER))), [90])


# -- a round-up: the sentence near the quote naming the place is the first incident's, across a turn

_ROUNDUP = ("قتل خمسة مدنيين بانفجار سيارة مفخخة في سوق مدينة الحلة صباح الخميس.",
            "وقالت الشرطة إن الانفجار ألحق أضرارا بعشرات المحال التجارية.",
            "وفي حادث آخر، هاجم مسلحون نقطة تفتيش قرب بلدة الدجيل.",
            "وأسفر الهجوم عن مقتل ثلاثة جنود وإصابة اثنين.")


def test_no_name_is_taken_across_a_turn_to_another_incident():
    text = "\n".join(_ROUNDUP)
    hilla = parse_question("كم جنديا قتل في هجوم الحلة؟").entities[0]
    assert hilla.name_en == "Hillah"
    assert compose._sentence_near(text, text.index(_ROUNDUP[3]), hilla) is None
    # (without the turn the lead names the town for the sentence three below it, as before)
    plain = text.replace("وفي حادث آخر، هاجم", "وهاجم")
    assert compose._sentence_near(plain, plain.index(_ROUNDUP[3]), hilla) == (0, len(_ROUNDUP[0]))
    start = text.index(_ROUNDUP[3])
    claim = Claim("قتل 3", [("x", start, start + len(_ROUNDUP[3]))], [3])
    assert assemble(parse_question("كم جنديا قتل في هجوم الحلة؟"), [claim], {"x": text}, backend="offline",
                    titles={"x": ""}).abstained


def test_the_merge_rules_openers_are_turns_too(monkeypatch):
    # ("من جهة أخرى" opens another news item for the extraction's merge rules: a turn for the answer check too)
    text = "\n".join(_ROUNDUP).replace("وفي حادث آخر، هاجم", "من جهة أخرى، هاجم")
    hilla = parse_question("كم جنديا قتل في هجوم الحلة؟").entities[0]
    monkeypatch.setattr(compose, "TURN_SHARED", True)
    assert compose._sentence_near(text, text.index(_ROUNDUP[3]), hilla) is None
    monkeypatch.setattr(compose, "TURN_SHARED", False)
    assert compose._sentence_near(text, text.index(_ROUNDUP[3]), hilla) == (0, len(_ROUNDUP[0]))
