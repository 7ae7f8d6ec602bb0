"""Session 28 QA: a generic English body name ("House of Representatives") is no one country's; the question's
own country word says whose it is. Questions written for these tests."""

from marsad.agent.qa.question import parse_question


def _entities(text: str) -> list[str]:
    return [e.canonical for e in parse_question(text).entities]


def test_a_house_of_representatives_is_no_one_countrys_by_itself():
    assert "مجلس النواب الليبي" not in _entities("Did the US House of Representatives vote on the arms sale in May?")
    assert "مجلس النواب الليبي" not in _entities("What did the House of Representatives say about the ceasefire?")


def test_libyas_parliament_is_found_by_its_qualified_names():
    assert "مجلس النواب الليبي" in _entities("What did the Libyan House of Representatives decide in Tobruk?")
    assert "مجلس النواب الليبي" in _entities("Which government did the Tobruk parliament back in 2015?")
