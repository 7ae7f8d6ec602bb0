"""Roles, session 22: perpetrators named by a state, by a dual cue, and not across days.

- a state told as the doer stands for the army its adjective names in ``nisba_doers`` when ``state_doers`` has
  no line of its own for it ("شنت بريطانيا غارات"، ``roles_forces.STATE_FROM_NISBA``);
- the dual object forms of the strong cues are cues ("بعد هجومين شنهما الجيش"، ``roles_cues.DUAL_CUES``);
- a cue after "غداة"/"عشية" tells the day before's incident, not the one of the sentence
  (``roles_cues.DAY_APART``).

Sentences written for these tests (names, places and numbers are made up or changed)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import roles_cues, roles_forces, roles_sides, roles_waged


def _doers(records) -> list:
    return [a.perpetrator for a in records.attacks]


_UK = "وشنت بريطانيا صباح الأحد أربع غارات جوية على مخازن أسلحة قرب مدينة الرقة."
_FRANCE = "وكانت فرنسا قصفت مواقع للمسلحين في شمال مالي قبل يومين."
_DUAL = "اندلعت اشتباكات عنيفة قرب مدينة حيس عقب هجومين شنهما الجيش الوطني على مواقع الحوثيين."
_DAY_BEFORE = ("وقتل 14 شخصا السبت في هجمات على أسواق شعبية في بغداد، غداة تعرض أحياء أخرى في العاصمة "
               "لتفجيرين تبناهما تنظيم داعش.")


@pytest.mark.parametrize(("text", "doer"), [(_UK, "الجيش البريطاني"), (_FRANCE, "الجيش الفرنسي")])
def test_state_stands_for_its_nisba_army(offline_extract, text, doer):
    assert _doers(offline_extract(text))[:1] == [doer]


@pytest.mark.parametrize("text", [_UK, _FRANCE])
def test_switch_off_leaves_such_states_without_forces(offline_extract, monkeypatch, text):
    monkeypatch.setattr(roles_forces, "STATE_FROM_NISBA", False)
    assert _doers(offline_extract(text))[:1] == [None]


def test_dual_cue_names_the_doer(offline_extract):
    assert _doers(offline_extract(_DUAL))[:1] == ["الجيش اليمني"]


def test_switch_off_reads_no_dual_cue(offline_extract, monkeypatch):
    monkeypatch.setattr(roles_cues, "DUAL_CUES", False)
    assert _doers(offline_extract(_DUAL))[:1] != ["الجيش اليمني"]


def test_claim_of_the_day_before_is_not_this_incidents(offline_extract):
    assert _doers(offline_extract(_DAY_BEFORE))[:1] == [None]


def test_switch_off_gives_the_day_befores_claimant(offline_extract, monkeypatch):
    monkeypatch.setattr(roles_cues, "DAY_APART", False)
    assert _doers(offline_extract(_DAY_BEFORE))[:1] == ["داعش"]


_MILITIA_VSO = ("قالت مصادر إن ميليشيات الحوثي تحاصر البلدة. "
                "وقصفت الميليشيات منازل المواطنين في البلدة بقذائف الهاون مساء الجمعة.")


def test_bare_militia_after_its_verb_is_the_doer(offline_extract):
    assert _doers(offline_extract(_MILITIA_VSO))[-1:] == ["الحوثيين"]


def test_switch_off_leaves_the_militia_after_its_verb_unread(offline_extract, monkeypatch):
    monkeypatch.setattr(roles_forces, "MILITIA_AFTER_VERB", False)
    assert _doers(offline_extract(_MILITIA_VSO))[-1:] == [None]


_HASHTAG_MILITIA = ("نددت منظمات حقوقية بانتهاكات #ميليشيات_الحوثي في المدينة. "
                    "واختطفت الميليشيات عشرات الناشطين من منازلهم في مدينة إب خلال الأسبوع الماضي.")
_OTHERS_KILLED = ("أعلنت مصادر عسكرية مقتل قيادي في #ميليشيات_الحوثي خلال المعارك. وأوضحت المصادر أن القيادي "
                  "قتل مع قادة وعناصر أخرى من الميليشيات خلال مواجهات بمديرية الملاجم.")


def test_militia_named_in_a_hashtag_is_the_bare_militia(offline_extract):
    assert _doers(offline_extract(_HASHTAG_MILITIA)) == ["الحوثيين"]


def test_switch_off_reads_no_hashtag_militia(offline_extract, monkeypatch):
    monkeypatch.setattr(roles_forces, "HASHTAG_MILITIA", False)
    assert _doers(offline_extract(_HASHTAG_MILITIA)) == [None]


def test_others_killed_with_him_are_the_groups_dead(offline_extract):
    assert _doers(offline_extract(_OTHERS_KILLED)) == [None]


def test_switch_off_takes_the_others_for_the_doer(offline_extract, monkeypatch):
    monkeypatch.setattr(roles_cues, "VICTIM_OTHERS", False)
    assert _doers(offline_extract(_OTHERS_KILLED)) == ["الحوثيين"]


_LED_BATTLES = "وتدور معارك عنيفة يقودها الجيش اليمني في جبهة صرواح منذ فجر السبت."
_WAGED_BATTLES = "ودارت معارك ضارية خاضها الجيش اليمني في مديرية نهم منذ فجر الأحد."


@pytest.mark.parametrize("text", [_LED_BATTLES, _WAGED_BATTLES])
def test_side_that_wages_the_battle_is_its_doer(offline_extract, text):
    assert _doers(offline_extract(text)) == ["الجيش اليمني"]


@pytest.mark.parametrize("text", [_LED_BATTLES, _WAGED_BATTLES])
def test_switch_off_reads_no_waging_side(offline_extract, monkeypatch, text):
    monkeypatch.setattr(roles_sides, "WAGE", False)
    monkeypatch.setattr(roles_waged, "WAGED_INDEFINITE", False)  # (pass 58 reads "معارك ضارية خاضها الجيش" too)
    assert _doers(offline_extract(text)) == [None]


_ADVANCING_NOW = "وتتقدم قوات الجيش اليمني نحو مركز مديرية حيس، حيث تدور اشتباكات عنيفة في أطراف المدينة."


def test_side_advancing_now_is_the_battles_doer(offline_extract):
    assert _doers(offline_extract(_ADVANCING_NOW)) == ["الجيش اليمني"]


def test_switch_off_reads_no_present_advance(offline_extract, monkeypatch):
    monkeypatch.setattr(roles_sides, "ADVANCE_PRESENT", False)
    assert _doers(offline_extract(_ADVANCING_NOW)) == [None]
