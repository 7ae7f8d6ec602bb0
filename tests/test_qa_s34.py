"""Thirty-fourth pass, English questions at archive scale: a name starting with w and a vowel found though the
index's stemmer cut its و (NameFinder); a three-letter place after its article takes no inserted long vowel; an
English question's passage may name its entities with the sentences beside it."""

from __future__ import annotations

from marsad.agent.qa import passages, translit
from marsad.agent.qa.evidence import Evidence
from marsad.agent.qa.question import parse_question
from marsad.agent.qa.translit import NameFinder, with_words
from marsad.schemas import Document


def _finder() -> NameFinder:
    # the index's stems: the و of وارن and of وزيرستان taken for the conjunction ("ارن", "زيرستان")
    vocab = ["ارن", "اورن", "زيرستان", "دار", "رين"]
    return NameFinder(vocab, {"ارن": 4, "اورن": 3, "زيرستان": 12, "دار": 900, "رين": 7})


def test_a_w_initial_name_is_found_with_its_waw_put_back():
    found = _finder().find("Warren")
    assert found[0] == "وارن"
    assert "وزيرستان" in _finder().find("Waziristan")


def test_switched_off_the_waw_spellings_are_not_offered(monkeypatch):
    monkeypatch.setattr(translit, "WAW_NAMES", False)
    assert "وارن" not in _finder().find("Warren")
    assert "وزيرستان" not in _finder().find("Waziristan")


def test_a_short_a_is_left_unwritten_only_in_a_long_name():
    # "Walid": the stem ليد is not read as وليد (two consonants fit too many words); a long name's may be
    finder = NameFinder(["ليد", "لدي"], {"ليد": 3, "لدي": 400})
    assert not {"ولدي", "وليد"} & set(finder.find("Walid"))


def _evidence(*texts: str) -> Evidence:
    docs = {f"d{i}": Document(doc_id=f"d{i}", title="", text=t, published="2016-05-02") for i, t in enumerate(texts)}
    return Evidence(docs=docs)


def test_a_three_letter_place_after_its_article_takes_no_inserted_long_vowel(monkeypatch):
    from marsad.agent.qa import question_mentions
    from marsad.core.lexicon import Entry

    # a town written like a common word: with a long vowel inserted it is another word (العلم -> العالم)
    town = Entry(kind="places", id="test:alam", canonical="العلم", name_en="Alam", ar=("العلم",), en=("Alam",))
    said = "وقال الوزير إن العالم كله يتابع ما يجري في المنطقة."
    assert not question_mentions.mentions(town, said)
    assert question_mentions.mentions(town, "وسقطت قذيفة على بلدة العلم شرق المدينة.")
    monkeypatch.setattr(question_mentions, "SHORT_STEMS_EXACT", False)
    monkeypatch.setattr(question_mentions, "_PATTERNS", {})
    assert question_mentions.mentions(town, said)


def _quoted(question: str, *texts: str) -> list[str]:
    ev = _evidence(*texts)
    q = with_words(parse_question(question))
    claims = passages.passage_claims(q, ev)
    return [ev.docs[c.spans[0][0]].text[c.spans[0][1]:c.spans[0][2]] for c in claims]


def test_an_english_question_reads_a_sentence_whose_neighbour_names_an_entity(monkeypatch):
    texts = ("وقال مسؤول محلي في كركوك إن الجيش العراقي يحقق في هوية من نفذ الهجوم على الحاجز.",
             "انفجرت سيارة مفخخة قرب حاجز للجيش العراقي صباح الأحد. وتبنى تنظيم داعش التفجير الذي وقع في كركوك في "
             "بيان نشره على مواقع التواصل.")
    question = "Who claimed responsibility for the car bomb attack on the Iraqi army in Kirkuk?"
    found = _quoted(question, *texts)
    assert found and "وتبنى" in found[0]
    monkeypatch.setattr(passages, "NEIGHBOURS_NAME", False)
    assert "وتبنى" not in _quoted(question, *texts)[0]
