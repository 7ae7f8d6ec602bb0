"""Pass 49 QA fixes (archive scale): how a question's names are searched."""

from marsad.agent.qa import translit
from marsad.agent.qa.question import parse_question
from marsad.agent.qa.translit import NameFinder, with_names


def _qarha(finder: NameFinder):
    q = with_names(parse_question("How many fighters were killed in the battles for the Qarha mountain in May 2018?"),
                   finder)
    return next(e for e in q.names if e.name_en == "Qarha")


def test_a_name_ending_in_hamza_is_searched_without_it_too(monkeypatch):
    # the index holds the name with its final hamza and without it (the stemmer keeps the two terms apart)
    finder = NameFinder(["قرحاء", "قرحا"], {"قرحاء": 2, "قرحا": 2})
    assert _qarha(finder).get("searched") == ("قرحاء", "قرحا")
    monkeypatch.setattr(translit, "HAMZA_TWIN", False)
    assert _qarha(finder).get("searched") == ("قرحاء",)


def test_a_hamza_twin_the_index_lacks_is_not_searched():
    finder = NameFinder(["قرحاء"], {"قرحاء": 2})
    assert _qarha(finder).get("searched") == ("قرحاء",)
    # and a name written without it gains the spelling with it when the index holds that
    assert translit._with_hamza_twin(("صنعا",), NameFinder(["صنعاء"], {"صنعاء": 300})) == ("صنعا", "صنعاء")
    assert translit._hamza_twin("هدا") is None  # (too short to be read as a name's ending)

