"""Pass 36 (agreements and joint rooms in real phrasing): sentences written for these tests, none from the corpus."""

from __future__ import annotations

import pytest

from marsad.agent.offline import agreements_capitals as acp
from marsad.agent.offline import agreements_leaders as ald
from marsad.agent.offline import agreements_provisions as apv
from marsad.agent.offline import agreements_records as arc
from marsad.agent.offline import agreements_terms as atm
from marsad.core.arabic import normalize


def _agreements(offline_extract, text: str):
    return offline_extract(text, published="2017-11-20").agreements


def _provisions(offline_extract, text: str) -> list[str]:
    ags = _agreements(offline_extract, text)
    return [p for a in ags for p in a.provisions]


# DURATION_TERM: a truce's length told out of the truce phrase is a provision of its own ---------------------------

DUR_SIDES = "وأعلنت حركة الشباب أمس هدنة مع الجيش الصومالي لخمسة أيام بمناسبة الأعياد."
DUR_MUDDA = "وأعلن الجيش الليبي هدنة إنسانية في درنة، على ما يبدو لمدة أسبوعين."
DUR_GLUED = "وأعلن الحوثيون أمس وقف إطلاق النار في مأرب، وقالوا إنه سيستمر لأسبوع واحد على الأقل."
DUR_LASTS = "وأعلنت روسيا هدنة في ريف حلب تستمر 48 ساعة لإجلاء الجرحى."
DUR_PAST_WAR = "ورعت قطر في 2012 هدنة في غزة أنهت حربا دامت ثمانية أيام بين الطرفين."


@pytest.mark.parametrize("text,term", [(DUR_SIDES, "لخمسة أيام"), (DUR_MUDDA, "لمدة أسبوعين"),
                                       (DUR_GLUED, "لأسبوع"), (DUR_LASTS, "48 ساعة")])
def test_duration_term(offline_extract, text, term):
    assert term in _provisions(offline_extract, text)


@pytest.mark.parametrize("text,term", [(DUR_SIDES, "لخمسة أيام"), (DUR_MUDDA, "لمدة أسبوعين"),
                                       (DUR_GLUED, "لأسبوع"), (DUR_LASTS, "48 ساعة")])
def test_duration_term_switch_off(offline_extract, monkeypatch, text, term):
    monkeypatch.setattr(atm, "DURATION_TERM", False)
    assert term not in _provisions(offline_extract, text)


def test_duration_of_the_war_is_no_term(offline_extract):
    assert not any(p == "ثمانية أيام" for p in _provisions(offline_extract, DUR_PAST_WAR))


def test_duration_inside_the_phrase_not_repeated(offline_extract):
    provisions = _provisions(offline_extract, "وأعلنت الحكومة السودانية وقفا لإطلاق النار لمدة تسعة أشهر في دارفور.")
    assert not any(p == "لمدة تسعة أشهر" for p in provisions)
    assert any("لمدة تسعة أشهر" in p for p in provisions)


def test_year_is_no_duration(offline_extract):
    provisions = _provisions(offline_extract, "وأكدت الحركة التزامها بتفاهمات التهدئة لعام 2012 مع الاحتلال.")
    assert not any(p.startswith("لعام") for p in provisions)


# CONDITION_TERM: the condition told after the sides or a comma is a provision of its own -----------------------------

COND_COMMA = "وأعلنت حركة حماس التوصل إلى تهدئة مع إسرائيل برعاية قطرية، بشرط رفع الحصار عن المعبر."
COND_SHARIT = "ووافقت الحكومة اليمنية على هدنة في تعز مع الحوثيين شريطة انسحاب مسلحيهم من التلال."


@pytest.mark.parametrize("text,term", [(COND_COMMA, "بشرط رفع الحصار"), (COND_SHARIT, "شريطة انسحاب مسلحيهم")])
def test_condition_term(offline_extract, text, term):
    assert any(p.startswith(term) for p in _provisions(offline_extract, text))


@pytest.mark.parametrize("text,term", [(COND_COMMA, "بشرط رفع الحصار"), (COND_SHARIT, "شريطة انسحاب مسلحيهم")])
def test_condition_term_switch_off(offline_extract, monkeypatch, text, term):
    monkeypatch.setattr(atm, "CONDITION_TERM", False)
    assert not any(p.startswith(term) for p in _provisions(offline_extract, text))


# SHORT_NAMES and STORY_LEADERS: leaders named in full once, then by last name or as "الجانبان" -------------------------

MET = "التقى سلفا كير رئيس جنوب السودان زعيم المتمردين رياك مشار في نيروبي أمس."
FILLER = " وقال الوسيط إن اللقاء كان وديا. وأضاف أن المحادثات تناولت ملفات عدة. وأشار إلى أن الوضع الإنساني صعب."
SHORT_SIGNED = MET + " ووقع كير ومشار اتفاقا لوقف القتال ليلا."
SHORT_BETWEEN = MET + " وأعلن الوسطاء توقيع اتفاق بين كير ومشار لوقف القتال."
DUAL_LATER = MET + FILLER + " واتفق الجانبان على وقف إطلاق النار."
DUAL_REPORTER = ("قال وزير خارجية كينيا أمينة محمد إن سلفا كير رئيس جنوب السودان وصل إلى نيروبي أمس." + FILLER
                 + " واتفق الجانبان على وقف إطلاق النار.")
KIIR_MACHAR = {"جنوب السودان", "الحركة الشعبية لتحرير السودان في المعارضة"}


@pytest.mark.parametrize("text", [SHORT_SIGNED, SHORT_BETWEEN])
def test_short_names(offline_extract, text):
    ags = _agreements(offline_extract, text)
    assert len(ags) == 1 and set(ags[0].parties) == KIIR_MACHAR


@pytest.mark.parametrize("text", [SHORT_SIGNED, SHORT_BETWEEN])
def test_short_names_switch_off(offline_extract, monkeypatch, text):
    monkeypatch.setattr(ald, "SHORT_NAMES", False)
    assert all(set(a.parties) != KIIR_MACHAR for a in _agreements(offline_extract, text))


def test_story_leaders(offline_extract):
    ags = _agreements(offline_extract, DUAL_LATER)
    assert len(ags) == 1 and set(ags[0].parties) == KIIR_MACHAR


def test_story_leaders_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(ald, "STORY_LEADERS", False)
    assert all(set(a.parties) != KIIR_MACHAR for a in _agreements(offline_extract, DUAL_LATER))


def test_story_leaders_not_who_reported(offline_extract):
    assert all(not a.parties for a in _agreements(offline_extract, DUAL_REPORTER))


# CAPITAL_SIDES: a capital the state names do not list stands for its state, found by the gazetteer's coordinates -----

CAP_BETWEEN = "وأعلنت الوساطة الإقليمية توقيع اتفاق أمني بين جوبا ونجامينا لضبط الحدود."
CAP_TRUCE = "وأعلن الوسطاء التوصل إلى هدنة بين أسمرة وأديس أبابا على الحدود."


@pytest.mark.parametrize("text,sides", [(CAP_BETWEEN, {"جنوب السودان", "تشاد"}), (CAP_TRUCE, {"إريتريا", "إثيوبيا"})])
def test_capital_sides(offline_extract, text, sides):
    ags = _agreements(offline_extract, text)
    assert len(ags) == 1 and set(ags[0].parties) == sides


@pytest.mark.parametrize("text,sides", [(CAP_BETWEEN, {"جنوب السودان", "تشاد"}), (CAP_TRUCE, {"إريتريا", "إثيوبيا"})])
def test_capital_sides_switch_off(offline_extract, monkeypatch, text, sides):
    monkeypatch.setattr(acp, "CAPITAL_SIDES", False)
    assert all(set(a.parties) != sides for a in _agreements(offline_extract, text))


# RULE_BASE: "قاعدة التفاهم" is a basis, not a military base --------------------------------------------------------

def _norm_words(text: str) -> list[str]:
    return normalize(text).split()


def test_rule_base():
    words = _norm_words("ودعا إلى توسيع قاعدة التفاهم بين الكتل")
    assert arc._rule_base(words, 3)
    assert not arc._rule_base(_norm_words("استخدام قاعدة جوية في الشمال"), 1)


def test_rule_base_switch_off(monkeypatch):
    monkeypatch.setattr(arc, "RULE_BASE", False)
    assert not arc._rule_base(_norm_words("ودعا إلى توسيع قاعدة التفاهم بين الكتل"), 3)


def test_military_base_still_security(offline_extract):
    text = "ووقعت الكويت وبريطانيا اتفاقا يتيح استخدام قاعدة جوية في الشمال."
    assert any(a.agreement_type == "security_agreement" for a in _agreements(offline_extract, text))


# BACK_VERB_CUT: a provision ends before a verb with a pronoun referring back to the agreement ------------------------

BACK_VERB = "ونفى وزير الدفاع اتفاقا لوقف النار بالجنوب أعلنته الحركة لوقف القتال مع الجيش."


def test_back_verb_cut(offline_extract):
    provisions = _provisions(offline_extract, BACK_VERB)
    assert provisions and not any("أعلنته" in p for p in provisions)


def test_back_verb_cut_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(apv, "BACK_VERB_CUT", False)
    assert any("أعلنته" in p for p in _provisions(offline_extract, BACK_VERB))


# PERIOD_TERM: "من X حتى Y" after a verb of lasting is the truce's length --------------------------------------------

PERIOD = "وأعلن الجيش الباكستاني هدنة مع المسلحين في وزيرستان، وقال إنها ستستمر من رابع أيام العيد حتى آخر الشهر."


def test_period_term(offline_extract):
    assert any(p.startswith("من رابع أيام العيد حتى") for p in _provisions(offline_extract, PERIOD))


def test_period_term_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(atm, "PERIOD_TERM", False)
    assert not any(p.startswith("من ثالث أيام العيد") for p in _provisions(offline_extract, PERIOD))
