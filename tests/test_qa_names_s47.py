"""Pass 47 QA fixes: English names of people whose ain is written as a doubled a ("Saad", "Raad")."""

from marsad.agent.qa import translit
from marsad.agent.qa.question import parse_question
from marsad.agent.qa.translit import NameFinder, with_names


def test_a_doubled_a_writes_an_ain_either_side_of_its_vowel(monkeypatch):
    # "Raad" is رعد (a short a, then the ain), "Naam" may be نعام (the ain, then a long a): one skeleton, both kept
    # (the finder's reading: "Raad" is a given name of translit.GIVEN_MORE since pass 54, searched as رعد alone)
    monkeypatch.setattr(translit, "GIVEN_MORE", False)
    finder = NameFinder(["رعاد", "رعد", "نعام", "نعم"], {"رعاد": 9, "رعد": 30, "نعام": 40, "نعم": 3})
    assert finder.find("Raad")[:2] == ["رعاد", "رعد"]
    assert {"نعام", "نعم"} <= set(finder.find("Naam"))
    q = with_names(parse_question("Who is Raad Hamoud?"), finder)
    raad = next(e for e in q.names if e.name_en == "Raad")
    assert "رعد" in raad.ar and raad.get("searched") == ("رعاد", "رعد")  # the spelling most articles hold too
    # a name with no ain mark keeps one spelling of its skeleton
    assert len({"رعاد", "رعد"} & set(finder.find("Rad"))) == 1
    monkeypatch.setattr(translit, "AA_AIN", False)
    assert finder.find("Raad") == ["رعاد"]
