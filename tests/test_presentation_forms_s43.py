"""Presentation forms: text in the Arabic presentation forms (copied from PDFs and old pages) reads like the letters.

Sentences are the team's own; the glyph forms are made with unicodedata so the test shows which letters they are.
"""

from __future__ import annotations

import unicodedata

import pytest

from marsad.core import arabic
from marsad.core.arabic import normalize, normalize_with_offsets, raw_span, widens

_FORM = {  # a few letters in one of their presentation forms, by Unicode name
    "ب": "ARABIC LETTER BEH INITIAL FORM", "غ": "ARABIC LETTER GHAIN MEDIAL FORM", "د": "ARABIC LETTER DAL FINAL FORM",
    "ة": "ARABIC LETTER TEH MARBUTA FINAL FORM", "أ": "ARABIC LETTER ALEF WITH HAMZA ABOVE ISOLATED FORM",
    "م": "ARABIC LETTER MEEM MEDIAL FORM", "ي": "ARABIC LETTER YEH MEDIAL FORM", "ن": "ARABIC LETTER NOON INITIAL FORM",
}
LAM_ALEF = unicodedata.lookup("ARABIC LIGATURE LAM WITH ALEF ISOLATED FORM")
LAM_ALEF_HAMZA = unicodedata.lookup("ARABIC LIGATURE LAM WITH ALEF WITH HAMZA ABOVE FINAL FORM")
FATHATAN = unicodedata.lookup("ARABIC FATHATAN ISOLATED FORM")


def _glyphs(word: str) -> str:
    return "".join(unicodedata.lookup(_FORM[c]) if c in _FORM else c for c in word)


def test_letters_in_presentation_forms_fold_like_the_letters():
    assert normalize(_glyphs("بغداد")) == normalize("بغداد") == "بغداد"
    assert normalize(_glyphs("مدينة")) == "مدينه"  # the final ta marbuta form folds to ه as ة does
    assert normalize(_glyphs("أمن")) == "امن"  # the hamza form folds to ا as أ does
    assert normalize("قتل" + FATHATAN) == "قتل"  # a vowel sign's form is dropped, no space put in


def test_lam_alef_ligatures_become_two_letters_with_offsets_into_the_raw_text():
    raw = f"قال المسؤول {LAM_ALEF} صحة للخبر عن {LAM_ALEF_HAMZA.join(['ا', 'من'])}"
    norm, offsets = normalize_with_offsets(raw, 7)
    assert norm == normalize(raw) == "قال المسوول لا صحه للخبر عن الامن"
    assert len(offsets) == len(norm) + 1 and offsets[-1] == 7 + len(raw)
    start = norm.index("لا ")
    s, e = raw_span(offsets, start, start + 2)
    assert raw[s - 7:e - 7] == LAM_ALEF  # both letters point at the one ligature
    s, e = raw_span(offsets, start + 1, start + 2)
    assert raw[s - 7:e - 7] == LAM_ALEF  # half of it maps back to the whole glyph
    word = norm.index("الامن")
    s, e = raw_span(offsets, word, word + 5)
    assert normalize(raw[s - 7:e - 7]) == "الامن"
    assert widens(raw) and not widens("قال المسؤول لا صحة")


def test_a_ligature_beside_a_dropped_vowel_keeps_sentence_offsets_aligned(offline_extract):
    from marsad.agent.offline.text import _normalise

    # one character more (the ligature) and one fewer (the shadda): the same length, not the same characters
    raw = f"قتّل ثلاثة جنود في هجوم على حاجز {LAM_ALEF}حقا قرب كركوك يوم الاثنين."
    assert len(normalize(raw, collapse_spaces=False)) == len(raw)
    assert _normalise(raw, 40) == normalize_with_offsets(raw, 40)
    norm, offsets = _normalise(raw, 0)
    s, e = raw_span(offsets, norm.index("حاجز"), norm.index("حاجز") + 4)
    assert raw[s:e] == "حاجز"
    rec = offline_extract(raw)
    assert rec.attacks and rec.attacks[0].killed == 3


def test_a_place_written_in_presentation_forms_is_found(offline_place):
    text = f"انفجرت عبوة ناسفة في سوق {_glyphs('بغداد')} الجديدة وقتل أربعة مدنيين."
    assert offline_place(text) is not None


@pytest.mark.parametrize("text", ["ﻻ", "قَالَ ﻻ", "ﷲ أكبر", "Istanbul İstanbul ﺑﻐﺪاد", "ﹰ ﹰ  ﻷ"])
def test_offsets_of_glyphs_are_the_translations(text):
    assert arabic._aligned(text) == text.translate(arabic._ALIGNED)
    assert normalize_with_offsets(text, 3) == arabic._normalize_with_offsets_loop(text, 3)
    assert normalize_with_offsets(text, 3)[0] == normalize(text)
