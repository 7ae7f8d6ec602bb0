"""Session 32 places: places in round-ups and lists, and sentences broken across lines.

Sentences written for these tests."""

from marsad.agent.offline import text
from marsad.agent.offline.text import split_document

# sentences broken by a line break in their middle
_BROKEN = ("أنباء اليوم\n"
           "وقالت مصادر أمنية اليوم إن مسلحين من الجماعة هاجموا حاجزا\n"
           "عسكريا على طريق المطار في بلدة الصفصافة ما أدى إلى مقتل جنديين.\n"
           "وأضافت المصادر أن المهاجمين لاذوا بالفرار.")


def test_a_line_break_inside_a_sentence_does_not_end_it():
    norms = [s.norm for s in split_document(_BROKEN)]
    assert len(norms) == 3
    assert "حاجزا\nعسكريا" in norms[1]


def test_join_lines_switch_off_splits_at_every_line(monkeypatch):
    monkeypatch.setattr(text, "JOIN_LINES", False)
    monkeypatch.setattr(text, "_SPLIT_CACHE", {})
    assert len(split_document(_BROKEN)) == 4


def test_a_line_ending_in_a_mark_or_a_next_line_opening_with_and_is_a_new_sentence():
    body = ("عنوان الخبر\n"
            "قال المتحدث باسم الجيش في مؤتمر صحفي عقده مساء اليوم إن الوضع تحت السيطرة\n"
            "وأكد أن القوات ستواصل عملياتها في المنطقة خلال الأيام المقبلة.\n"
            "وذكر بيان للجيش أن العملية أسفرت عن تدمير مخازن أسلحة:\n"
            "قرب الحدود الشمالية.")
    assert len(split_document(body)) == 5  # each line its own sentence


def test_list_items_headings_and_the_title_are_never_joined():
    body = ("عنوان طويل للخبر يتحدث عن هجوم كبير على قافلة في شمال البلاد أمس\n"
            "قال مسؤول إن الهجوم وقع عند الفجر.\n"
            "* أول البنود في القائمة وهو بند طويل بما يكفي لكي نختبره هنا\n"
            "* ثاني البنود في القائمة\n"
            "خلاصة قصيرة\n"
            "جاء الهجوم بعد يومين من هجوم مماثل.")
    assert len(split_document(body)) == 6


def test_a_mended_sentence_keeps_its_raw_offsets():
    doc = _BROKEN
    s = split_document(doc)[1]
    assert doc[s.start:s.end].startswith("وقالت") and doc[s.start:s.end].endswith("جنديين.")
    i = s.words.index("عسكريا")
    a, b = s.token_span(i, i + 1)
    assert doc[a:b] == "عسكريا"


def test_a_line_opening_with_a_sentence_opener_is_a_new_sentence():
    body = ("عنوان\n"
            "وأعلن المتحدث باسم الشرطة اليوم أن قوات الأمن أغلقت الطرق المؤدية إلى الميناء\n"
            "كما دعا السكان إلى البقاء في منازلهم حتى انتهاء العملية.")
    assert len(split_document(body)) == 3
