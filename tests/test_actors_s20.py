"""Actors, session 20: often-named Gulf and regional officials of 2015-2018 in the registry, and a known official's
name inside another man's lineage ("بن" before it, or a different grandfather after it). Sentences written for the
tests (days, places and numbers made up)."""

from __future__ import annotations

from marsad.agent.offline import actors_persons


def _by_canonical(records) -> dict[str, object]:
    return {a.canonical_name: a for a in records.actors}


def test_crown_prince_interior_minister_is_a_registry_official(offline_extract):
    found = _by_canonical(offline_extract(
        "وأكد الأمير محمد بن نايف خلال لقائه قادة الأجهزة الأمنية أن المملكة ماضية في ملاحقة الخلايا الإرهابية.",
        published="2016-02-11"))
    person = found["محمد بن نايف بن عبدالعزيز"]
    assert person.type == "official"
    assert person.name_en == "Mohammed bin Nayef"


def test_french_interior_minister_named_bare(offline_extract):
    found = _by_canonical(offline_extract(
        "وقال كولومب للصحافيين إن الشرطة أوقفت رجلين كانا يخططان لهجوم في مدينة ليون.", published="2018-04-03"))
    assert found["جيرار كولومب"].name_en == "Gerard Collomb"


def test_iraqi_speaker_is_a_registry_official(offline_extract):
    found = _by_canonical(offline_extract(
        "وطالب سليم الجبوري الحكومة بحماية المدنيين العائدين إلى قضاء الشرقاط.", published="2016-10-20"))
    assert found["سليم الجبوري"].name_en == "Salim al-Jabouri"


_SON = "وافتتح الأمير سعد بن سلمان بن عبدالعزيز مساء الخميس معرضا للتراث في مدينة أبها."


def test_king_in_his_sons_name_is_not_the_king(offline_extract):
    found = _by_canonical(offline_extract(_SON, published="2016-05-12"))
    assert "سلمان بن عبدالعزيز آل سعود" not in found
    assert any(c.startswith("سعد بن سلمان") for c in found)


def test_king_in_his_sons_name_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(actors_persons, "_FATHER_IN_NAME", False)
    found = _by_canonical(offline_extract(_SON, published="2016-05-12"))
    assert "سلمان بن عبدالعزيز آل سعود" in found  # the old reading


_NAMESAKE = "وحضر الأمير فيصل بن بندر بن مشعل بن عبدالعزيز حفل المعايدة في جدة مساء الثلاثاء."


def test_namesake_with_another_grandfather_is_not_the_governor(offline_extract):
    found = _by_canonical(offline_extract(_NAMESAKE, published="2016-07-19"))
    assert all(a.name_en != "Faisal bin Bandar" for a in found.values())


def test_namesake_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(actors_persons, "_FATHER_IN_NAME", False)
    found = _by_canonical(offline_extract(_NAMESAKE, published="2016-07-19"))
    assert any(a.name_en == "Faisal bin Bandar" for a in found.values())


_HONORIFIC = "واستقبل الشيخ تميم بن حمد في الدوحة وفدا عسكريا لبحث التعاون في مكافحة الإرهاب."


def test_honorific_is_not_a_known_officials_role(offline_extract):
    found = _by_canonical(offline_extract(_HONORIFIC, published="2016-03-09"))
    assert found["تميم بن حمد آل ثاني"].role == "أمير دولة قطر"


def test_honorific_role_switch_off(offline_extract, monkeypatch):
    from marsad.agent.offline import actors_build
    monkeypatch.setattr(actors_build, "_HONORIFIC_NOT_ROLE", False)
    found = _by_canonical(offline_extract(_HONORIFIC, published="2016-03-09"))
    assert found["تميم بن حمد آل ثاني"].role == "الشيخ"  # the old reading
