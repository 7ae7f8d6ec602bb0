"""Perpetrators and countries, session 27. Sentences written for these tests (names, places and numbers made up).

- ``NISBA_GROUPS``: a named armed group written with its home country's adjective after it ("حركة الشباب
  الصومالية") is still the group; another country's adjective names another group.
- ``ACTOR_COUNTRIES``: a country right after a verb of armed action is the state that acts, not where the news is.
"""

from __future__ import annotations

import pytest

from marsad.agent.offline import context


def _doers(records) -> list:
    return [a.perpetrator for a in records.attacks]


def _actor_names(records) -> set:
    return {a.name for a in records.actors}


_SHABAAB_ADJ = "قتل 7 جنود في هجوم شنه مسلحو حركة الشباب الصومالية على معسكر للجيش في بلدة بولو بردي فجر الأحد."
_TALIBAN_ADJ = "وقالت حركة طالبان الأفغانية إن مقاتليها هاجموا مقرا للشرطة في ولاية غزني وقتلوا 5 شرطيين."
_OTHER_HOME = "وتبنت جماعة الجهاد الإسلامي المصرية الهجوم على الحافلة في أسيوط الذي قتل فيه 3 ركاب."


def test_group_with_its_home_adjective_is_the_doer(offline_extract):
    records = offline_extract(_SHABAAB_ADJ)
    assert _doers(records) == ["حركة الشباب"]
    assert any("الشباب" in n for n in _actor_names(records))


def test_group_with_its_home_adjective_claims(offline_extract):
    assert _doers(offline_extract(_TALIBAN_ADJ)) == ["حركة طالبان"]


def test_another_countrys_adjective_names_another_group(offline_extract):
    records = offline_extract(_OTHER_HOME)
    assert "حركة الجهاد الإسلامي" not in _doers(records)


def test_nisba_groups_switch_off_drops_the_group(offline_extract, monkeypatch):
    monkeypatch.setattr(context, "NISBA_GROUPS", False)
    assert _doers(offline_extract(_SHABAAB_ADJ)) == [None]


_ACTING_STATE = ("شنت القوات الأمريكية غارة جوية استهدفت مسلحين من حركة الشباب في بلدة طيبلاي يوم الأحد. وأسفرت "
                 "الغارة عن مقتل 6 مسلحين. ونفذت الولايات المتحدة منذ عامين عشرات الغارات المماثلة، وتشن الولايات "
                 "المتحدة هذه الغارات بالتنسيق مع الحكومة في الصومال.")


def test_a_state_that_acts_is_not_where_the_strike_was(offline_extract):
    records = offline_extract(_ACTING_STATE)
    assert records.attacks and all((a.location is None or a.location.country != "US") for a in records.attacks)


def test_actor_countries_switch_off_puts_the_strike_in_the_acting_state(offline_extract, monkeypatch):
    monkeypatch.setattr(context, "ACTOR_COUNTRIES", False)
    records = offline_extract(_ACTING_STATE)
    assert any(a.location is not None and a.location.country == "US" for a in records.attacks)


# ``roles_claims.DATED_APART``: a claim of one incident ("عن ذلك الهجوم") told after an earlier incident with a date of
# its own is of that earlier incident, not of the one the article opens with.
_TODAY_THEN_EARLIER = ("فجر انتحاري نفسه أمام مبنى وزارة الزراعة في جلال آباد اليوم الخميس ما أدى إلى مقتل 6 موظفين. "
                       "وقال متحدث باسم الشرطة إن الهجوم وقع عند نهاية الدوام. ففي آذار الماضي، فجر انتحاري نفسه قرب "
                       "بوابة الوزارة فقتل 9 أشخاص. وتبنى داعش ذلك الهجوم في بيان نشره لاحقا.")


def test_claim_of_the_earlier_dated_incident_skips_todays(offline_extract):
    assert _doers(offline_extract(_TODAY_THEN_EARLIER)) == [None, "داعش"]


def test_dated_apart_switch_off_spreads_the_claim(offline_extract, monkeypatch):
    from marsad.agent.offline import roles_claims

    monkeypatch.setattr(roles_claims, "DATED_APART", False)
    assert _doers(offline_extract(_TODAY_THEN_EARLIER)) == ["داعش", "داعش"]


def test_claim_without_an_earlier_dated_incident_still_reaches_it(offline_extract):
    text = ("قتل 7 مصلين في تفجير انتحاري داخل مسجد بمدينة بيجي مساء الجمعة. وأصيب 19 آخرون في التفجير. "
            "وتبنى داعش ذلك الهجوم في بيان نشره لاحقا.")
    assert set(_doers(offline_extract(text))) == {"داعش"}


# ``roles_perpetrator.ATTACKERS_OF``: the attackers counted among the dead are still of the group named after them.
_BOMBERS_OF = ("أفاد مراسل الإذاعة بمقتل نحو 8 أشخاص، الأحد، أغلبهم من الانتحاريين من حركة الشباب، عقب هجوم "
               "بسيارتين مفخختين قرب مقر البرلمان في مقديشو.")


def test_dead_suicide_bombers_name_their_group_as_the_doer(offline_extract):
    assert _doers(offline_extract(_BOMBERS_OF)) == ["حركة الشباب"]


def test_dead_members_of_a_group_are_not_attackers(offline_extract):
    assert _doers(offline_extract("قتل 8 من عناصر حركة الشباب في غارة جوية على معسكر في بلدة جلب.")) != ["حركة الشباب"]


def test_attackers_of_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import roles_perpetrator

    monkeypatch.setattr(roles_perpetrator, "ATTACKERS_OF", False)
    assert _doers(offline_extract(_BOMBERS_OF)) == [None]


# ``roles_perpetrator.ATTRIBUTED_ANAPHOR``: an attack attributed ("نسبته ... إلى") to a group named by a noun that
# refers back ("التنظيم") is attributed to the group the article named with that noun.
_ATTRIBUTED_BACK = ("أعلنت الحكومة أنها ستوسع حملتها على تنظيم داعش. وقتل 14 شخصا في تفجير انتحاري استهدف تجمعا "
                    "للطلاب في بلدة أقجه قلعة الثلاثاء، نسبته السلطات الى التنظيم المتطرف.")


def test_attribution_to_a_group_named_before(offline_extract):
    assert _doers(offline_extract(_ATTRIBUTED_BACK)) == ["داعش"]


def test_attributed_anaphor_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import roles_perpetrator

    monkeypatch.setattr(roles_perpetrator, "ATTRIBUTED_ANAPHOR", False)
    assert _doers(offline_extract(_ATTRIBUTED_BACK)) == [None]


def test_attribution_anaphor_with_no_group_named_before(offline_extract):
    text = "وقتل 14 شخصا في تفجير انتحاري استهدف تجمعا للطلاب في بلدة أقجه قلعة الثلاثاء، نسبته السلطات الى التنظيم."
    assert _doers(offline_extract(text)) == [None]


# ``roles_forces.CAPITAL_DOERS``: a capital right after a verb of launching stands for its state's forces.
_CAPITAL_LAUNCH = "قتل 6 مسلحين في الغارات التي شنتها موسكو مساء الاثنين على مواقع في ريف حماة الشمالي."


def test_capital_after_a_launch_verb_is_its_states_forces(offline_extract):
    assert _doers(offline_extract(_CAPITAL_LAUNCH)) == ["الطيران الروسي"]


def test_capital_doers_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import roles_forces

    monkeypatch.setattr(roles_forces, "CAPITAL_DOERS", False)
    assert _doers(offline_extract(_CAPITAL_LAUNCH)) == [None]


def test_capital_that_speaks_is_no_doer(offline_extract):
    text = "قتل 6 مسلحين في غارات على ريف حماة الشمالي، وقالت موسكو إنها لم تشارك فيها."
    assert _doers(offline_extract(text)) == [None]


# ``roles_perpetrator.ONE_INCIDENT_CHARGE``: an accusation whose charge names one incident by its noun, even
# indefinite, charges the incident the sentence tells.
_HELD_FOR_ONE = ("أكد الرئيس أنه يحمّل حركة الجهاد الإسلامي مسؤولية تفجير موكب وزير الداخلية في خان يونس الذي أسفر "
                 "عن إصابة 3 حراس.")
_ACCUSED_OF_ONE = "واتهمت الحكومة حركة الشباب بتنفيذ تفجير سيارة مفخخة في سوق بلدة بيدوا أسفر عن مقتل 12 شخصا."


@pytest.mark.parametrize(("text", "doer"), [(_HELD_FOR_ONE, "حركة الجهاد الإسلامي"), (_ACCUSED_OF_ONE, "حركة الشباب")])
def test_accused_of_one_incident_is_its_doer(offline_extract, text, doer):
    assert _doers(offline_extract(text)) == [doer]


@pytest.mark.parametrize("text", [_HELD_FOR_ONE, _ACCUSED_OF_ONE])
def test_one_incident_charge_switch_off(offline_extract, monkeypatch, text):
    from marsad.agent.offline import roles_perpetrator

    monkeypatch.setattr(roles_perpetrator, "ONE_INCIDENT_CHARGE", False)
    assert _doers(offline_extract(text)) == [None]


def test_one_incident_charge_reads_the_charge():
    from marsad.agent.offline.roles_perpetrator import _one_incident_charge

    assert _one_incident_charge(["بتنفيذ", "تفجير", "سياره"], 0)
    assert not _one_incident_charge(["بقتل", "22", "صحافيا"], 0)
    assert not _one_incident_charge(["بتنفيذ", "هجمات"], 0)


def test_names_actor_reads_adjectives_and_acting_states():
    from marsad.agent.offline.context import build_context, names_actor
    from marsad.agent.offline.mentions import get_gazetteer
    from marsad.schemas import Document

    text = ("وأكدت القيادة العسكرية الأميركية أن الغارة وقعت قرب بلدة طيبلاي. ونفذت الولايات المتحدة غارات أخرى "
            "في الصومال.")
    ctx = build_context(Document(doc_id="t", text=text, published="2019-03-10"), get_gazetteer())
    read = {m.surface: names_actor(ctx.sentences[si], m) for si, ms in enumerate(ctx.mentions) for m in ms
            if m.kind == "places"}
    assert read.get("الأميركية") is True
    assert read.get("الولايات المتحدة") is True
    assert read.get("الصومال") is False


# ``roles_perpetrator.GLUED_ATTRIBUTION``: an attribution may write "إلى" as a glued "ل".
_GLUED_NAMED = "وقتل 18 شخصا في تفجير انتحاري نسب لتنظيم داعش في بلدة أقجه قلعة الثلاثاء."
_GLUED_BACK = ("أعلنت الحكومة الحرب على تنظيم داعش. وقتل 18 شخصا في تفجير انتحاري نسب للتنظيم في بلدة أقجه قلعة "
               "الثلاثاء.")


@pytest.mark.parametrize("text", [_GLUED_NAMED, _GLUED_BACK])
def test_glued_attribution_names_the_doer(offline_extract, text):
    assert _doers(offline_extract(text)) == ["داعش"]


@pytest.mark.parametrize("text", [_GLUED_NAMED, _GLUED_BACK])
def test_glued_attribution_switch_off(offline_extract, monkeypatch, text):
    from marsad.agent.offline import roles_perpetrator

    monkeypatch.setattr(roles_perpetrator, "GLUED_ATTRIBUTION", False)
    assert _doers(offline_extract(text)) == [None]
