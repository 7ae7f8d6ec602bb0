"""Pass 55 (qafit55): the answer is read from the article that fits the question. A reader ranks the sentences of the
articles read by their words, and the first claim that names the question's entities near it is stated: it was often
another incident's (the Afghan arrested in another city, a name found by a loose transliteration) or, within the right
article, the lead's total for the province where the question names the town. ``answerer.by_fit`` reads the claims of
the articles naming what the question names first (FIT_FIRST); ``answerer._finer_answer`` answers from the sentence
naming the town asked about when the stated one names only the wider area (FINE_SENTENCE). Sentences and questions
written for these tests."""

from __future__ import annotations

from dataclasses import replace

from qa_claims import evidence_of, read_question

from marsad.agent.qa import answerer as ans
from marsad.agent.qa.answerer import Answerer, by_fit, first_answer
from marsad.agent.qa.compose import Claim
from marsad.agent.qa.translit import with_words
from marsad.core.lexicon import Entry, get_lexicon


def _answer(question, evidence) -> str:
    answerer = Answerer.__new__(Answerer)  # (only the stages are asked: no store, no index)
    answerer.lexicon = get_lexicon()
    return first_answer(question, answerer._stages(question, evidence), evidence, {}).answer


# ---- two articles: the one naming the asked city wins over one a loose spelling of its name matches
_ELSEWHERE = "اعتقلت الشرطة في مدينة برن الشاب الأفغاني البالغ من العمر 21 عاما بعد بلاغ عن قنبلة قرب فندق فين."
_ASKED = "أعلنت الشرطة النمساوية أنها اعتقلت الشاب الأفغاني البالغ من العمر 23 عاما بعد هجومي طعن في فيينا."
# a name found by transliteration: the gazetteer's spelling (فيينا) and a letter-by-letter guess (فين)
_VIENNA = Entry(kind="names", id="name:vienna", canonical="فيينا", name_en="Vienna", ar=("فيينا", "فين"),
                en=("Vienna",), data={"spellings": ("فيينا", "فين"), "known": ("فيينا",)})


def _vienna_question():
    question = with_words(read_question("How old was the Afghan man arrested over the two stabbings in Vienna?"))
    return replace(question, names=(_VIENNA,))


def test_the_article_naming_the_city_asked_is_read_first(monkeypatch):
    question, evidence = _vienna_question(), evidence_of(_ELSEWHERE, _ASKED)
    assert "23" in _answer(question, evidence)
    monkeypatch.setattr(ans, "FIT_FIRST", False)
    assert "21" in _answer(question, evidence)  # (the first article's age: "فين" matched the guessed spelling)


def test_an_article_is_fitted_by_the_gazetteer_spelling_of_a_transliterated_place():
    question = _vienna_question()
    docs = evidence_of(_ELSEWHERE, _ASKED).docs
    assert ans._article_misses(question, docs["d0"]) > ans._article_misses(question, docs["d1"]) == 0


def test_a_guess_about_as_long_as_the_gazetteer_spelling_names_it_too():
    # "لافايت" (a long vowel less than the gazetteer's لافاييت) names the town; "لافت" (a common word) does not
    town = Entry(kind="names", id="name:lafayette", canonical="لافاييت", name_en="Lafayette",
                 ar=("لافاييت", "لافايت", "لافت"), en=("Lafayette",),
                 data={"spellings": ("لافاييت", "لافايت", "لافت"), "known": ("لافاييت",)})
    question = replace(with_words(read_question("How many people were wounded in the cinema shooting in Lafayette?")),
                       names=(town,))
    docs = evidence_of("أصيب سبعة أشخاص في إطلاق نار داخل صالة سينما في لافايت مساء الخميس.",
                       "وكان لافتا أن الشرطة أغلقت الشوارع حول صالة السينما.").docs
    assert ans._article_misses(question, docs["d0"]) == 0 < ans._article_misses(question, docs["d1"])


def test_a_two_word_state_is_named_by_its_two_word_adjective(monkeypatch):
    from marsad.agent.qa import subject

    korea = Entry(kind="places", id="test:south_korea", canonical="كوريا الجنوبية", name_en="South Korea",
                  ar=("كوريا الجنوبية",), en=("South Korea",), data={"admin_level": "country"})
    assert subject.named_in(korea, "أعلنت الشرطة الكورية الجنوبية اعتقال رجل هدد السفير")
    assert subject.named_in(korea, "وقال مسؤولون كوريون جنوبيون إن")
    assert not subject.named_in(korea, "أعلنت الشرطة الكورية الشمالية اعتقال رجل")
    monkeypatch.setattr(subject, "NISBA_TWO_WORDS", False)
    monkeypatch.setattr(subject, "_NISBA", {})
    assert not subject.named_in(korea, "أعلنت الشرطة الكورية الجنوبية اعتقال رجل هدد السفير")


def _claim(doc: str) -> Claim:
    return Claim(doc, [(doc, 0, 10)])


def test_a_city_no_article_names_keeps_the_readers_order():
    # no article names the city asked about: every claim misses it alike, the reader's order stands (no abstention)
    question = read_question("كم شخصا قتلوا في التفجير الذي استهدف سوقا في مدينة كركوك؟")
    evidence = evidence_of("قتل خمسة أشخاص في تفجير استهدف سوقا في مدينة تعز.",
                           "قتل سبعة أشخاص في تفجير استهدف سوقا شعبيا في بلدة الحويجة.")
    claims = [_claim("d0"), _claim("d1")]
    assert [c.text for c in by_fit(question, claims, evidence)] == ["d0", "d1"]


def test_claims_of_an_article_naming_the_city_come_first(monkeypatch):
    question = read_question("كم شخصا قتلوا في التفجير الذي استهدف سوقا في مدينة كركوك؟")
    evidence = evidence_of("قتل خمسة أشخاص في تفجير استهدف سوقا في مدينة تعز.",
                           "قتل سبعة أشخاص في تفجير استهدف سوقا شعبيا في مدينة كركوك.")
    claims = [_claim("d0"), _claim("d1")]
    assert [c.text for c in by_fit(question, claims, evidence)] == ["d1", "d0"]
    monkeypatch.setattr(ans, "FIT_FIRST", False)
    assert [c.text for c in by_fit(question, claims, evidence)] == ["d0", "d1"]


# ---- one article: the lead's province total and the next sentence's toll in the town asked about
_TOLL = ("قتل 28 مدنيا أمس في غارات جوية لطيران النظام على محافظة حلب. "
         "وذكر ناشطون أن تسع ضربات أصابت أحياء سكنية في مدينة منبج وأدت إلى مقتل 21 مدنيا "
         "وإصابة العشرات. وفي ريف إدلب قتل طفلان.")


def test_the_town_asked_is_answered_by_its_sentence_not_the_provinces_lead(monkeypatch):
    question = with_words(read_question(
        "How many civilians were killed in the regime's air raids on the town of Manbij in Aleppo province?"))
    evidence = evidence_of(_TOLL)
    got = _answer(question, evidence)
    assert "21" in got and "28" not in got
    monkeypatch.setattr(ans, "FINE_SENTENCE", False)
    assert "28" in _answer(question, evidence)


def test_the_wider_area_is_what_the_question_calls_a_province():
    en = read_question("How many civilians were killed in the raids on the town of Manbij in Aleppo province?")
    assert {p.canonical for p in en.places if p.id in ans._wide_places(en)} == {"حلب"}
    ar = read_question("كم مدنيا قتلوا في غارات على مدينة منبج في محافظة حلب؟")
    assert {p.canonical for p in ar.places if p.id in ans._wide_places(ar)} == {"حلب"}
    both = read_question("كم مدنيا قتلوا في غارات على منبج وحلب؟")  # (two towns: neither is the other's area)
    assert not ans._wide_places(both)


def test_a_lead_naming_the_town_itself_is_kept():
    question = with_words(read_question(
        "How many civilians were killed in the regime's air raids on the town of Manbij in Aleppo province?"))
    text = ("قتل 21 مدنيا في قصف جوي على مدينة منبج في محافظة حلب اليوم. "
            "وقال المرصد إن حصيلة القصف على المحافظة بلغت 28 قتيلا.")
    assert "21" in _answer(question, evidence_of(text))


def test_another_reports_figure_stays_after_the_claim_it_differs_from():
    # the aside (another report's differing toll) is stated after its claim, whatever its own article's fit
    question = read_question("كم شخصا قتلوا في التفجير الذي استهدف سوقا في مدينة كركوك؟")
    evidence = evidence_of("قتل سبعة أشخاص في تفجير استهدف سوقا في مدينة كركوك.",
                           "قتل خمسة أشخاص في تفجير استهدف سوقا.",
                           "قتل ستة أشخاص في تفجير استهدف سوقا في مدينة كركوك.")
    claims = [_claim("d0"), replace(_claim("d1"), aside=True), _claim("d2")]
    assert [c.text for c in by_fit(question, claims, evidence)] == ["d0", "d1", "d2"]
    claims = [_claim("d1"), replace(_claim("d0"), aside=True), _claim("d2")]
    assert [c.text for c in by_fit(question, claims, evidence)] == ["d2", "d1", "d0"]
