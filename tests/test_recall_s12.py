"""Attack recall: strikes told with no classic attack word of their own (session 12).

Sentences are written for the tests: a strike carried on by "كما" to places listed after it (cut from the
strike told before it, so each keeps its own places), a strike told of what underwent it ("تعرضت منطقة كذا
للقصف": the place named between is read), and a targeting verb whose subject strikes by itself (artillery,
tanks, the air coalition).
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def frames_of():
    from marsad.agent.offline.context import build_context
    from marsad.agent.offline.frames import find_frames
    from marsad.agent.offline.mentions import get_gazetteer
    from marsad.schemas import Document

    def _frames(text: str):
        ctx = build_context(Document(doc_id="t", title="", text=text, published="2019-03-10"), get_gazetteer())
        return [(ctx.sentences[si].words, f) for si in range(len(ctx.sentences)) for f in find_frames(ctx, si)]

    return _frames


def _names(result) -> set[str]:
    return {a.location.name for a in result.attacks if a.location is not None}


def test_strike_carried_on_by_kama_keeps_its_own_places(offline_extract):
    """"قصفت ... في منطقة كذا، كما استهدفت مناطق منها أ وب وج": the first strike keeps its place, the listed
    places are strikes of their own."""
    text = ("قصفت مقاتلات التحالف، الأحد، مستودعات الذخيرة في منطقة العرقوب بمحافظة لحج الجنوبية، "
            "كما استهدفت مناطق منها الحصين وكرش والمسيمير.")
    names = _names(offline_extract(text))
    assert {"الحصين", "كرش", "المسيمير"} <= names
    assert "العرقوب" in names


def test_kama_cut_leaves_the_first_strike_its_clause(frames_of):
    text = "قصفت مقاتلات التحالف، الأحد، مستودعات الذخيرة في منطقة العرقوب، كما استهدفت مناطق منها الحصين وكرش."
    frames = frames_of(text)
    assert len(frames) == 2
    words, first = frames[0]
    assert "العرقوب" in words[first.lo:first.hi]
    words, second = frames[1]
    assert words[second.lo] == "كما"


def test_place_that_underwent_a_strike_is_read(offline_extract):
    """"أشار سكان إلى تعرض منطقة كذا للقصف": the place named between the verb and the strike word."""
    result = offline_extract("وأفاد سكان محليون الأحد بتعرض منطقة الحميرة جنوب المدينة للقصف.")
    assert "الحميرة" in _names(result)


@pytest.mark.parametrize("text", [
    "وكان الاتحاد قد تعرض لضربة قوية جراء الأزمة المالية.",
    "وحذرت الأجهزة الأمنية من احتمال تعرض المصالح الحكومية لعملية إرهابية.",
])
def test_underwent_without_a_place_between_keeps_the_frame_as_told(frames_of, text):
    for words, f in frames_of(text):
        assert not words[f.i].startswith("تعرض") and "تعرض" not in words[f.i]


@pytest.mark.parametrize("text,kind", [
    ("وأضاف أن مدفعية الجيش استهدفت مواقع المسلحين في قرية الحصن شمال المدينة.", "shelling"),
    ("وقال المتحدث إن التحالف استهدف مقر القيادة في العاصمة بناء على معلومات دقيقة.", "airstrike"),
])
def test_targeting_by_a_striking_subject_opens_a_frame(frames_of, text, kind):
    assert [kind] in [f.concepts for _, f in frames_of(text)]


@pytest.mark.parametrize("text", [
    "وقالت مصادر إن تفجيرا استهدف دبابة على الحدود مساء السبت.",
    "ودان الوزير الهجمات التي استهدفت التحالف في المنطقة.",
])
def test_a_striker_word_as_object_opens_no_strike_of_its_kind(frames_of, text):
    kinds = [c for _, f in frames_of(text) for c in f.concepts]
    assert "shelling" not in kinds and "airstrike" not in kinds


@pytest.mark.parametrize("text,kind", [
    ("وقالت الشرطة إن انفجارا وقع قرب سوق الخضار في المدينة صباح الأحد.", "explosion"),
    ("وأضاف المصدر أن تفجيرا ضرب حافلة للركاب عند مدخل البلدة.", "explosion"),
    ("وشنت المقاتلات غارتين على مخزن للسلاح شرق البلدة.", "airstrike"),
    ("وانفجرت عبوتان ناسفتان قرب دورية للشرطة على الطريق الدولي.", "ied"),
])
def test_a_blast_as_indefinite_object_or_two_strikes_open_a_frame(frames_of, text, kind):
    assert any(kind in f.concepts for _, f in frames_of(text))


def test_a_blast_as_indefinite_object_is_a_record(offline_extract):
    result = offline_extract("وقال مسؤولون محليون إن انفجارا وقع الأحد قرب مدرسة في إقليم هلمند، ما أدى إلى مقتل أربعة من المارة.")
    (attack,) = result.attacks
    assert attack.killed == 4


def test_two_incidents_of_a_roundup_open_no_frame_of_their_own(frames_of):
    """"شهدت المدينتان هجومين منفصلين أسفرا عن ...": a round-up's total, told apart from its incidents."""
    words_frames = frames_of("وشهدت المدينتان أمس هجومين منفصلين.")
    assert not words_frames
