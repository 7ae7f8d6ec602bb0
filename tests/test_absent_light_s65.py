"""Pass 65 (qamiss65): the last reader's cover (sentence_pick.ABSENT_LIGHT) -- a question word its article never
states weighs ABSENT_WEIGHT; "ما الدولتان" asks countries. Sentences written for these tests."""

from __future__ import annotations

from types import SimpleNamespace

from marsad.agent.qa import sentence_pick as sp
from marsad.agent.qa.question import parse_question

_Q = parse_question("عبر أي إذاعة محلية أطلق الوزير المغربي السابق كريم الودغيري ادعاءه المثير بشأن نسبة البطالة بين "
                    "الخريجين المستعدين للهجرة إلى أوروبا؟")
_DOC = SimpleNamespace(title="", text="قال الوزير المغربي السابق كريم الودغيري إن البطالة ارتفعت هذا العام. "
                                      "وتحدث الودغيري على إذاعة الأطلس عن الخريجين وأوروبا.")


def test_words_the_article_never_states_weigh_less():
    units = sp._units(_Q)
    weights = [2.0 if u[0] in ("entity", "number") else 1.0 for u in units]
    light, whole = sp._told_weights(units, weights, "a", _DOC)
    assert whole < sum(weights)
    told = [i for i, u in enumerate(units) if u[0] == "term" and u[1].startswith("خريج")]
    absent = [i for i, u in enumerate(units) if u[0] == "term" and u[1].startswith("ادعاء")]
    assert told and absent
    assert light[told[0]] == weights[told[0]] and light[absent[0]] == weights[absent[0]] * sp.ABSENT_WEIGHT


def test_every_word_stated_keeps_its_weight():
    units = sp._units(_Q)
    weights = [1.0] * len(units)
    whole_doc = SimpleNamespace(title="", text=_Q.text)
    assert sp._told_weights(units, weights, "b", whole_doc) == (weights, sum(weights))


def test_the_dual_of_country_asks_countries():
    assert sp.asked_type(parse_question("ما الدولتان اللتان زارهما الوزير الفرنسي في جولته الأخيرة؟"))[0] == "country"
    assert sp.asked_type(parse_question("ما الدولة التي زارها الوزير الفرنسي في جولته الأخيرة؟"))[0] == "country"
    assert sp.asked_type(parse_question("ما الحزبان اللذان تحالفا في الانتخابات؟"))[0] == "noun"


# -- end to end: a long question retelling the incident in its own words

_RADIO = ("انتقد وزير التعليم الجزائري السابق مراد بن سالم سياسة الحكومة في التوظيف. "
          "وقال بن سالم في حديث له على إذاعة الهضاب إن نسبة كبيرة من الشبان الجزائريين يفكرون في الهجرة. "
          "وردت وزارة العمل ببيان نفت فيه الأرقام التي ذكرها.")
_RADIO_Q = ("عبر أي إذاعة أطلق وزير التعليم الجزائري السابق مراد بن سالم، في حوار مطول، ادعاءه المثير بشأن نسبة "
            "الشبان الجزائريين المستعدين للهجرة؟")


def _pick(question: str, *texts: str) -> list[str]:
    from qa_claims import evidence_of, read_question

    from marsad.agent.qa.translit import with_words
    from marsad.core.lexicon import get_lexicon

    return [c.text for c in sp.pick_claims(with_words(read_question(question)), evidence_of(*texts), get_lexicon())]


def test_a_long_question_in_its_own_words_finds_the_sentence(monkeypatch):
    quotes = _pick(_RADIO_Q, _RADIO)
    assert quotes and "إذاعة الهضاب" in quotes[0]
    monkeypatch.setattr(sp, "ABSENT_LIGHT", False)
    assert not _pick(_RADIO_Q, _RADIO)


def test_an_article_stating_none_of_the_asked_act_is_not_read():
    # (the same question of an article on another minister's remarks: the words it lacks weigh less, still too few)
    other = ("انتقد وزير الصحة التونسي سياسة الحكومة في المستشفيات. "
             "وقال الوزير في حديث له على إذاعة الساحل إن المستشفيات تحتاج إلى أطباء.")
    assert not _pick(_RADIO_Q, other)


def test_an_article_is_read_once_for_every_question(monkeypatch):
    # (review65 #12: what an article states is read once, not again for each question asked of it)
    sp._stated.cache_clear()
    reads = []
    real = sp.content_terms
    monkeypatch.setattr(sp, "content_terms", lambda text: reads.append(text) or real(text))
    units = sp._units(_Q)
    weights = [1.0] * len(units)
    first = sp._told_weights(units, weights, "c", _DOC)
    other = sp._units(parse_question("على أي إذاعة تحدث الوزير المغربي السابق كريم الودغيري عن البطالة؟"))
    sp._told_weights(other, [1.0] * len(other), "c", _DOC)
    assert len(reads) == 1
    assert sp._told_weights(units, weights, "c", _DOC) == first
    # (another article, or the same id with another text, is read for itself)
    sp._told_weights(units, weights, "c", SimpleNamespace(title="", text="وقال الودغيري إن الخريجين يهاجرون."))
    assert len(reads) == 2
