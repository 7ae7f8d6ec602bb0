"""Pass 46 (split46): one record per place of a list after a plural place noun (GUIDELINES D-21).

- A plural place noun followed at once by names joined by "و" ("في مناطق X وY وZ") names each of them: one record per
  place, not only the first (``named_places.PLURAL_SPLIT``).
- Such a list goes on over a name the gazetteer knows ("في قرى X وY وأبو غريب"): the known place is one conjunct of
  the list, not its end (``named_places.LISTED_KNOWN``).
- Names that are no list of where the attack happened (where the dead came from) give no record.

Sentences written for the tests (names, places and numbers made up)."""

from __future__ import annotations

from marsad.agent.offline import named_places as npl

SHELLING = "قصفت المدفعية مساء أمس مناطق خربيشة ودولكان وسيروان في إقليم كردستان شمال العراق."
MIXED = "قتل 9 من المسلحين بقصف جوي على مخابئهم في قرى البوشهاب والبوعطية وأبو غريب غرب العاصمة."


def _places(found) -> list[str]:
    return [a.location.name for a in found.attacks if a.location]


def test_plural_place_noun_list_gives_one_record_per_place(offline_extract):
    assert sorted(_places(offline_extract(SHELLING))) == sorted(["خربيشة", "دولكان", "سيروان"])


def test_plural_place_noun_list_switch_off_gives_the_first(offline_extract, monkeypatch):
    monkeypatch.setattr(npl, "PLURAL_SPLIT", False)
    assert _places(offline_extract(SHELLING)) == ["خربيشة"]


def test_a_known_place_continues_the_list(offline_extract):
    names = _places(offline_extract(MIXED))
    assert len(names) == 3 and "البوعطية" in names and any("غريب" in n for n in names)


def test_a_known_place_continues_the_list_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(npl, "LISTED_KNOWN", False)
    # the list stopped at the known name, and the place the frame read there was left out with it
    assert not any("غريب" in n for n in _places(offline_extract(MIXED)))


def test_a_shared_toll_is_no_place_own(offline_extract):
    # one toll told for the three villages together is left out of each record (kept as written)
    assert [a.killed for a in offline_extract(MIXED).attacks] == [None, None, None]


def test_one_name_after_the_plural_noun_is_one_record(offline_extract):
    found = offline_extract("قصفت المدفعية مساء أمس مناطق خربيشة في إقليم كردستان شمال العاصمة.")
    assert len(found.attacks) == 1


def test_towns_the_dead_came_from_are_no_list_of_attacks(offline_extract):
    # where the victims came from is told after the attack and its city: one record, at that city
    found = offline_extract("قتل 5 أشخاص أمس في قصف مدفعي على سوق مدينة تعز، وينتمي القتلى إلى مناطق الحصين والمرزوق وبني سعيد.")
    assert [(a.location.name if a.location else None, a.killed) for a in found.attacks] == [("تعز", 5)]


def test_a_common_noun_with_its_adjective_is_no_name(offline_extract):
    found = offline_extract("وشنت المقاتلات غارات استهدفت مناطق الرهوة ومخازن عسكرية للذخيرة شمال المدينة.")
    assert "مخازن" not in _places(found)
