"""Casualty counts, session 21: the toll told in the sentence after the incident — on sentences written for these
tests.

Each case reads the (killed, injured) count of the frames of the FIRST sentence, so the reading of the next
sentence is tested apart from how frames become records; the switch-off test checks that the rule is what reads it.
"""

from __future__ import annotations

import pytest

import marsad.agent.offline.casualties_frame as casualties_frame
from marsad.agent.offline.casualties import INJURED, KILLED, casualties
from marsad.agent.offline.context import build_context
from marsad.agent.offline.frames import find_frames
from marsad.agent.offline.mentions import get_gazetteer
from marsad.schemas import Document


def _first(text: str) -> list[tuple[int | None, int | None]]:
    """(killed, injured) of every frame of the first sentence."""
    ctx = build_context(Document(doc_id="t", title="", text=text, published="2019-04-02"), get_gazetteer())
    out = []
    for f in find_frames(ctx, 0):
        k, _, _ = casualties(ctx, f, KILLED)
        i, _, _ = casualties(ctx, f, INJURED)
        out.append(((k.value if k else None), (i.value if i else None)))
    return out


_BLAST_THEN_SOURCE = ("انفجرت عبوة ناسفة صباح اليوم قرب دورية للشرطة في مدينة الرمادي غرب العراق. وأفاد مصدر "
                      "أمني بأن قتيلين على الأقل سقطا وأصيب ثلاثة آخرون.")


@pytest.mark.parametrize("text,tolls", [
    # the incident tells no toll; the next sentence tells only its dead and wounded
    (_BLAST_THEN_SOURCE, [(2, 3)]),
    ("هاجم مسلحون مقر البلدية في مدينة كركوك الثلاثاء. كما أسفر الحادث أيضا عن إصابة خمسة من الموظفين.",
     [(None, 5)]),
    ("فتح رجل النار على رواد مقهى في مدينة الموصل مساء أمس مما أدى إلى مقتل شخصين. وأصيب سبعة أشخاص آخرون "
     "بجروح متفاوتة.", [(2, 7)]),
    # the next sentence names a place of its own: another item of the news
    ("قصفت المدفعية مواقع للمسلحين شرق مدينة الرمادي. وفي مدينة تكريت قتل أربعة أشخاص وأصيب ستة.",
     [(None, None)]),
    # a sum over a span is no incident's toll
    ("انفجرت عبوة ناسفة قرب سوق شعبي في مدينة الرمادي. ومنذ بداية الشهر قتل 40 شخصا وأصيب 90 في المحافظة.",
     [(None, None)]),
    # a toll told before the frame: the incident may be counted already
    ("قتل ثلاثة مدنيين في قصف على بلدة قرب الموصل. ثم انفجرت عبوة ناسفة قرب دورية للشرطة في مدينة الرمادي. "
     "وأفاد مصدر بأن خمسة قتلوا.", None),
    # one person is no stated count of two or more; an age is no count
    ("هاجم مسلحون نقطة تفتيش في مدينة كركوك الثلاثاء. وأوضح المصدر أن بين المصابين طفلا عمره 12 عاما أصيب "
     "في ساقه.", [(None, None)]),
])
def test_next_sentence_toll(text: str, tolls: list[tuple[int | None, int | None]] | None) -> None:
    if tolls is None:  # the frame told after the first toll: read from the second sentence
        ctx = build_context(Document(doc_id="t", title="", text=text, published="2019-04-02"), get_gazetteer())
        got = [(casualties(ctx, f, KILLED)[0], casualties(ctx, f, INJURED)[0]) for f in find_frames(ctx, 1)]
        assert got and all(k is None and i is None for k, i in got)
        return
    assert _first(text) == tolls


def test_next_sentence_toll_switch_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(casualties_frame, "NEXT_SENTENCE", False)
    assert _first(_BLAST_THEN_SOURCE) == [(None, None)]
