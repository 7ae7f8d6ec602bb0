"""Session 20 toll rules: a named victim counts one when a title chain stands before the name, and a named person
as the subject of a singular injure verb counts one injured (sentences written for the tests)."""

from __future__ import annotations

import pytest

from marsad.agent.offline import casualties_frame, casualties_words
from marsad.agent.offline.casualties import INJURED, KILLED, casualties
from marsad.agent.offline.context import build_context
from marsad.agent.offline.frames import find_frames
from marsad.agent.offline.mentions import get_gazetteer
from marsad.schemas import Document


def _reads(text: str, keywords: frozenset[str]) -> list:
    ctx = build_context(Document(doc_id="t", title="", text=text, published="2019-03-10"), get_gazetteer())
    reads = [casualties(ctx, f, keywords)[0] for si in range(len(ctx.sentences)) for f in find_frames(ctx, si)]
    return [q.value for q in reads if q is not None]


CHAIN = "غارة في الصحراء\nنفذت طائرة مسيرة غارة قرب بلدة الجوف أمس أسفرت عن مقتل زعيم جماعة الأنصار صالح العمري."
SURNAME = ("هجوم في مدينة\nنجا الوزير خالد رشيد من محاولة اغتيال في مدينة لاهور أمس. "
           "وقال المتحدث باسم الحكومة إن رشيد أصيب برصاصة في ساقه.")


def test_title_chain_counts_one_named_victim():
    assert 1 in _reads(CHAIN, KILLED)


def test_title_chain_switch_off_reads_none(monkeypatch):
    monkeypatch.setattr(casualties_frame, "TITLE_CHAIN", False)
    monkeypatch.setattr(casualties_words, "TITLE_VICTIM", False)  # (pass 62: the title after the kill word, read
    # with the strike in its frame, also counts one)
    assert 1 not in _reads(CHAIN, KILLED)


def test_title_chain_with_vague_companions_is_no_count():
    text = ("معارك في المدينة\nأكدت مصادر ميدانية أمس مصرع القيادي الحوثي العميد صالح العمري في المواجهات قرب "
            "المطار، وقد لقي مصرعه مع عشرات من حراسه.")
    assert 1 not in _reads(text, KILLED)


def test_title_chain_needs_one_person_head():
    text = ("غارة في الصحراء\nنفذت طائرة مسيرة غارة قرب بلدة الجوف أمس أسفرت عن مقتل حراس زعيم الجماعة "
            "صالح العمري.")
    assert 1 not in _reads(text, KILLED)


def test_named_subject_of_injure_verb_counts_one():
    assert 1 in _reads(SURNAME, INJURED)


def test_named_subject_switch_off_reads_none(monkeypatch):
    monkeypatch.setattr(casualties_frame, "NAMED_INJURED", False)
    assert 1 not in _reads(SURNAME, INJURED)


@pytest.mark.parametrize("tail", ["أصيب بخيبة أمل كبيرة بسبب الهجوم.", "أصيب برصاصة مع ثلاثة آخرين."])
def test_named_subject_no_wound_or_companions(tail):
    text = "هجوم في مدينة\nنجا الوزير خالد رشيد من محاولة اغتيال في مدينة لاهور أمس. وقال المتحدث إن رشيد " + tail
    assert 1 not in _reads(text, INJURED)
