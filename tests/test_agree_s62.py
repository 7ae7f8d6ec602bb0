"""Pass 62 (agree62): sentences written for these tests, none from the corpus."""

from __future__ import annotations

from marsad.agent.offline import agreements_cues, agreements_named, agreements_parties
from marsad.core.arabic import normalize


def _agreements(offline_extract, text: str):
    return offline_extract(text, published="2019-05-14").agreements


def _parties(offline_extract, text: str) -> set[str]:
    return {p for a in _agreements(offline_extract, text) for p in a.parties}


# One vocabulary per family (agreements_cues.ON, SIGNED_PARTICIPLES) -------------------------------------------------


def test_the_preposition_on_is_one_normalised_set_read_by_every_family():
    assert frozenset({normalize("على")}) == agreements_cues.ON
    from marsad.agent.offline import agreements_provisions, agreements_statement, agreements_status

    assert agreements_status._ON is agreements_cues.ON and agreements_status._ON_WORDS is agreements_cues.ON
    assert agreements_statement.ON is agreements_cues.ON and agreements_provisions.ON is agreements_cues.ON


def test_the_participles_of_signing_are_one_list():
    signed = agreements_cues.SIGNED_PARTICIPLES
    assert {normalize(w) for w in ("الموقعة", "المبرم", "الموقعين", "الموقعتان")} <= signed
    assert agreements_parties.SIGNED_PARTICIPLES is signed


# LEADERS_BETWEEN: after "بين", a leader stands for his state ----------------------------------------------------------

_TITLED = "رحب وزير الخارجية الألماني بالاتفاق الأمني بين الرئيس الفرنسي والرئيس التشادي لنشر قوات مشتركة على الحدود."
_NAMED = "رحب الوزير بالاتفاق الأمني بين ماكرون وبوتين لنزع السلاح."


def test_leaders_told_by_title_after_between_are_both_sides(offline_extract):
    assert _parties(offline_extract, _TITLED) == {"فرنسا", "تشاد"}


def test_leaders_named_after_between_are_their_states(offline_extract):
    assert _parties(offline_extract, _NAMED) == {"فرنسا", "روسيا"}


def test_a_leader_who_welcomes_an_agreement_between_two_states_is_no_side(offline_extract):
    assert _parties(offline_extract, "رحب بوتين بالاتفاق الأمني بين أرمينيا وأذربيجان لوقف القتال.") == {
        "أرمينيا", "أذربيجان"}


def test_leaders_between_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_parties, "LEADERS_BETWEEN", False)
    assert "تشاد" not in _parties(offline_extract, _TITLED)
    assert "روسيا" not in _parties(offline_extract, _NAMED)


# LEADER_SIGNERS: a named leader who signs ---------------------------------------------------------------------------

_COUNTERPART = "وقع ماكرون ونظيره التشادي اتفاقية تعاون عسكري لمكافحة الإرهاب في الساحل."
_TWO_NAMES = "وقع ترمب وبوتين اتفاقا أمنيا لنزع السلاح."
_HIS_COUNTRY = "وقال ماكرون إن بلاده وقعت اتفاقية دفاعية مع اليونان لمواجهة التهديدات."


def test_a_named_leader_with_his_counterpart_signs_for_his_state(offline_extract):
    assert _parties(offline_extract, _COUNTERPART) == {"فرنسا", "تشاد"}


def test_two_named_leaders_after_a_verb_of_signing_are_both_sides(offline_extract):
    assert _parties(offline_extract, _TWO_NAMES) == {"الولايات المتحدة", "روسيا"}


def test_a_named_leader_whose_country_signed_is_a_side(offline_extract):
    assert _parties(offline_extract, _HIS_COUNTRY) == {"فرنسا", "اليونان"}


def test_a_leader_who_announces_or_mediates_is_no_side(offline_extract):
    told = "أعلن ترمب أن إسرائيل والإمارات وقعتا اتفاقا أمنيا لتبادل المعلومات الاستخباراتية."
    assert _parties(offline_extract, told) == {"إسرائيل", "الإمارات"}
    mediated = "ووقعت أرمينيا وأذربيجان اتفاقا لوقف إطلاق النار بوساطة بوتين."
    assert "روسيا" not in _parties(offline_extract, mediated)


def test_leader_signers_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_parties, "LEADER_SIGNERS", False)
    assert "فرنسا" not in _parties(offline_extract, _COUNTERPART)
    assert "روسيا" not in _parties(offline_extract, _TWO_NAMES)
    assert "فرنسا" not in _parties(offline_extract, _HIS_COUNTRY)


# COMPOUND_NISBA: a people's adjective of two words --------------------------------------------------------------------

_KOREAN = "وقع الرئيس الأميركي والزعيم الكوري الشمالي اتفاقا أمنيا لنزع السلاح."


def test_a_two_word_adjective_after_a_title_names_the_state(offline_extract):
    assert _parties(offline_extract, _KOREAN) == {"الولايات المتحدة", "كوريا الشمالية"}


def test_the_first_word_alone_names_no_state(offline_extract):
    parties = _parties(offline_extract, "وقع الرئيس الأميركي والسفير الكوري اتفاقا أمنيا لنزع السلاح.")
    assert "كوريا الشمالية" not in parties and "كوريا الجنوبية" not in parties


def test_compound_nisba_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_named, "COMPOUND_NISBA", False)
    assert "كوريا الشمالية" not in _parties(offline_extract, _KOREAN)


# BOUND_BY: a treaty told as what binds its sides is in force ----------------------------------------------------------

_BINDS = "وتربط الولايات المتحدة واليابان معاهدة دفاع مشترك منذ عام 1960."
_BOUND = "وترتبط تركيا مع قطر باتفاقية دفاع مشترك تتيح نشر قوات تركية."


def test_a_treaty_that_binds_two_states_is_in_force(offline_extract):
    (a,) = _agreements(offline_extract, _BINDS)
    assert a.status == "implementing" and set(a.parties) == {"الولايات المتحدة", "اليابان"}
    (b,) = _agreements(offline_extract, _BOUND)
    assert b.status == "implementing"


def test_a_deal_that_links_things_says_nothing_of_its_force(offline_extract):
    text = "وتسعى الشركة إلى اتفاق أمني يربط الميناء بشبكة الطرق."
    assert all(a.status != "implementing" for a in _agreements(offline_extract, text))


def test_a_binding_verb_of_something_else_says_nothing_of_its_force(offline_extract):
    # fixagree62 (review62 finding 5): "يرتبط X بـY" of the act of signing is "depends on"; a relative clause of the
    # relations that bind two states is not the agreement binding them
    depends = "ويرتبط توقيع الاتفاق الأمني بين العراق والولايات المتحدة بموافقة البرلمان العراقي عليه."
    relations = "وقال الوزير إن العلاقات التي تربط البلدين ستسمح بتوقيع اتفاقية أمنية بين العراق والأردن قريبا."
    for text in (depends, relations):
        assert all(a.status != "implementing" for a in _agreements(offline_extract, text))


def test_bound_by_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import agreements_status

    monkeypatch.setattr(agreements_status, "BOUND_BY", False)
    (a,) = _agreements(offline_extract, _BINDS)
    assert a.status != "implementing"


# TAKEOVER: taking over the running of security is a handover ----------------------------------------------------------

_TAKES_OVER = "وقال المتحدث إن هناك مشروع اتفاق بين المجلس الأهلي وتنظيم القاعدة يقضي بتولي المجلس إدارة أمن البلدة بعد العيد."


def test_taking_over_the_running_of_security_is_a_handover(offline_extract):
    (a,) = _agreements(offline_extract, _TAKES_OVER)
    assert a.agreement_type == "security_handover" and a.status == "proposed"


def test_taking_up_a_security_post_is_no_handover(offline_extract):
    assert not _agreements(offline_extract, "وتولى الوزير وزارة الأمن الداخلي خلفا لزميله في الحكومة.")
    assert not _agreements(offline_extract, "وتولى الجنرال حقيبة الأمن في الحكومة الجديدة.")


def test_taking_a_post_succeeding_an_officer_or_running_a_seized_town_is_no_handover(offline_extract):
    # fixagree62 (review62 finding 13): the sentence must tell a handover (an agreement, "على أن", a withdrawal)
    for text in ("وكان اللواء سالم الحديدي قد تولى مسؤولية الأمن في المنطقة الخضراء ببغداد عام 2008 قبل أن يحال إلى التقاعد.",
                 "وقال المتحدث إن العقيد رامي الخطيب سيتولى إدارة أمن المطار خلفا للعقيد ناصر العمري الذي أقيل أمس.",
                 "وأعلن تنظيم داعش أنه يتولى إدارة أمن مدينة الرقة بعد سيطرته عليها."):
        assert all(a.agreement_type != "security_handover" for a in _agreements(offline_extract, text))


def test_taking_over_security_on_an_agreement_or_a_withdrawal_is_a_handover(offline_extract):
    (a,) = _agreements(offline_extract, "واتفق الطرفان على أن تتولى الشرطة المحلية مسؤولية الأمن في المدينة.")
    assert a.agreement_type == "security_handover"
    (b,) = _agreements(offline_extract, "وتتولى الشرطة المحلية مسؤولية الأمن في البلدة بعد انسحاب الجيش منها.")
    assert b.agreement_type == "security_handover"


def test_takeover_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import agreements_mentions

    monkeypatch.setattr(agreements_mentions, "TAKEOVER", False)
    assert all(a.agreement_type != "security_handover" for a in _agreements(offline_extract, _TAKES_OVER))


# A leader told after "بحضور" (a witness) is no side (fixagree62, review62 finding 6; data key mediation) -------------


def test_a_leader_who_witnesses_the_signing_is_no_side(offline_extract):
    text = ("وقع اتفاق وقف إطلاق النار بين الحكومة السودانية والحركة الشعبية بحضور الرئيس التشادي والرئيس الفرنسي"
            " في الخرطوم.")
    assert _parties(offline_extract, text) == {"الحكومة السودانية", "الحركة الشعبية"}
    assert _parties(offline_extract, "وقعت إثيوبيا وإريتريا اتفاقا أمنيا بحضور الرئيس الفرنسي.") == {"إثيوبيا", "إريتريا"}
