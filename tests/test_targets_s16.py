"""Issue 12 (session 16): the target of an attack read as a member noun takes its group along.

Every sentence here is written for these tests (none is taken from the corpus). A count or an attack verb
followed by "عناصر"، "أفراد"، "مقاتلين" named only the members, never whom they belong to; the reader now
runs on past "من" to the group (an actor, or a definite noun with its definite adjectives), switch
``roles_objects.MEMBER_GROUP``. "ردا"/"انتقاما" (in response, in revenge) end an object phrase, and so
does an attack verb joined by "و" ("ودمرت"، switch ``VERB_ENDS_OBJECT``).
"""

from __future__ import annotations

import pytest

from marsad.agent.offline import roles_objects


def _targets(offline_extract, text: str) -> list:
    return [a.target for a in offline_extract(text).attacks]


MEMBER_CASES = [
    ("وأعلن مصدر عسكري مقتل سبعة عناصر من الميليشيات المتمردة بقصف مدفعي شرق مدينة مأرب أمس.",
     "عناصر من الميليشيات المتمردة"),
    ("وأسفر القصف عن مصرع العشرات من عناصر الميليشيات الانقلابية في جبهة الساحل.",
     "عناصر الميليشيات الانقلابية"),
    ("وأطلق المهاجم النار على أفراد من الشرطة المحلية قرب محطة القطار في مدينة ليون.",
     "أفراد من الشرطة المحلية"),
]


@pytest.mark.parametrize("text,want", MEMBER_CASES)
def test_member_noun_takes_its_group(offline_extract, text, want):
    assert want in _targets(offline_extract, text)


@pytest.mark.parametrize("text,want", MEMBER_CASES)
def test_rule_off_gives_the_bare_member_noun(offline_extract, monkeypatch, text, want):
    monkeypatch.setattr(roles_objects, "MEMBER_GROUP", False)
    got = _targets(offline_extract, text)
    assert want not in got and want.split()[0] in got


def test_member_noun_before_a_place_stays_alone(offline_extract):
    got = _targets(offline_extract, "وقتل خمسة عناصر في هجوم مسلح على حاجز أمني في مدينة العريش.")
    assert not any(t and "العريش" in t for t in got)


RESPONSE = "وشنت طائرات حربية غارة على موقع للمسلحين انتقاما لمقتل جنديين في مدينة درنة الليبية."


def test_in_revenge_ends_the_object(offline_extract):
    assert _targets(offline_extract, RESPONSE) == ["موقع للمسلحين"]


def test_without_the_stop_words_the_object_runs_on(offline_extract, monkeypatch):
    monkeypatch.setattr(roles_objects, "_OBJECT_STOPS", roles_objects._OBJECT_STOPS - {"ردا", "انتقاما"})
    assert _targets(offline_extract, RESPONSE) == ["موقع للمسلحين انتقاما"]


JOINED_VERB = [
    ("وشنت مقاتلات التحالف أمس غارات استهدفت آليات تابعة للتنظيم ودمرت مخزنا للذخيرة قرب مدينة الموصل.",
     "آليات تابعة للتنظيم"),
    ("وقصفت الطائرات الحربية أمس تجمعات للمسلحين ودمرت عربات مدرعة في محيط مدينة سرت، ما أدى إلى مقتل 12 مسلحا.",
     "تجمعات للمسلحين"),
]


@pytest.mark.parametrize("text,want", JOINED_VERB)
def test_a_joined_attack_verb_ends_the_object(offline_extract, text, want):
    assert _targets(offline_extract, text) == [want]


@pytest.mark.parametrize("text,want", JOINED_VERB)
def test_without_the_verb_stop_the_object_runs_on(offline_extract, monkeypatch, text, want):
    monkeypatch.setattr(roles_objects, "VERB_ENDS_OBJECT", False)
    got = _targets(offline_extract, text)
    assert len(got) == 1 and got[0].startswith(want + " ودمرت")
