"""Attack recall, pass 45: strikes the extractor told no record of.

- A list of districts after the plural unit word ("في مديريات كذا، وكذا") names each district: one incident per place
  (guidelines D-21), as after the dual ("مديريتي") or the singular.

Sentences written for the tests (names, places and numbers made up)."""

from __future__ import annotations


def normalize_name(name: str) -> str:
    return name.replace("مديرية ", "")


def _places(records) -> set[str]:
    return {a.location.canonical_name or a.location.name for a in records.attacks if a.location}


def test_districts_listed_after_the_plural_unit_word_are_one_incident_each(offline_extract):
    found = offline_extract(
        "وفي اليمن، شنت مقاتلات التحالف غارات على تجمعات للمسلحين في مديريات حيس، والتحيتا، وزبيد غرب البلاد.")
    assert len(found.attacks) == 3
    assert {"حيس", "التحيتا", "زبيد"} <= {normalize_name(n) for n in _places(found)}


def test_one_district_after_the_plural_unit_word_is_one_incident(offline_extract):
    found = offline_extract("وفي اليمن، شنت مقاتلات التحالف غارات على تجمعات للمسلحين في مديريات زبيد غرب البلاد.")
    assert len(found.attacks) == 1
