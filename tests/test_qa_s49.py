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


# ---- a "who is <name>" question: the sentence naming him whole, the one defining him first (passages.ASKED_NAME)
_WHO_TEXT = ("شيعت الجماعة المسلحة أمس في العاصمة جثامين ثلاثة من قادتها الميدانيين الذين قتلوا في المعارك، وهم سالم "
             "عبدالله الحداد وناصر فهد البرقاني وخالد سعيد البرقاني.\n"
             "وأعلنت الجماعة في بيان تعيين القيادي هاشم البرقاني وزيرا للداخلية في حكومتها غير المعترف بها.\n"
             "أما ناصر البرقاني، فهو المشرف العام على سجون الجماعة في العاصمة ومسؤول عمليات الخطف فيها.")
_WHO_Q = "من هو ناصر البرقاني الذي شيعته الجماعة في العاصمة؟"


def _who_claims():
    from marsad.agent.qa.evidence import Evidence
    from marsad.agent.qa.passages import passage_claims
    from marsad.schemas import Document

    doc = Document(doc_id="d", title="مقتل ثلاثة من قادة الجماعة", text=_WHO_TEXT, published="2018-05-30")
    return passage_claims(parse_question(_WHO_Q), Evidence(docs={"d": doc}))


def test_who_is_a_name_is_answered_by_the_sentence_defining_him(monkeypatch):
    from marsad.agent.qa import passages

    claims = _who_claims()
    assert claims and "المشرف العام" in claims[0].text
    monkeypatch.setattr(passages, "ASKED_NAME", False)
    # (without the rule: the office word's sentence, about another man of the family, or nothing)
    assert not any("المشرف العام" in c.text for c in _who_claims())


def test_the_plain_who_is_a_name_question_is_read_too(monkeypatch):
    # "من هو ناصر البرقاني؟": the name may end the question; "علي" is the given name Ali there, not "على"
    from marsad.agent.qa.passages import asked_name

    assert asked_name(parse_question("من هو ناصر البرقاني؟")).search("اما ناصر البرقاني فهو")
    assert asked_name(parse_question("من هو ناصر علي البرقاني؟")).search("وكان ناصر علي البرقاني")
    assert asked_name(parse_question("من هو حزب الله؟")) is None  # (a group the lexicon knows, asked plainly too)
    claims = _who_claims_for("من هو ناصر البرقاني؟")
    assert claims and "المشرف العام" in claims[0].text


def _who_claims_for(question: str):
    from marsad.agent.qa.evidence import Evidence
    from marsad.agent.qa.passages import passage_claims
    from marsad.schemas import Document

    doc = Document(doc_id="d", title="مقتل ثلاثة من قادة الجماعة", text=_WHO_TEXT, published="2018-05-30")
    return passage_claims(parse_question(question), Evidence(docs={"d": doc}))


def test_asked_name_needs_a_name_of_two_words_and_no_descriptor():
    from marsad.agent.qa.passages import asked_name

    assert asked_name(parse_question(_WHO_Q)).search("اما ناصر فهد البرقاني فهو")
    assert asked_name(parse_question("من هو ناصر الذي شيعته الجماعة؟")) is None  # (one word: a given name alone)
    assert asked_name(parse_question("من هو القيادي الذي شيعته الجماعة في العاصمة؟")) is None
    assert asked_name(parse_question("Who is Nasser al-Barqani?")) is None


_WHO_EN_TEXT = ("زار الوفد محافظة عسير أمس، والتقى المسؤولين فيها، وبينهم إبراهيم الشهري مدير الدفاع المدني.\n"
                "ويبقى إبراهيم العسيري، الذي يصفه المحققون بأنه العقل وراء القنابل المخبأة، أخطر صانعي المتفجرات في التنظيم.\n"
                "وذكرت الصحيفة أن العسيري نجا من غارات عدة.")


def _who_en(monkeypatch=None):
    from marsad.agent.qa.evidence import Evidence
    from marsad.agent.qa.passages import passage_claims
    from marsad.schemas import Document

    finder = NameFinder(["ابراهيم", "عسير"], {"ابراهيم": 500, "عسير": 80})
    q = with_names(parse_question("Who is Ibrahim al-Asiri?"), finder)
    doc = Document(doc_id="d", title="جولة في المنطقة", text=_WHO_EN_TEXT, published="2015-08-01")
    return passage_claims(q, Evidence(docs={"d": doc}))


def test_who_is_an_english_name_reads_its_words_in_order(monkeypatch):
    from marsad.agent.qa import passages

    claims = _who_en()
    assert claims and "صانعي المتفجرات" in claims[0].text
    monkeypatch.setattr(passages, "ASKED_NAME_EN", False)
    assert not _who_en() or "صانعي المتفجرات" not in _who_en()[0].text


def test_a_place_told_by_its_parts_answers_where(monkeypatch):
    # "استعاد أولى مناطق مديرية X": the district of an advance named after a word for its parts, no preposition
    from marsad.agent.qa import passages, places_told
    from marsad.core.arabic import normalize
    from marsad.core.lexicon import get_lexicon

    q = parse_question("في أي مديرية تقدم الجيش في محافظة حجة؟")
    told = normalize("واستعاد الجيش اليوم أولى مناطق مديرية قفلة شمالي المحافظة.")
    assert passages.tells_place(q, told, get_lexicon())
    assert passages.tells_fine_place(q, told, get_lexicon())
    monkeypatch.setattr(places_told, "FINE_PARTS", False)
    assert not passages.tells_place(q, told, get_lexicon())
    assert not passages.tells_fine_place(q, told, get_lexicon())


def test_which_countrys_thing_asks_whose_not_where(monkeypatch):
    from marsad.agent.qa import question_intent
    from marsad.agent.qa.question import Intent

    q = "Which country's embassy in the capital did the gunmen storm in March 2019?"
    assert parse_question(q).intent is Intent.general
    assert parse_question("Which country's envoy said the talks had failed?").intent is Intent.role
    # the people of a country killed or taken are the victims asked about, not a thing it owns
    assert parse_question("Which country's soldiers were killed in the ambush?").intent is Intent.victim
    assert parse_question("Which country's citizens were kidnapped in the raid?").intent is Intent.victim
    monkeypatch.setattr(question_intent, "WHOSE_THING", False)
    assert parse_question(q).intent is Intent.location
