"""Pass 39 perpetrator rules: the toll after "أسفر ... عن" takes the doer of the cause verb's subject
(``roles_perpetrator.CAUSE_SUBJECT``); a speaker after the resumptive "فيه" of a relative clause still reports its own
strikes (``roles_subjects.RESUMED_SPEAKER``); shells told in the passive right after a shelling with its doer are that
doer's (``roles_perpetrator.CARRIED_SHELLS``). Sentences written for these tests."""

import pytest

from marsad.agent.offline import roles_perpetrator as rp
from marsad.agent.offline import roles_subjects as rs


def _perps(extract, text: str, published: str = "2019-03-09") -> list:
    return [a.perpetrator for a in extract(text, published=published).attacks]


# the cause verb's subject is long and holds its own event word (canisters), the toll comes after "عن"/"إلى"
CAUSE_SUBJECT = ("وأسفر الإطلاق العنيف التركي لعبوات الدخان فوق تجمع للمحتجين شمال بلدة جيلان بينار، "
                 "عن مقتل ثلاثة شبان السبت.")
CAUSE_SUBJECT_AN = ("وأدت الهجمات الجديدة الإسرائيلية بعبوات الدخان فوق حشد من المصلين قرب بيت حانون، "
                    "إلى مقتل فتى السبت.")


@pytest.mark.parametrize("text,doer", [(CAUSE_SUBJECT, "التركية"), (CAUSE_SUBJECT_AN, "الإسرائيلي")])
def test_toll_after_cause_verb_takes_its_subjects_doer(offline_extract, text, doer):
    perps = _perps(offline_extract, text)
    assert perps and all(p and doer in p for p in perps)


@pytest.mark.parametrize("text", [CAUSE_SUBJECT, CAUSE_SUBJECT_AN])
def test_toll_after_cause_verb_off(offline_extract, monkeypatch, text):
    monkeypatch.setattr(rp, "CAUSE_SUBJECT", False)
    assert all(p is None for p in _perps(offline_extract, text))


def test_toll_with_another_group_in_between_keeps_no_borrowed_doer(offline_extract):
    # a group named between the two events: the toll may be its doing, not the first event's
    text = ("وأسفر الإطلاق العنيف التركي لعبوات الدخان فوق تجمع للمحتجين وهجوم عناصر من حزب العمال الكردستاني "
            "على موقع قرب جيلان بينار، عن مقتل ثلاثة شبان السبت.")
    perps = _perps(offline_extract, text)
    assert perps and not any(p and "التركية" in p for p in perps)


# RESUMED_SPEAKER ----------------------------------------------------------------------------------------------------


RESUMED = ("وتزامنت هذه التطورات مع الساعات التي أعلنت فيها قوات التحالف الخميس تنفيذ 14 ضربة على أهداف "
           "للتنظيم قرب مدينة بيجي.")
RESUMED_FEM = "وتصاعدت حدة المعارك في الأسبوع الذي أعلن فيه الجيش العراقي تنفيذ ست غارات ضد مسلحي داعش غرب الرمادي."


@pytest.mark.parametrize("text,doer", [(RESUMED, "التحالف"), (RESUMED_FEM, "الجيش العراقي")])
def test_speaker_after_resumptive_pronoun_reports_its_strikes(offline_extract, text, doer):
    perps = _perps(offline_extract, text)
    assert perps and all(p and doer in p for p in perps)


@pytest.mark.parametrize("text", [RESUMED, RESUMED_FEM])
def test_speaker_after_resumptive_pronoun_off(offline_extract, monkeypatch, text):
    monkeypatch.setattr(rs, "RESUMED_SPEAKER", False)
    assert all(p is None for p in _perps(offline_extract, text))


def test_resumptive_pronoun_with_no_speech_verb_names_no_speaker(offline_extract):
    # "فيها" after a verb of arriving, not of speaking: the force reports no strike of its own
    text = ("وتزامنت هذه التطورات مع الساعات التي وصل فيها الجيش العراقي إلى المدينة، فيما نفذت طائرات مجهولة "
            "14 ضربة على أهداف للتنظيم قرب بيجي.")
    perps = _perps(offline_extract, text)
    assert perps and not any(p and "الجيش العراقي" in p for p in perps)


# CARRIED_SHELLS -----------------------------------------------------------------------------------------------------

CARRIED = ("قصفت حركة الشباب معسكرين للجيش الصومالي بقذائف الهاون يوم الأحد. "
           "وقال مصدر طبي إن أربعة قتلوا في نحو 40 قذيفة سقطت على بلدتي بلدوين وجوهر.")
OWN_DOER = ("قصفت حركة الشباب معسكرين للجيش الصومالي بقذائف الهاون يوم الأحد. "
            "وقال مصدر طبي إن أربعة قتلوا في نحو 40 قذيفة أطلقها الجيش الإثيوبي على بلدتي بلدوين وجوهر.")


def test_passive_shells_take_the_doer_of_the_shelling_before(offline_extract):
    perps = _perps(offline_extract, CARRIED, "2019-03-11")
    assert len(perps) == 2 and all(p and "الشباب" in p for p in perps)


def test_passive_shells_off(offline_extract, monkeypatch):
    monkeypatch.setattr(rp, "CARRIED_SHELLS", False)
    assert None in _perps(offline_extract, CARRIED, "2019-03-11")


def test_shells_with_a_force_named_keep_their_own_doer(offline_extract):
    perps = _perps(offline_extract, OWN_DOER, "2019-03-11")
    assert perps and not any(p and "الشباب" in p for p in perps)



def test_the_shelling_named_again_by_its_result_is_not_carried_shells(offline_extract, monkeypatch):
    # no shells in the second sentence: "القصف" names the first sentence's shelling again, told by what it led to
    text = ("قصفت حركة الشباب معسكرا للجيش الصومالي بقذائف الهاون يوم الأحد في مدينة بلدوين. "
            "وقال مصدر إن القصف أجبر الجنود على الانسحاب نحو بلدة جوهر.")

    def read():
        return [(a.location and a.location.name, a.perpetrator) for a in offline_extract(text, published="2019-03-11").attacks]

    on = read()
    monkeypatch.setattr(rp, "CARRIED_SHELLS", False)
    assert on == read()



def test_carried_shells_reads_the_sentence_before_once(monkeypatch):
    # the shelling doer of the sentence before is read once per document, however often a frame asks for it
    from marsad.agent.offline.context import build_context
    from marsad.agent.offline.frames import find_frames
    from marsad.agent.offline.mentions import get_gazetteer
    from marsad.schemas.document import Document

    ctx = build_context(Document(doc_id="t-shells", text=CARRIED, published="2019-03-11"), get_gazetteer())
    reads: list[int] = []
    shelling_doer = rp._shelling_doer

    def counted(c, si):
        reads.append(si)
        return shelling_doer(c, si)

    monkeypatch.setattr(rp, "_shelling_doer", counted)
    got = [rp._carried_shells(ctx, f) for _ in range(3) for f in find_frames(ctx, 1)]
    carried = [m for m in got if m is not None]
    assert carried and {m.entry.id for m in carried} == {"al_shabaab"}
    assert reads == [0]


def test_carried_shells_off_reads_nothing(monkeypatch):
    from marsad.agent.offline.context import build_context
    from marsad.agent.offline.frames import find_frames
    from marsad.agent.offline.mentions import get_gazetteer
    from marsad.schemas.document import Document

    ctx = build_context(Document(doc_id="t-shells", text=CARRIED, published="2019-03-11"), get_gazetteer())
    monkeypatch.setattr(rp, "CARRIED_SHELLS", False)
    assert all(rp._carried_shells(ctx, f) is None for f in find_frames(ctx, 1))
    assert "roles.shelling_doers" not in ctx.memo
