"""English questions read from Arabic articles (pass 68, issue 13.2; mended by fixqaen68): everyday words of news
questions said in Arabic (``qa_words.json``), "grave" a burial site unless an adjective ("a grave mistake"), and "which
<group> leader" answered by the title of whoever heads a group the lexicon knows.

Questions and sentences are written for these tests (none from the eval sets)."""

from qa_claims import passage_quotes

import marsad.agent.qa.passages as passages
from marsad.agent.qa.question import parse_question, unmapped
from marsad.agent.qa.translit import with_words


def _said(text: str):
    return with_words(parse_question(text))


def test_everyday_words_of_a_news_question_are_said_in_arabic():
    q = _said("Why did the defence minister convene his commanders in an underground bunker near the border?")
    assert not {"convene", "underground", "bunker"} & set(q.uncovered)
    assert not unmapped(q)
    q = _said("Which general doubted the rebels' ability to keep the truce in a rare statement to the press?")
    assert not {"rare", "doubted", "ability"} & set(q.uncovered)
    # a capitalised common word of a recurring story is said, not looked up as an unknown name
    for text, word in (("What did the Sudanese minister say about the Renaissance Dam talks in Khartoum?", "renaissance"),
                       ("Which Israeli general told NBC that the strikes on Gaza would go on?", "nbc"),
                       ("How many Iron Dome batteries did the army move to Ashkelon?", "dome")):
        assert word not in {w.lower() for w in _said(text).uncovered}, text


def test_a_word_common_in_another_sense_is_not_said_in_its_narrow_one():
    # "friendly fire" is no friendly match, a scientist no "world" (العالم), a hospital ward no "warding off" (صد),
    # "present" and "parts" of a city no attendance or spare parts, "few" no count word (stems as the expansion holds them)
    for text, arabic in (("Which brigade lost two soldiers to friendly fire near Tikrit?", "ودي"),
                         ("Which nuclear scientist was shot dead in Tehran?", "عالم"),
                         ("How many patients were in the burns ward when the shell hit the hospital?", "صد"),
                         ("When will the minister present the new security plan for Basra?", "حضور"),
                         ("Which parts of Mosul were cut off by the floods?", "غيار"),
                         ("How many soldiers were killed in the few days of fighting near Hit?", "عده")):
        assert arabic not in _said(text).expansion, text


def test_grave_is_a_burial_site_unless_it_qualifies_a_mistake_or_a_concern():
    ids = lambda text: {c.id for c in parse_question(text).concepts}  # noqa: E731
    assert "mass_grave" in ids("How many bodies were found in the grave near Sinjar?")
    assert "mass_grave" in ids("Where was the mass grave of the executed cadets found?")
    for text in ("Which minister said that closing the crossing would be a grave mistake?",
                 "Which agency voiced grave concern over the shelling of Idlib?",
                 "Which group accused the militia of grave violations against civilians in Diyala?"):
        assert "mass_grave" not in ids(text), text
        assert "grave" not in _said(text).uncovered, text  # said as جسيم


_LEADER_TEXT = ("قال رئيس المجلس السياسي الأعلى للحوثيين، ناصر المحبشي، إن الجماعة أفرجت عن البحارة المحتجزين لديها "
                "منذ أسبوع بعد وساطة قبلية.\n"
                "وأضاف المحبشي أن السفينة ستبقى في الميناء حتى انتهاء التحقيق.\n")


def test_which_group_leader_is_answered_by_the_title_of_its_head():
    quotes = passage_quotes("Which Houthi leader said the seized ship would stay in the port?", _LEADER_TEXT)
    assert quotes and "المحبشي" in quotes[0]


def test_a_leader_of_no_known_group_asks_the_office_whole():
    # "gang", "senior" name no body the lexicon knows: the head of a provincial council is no answer to them
    council = ("وقال رئيس مجلس محافظة كركوك، سامر الجبوري، إن المسلحين الذين اقتحموا المصرف في المدينة فروا بعد "
               "اشتباك قصير مع الشرطة.\n")
    for text in ("Which gang leader said the gunmen who stormed the bank in Kirkuk had fled?",
                 "Which senior leader said the gunmen who stormed the bank in Kirkuk had fled?"):
        assert passage_quotes(text, council) == [], text
    assert passages._asked_leader("Which Houthi leader said the sailors would be freed?")
    assert passages._asked_leader("Who is the Hezbollah leader who met the envoy?")
    for text in ("Which gang leader was arrested in Basra?", "Which senior leader of the party was arrested in Basra?",
                 "Who was the leader of the gunmen who stormed the bank in Kirkuk?"):
        assert not passages._asked_leader(text), text


def test_a_named_office_is_still_asked_whole_beside_a_leader(monkeypatch):
    # "which governor" is not answered by the head of a revolutionary committee; without the leader rule nothing is
    assert passage_quotes("Which Houthi governor said the seized ship would stay in the port?", _LEADER_TEXT) == []
    monkeypatch.setattr(passages, "_ANY_OFFICE", frozenset({"official"}))
    assert passage_quotes("Which Houthi leader said the seized ship would stay in the port?", _LEADER_TEXT) == []


_DEAL_TEXT = "وقعت البحرية صفقة مع فرنسا لشراء أربع فرقاطات تبنيها شركة نافال غروب خلال خمس سنوات.\n"


def test_a_deal_is_told_as_a_safqa():
    quotes = passage_quotes("Which company will build the frigates in the deal the navy signed with France?", _DEAL_TEXT)
    assert quotes and "نافال" in quotes[0]
