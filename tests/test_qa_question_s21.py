"""Session 21 (qaq): the everyday words and the institution names of English questions said in Arabic.

A fresh English question asks with words no earlier question used ("museum", "nationality", "supporter",
"derailed"); left unsaid, they made the question count as unmapped (more than a quarter of its content words
unknown) and it abstained. A capitalised word of an institution's name ("the Justice Department", "the
Health Ministry") was looked up as a person's or a place's name by its consonants, and the answer then had to
name that transliteration. The glossary now says them (glossary_news.json), so they rank evidence as concepts
and are neither unknown nor names.
"""

from marsad.agent.qa.question import parse_question, unmapped
from marsad.agent.qa.translit import with_words
from marsad.core.lexicon import get_lexicon


def _q(text):
    return with_words(parse_question(text, get_lexicon()))


def test_everyday_words_of_a_fresh_question_are_said_in_arabic():
    q = _q("Which museum in Rome did a teenage supporter of the group plan to bomb in 2016?")
    for word in ("museum", "teenage", "supporter", "plan"):
        assert word not in q.uncovered
    assert not unmapped(q)
    assert "متحف" in q.expansion


def test_nationality_of_a_domestic_worker():
    q = _q("What nationality was the domestic worker killed in Kuwait?")
    assert "nationality" not in q.uncovered and "domestic" not in q.uncovered
    assert not unmapped(q)


def test_a_derailed_train_and_a_hijacked_plane():
    assert "derailed" not in _q("How many died when a train derailed near Ankara?").uncovered
    assert "hijacked" not in _q("Who hijacked the plane that landed in Malta?").uncovered


def test_institution_words_are_not_names_to_transliterate():
    for text, word in (("What did the Justice Department say about the hackers?", "justice"),
                       ("How many deaths did the Health Ministry in Gaza report?", "health"),
                       ("What did the Supreme Court decide about the detainees?", "supreme"),
                       ("Which case did the Criminal Court in Kuwait hear?", "criminal"),
                       ("What did Scotland Yard say about the stabbing?", "scotland")):
        q = _q(text)
        assert word not in q.uncovered, text
        assert any(c.get("category") == "institution" for c in q.concepts), text


def test_plain_words_do_not_count_against_a_question():
    # "anti" (of "anti-terrorism"), "previous", "want": ordinary words that say no fact a passage must show
    q = _q("Where did the anti-terrorism ministers of the four countries meet the previous week?")
    assert not unmapped(q)

