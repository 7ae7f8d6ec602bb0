"""Pass 54 (qaen54): English questions whose words Arabic news writes otherwise -- common Arabic given names ("Salah"
صلاح), compound names of a first word + al-Din ("Noureddine" نور الدين) and of عبد + a divine name whose article took a
sun letter ("Abdeslam" عبد السلام), media outlets, "Frontier Corps", "young women", a protest "march"; and questions
about people gone missing, which are security news. The sentences are written for these tests."""

from marsad.agent.qa import domain, translit
from marsad.agent.qa.domain import in_domain
from marsad.agent.qa.question import parse_question
from marsad.agent.qa.translit import NameFinder, with_names
from marsad.index.search import plan_query

# (a small index vocabulary: the letter-by-letter readings the words would otherwise find)
_VOCAB = ["سالا", "سلاحا", "صلاح", "كعمال", "كمال", "موارد", "مراد", "نورد", "نور", "عبدالسلام", "سلام"]
_FREQ = {"سالا": 3, "سلاحا": 40, "صلاح": 50, "كعمال": 2, "كمال": 17, "موارد": 90, "مراد": 9, "نورد": 4, "نور": 80,
         "عبدالسلام": 6, "سلام": 200}


def _names(text: str) -> dict[str, tuple[str, ...]]:
    q = with_names(parse_question(text), NameFinder(_VOCAB, _FREQ))
    return {e.id: e.ar for e in q.names}


def test_more_given_names_are_searched_as_the_news_writes_them(monkeypatch):
    names = _names("What did the colonel Salah Qwertyan say after the raid?")
    assert names["name:salah"] == ("صلاح",)
    assert _names("Where was the officer Kamal Qwertyan shot?")["name:kamal"] == ("كمال",)
    assert _names("Who arrested the driver Mourad Qwertyan?")["name:mourad"] == ("مراد",)
    assert translit._GIVEN_NAMES_MORE["othman"] == ("عثمان",)
    monkeypatch.setattr(translit, "GIVEN_MORE", False)
    assert _names("What did the colonel Salah Qwertyan say after the raid?").get("name:salah") != ("صلاح",)
    assert _names("Who arrested the driver Mourad Qwertyan?").get("name:mourad") != ("مراد",)


def test_a_name_with_al_din_is_searched_as_its_words(monkeypatch):
    assert translit._compound_name("Noureddine") == ("نور الدين", "نورالدين")
    assert translit._compound_name("Salaheddine") == ("صلاح الدين", "صلاحالدين")
    assert translit._compound_name("Izzuddin") == ("عز الدين", "عزالدين")
    assert translit._compound_name("Aladdin") == ("علاء الدين", "علاءالدين")
    assert translit._compound_name("Dean") is None and translit._compound_name("Nordic") is None
    assert _names("Where was the commander Noureddine Qwertyan killed?")["name:noureddine"] == ("نور الدين",
                                                                                                "نورالدين")
    monkeypatch.setattr(translit, "DIN_NAMES", False)
    assert translit._compound_name("Noureddine") is None


def test_abd_and_a_sun_letter_name_is_searched_apart_and_glued(monkeypatch):
    assert translit._compound_name("Abdeslam") == ("عبد السلام", "عبدالسلام")
    assert translit._compound_name("Abdessalam") == ("عبد السلام", "عبدالسلام")
    assert translit._compound_name("Abderrahmane") == ("عبد الرحمن", "عبدالرحمن")
    assert translit._compound_name("Abdurrahman") == ("عبد الرحمن", "عبدالرحمن")
    # (the doubled letter must be the name's first; a name whose l is written is left to the finder)
    assert translit._compound_name("Abdesrahman") is None
    assert translit._compound_name("Abdulrahman") is None and translit._compound_name("Abdulazeez") is None
    names = _names("Which brother of Salah Abdeslam was jailed for the robbery?")
    assert names["name:abdeslam"] == ("عبد السلام", "عبدالسلام")
    monkeypatch.setattr(translit, "ABD_SUN", False)
    assert translit._compound_name("Abdeslam") is None


def _concepts(query: str) -> list[list[str]]:
    return plan_query(query).concepts


def test_media_outlets_and_units_are_searched_by_their_arabic_names():
    assert any("قناة الحدث" in c for c in _concepts("the al-Hadath reporter in Hodeidah"))
    assert any("قناة الميادين" in c for c in _concepts("an Al Mayadeen correspondent was wounded"))
    assert any("وكالة الأناضول" in c for c in _concepts("Anadolu Agency said the convoy was hit"))
    assert any("فيلق الحدود" in c for c in _concepts("a Frontier Corps post in Quetta"))
    assert any("فيلق" in c for c in _concepts("the corps commander"))


def test_young_women_and_a_protest_march():
    young = next(c for c in _concepts("the young women detained in Sanaa") if "فتيات" in c)
    assert "نساء" in young
    assert any("مسيرة" in c for c in _concepts("the march to the presidential palace"))
    # the month is still the month
    assert not any("مسيرة" in c for c in _concepts("the attack in March 2018"))
    assert any("مارس" in c for c in _concepts("the attack in March 2018"))


def test_people_gone_missing_are_security_news(monkeypatch):
    asked = ["كم عدد الصحفيين الذين انقطعت أخبارهم في المدينة الشهر الماضي؟",
             "متى اختفى المصور في الريف؟",
             "How many aid workers went missing near the border town in May?"]
    assert all(in_domain(parse_question(q)) for q in asked)
    assert not in_domain(parse_question("ما هي عاصمة سويسرا؟"))
    monkeypatch.setattr(domain, "DISAPPEAR_WORDS", False)
    assert not in_domain(parse_question(asked[0]))
    assert not in_domain(parse_question(asked[1]))


def test_more_foreign_given_names_are_searched_as_the_news_writes_them(monkeypatch):
    assert translit._GIVEN_NAMES_WESTERN_MORE["sergei"] == ("سيرغي", "سيرجي")
    assert _names("What did the defector Joseph Qwertyan tell the police?")["name:joseph"] == ("جوزيف",)
    monkeypatch.setattr(translit, "WESTERN_MORE", False)
    assert _names("What did the defector Joseph Qwertyan tell the police?").get("name:joseph") != ("جوزيف",)


def test_the_guards_corps_is_the_guards_not_any_corps():
    # "Corps" in the Guards' and the Marines' English names is no فيلق the news writes
    assert not any("فيلق" in c for c in _concepts("the Islamic Revolutionary Guard Corps commander in Syria"))
    assert any("الحرس الثوري" in c for c in _concepts("the Islamic Revolutionary Guard Corps commander in Syria"))
    assert any("مشاة البحرية" in c for c in _concepts("a US Marine Corps base"))
