"""Pass 49: seizure lists and a known place joined to an unknown one (GUIDELINES D-21: one record per named place).

``attacks_events.SEIZED_LIST``: every place of a seizure told before its battle noun; ``SEIZED_HELD``: also when a known
place holding them follows them; ``KNOWN_JOINED``: "في مديرية X ومنطقة Y" is two places; ``named_places.SITES_NO_NAMES``:
"وموقع ..." is no name of a list."""

from __future__ import annotations

from marsad.agent.offline import attacks_events, named_places


def _places(offline_extract, text):
    return sorted(a.location.name for a in offline_extract(text).attacks if a.location is not None)


_SEIZED = "حررت قوات الجيش منطقة الحبيل وجبل المرقب وقرية الشعبة بعد معارك عنيفة مع الحوثيين."
_HELD = "استعادت قوات الجيش اليمني السيطرة على جبل المرقب ومنطقة الحبيل في مديرية صرواح، عقب معارك عنيفة مع الحوثيين."
_JOINED = "قصفت مدفعية الجيش اليمني مواقع الحوثيين في مديرية صرواح ومنطقة المشجح."
_SITE = "سيطر المقاتلون مساء أمس على جبال المضلع وموقع النسور بعد معارك استمرت ساعات مع المسلحين."


def test_seized_list_one_record_per_place(offline_extract):
    assert _places(offline_extract, _SEIZED) == ["الحبيل", "الشعبة", "جبل المرقب"]


def test_seized_list_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(attacks_events, "SEIZED_LIST", False)
    assert _places(offline_extract, _SEIZED) == ["الحبيل"]


def test_seized_list_held_by_known_place(offline_extract):
    recs = [a for a in offline_extract(_HELD).attacks if a.location is not None]
    assert sorted(a.location.name for a in recs) == ["الحبيل", "جبل المرقب"]
    assert all(a.location.country == "YE" for a in recs)


def test_seized_held_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(attacks_events, "SEIZED_HELD", False)
    assert _places(offline_extract, _HELD) == ["صرواح"]


def test_known_place_joined_to_unknown(offline_extract):
    assert _places(offline_extract, _JOINED) == ["المشجح", "صرواح"]


def test_known_joined_keeps_a_shared_toll(offline_extract):
    text = "قتل سبعة مدنيين في قصف على مديرية صرواح ومنطقة المشجح."
    recs = offline_extract(text).attacks
    assert [a.killed for a in recs] == [7]


def test_known_joined_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(attacks_events, "KNOWN_JOINED", False)
    assert _places(offline_extract, _JOINED) == ["صرواح"]


def test_site_noun_is_no_name(offline_extract):
    assert "موقع" not in _places(offline_extract, _SITE)


def test_site_noun_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(named_places, "SITES_NO_NAMES", False)
    assert "موقع" in _places(offline_extract, _SITE)


_HEADED = "قصف الجيش اليمني تجمعات للحوثيين في جبل الحمراء وشعب الدوم."


def test_head_noun_joins_a_list(offline_extract):
    assert _places(offline_extract, _HEADED) == ["جبل الحمراء", "شعب الدوم"]


def test_head_conjuncts_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(named_places, "HEAD_CONJUNCTS", False)
    assert _places(offline_extract, _HEADED) == ["جبل الحمراء"]


def test_one_seized_place_held_by_a_known_one(offline_extract):
    text = "واستردت قوات الجيش اليمني منطقة الطوارف في مديرية صرواح بعد معارك ضارية مع جماعة الحوثي."
    (attack,) = [a for a in offline_extract(text).attacks if a.location is not None]
    assert attack.location.name == "الطوارف" and attack.location.within == "صرواح"


_SCHOOL = "استعادت قوات الجيش السيطرة على منطقة الحبيل ومدرسة الفتح بعد معارك ضارية مع الحوثيين."


def test_named_school_joined_to_a_list(offline_extract):
    assert _places(offline_extract, _SCHOOL) == ["الحبيل", "مدرسة الفتح"]


def test_a_school_alone_is_no_place_noun(offline_extract):
    text = "قصفت مدفعية الحوثيين مدرسة الفتح في مديرية صرواح."
    assert _places(offline_extract, text) == ["صرواح"]


def test_named_school_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(named_places, "HEAD_CONJUNCTS", False)
    assert _places(offline_extract, _SCHOOL) == ["الحبيل"]


def test_a_known_place_joined_by_and_holds_nothing(offline_extract):
    # "منطقة X ومدينة الحزم": the known town is one more place of the list, not the area holding the unknown one
    text = "حررت قوات الجيش منطقة الحبيل ومدينة الحزم بعد معارك عنيفة مع المسلحين."
    assert "الحبيل" not in _places(offline_extract, text)
    held = "حررت قوات الجيش منطقة الحبيل بمديرية حيس بعد معارك عنيفة مع المسلحين."
    assert _places(offline_extract, held) == ["الحبيل"]
