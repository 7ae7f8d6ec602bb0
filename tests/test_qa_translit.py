"""English names the lexicon lacks, found in the index's Arabic vocabulary by their consonant skeleton."""

from marsad.agent.qa.question import mentions, parse_question
from marsad.agent.qa.translit import NameFinder, arabic_skeleton, english_pattern, with_names


def test_skeletons_drop_article_vowels_and_ta_marbuta():
    assert arabic_skeleton("الزعفرانية") == arabic_skeleton("زعفراني")
    assert arabic_skeleton("أريحا") == "RYH"


def test_english_names_match_their_arabic_skeleton():
    for en, ar in (("Zafaraniyah", "زعفراني"), ("Khorasan", "خراسان"), ("Ariha", "اريحا"), ("Haima", "حيم")):
        pattern, _, _ = english_pattern(en)
        assert pattern.fullmatch(arabic_skeleton(ar, normalized=True)), (en, ar)
    assert english_pattern("Eid") is None  # fewer than two sure consonants: not looked up


def test_a_name_starting_with_a_vowel_is_written_with_alif():
    finder = NameFinder(["اريحا", "رياح", "ريح"], {"رياح": 90, "ريح": 50, "اريحا": 3})
    assert finder.find("Ariha") == ["اريحا"]


def test_a_name_starting_with_a_consonant_is_not_a_word_opening_with_alif_or_ain():
    # "Nehm" is نهم, not the common انهم ("that they"); "Bur" is البور, not عبر ("across")
    finder = NameFinder(["انهم", "نهم", "عبر", "البور"], {"انهم": 2000, "نهم": 40, "عبر": 5000, "البور": 10})
    assert finder.find("Nehm") == ["نهم"]
    assert finder.find("Bur") == ["البور"]
    # a w or an ou may be written with a leading alif once a clitic و is cut: "Ouagadougou" اغادوغو
    assert "اغادوغو" in NameFinder(["اغادوغو"]).find("Ouagadougou")


def test_unknown_names_become_required_entities_and_weekdays_do_not():
    finder = NameFinder(["زعفران", "بغداد", "مندي"])
    q = with_names(parse_question("How many were killed in al-Zafaraniyah on Monday?"), finder)
    assert [e.id for e in q.names] == ["name:zafaraniyah"]
    assert "zafaraniyah" not in q.uncovered
    assert mentions(q.names[0], "انفجرت سيارة مفخخة في منطقة الزعفرانية جنوب بغداد")
    assert with_names(parse_question("كم قتيلا في الزعفرانية؟"), finder).names == ()


def test_among_spellings_of_one_skeleton_the_letters_news_uses_win_over_a_commoner_word():
    # كارثة (disaster) and خراسان share the class skeleton K-R-S(-N); "kh" is خ, "s" is س
    finder = NameFinder(["كارث", "خراس", "بغداد"], {"كارث": 500, "خراس": 4})
    assert finder.find("Khorasan")[0] == "خراس"


def test_what_a_group_calls_itself_is_not_a_name_to_look_for():
    q = parse_question("Who was the Zabadan Group leader the Pentagon said was killed in a US air strike?")
    assert q.uncovered == ("zabadan",)  # "Group" is not looked up as a name (it found غرب, "west")


def test_a_nisba_name_the_stemmer_cut_is_found_with_its_ya():
    # the index holds the stem بارزان; news writes بارزاني / البارزاني
    q = with_names(parse_question("What did Barzani say in Erbil?"), NameFinder(["بارزان", "اربيل"]))
    name = next(e for e in q.names if e.id == "name:barzani")
    assert mentions(name, "وقال رئيس الإقليم مسعود بارزاني إن") and mentions(name, "وأكد البارزاني")


def test_a_name_is_found_written_with_and_without_its_long_vowel():
    finder = NameFinder(["غيدن", "غيدان", "بغداد"], {"غيدن": 9, "غيدان": 3})
    assert {"غيدن", "غيدان"} <= set(finder.find("Ghaidan"))


def test_a_short_given_name_before_a_family_name_found_is_no_unknown_word():
    from marsad.agent.qa.question import unmapped

    q = with_names(parse_question("What did former commander Ali Ghaidan say about Mosul?"),
                   NameFinder(["غيدان", "الموصل"]))
    assert "ali" not in q.uncovered and not unmapped(q)  # ("former" is a plain qualifier, like "old")
    assert [e.id for e in q.names] == ["name:ghaidan"]
    assert "ali" in with_names(parse_question("What did Ali say about Mosul?"), NameFinder(["غيدان"])).uncovered
