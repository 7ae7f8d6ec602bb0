"""Arabic text handling: normalisation, offsets, sentence splitting, search terms.

Includes the traps DOMAIN.md lists for the seed articles.
"""

from __future__ import annotations

import pytest

from marsad.core.arabic import (
    light_stem,
    normalize,
    normalize_with_offsets,
    raw_span,
    search_terms,
    sentence_pieces,
    split_clauses,
    split_sentences,
    stem_tokens,
    token_spans,
    tokenize,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("الإرهاب", "الارهاب"),  # hamza under alef
        ("أربيل", "اربيل"),  # hamza over alef
        ("آمرلي", "امرلي"),  # madda
        ("ديالى", "ديالي"),  # alef maqsura
        ("مشتركة", "مشتركه"),  # ta marbuta
        ("مُشْتَرَكَة", "مشتركه"),  # diacritics
        ("كـــركوك", "كركوك"),  # tatweel
        ("٢٧ عنصراً", "27 عنصرا"),  # Arabic-Indic digits, tanween
        ("۱۳ شرطياً", "13 شرطيا"),  # extended (Persian) digits
        ("غرفة\u00a0عمليات", "غرفه عمليات"),  # NBSP
        ("كر\u200bكوك", "كركوك"),  # zero-width space
        ("“الحشد” «الحشد» ‹الحشد›", '"الحشد" "الحشد" "الحشد"'),  # quote marks
        ("Kirkuk  PMF", "kirkuk pmf"),  # Latin lower-cased, spaces collapsed
    ],
)
def test_normalize_folds_variants(raw, expected):
    assert normalize(raw) == expected


def test_normalize_keeps_the_typo_variants_of_peshmerga_distinct_but_close():
    # normalisation does not invent spellings: the typo stays a typo (the lexicon lists it) ...
    assert normalize("البيمشركة") != normalize("البيشمركة")
    # ... and الارهاب / الإرهاب become one search term
    assert search_terms("الارهاب") == search_terms("الإرهاب") == ["ارهاب"]


def test_offsets_map_normalised_spans_back_to_raw_text():
    raw = "قال\u00a0المتحدث: «قُتِلَ ١٣ من الشرطة الاتحادية»"
    norm, offsets = normalize_with_offsets(raw)
    assert len(offsets) == len(norm) + 1
    start = norm.index("13")
    s, e = raw_span(offsets, start, start + 2)
    assert raw[s:e] == "١٣"
    word = norm.index("قتل")
    s, e = raw_span(offsets, word, word + 3)
    assert normalize(raw[s:e]) == "قتل" and raw[s:e].startswith("قُ")


def test_glued_words_stay_one_token_with_exact_raw_span():
    raw = "في مخمور ومخمورشمال بغداد"
    spans = token_spans(raw)
    glued = [(t, s, e) for t, s, e in spans if t.startswith("ومخمور")]
    assert glued and raw[glued[0][1]:glued[0][2]] == "ومخمورشمال"


def test_split_sentences_knows_arabic_punctuation_and_line_breaks():
    text = "هل انتهى الهجوم؟ نعم! قُتل ٣ عناصر. الرقم 3.5 لا يقسم\nسطر جديد"
    spans = split_sentences(text)
    sentences = [text[s:e] for s, e in spans]
    assert sentences == ["هل انتهى الهجوم؟", "نعم!", "قُتل ٣ عناصر.", "الرقم 3.5 لا يقسم", "سطر جديد"]


def test_split_sentences_keeps_closing_quotes():
    text = "وقال «تقرر إنشاء غرفة مشتركة.» ثم غادر."
    sentences = [text[s:e] for s, e in split_sentences(text)]
    assert sentences[0].endswith("»")


def test_split_clauses_cuts_at_arabic_comma_and_semicolon():
    text = "وصل الوفد، وعقد اجتماعاً؛ ثم غادر"
    clauses = [text[s:e] for s, e in split_clauses(text)]
    assert clauses == ["وصل الوفد،", "وعقد اجتماعاً؛", "ثم غادر"]


@pytest.mark.parametrize("text", ["", "بلا نقطة", "أ. ب؟ ج!\n\nد", "  مسافات  \n", "“نعم”؟ «لا»."])
def test_sentence_pieces_lose_nothing(text):
    assert "".join(sentence_pieces(text)) == text


def test_sentence_pieces_of_every_sample(samples):
    for path in sorted(samples.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert "".join(sentence_pieces(text)) == text


def test_tokenize_normalises():
    assert tokenize("قوات «البيشمركة» في كركوك ٢٠٢١") == ["قوات", "البيشمركه", "في", "كركوك", "2021"]


@pytest.mark.parametrize(
    ("forms", "stem"),
    [
        (["كركوك", "وكركوك"], "كركوك"),
        (["الحشد", "والحشد", "بالحشد", "للحشد", "فالحشد"], "حشد"),
        (["مشتركة", "المشتركة", "والمشتركة"], "مشترك"),
        (["البيشمركة", "بالبيشمركة", "والبيشمركة"], "بيشمرك"),
    ],
)
def test_light_stem_is_consistent_across_clitics(forms, stem):
    assert {light_stem(normalize(f)) for f in forms} == {stem}


def test_search_terms_add_the_form_without_a_glued_preposition():
    assert search_terms("بكركوك") == ["بكركوك", "كركوك"]
    assert search_terms("لكركوك") == ["لكركوك", "كركوك"]
    assert "كركوك" in search_terms("في كركوك")
    assert search_terms("بالحشد") == ["حشد"]  # the article is stripped; no extra form


def test_stem_tokens_still_works():
    assert stem_tokens(tokenize("الاجتماعات")) == stem_tokens(["الاجتماعات"])
    assert stem_tokens(["kirkuk", "2021"]) == ["kirkuk", "2021"]
