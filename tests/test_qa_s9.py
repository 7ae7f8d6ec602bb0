"""Session 9 QA fixes: what a question asks for when its words also tell of a casualty or an attack."""

from marsad.agent.qa.evidence import Evidence
from marsad.agent.qa.passages import passage_claims
from marsad.agent.qa.question import Intent, asks_manner, parse_question
from marsad.schemas import Document


def test_a_name_question_whose_verb_carries_the_person_asks_for_the_victim():
    # "whom a sniper killed": the pronoun on the verb is the person named, the sniper is the doer
    assert parse_question("ما اسم الرجل الذي قتله مسلح مجهول في السوق يوم الجمعة؟").intent is Intent.victim
    assert parse_question("ما اسم الطفلة التي اختطفها مسلحون في القرية؟").intent is Intent.victim
    # a count stays a count
    assert parse_question("كم شخصا قتله المسلحون في السوق؟").intent is Intent.killed


def test_who_is_the_office_holder_is_a_role_question_whatever_the_casualty_it_tells_of():
    q = parse_question("من المتحدث باسم الشرطة في المدينة الذي أعلن إصابة ثلاثة أشخاص بانفجار؟")
    assert q.intent is Intent.role
    q = parse_question("Who is the spokesman for the army who said the attack near the port killed two sailors?")
    assert q.intent is Intent.role
    # who was killed stays a victim question, who did it a perpetrator one
    assert parse_question("Who was the commander killed in the ambush?").intent is Intent.victim
    assert parse_question("من نفذ الهجوم على مقر الشرطة؟").intent is Intent.perpetrator


def test_how_was_someone_killed_asks_the_manner_not_a_count():
    q = parse_question("كيف قتل القائد الميداني في الجبهة الشرقية؟")
    assert asks_manner(q) and q.intent is Intent.general
    assert asks_manner(parse_question("How was the commander killed near the airport?"))
    assert not asks_manner(parse_question("كم شخصا قتل في الجبهة الشرقية؟"))


def test_a_manner_question_quotes_the_sentence_telling_the_means():
    text = ("نعت الجماعة أمس مصرع القائد الميداني البارز سالم الفلاني المكنى أبو علي. "
            "وذكرت مصادر ميدانية أن الفلاني قتل مع اثنين من مرافقيه بغارة جوية استهدفت مواقعهم في الجبهة الشرقية.")
    doc = Document(doc_id="d1", title="مصرع قائد ميداني", text=text, published="2018-04-05")
    q = parse_question("كيف قتل القائد الميداني سالم الفلاني في الجبهة الشرقية؟")
    claims = passage_claims(q, Evidence(docs={"d1": doc}))
    assert claims and "بغارة جوية" in claims[0].text
    # without the means told, the sentence naming the death alone does not answer "how"
    doc2 = Document(doc_id="d2", title="مصرع قائد ميداني", text=text.split(". ")[0] + ".", published="2018-04-05")
    assert passage_claims(q, Evidence(docs={"d2": doc2})) == []


def test_a_name_beginning_with_al_without_a_hyphen_keeps_its_al():
    from marsad.agent.qa.translit import NameFinder

    # "Alawneh" is علاونة: its "Al" is letters of the name, not the article ("al-Zafaraniyah" is الزعفرانية)
    finder = NameFinder(["علاونه", "ونه", "الزعفرانيه"])
    assert "علاونه" in finder.find("Alawneh")
    assert "ونه" not in finder.find("Alawneh")
    assert "الزعفرانيه" in finder.find("al-Zafaraniyah")


def test_an_english_place_answer_gives_a_scholars_transliteration_in_plain_letters_and_the_article_spelling():
    from marsad.agent.qa.matching import Names
    from marsad.core.lexicon import get_lexicon
    from marsad.schemas import Location

    names = Names(parse_question("In which village was the young man killed?"), get_lexicon())
    loc = Location(name="برقين", name_en="Birqīn", country="PS")
    assert names.place(loc) == "Birqin (برقين)"
    assert names.place(Location(name="الموصل", name_en="Mosul", country="IQ")) == "Mosul"  # a plain name stays
    arabic = Names(parse_question("في أي قرية قتل الشاب؟"), get_lexicon())
    assert arabic.place(loc) == "برقين"


def test_a_role_question_told_with_what_its_holder_did_is_answered_by_the_office_and_its_place():
    text = ("أعلنت السلطات نجاح العملية العسكرية في الوادي. "
            "وقال محافظ سرداب اللواء سالم الفلاني إن القوات تمكنت من اقتحام آخر مواقع تنظيم القاعدة في الوادي.")
    doc = Document(doc_id="d1", title="نجاح عملية عسكرية", text=text, published="2018-02-18")
    q = parse_question("من هو محافظ سرداب الذي أعلن نجاح عملية التطهير ضد تنظيم القاعدة في فبراير 2018؟")
    assert q.intent is Intent.role
    claims = passage_claims(q, Evidence(docs={"d1": doc}))
    assert claims and "سالم الفلاني" in claims[0].text
    # the office of another place is no answer, whatever else the sentence shares
    doc.text = text.replace("محافظ سرداب", "محافظ بلقان")
    assert passage_claims(q, Evidence(docs={"d1": doc})) == []
