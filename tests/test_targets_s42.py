"""A target written with an owner's pronoun, pass 42 (``roles_targets.PRONOUN_OWNER``): "استهدفت موكبه" is the
convoy of the man its sentence names before it, "استهدفت تجمعاتهم" the gatherings of the group named before it;
a speaker, the doer or no owner at all leaves the word as written. A target read with the "ل" that ties a strike to
its object ("قصفا جويا لتجمعات المسلحين") is the noun without it (``roles_targets.LAM_OBJECT``), and one read on past
"ب" + a means or cause ("بكمين"، "بسلاح الدبابات"، "بداعي") ends before it (``roles_targets.MEANS_TAIL``), as
does one read on into a negation (``roles_targets.NEGATION_TAIL``). The aim of a series the incident is told as a
part of is not its target (``roles_targets.SERIES_AIM``).

Sentences written for these tests (names, places and numbers are made up or changed)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import roles_targets

_PERSON = "أصيب القيادي في الجماعة سالم الوردي بجروح بالغة بغارة جوية لطائرات التحالف استهدفت موكبه قرب مدينة الحزم أمس."
_GROUP = "قتل 12 مسلحا من الحوثيين بغارات للتحالف العربي استهدفت تجمعاتهم في مديرية نهم أمس."
_SPEAKER = "وقال المتحدث باسم الشرطة العقيد خالد المرزوقي إن مسلحين هاجموا منزله في مدينة الحزم أمس."
_NO_OWNER = "استهدفت غارة جوية موكبه قرب مدينة الحزم أمس وقتل ثلاثة من مرافقيه."
_DOER_ONLY = "قصفت طائرات التحالف العربي أمس مواقعها في مديرية نهم."


@pytest.mark.parametrize("on", [True, False])
def test_a_pronoun_names_the_man_told_before(offline_extract, monkeypatch, on):
    monkeypatch.setattr(roles_targets, "PRONOUN_OWNER", on)
    (a,) = offline_extract(_PERSON).attacks
    assert a.target == ("موكب سالم الوردي" if on else "موكبه")


@pytest.mark.parametrize("on", [True, False])
def test_a_plural_pronoun_names_the_group_told_before(offline_extract, monkeypatch, on):
    monkeypatch.setattr(roles_targets, "PRONOUN_OWNER", on)
    (a,) = offline_extract(_GROUP).attacks
    assert a.target == ("تجمعات الحوثيين" if on else "تجمعاتهم")


@pytest.mark.parametrize(("text", "kept"), [(_SPEAKER, "منزله"), (_NO_OWNER, "موكبه"), (_DOER_ONLY, "مواقعها")])
def test_no_owner_but_a_speaker_or_the_doer_keeps_the_word(offline_extract, text, kept):
    (a,) = offline_extract(text).attacks
    assert a.target == kept


_LAM = "نفذت المقاتلات يوم الأحد قصفا جويا لتجمعات المسلحين قرب مدينة الحزم."


@pytest.mark.parametrize("on", [True, False])
def test_the_lam_of_the_object_is_no_part_of_the_target(offline_extract, monkeypatch, on):
    monkeypatch.setattr(roles_targets, "LAM_OBJECT", on)
    (a,) = offline_extract(_LAM).attacks
    assert a.target == ("تجمعات المسلحين" if on else "لتجمعات المسلحين")


@pytest.mark.parametrize("text", ["لقاء انتخابيا", "للمسلحين", "لندن"])
def test_a_word_that_only_starts_with_lam_is_kept(text):
    assert roles_targets._without_lam(text) == text


_MEANS = "نصب مسلحو المقاومة كمينا أسفر عن مقتل القيادي في الجماعة فارس الحمدي بكمين محكم في مدينة إب أمس."


@pytest.mark.parametrize("on", [True, False])
def test_the_means_after_the_target_ends_it(offline_extract, monkeypatch, on):
    monkeypatch.setattr(roles_targets, "MEANS_TAIL", on)
    (a,) = offline_extract(_MEANS).attacks
    expected = "القيادي في الجماعة فارس الحمدي"
    assert a.target == expected if on else a.target.startswith(expected + " بكمين")


@pytest.mark.parametrize(("text", "kept"), [("حي الوعر بسلاح الدبابات", "حي الوعر"), ("الجنود بداعي التسلل", "الجنود"),
                                            ("حي بابا عمرو", "حي بابا عمرو"), ("مبنى البلدية بإسطنبول", "مبنى البلدية بإسطنبول")])
def test_only_a_means_or_cause_word_ends_the_target(text, kept):
    assert roles_targets._without_means_tail(text) == kept


_SERIES_PART = ("قتل تسعة أشخاص في تفجير وقع في سوق شعبي بمدينة كويتا أمس، في أحدث حلقة من سلسلة هجمات "
                "استهدفت مراكز الاقتراع.")
_STRING_OF_STRIKES = "شنت مقاتلات التحالف العربي أمس سلسلة غارات على مواقع المسلحين في مديرية نهم."
_NEGATION = "أطلق الجنود النار على شاب فلسطيني لا يحمل سلاحا قرب مدينة الخليل أمس."


@pytest.mark.parametrize("on", [True, False])
def test_a_series_aim_is_not_the_incident_target(offline_extract, monkeypatch, on):
    monkeypatch.setattr(roles_targets, "SERIES_AIM", on)
    (a,) = offline_extract(_SERIES_PART).attacks
    assert a.target == (None if on else "مراكز الاقتراع")


def test_a_string_of_strikes_keeps_its_object(offline_extract):
    (a,) = offline_extract(_STRING_OF_STRIKES).attacks
    assert a.target == "مواقع المسلحين"


@pytest.mark.parametrize("on", [True, False])
def test_a_negation_ends_the_target(offline_extract, monkeypatch, on):
    monkeypatch.setattr(roles_targets, "NEGATION_TAIL", on)
    (a,) = offline_extract(_NEGATION).attacks
    assert a.target == ("شاب فلسطيني" if on else "شاب فلسطيني لا يحمل سلاحا")
