"""Actor recall, session 18 (second wave): registry spellings of often-named officials. Sentences written for the
tests (places, days and numbers made up)."""

from __future__ import annotations

import pytest


def _by_canonical(records) -> dict[str, object]:
    return {a.canonical_name: a for a in records.actors}


@pytest.mark.parametrize("text", [
    # the family name written as two words ("لو" + "دريان") is not read as a name without the registry
    "وأكد وزير الخارجية الفرنسي جان إيف لو دريان أن بلاده ستواصل دعم الحكومة في مالي.",
    "وقال وزير الخارجية الفرنسي جان إيف لودريان الثلاثاء إن باريس تدعم الحل السياسي في اليمن.",
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
