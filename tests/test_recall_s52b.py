"""Pass 52 (recallb52): the parts of a salvo told part by part (frames_readers.COUNTED_PARTS).

- ``attacks_events.PARTS_TARGET``: a part with no target read otherwise was aimed at the place after its word of aim.
- ``attacks_events.PARTS_DOER``: a part with no doer of its own takes the doer of the launch it is part of.
- ``attacks_events.HEADED_TARGET``: a projectile told on its way to a place ("صاروخ كان متجها نحو X") is aimed at it.
"""

from marsad.agent.offline import OfflineExtractor, attacks_events
from marsad.schemas import Document

DAY = "2016-11-21"


def _records(text: str) -> dict[str, tuple[object, object]]:
    doc = Document(doc_id="snn:t-s52b", title=None, text=text, published=DAY)
    return {a.location.canonical_name: (a.perpetrator, a.target)
            for a in OfflineExtractor().extract(doc).attacks if a.location}


# A launch by a named group, then its parts in the next sentence; a second text tells them in one sentence.
TWO_SENTENCES = ("ومساء الأحد رصدت الدفاعات الجوية عملية إطلاق خمسة صواريخ باليستية أطلقتها ميليشيات الحوثي باتجاه "
                 "أراضي السعودية. وكان ثلاثة منها باتجاه مدينة أبها وواحد باتجاه نجران وواحد باتجاه جازان، "
                 "وتم اعتراضها جميعا.")
ONE_SENTENCE = ("وقال المتحدث إن الدفاعات دمرت خمسة صواريخ حوثية أطلقت على المملكة، 3 منها كانت باتجاه الرياض "
                "وواحد باتجاه نجران وواحد باتجاه جازان، وتم اعتراضها جميعا.")
# Nobody named for the launch: the parts stay without a doer.
NO_DOER = ("وليل الجمعة رصدت الدفاعات الجوية إطلاق خمسة صواريخ باليستية من وراء الحدود الجنوبية. "
           "وكان ثلاثة منها باتجاه مدينة أبها وواحد باتجاه نجران وواحد باتجاه جازان، وجرى إسقاطها كلها.")


def test_a_part_is_aimed_at_its_city(monkeypatch):
    recs = _records(NO_DOER)
    assert recs.get("نجران", (None, None))[1] == "نجران", recs
    assert recs.get("جازان", (None, None))[1] == "جازان", recs
    monkeypatch.setattr(attacks_events, "PARTS_TARGET", False)
    recs = _records(NO_DOER)
    assert recs.get("نجران", (None, "x"))[1] is None, recs


def test_a_part_takes_the_doer_of_its_launch(monkeypatch):
    for text in (TWO_SENTENCES, ONE_SENTENCE):
        recs = _records(text)
        assert recs.get("نجران", (None, None))[0] == "الحوثيين", (text, recs)
        assert recs.get("جازان", (None, None))[0] == "الحوثيين", (text, recs)
    monkeypatch.setattr(attacks_events, "PARTS_DOER", False)
    for text in (TWO_SENTENCES, ONE_SENTENCE):
        assert _records(text).get("جازان", ("x", None))[0] is None, text


def test_a_launch_with_no_doer_gives_its_parts_none():
    recs = _records(NO_DOER)
    assert recs.get("جازان", ("x", None))[0] is None, recs


# --- HEADED_TARGET -------------------------------------------------------------------------------------------------

HEADED = "وأعلن التحالف اعتراض صاروخ باليستي كان متجها نحو مدينة نجران وآخر نحو خميس مشيط، دون أضرار."


def test_a_headed_projectile_is_aimed_at_its_city(monkeypatch):
    recs = _records(HEADED)
    assert recs.get("نجران", (None, None))[1] == "مدينة نجران", recs
    assert recs.get("خميس مشيط", (None, None))[1] == "خميس مشيط", recs
    monkeypatch.setattr(attacks_events, "HEADED_TARGET", False)
    recs = _records(HEADED)
    assert recs.get("خميس مشيط", (None, "x"))[1] is None, recs
