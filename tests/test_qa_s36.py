"""Thirty-sixth pass, English questions at archive scale: "which <office> ..." asks for the office holder even when
the toll he gave is named ("which spokesman gave the toll ..."); a name found by transliteration is searched by the
spelling the news writes most, not only by the one fitting the English letters best; everyday words of legal and
parliamentary news said in Arabic."""

from __future__ import annotations

from marsad.agent.qa import evidence, question_intent, translit
from marsad.agent.qa.question import Intent, parse_question
from marsad.agent.qa.translit import NameFinder, with_names, with_words


def test_which_office_asks_for_the_holder_not_the_toll(monkeypatch):
    text = "Which spokesman of the Iraqi defence ministry gave the toll of the truck bombing in Samarra in May 2019?"
    q = parse_question(text)
    assert q.intent is Intent.role and not q.how_many
    assert parse_question("Which official announced the toll of the blast near Herat in 2017?").intent is Intent.role
    monkeypatch.setattr(question_intent, "WHICH_OFFICE", False)
    assert parse_question(text).intent is Intent.killed


def test_which_office_without_a_toll_is_left_to_the_other_readers():
    # "which official said X": no toll word, the question is read as before (the action reader finds the speaker)
    text = "Which Human Rights Watch official commented on the footage of the prisoners being beaten in Misrata?"
    assert parse_question(text).intent is not Intent.role


def test_which_office_leaves_counts_and_possessives_alone():
    q = parse_question("How many soldiers did the Iraqi official say were killed near Samarra in May 2019?")
    assert q.how_many and q.intent is Intent.killed
    # "which country's ambassador": the country is asked, not the office holder
    assert parse_question("Which country's ambassador to Oslo was recalled over the toll of the raid in 2019?"
                          ).intent is not Intent.role


def _finder() -> NameFinder:
    # a rare spelling writing the English letters best beside the one most articles write
    return NameFinder(["بورلامينت", "بورلمنت", "وقال", "الجيش"],
                      {"بورلامينت": 2, "بورلمنت": 900, "وقال": 5000, "الجيش": 4000})


def test_a_found_name_is_searched_by_its_commonest_spelling_too(monkeypatch):
    q = with_names(with_words(parse_question("How many deputies of the Purlament voted for the bill in May 2019?")),
                   _finder())
    name = next(e for e in q.names if e.name_en == "Purlament")
    queries = evidence.search_queries(q, _lexicon(), 3)
    assert "بورلمنت" in name.get("searched", ())
    assert any("بورلمنت" in x for x in queries[1:])
    monkeypatch.setattr(translit, "COMMON_SPELLING", False)
    q = with_names(with_words(parse_question("How many deputies of the Purlament voted for the bill in May 2019?")),
                   _finder())
    name = next(e for e in q.names if e.name_en == "Purlament")
    assert name.canonical == "بورلامينت" and "searched" not in name.data


def _lexicon():
    from marsad.core.lexicon import get_lexicon

    return get_lexicon()


def test_legal_and_parliament_words_are_said_in_arabic():
    q = with_words(parse_question("Which minister said the penalty for stone throwers was toughened to restore "
                                  "justice in Nablus in 2016?"))
    assert not {"penalty", "stone", "throwers", "toughened", "justice"} & set(q.uncovered)


def test_an_english_plural_in_s_is_tried_before_es(monkeypatch):
    from marsad.agent.qa import counts_things

    q = with_words(parse_question("How many houses did the rebels blow up in Taiz in 2016?"))
    assert counts_things.asked_things(q) == ("منزل", "بيت")
    q2 = with_words(parse_question("How many churches did the bombers target in Minya in 2017?"))
    assert counts_things.asked_things(q2) == ("كنيسه",)
    monkeypatch.setattr(counts_things, "PLURAL_S_FIRST", False)
    assert counts_things.asked_things(q) == ()


class _Doc:
    def __init__(self, text, title=""):
        self.text, self.title, self.published = text, title, "2019-05-02"


class _Ev:
    def __init__(self, docs):
        self.docs = docs

    def rank_of(self, doc_id):
        return list(self.docs).index(doc_id)


def test_an_age_in_cardinal_words_is_read(monkeypatch):
    from marsad.agent.qa import counts_ages

    text = ("نجا الصبي البالغ من العمر تسع سنوات من الانفجار الذي وقع في سوق حمص أمس. "
            "وقال الدفاع المدني إن الانفجار أوقع خمسة قتلى.")
    ev = _Ev({"d1": _Doc(text, "انفجار في سوق حمص")})
    q = with_words(parse_question("How old was the boy who survived the blast in the Homs market?"))
    claims = counts_ages.age_claims(q, ev)
    assert claims and claims[0].text.startswith("9 years old") and "تسع سنوات" in claims[0].text
    monkeypatch.setattr(counts_ages, "AGE_CARDINAL", False)
    assert not counts_ages.age_claims(q, ev)


def test_modal_verbs_carry_no_fact(monkeypatch):
    from marsad.agent.qa import question_words

    q = with_words(parse_question("Whom did the minister say might be responsible for the blast in Homs in 2016?"))
    assert q.uncovered == ("might",)
    monkeypatch.setattr(question_words, "MAX_UNMAPPED_SHARE", 0.0)
    assert not question_words.unmapped(q)  # (a word that says no fact does not make the question unmapped)
    monkeypatch.setattr(question_words, "_PLAIN_EN", question_words._PLAIN_EN - {"might"})
    assert question_words.unmapped(q)


def test_the_commonest_spelling_must_write_the_same_letters():
    # "Saadi": a commoner word of other letters (سعادة) is no spelling of the name
    finder = NameFinder(["سعدي", "سعاد", "سعاده"], {"سعدي": 1, "سعاد": 5, "سعاده": 800})
    q = with_names(with_words(parse_question("What did the envoy Saadi say about the truce in Taiz in 2016?")), finder)
    name = next(e for e in q.names if e.name_en == "Saadi")
    assert name.get("searched") == ("سعدي",)


def test_prisons_are_counted_things():
    from marsad.agent.qa import counts_things

    q = with_words(parse_question("How many prisons did the militia open in Ibb in 2016?"))
    assert counts_things.asked_things(q) == ("سجن",)
    assert [v for v, _, _ in counts_things.thing_counts("وافتتحت الميليشيا 7 سجون سرية في المدينة", ("سجن",))] == [7]
    assert [v for v, _, _ in counts_things.thing_counts("وأنشأت الجماعة 12 سجنا في المحافظة", ("سجن",))] == [12]
