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


def _counts(text: str, question: str) -> list[int]:
    from marsad.agent.qa.counts import count_claims
    from marsad.agent.qa.evidence import Evidence
    from marsad.schemas import Document

    ev = Evidence(docs={"t": Document(doc_id="t", title="خبر", text=text, published="2018-03-08")})
    return [c.numbers[0] for _, c in count_claims(parse_question(question), ev)]


_PART = "أعلن الجيش أن ستة من جنوده أصيبوا في هجوم بسكين قرب الحاجز، اثنان منهم بحالة حرجة. وقال المتحدث إن المهاجم اعتقل."


def test_a_count_of_them_after_a_larger_count_is_its_part():
    assert _counts(_PART, "How many soldiers were wounded in the attack near the checkpoint?")[0] == 6
    assert _counts(_PART, "كم شخصا أصيب في الهجوم قرب الحاجز؟") == [6]
    # the seriously wounded are the part
    assert _counts(_PART, "كم جنديا أصيب بجروح خطيرة في الهجوم؟")[0] == 2


def test_of_them_with_no_count_before_is_the_toll_of_those_named():
    text = "قصفت المدفعية تجمعا للمسلحين شرق البلدة، ما أسفر عن مقتل 12 منهم وتدمير آليتين."
    assert _counts(text, "كم مسلحا قتل في القصف المدفعي شرق البلدة؟")[0] == 12


def test_the_part_switch(monkeypatch):
    from marsad.agent.qa import counts_claims

    monkeypatch.setattr(counts_claims, "PART_OF_THEM", 0)
    assert 2 in _counts(_PART, "كم شخصا أصيب في الهجوم قرب الحاجز؟")
