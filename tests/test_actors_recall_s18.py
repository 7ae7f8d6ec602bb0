"""Actor recall, session 18 (second wave): registry spellings of often-named officials. Sentences written for the
tests (places, days and numbers made up)."""

from __future__ import annotations

import pytest


def _by_canonical(records) -> dict[str, object]:
    return {a.canonical_name: a for a in records.actors}


@pytest.mark.parametrize("text", [
    # the family name written as two words ("لو" + "دريان") is not read as a name without the registry
    "وأكد جان إيف لو دريان وزير الخارجية الفرنسي أن فرنسا لن تتخلى عن حكومة مالي.",
    "وقال جان إيف لودريان، وزير الخارجية الفرنسي، الثلاثاء إن باريس تؤيد تسوية سياسية في ليبيا.",
    "وحضر اللقاء وزير الدفاع جان ايف لودريان وعدد من كبار الضباط.",
])
def test_le_drian_spellings_are_one_registry_person(offline_extract, text):
    found = _by_canonical(offline_extract(text))
    assert "جان إيف لودريان" in found
    assert found["جان إيف لودريان"].name_en == "Jean-Yves Le Drian"


def test_ghani_written_with_abd_is_the_registry_person(offline_extract):
    text = ("دان الرئيس الأفغاني، أشرف عبد الغني، الهجوم الذي استهدف مسجدا في هرات. "
            "وقال عبد الغني إن الحكومة ستلاحق المنفذين.")
    found = _by_canonical(offline_extract(text))
    assert "أشرف غني" in found
    assert "أشرف عبد الغني" not in found


@pytest.mark.parametrize(("text", "canonical"), [
    # a president named after his nisba title was not read at all without the registry
    ("وقال الرئيس السوداني عمر البشير إن بلاده لن تسحب قواتها من جنوب البحر الأحمر.", "عمر البشير"),
    ("واستقبل الرئيس عمر حسن البشير وفدا عسكريا في الخرطوم أمس.", "عمر البشير"),
    # a family name alone that only one official of the region bears
    ("وغرد قرقاش على تويتر قائلا إن التحالف سيواصل عملياته قرب الميناء.", "أنور قرقاش"),
    # a spelling variant joins the registry spelling
    ("وأكدت ساره ساندرز في مؤتمرها الصحفي اليومي أن الإدارة لم تتخذ قرارا بعد.", "سارة ساندرز"),
    ("وأعلن الرئيس اللبناني ميشيل عون أن الجيش سيتصدى لأي خرق للحدود.", "ميشال عون"),
])
def test_often_named_officials_are_registry_persons(offline_extract, text, canonical):
    assert canonical in _by_canonical(offline_extract(text))


def test_le_drian_role_follows_the_article_date():
    from marsad.core import lexicon

    entry = lexicon.get_lexicon().get("actors", "jean_yves_le_drian")
    assert entry is not None
    assert lexicon.role_at(entry, "2015-07-24") == "وزير الدفاع الفرنسي"
    assert lexicon.role_at(entry, "2018-05-07") == "وزير الخارجية الفرنسي"
