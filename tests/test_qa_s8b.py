"""Answers at archive scale, eighth pass (b): which articles are read, and how English names are spelled in Arabic.

Every sentence and question here is written for the test (none is corpus text)."""

from __future__ import annotations

from marsad.agent.qa.question import parse_question
from marsad.core.lexicon import get_lexicon
from marsad.schemas import Document, Hit


def _archive() -> dict[str, Document]:
    """Fifteen Baghdad articles about other things, then the one about the market-street car bomb."""
    docs = {f"other{i}": Document(doc_id=f"other{i}", title=f"اجتماع في بغداد {i}",
                                  text="عقد مجلس المحافظة في بغداد اجتماعا لبحث الخدمات والكهرباء.")
            for i in range(15)}
    docs["street"] = Document(doc_id="street", title="انفجار سيارة مفخخة في شارع تجاري ببغداد",
                              text="قتل 12 شخصا في انفجار سيارة مفخخة في شارع تجاري مزدحم في بغداد مساء أمس.")
    return docs


class _Searcher:
    """Every search ranks the market-street article sixteenth; records how deep it was asked to look."""

    def __init__(self, docs):
        self.docs, self.asked = docs, []

    def search(self, query, k):
        self.asked.append(k)
        return [Hit(doc_id=d, title=self.docs[d].title, score=1.0, start=0, end=10, text=self.docs[d].text[:10])
                for d in self.docs][:k]


def test_gather_reads_a_deeper_article_that_names_what_the_question_asks_about(text_only_store):
    from marsad.agent.qa.evidence import gather, question_fit

    docs = _archive()
    parsed = parse_question("كم شخصا قتل في انفجار السيارة المفخخة في الشارع التجاري في بغداد؟")
    # both name Baghdad; only one names the car bomb and the street
    assert question_fit(parsed, docs["street"])[1] > question_fit(parsed, docs["other0"])[1]
    searcher = _Searcher(docs)
    evidence = gather(parsed, searcher, text_only_store(docs), get_lexicon(), k=5, max_steps=1, max_docs=4)
    assert min(searcher.asked) > 15  # looked deeper than the hits asked for
    assert "street" in evidence.docs and next(iter(evidence.docs)) == "street"


def test_gather_keeps_the_search_order_among_articles_that_fit_alike(text_only_store):
    from marsad.agent.qa.evidence import gather

    docs = _archive()
    del docs["street"]
    parsed = parse_question("ماذا بحث اجتماع مجلس المحافظة في بغداد؟")
    evidence = gather(parsed, _Searcher(docs), text_only_store(docs), get_lexicon(), k=5, max_steps=1, max_docs=3)
    assert list(evidence.docs) == ["other0", "other1", "other2"]


# ---------------------------------------------------------------- English names in the index's Arabic
def _finder():
    from marsad.agent.qa.translit import NameFinder

    frequency = {"نعم": 500, "نعيم": 50, "زياد": 900, "زويد": 20, "مساعد": 3000, "مسعود": 100, "ينس": 40,
                 "يونس": 30, "كاملا": 400, "كمال": 60}
    return NameFinder(frequency, frequency)


def test_a_name_written_with_its_vowels_beats_a_commoner_word_of_its_consonants():
    finder = _finder()
    assert finder.find("Naeem")[0] == "نعيم"  # not نعم ("yes")
    assert finder.find("Zuweid")[0] == "زويد"  # not the commoner name زياد
    assert finder.find("Massoud")[0] == "مسعود"  # not مساعد ("assistant")
    assert finder.find("Younis")[0] == "يونس"  # its y is a consonant, its ou a long vowel


def test_vowel_fit_costs_unwritten_long_vowels_and_an_accusative_alif():
    from marsad.agent.qa.translit import vowel_fit

    assert vowel_fit("Naeem", "نعيم") == 0 < vowel_fit("Naeem", "نعم")
    assert vowel_fit("Massoud", "مسعود") < vowel_fit("Massoud", "مساعد")
    assert vowel_fit("Kamal", "كمال") < vowel_fit("Kamal", "كاملا")  # a final alif the English lacks
    assert vowel_fit("Ariha", "أريحا") == 0  # ... unless the English ends in -a
    assert vowel_fit("Bur", "بور") < vowel_fit("Bur", "باور")  # a long vowel the English lacks
