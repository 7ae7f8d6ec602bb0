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


def test_a_meanwhile_opener_is_no_turn_and_the_separate_openers_are_the_merge_rules():
    # (review65 #11/#23: "في غضون ذلك" goes on with the same incident; "في حادث آخر" is read from merge.json)
    text = "\n".join(_ROUNDUP).replace("وفي حادث آخر، هاجم", "وفي غضون ذلك، هاجم")
    hilla = parse_question("كم جنديا قتل في هجوم الحلة؟").entities[0]
    assert compose._sentence_near(text, text.index(_ROUNDUP[3]), hilla) == (0, len(_ROUNDUP[0]))
    assert not compose._turns("وفي الاثناء، طوقت قوات الامن المكان")
    assert compose._turns("وفي حادثه منفصله، قتل شرطي") and compose._turns("وفي هجوم مماثل، قتل شرطي")
    assert {"حادث", "حادثه"} <= set(compose._OTHER_NOUNS) and {"اخر", "منفصله"} <= set(compose._OTHER_WORDS)


# -- review65 #10: a toll risen later in the same incident's report is the lead's incident's

_RAMADI = ("انفجرت سيارة مفخخة قرب سوق شعبي في مدينة الرمادي صباح الاثنين مما أدى إلى مقتل سبعة أشخاص.",
           "وقال مسؤول محلي إن الانفجار ألحق أضرارا كبيرة بالمحال التجارية.",
           "وأغلقت قوات الأمن مداخل السوق ومنعت دخول المركبات.",
           "وتحدث شهود عن نزوح عشرات الأسر نحو المخيمات الواقعة جنوبا.",
           "ونقل الجرحى إلى مستشفى المدينة العام لتلقي العلاج.")


def test_a_toll_risen_later_keeps_the_lead():
    ramadi = parse_question("كم شخصا قتل في تفجير الرمادي؟").entities[0]
    risen = "وفي وقت لاحق أعلنت دائرة الصحة ارتفاع حصيلة القتلى إلى تسعة بعد وفاة اثنين من الجرحى."
    text = "\n".join((*_RAMADI, risen))
    assert compose._lead_naming(text, text.index(risen), ramadi, [9]) == (0, len(_RAMADI[0]))
    # (a sum over a period is a round-up's, not the incident's risen toll; nor a plain later figure)
    for later in ("وارتفعت حصيلة القتلى في المحافظة منذ بداية الشهر إلى تسعين.",
                  "وأسفرت الهجمات في المحافظة عن مقتل تسعين شخصا."):
        text = "\n".join((*_RAMADI, later))
        assert compose._lead_naming(text, text.index(later), ramadi, [90]) is None, later


# -- review65 #22: a group asked keeps the check when the lead counts that very group

_CIVILIANS = ("قتل سبعة مدنيين في غارات جوية على مدينة الرمادي صباح الاثنين.",
              "وقال مسؤول محلي إن الغارات ألحقت أضرارا كبيرة بالمنازل.",
              "ونقل الجرحى إلى مستشفى المدينة العام لتلقي العلاج.",
              "وتحدث شهود عن نزوح عشرات الأسر نحو المخيمات الواقعة جنوبا.",
              "وأغلقت السلطات الطرق الرئيسية أمام حركة السيارات حتى إشعار آخر.")
_WEEK = "وأسفرت الغارات على المحافظة خلال الأسبوع الماضي عن مقتل 260 مدنيا."


def test_the_leads_own_group_toll_still_refuses_another_figure():
    text = "\n".join((*_CIVILIANS, _WEEK))
    start = text.index(_WEEK)
    claim = Claim("قتل 260", [("x", start, start + len(_WEEK))], [260])
    for q in ("كم شخصا قتل في غارات الرمادي؟", "كم مدنيا قتل في غارات الرمادي؟"):
        assert assemble(parse_question(q), [claim], {"x": text}, backend="offline", titles={"x": ""}).abstained, q
    # (another group asked: the lead's civilians' toll is not the soldiers')
    soldiers = _WEEK.replace("260 مدنيا", "12 جنديا")
    text = "\n".join((*_CIVILIANS, soldiers))
    ramadi = parse_question("كم جنديا قتل في غارات الرمادي؟").entities[0]
    assert compose._lead_naming(text, text.index(soldiers), ramadi, [12], "soldiers") == (0, len(_CIVILIANS[0]))
    assert compose._lead_naming(text, text.index(soldiers), ramadi, [12], "civilians") is None
