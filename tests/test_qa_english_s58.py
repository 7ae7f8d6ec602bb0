"""Pass 58, English questions: "which <person> <verb> ..." read as "who is the <person> who <verb> ...", and the
adjective of a state the world gazetteer names for an English question (sentences written for the tests)."""

from marsad.agent.qa import question_parse, translit
from marsad.agent.qa.question import asked_kind, mentions, parse_question
from marsad.agent.qa.question_parse import which_person_as_who
from marsad.agent.qa.translit import with_words


def test_which_minister_said_is_who_is_the_minister_who_said():
    q = "Which Belgian minister said in May 2019 that the port of Antwerp would stay open?"
    assert which_person_as_who(q) == ("Who is the Belgian minister who said in May 2019 that the port of Antwerp "
                                      "would stay open?")
    assert asked_kind(parse_question(q)) == ("person", ())


def test_which_commander_was_killed_keeps_its_aside_and_plural():
    assert which_person_as_who("Which rebel commanders were killed near Lake Kivu in 2019?") == \
        "Who are the rebel commanders who were killed near Lake Kivu in 2019?"
    assert which_person_as_who("Which Canadian, a friend of the mayor, was found dead in Quebec?") == \
        "Who is the Canadian, a friend of the mayor, who was found dead in Quebec?"
    assert which_person_as_who("Which militia leader in Goma was arrested in 2019?") == \
        "Who is the militia leader in Goma who was arrested in 2019?"


def test_which_thing_or_object_question_is_left_as_it_is():
    for q in ("Which nerve agent does the government say was used in the attack?",
              "Which Chilean man were the police looking for in June 2019?",
              "Which commander did the army capture near Bunia in 2019?",
              "Which district of Kinshasa did the rebels take in 2019?",
              "What did the Chilean minister say about the strike?",
              "What name did the Chilean man go by?",
              "Which group claimed the bombing in Valparaiso?"):
        assert which_person_as_who(q) == q


def test_person_noun_modifying_a_plural_noun_is_no_head():
    for q in ("Which member states voted against the resolution in 2019?",
              "What member countries sent troops to Mali?",
              "Which general elections were postponed in 2019?",
              "Which prisoner swaps took place in 2019?",
              "Which worker unions called the strike?",
              "Which member states did the council fine in 2019?",
              "Which member countries refused?"):
        assert which_person_as_who(q) == q
    assert which_person_as_who("Which commander led the assault on Zolberg?") == \
        "Who is the commander who led the assault on Zolberg?"
    assert which_person_as_who("Which minister says the port of Zolberg will stay open?") == \
        "Who is the minister who says the port of Zolberg will stay open?"
    assert which_person_as_who("Which rebel commander leads the militia in Goma?") == \
        "Who is the rebel commander who leads the militia in Goma?"


def test_person_noun_modifier_switch_off(monkeypatch):
    monkeypatch.setattr(question_parse, "WHICH_PERSON_MODIFIER", False)
    assert which_person_as_who("Which worker unions called the strike?") == \
        "Who is the worker who unions called the strike?"


def test_which_person_switch_off(monkeypatch):
    monkeypatch.setattr(question_parse, "WHICH_PERSON", False)
    q = "Which Belgian minister said the port would stay open?"
    assert which_person_as_who(q) == q
    assert parse_question(q).text == q


def test_english_state_of_the_world_gazetteer_is_named_by_its_adjective():
    q = with_words(parse_question("How many Czech nationals did the police detain in Ankara in 2019?"))
    czech = next(e for e in q.places if e.name_en == "Czechia")
    assert mentions(czech, "أوقفت الشرطة مواطنين تشيكيين اثنين في أنقرة")
    assert not mentions(czech, "أوقفت الشرطة مواطنين بولنديين اثنين في أنقرة")


def test_english_state_nisba_switch_off(monkeypatch):
    monkeypatch.setattr(translit, "ENGLISH_STATE_NISBA", False)
    q = with_words(parse_question("How many Czech nationals did the police detain in Ankara in 2019?"))
    czech = next(e for e in q.places if e.name_en == "Czechia")
    assert not mentions(czech, "أوقفت الشرطة مواطنين تشيكيين اثنين في أنقرة")


def test_which_person_did_someone_say_was_killed():
    assert which_person_as_who("Which rebel colonels did the army say were killed near Goma in 2019?") == \
        "Who are the rebel colonels who the army said were killed near Goma in 2019?"
    assert which_person_as_who("Which militia commander did the police say in March 2019 may have died in Bunia?") == \
        "Who is the militia commander who the police said in March 2019 may have died in Bunia?"
    # (not a reported clause: the person is the object of the verb)
    q = "Which Chilean cleric did prosecutors ask to be sentenced to death?"
    assert which_person_as_who(q) == q


def test_which_person_said_switch_off(monkeypatch):
    monkeypatch.setattr(question_parse, "WHICH_PERSON_SAID", False)
    q = "Which rebel colonels did the army say were killed near Goma in 2019?"
    assert which_person_as_who(q) == q


def test_name_found_by_its_stem_is_matched_with_the_yn_ending(monkeypatch):
    from marsad.agent.qa.translit import NameFinder, with_names

    finder = NameFinder(["زولبرغ"], {"زولبرغ": 3})  # the index holds "زولبرغين" cut to its stem
    q = with_names(parse_question("Who attacked the depot in Zolberg in 2019?"), finder)
    name = next(e for e in q.names if e.name_en == "Zolberg")
    assert mentions(name, "هاجم مسلحون مستودعا في زولبرغين")
    assert not mentions(name, "هاجم مسلحون مستودعا في هامبورغ")
    monkeypatch.setattr(translit, "NAME_YN_ENDING", False)
    q = with_names(parse_question("Who attacked the depot in Zolberg in 2019?"), finder)
    name = next(e for e in q.names if e.name_en == "Zolberg")
    assert not mentions(name, "هاجم مسلحون مستودعا في زولبرغين")


def test_people_adjectives_are_words_not_names():
    q = with_words(parse_question("Which Kurdish leader said the talks would go on?"))
    assert "kurdish" not in q.uncovered and {"كرد", "اكراد"} <= set(q.expansion)  # (searched by its Arabic words)
    q = with_words(parse_question("Which Arabic-speaking commander was arrested?"))
    assert "arabic" not in q.uncovered
