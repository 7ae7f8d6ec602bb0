"""Pass 53: places on unseen real news. Every text here is written for these tests.

* ``mentions.SELF_CUED``: a world name whose first word is a place noun glued to a clitic ("لمدينة غزة"،
  "لمحافظة الجوف") is cued by that noun.
* ``locations.OWN_NOUN_CUE``: such a name ("لمخيم اليرموك") is no weak reading left unresolved.
* ``headless_units.REGISTRY_NAMES``: "في واشنطن" is the registry's place, not the headless "ولاية واشنطن".
"""

from __future__ import annotations

from marsad.agent.offline import headless_units, locations, mentions


def _places(offline_extract, text):
    return [(a.location.name_en, a.location.admin_level, a.location.country) if a.location else None
            for a in offline_extract(text).attacks]


_GAZA_CITY = "أصيب شاب فلسطيني بنيران مدفعية إسرائيلية عند الأطراف الشرقية لمدينة غزة."
_JAWF = "قتل خمسة جنود في هجوم على الحدود الشرقية لمحافظة الجوف."
_YARMOUK = "قتل خمسة مدنيين في قصف على الأحياء الجنوبية لمخيم اليرموك."
_WASHINGTON = "قتل مسلح ثلاثة أشخاص في هجوم على مطعم في واشنطن. وقالت الشرطة الأمريكية إن المهاجم أمريكي."


def test_place_noun_with_clitic_cues_its_name(offline_extract):
    assert _places(offline_extract, _GAZA_CITY) == [("Gaza City", "city", "PS")]
    assert _places(offline_extract, _JAWF) == [("Al Jawf Governorate", "governorate", "YE")]
    assert _places(offline_extract, _YARMOUK) == [("al-Yarmūk", "city", "SY")]


def test_self_cued_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(mentions, "SELF_CUED", False)
    assert _places(offline_extract, _GAZA_CITY) == [("Gaza", "region", "PS")]  # the Strip
    assert _places(offline_extract, _JAWF)[0][2] == "LY"  # the Libyan town read from the bare name


def test_own_noun_cue_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(locations, "OWN_NOUN_CUE", False)
    assert _places(offline_extract, _YARMOUK) == [None]  # a weak clitic reading, left unresolved


def test_registry_name_is_no_headless_province(offline_extract):
    assert _places(offline_extract, _WASHINGTON) == [("United States", "country", "US")]


def test_registry_names_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(headless_units, "REGISTRY_NAMES", False)
    assert _places(offline_extract, _WASHINGTON)[0][1] == "governorate"  # "ولاية واشنطن"


# ``gazetteer.json`` ``not_place_names``: "ميمنة"/"ميسرة" (a front's right and left flank) are no world towns
_FLANK = "شن طيران التحالف غارة على تجمع للمسلحين في ميمنة جبهة نهم شرق صنعاء."


def test_flank_word_is_no_town(offline_extract):
    names = [a.location.name for a in offline_extract(_FLANK).attacks if a.location is not None]
    assert names == ["نهم"]  # the front, not "ميمنة" (Maymana in Afghanistan, or its unresolved name)
