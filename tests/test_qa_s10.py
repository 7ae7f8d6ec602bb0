"""Session 10 QA fixes: names an English question opens with or spells with an ain, the office a named
person owns, the source a question names, and "where" questions about events no record holds."""

from qa_claims import cite

from marsad.agent.qa.evidence import Evidence
from marsad.agent.qa.passages import located_passage_claims, tells_place
from marsad.agent.qa.question import Intent, name_like, parse_question, unmapped
from marsad.agent.qa.records import record_claims
from marsad.agent.qa.translit import NameFinder, ain_marked, with_names
from marsad.core.lexicon import get_lexicon
from marsad.schemas import Actor, Attack, Document, DocumentRecords


def test_a_doubled_a_or_an_apostrophe_writes_an_ain_that_a_short_name_is_looked_up_by():
    assert ain_marked("al-Bayaa") and ain_marked("Sana'a") and ain_marked("Baaj")
    assert not ain_marked("Baghdad") and not ain_marked("Mosul")
    finder = NameFinder(["بياع", "بيع", "بايع", "باج", "بعاج"])
    # one sure consonant and the ain: only spellings writing the ain, the one whose vowels fit first
    assert finder.find("al-Bayaa")[0] == "بياع"
    assert finder.find("Baaj") == ["بعاج"]
    # a short name without an ain mark is still too short to look up
    assert finder.find("Baya") == []


def test_a_capitalised_first_word_is_a_name_unless_it_opens_a_question():
    assert name_like("Marwand", 0) and name_like("Marwand", 12)
    assert not name_like("Give", 0) and not name_like("During", 0) and not name_like("market", 5)
    finder = NameFinder(["ماروند", "مروحه"])
    q = with_names(parse_question("Marwand market bombing, July 2016: how many people were killed?"), finder)
    assert any(e.kind == "names" and "ماروند" in e.ar for e in q.entities)
    # a first-word name nobody wrote is unknown: no Arabic passage can be shown to answer the question
    assert unmapped(parse_question("Qwertyville market bombing: how many people were killed?"))
    assert not unmapped(parse_question("Give the number of people killed in the market bombing in Mosul."))


def test_a_named_person_whose_own_title_is_not_the_office_asked_about_does_not_answer_who_holds_it():
    text = ("قال المشير سالم الفلاني قائد القوات الجنوبية إن قواته تقدمت. "
            "وقال ناصر العلوي المتحدث باسم سالم الفلاني إن الهجوم استهدف سفينة ثانية.")
    doc = Document(doc_id="d1", title="تقدم القوات الجنوبية", text=text, published="2018-03-02")
    owner = Actor(name="سالم الفلاني", type="official", role="قائد القوات الجنوبية",
                  citations=[cite("d1", text, "قال المشير سالم الفلاني قائد القوات الجنوبية إن قواته تقدمت.")])
    spokesman = Actor(name="ناصر العلوي", type="official", role="المتحدث باسم سالم الفلاني",
                      citations=[cite("d1", text, "وقال ناصر العلوي المتحدث باسم سالم الفلاني إن الهجوم استهدف سفينة ثانية.")])
    ev = Evidence(docs={"d1": doc}, records={"d1": DocumentRecords(doc_id="d1", actors=[owner, spokesman])})
    q = parse_question("من هو المتحدث باسم سالم الفلاني؟")
    assert q.intent is Intent.role
    claims = record_claims(q, ev, get_lexicon())
    assert claims and all("قائد القوات الجنوبية" not in c.text for c in claims)
    assert "ناصر العلوي" in claims[0].text
    # asked who the person named is, his own title answers
    who = record_claims(parse_question("من هو سالم الفلاني؟"), ev, get_lexicon())
    assert who and "قائد القوات الجنوبية" in who[0].text


def test_the_group_a_question_names_as_its_source_does_not_answer_who_carried_out_the_attack():
    text = "تبنى تنظيم داعش الهجوم الانتحاري على مسجد في مدينة الخبر أمس، وقال إن منفذه يدعى أبو حفص النجدي."
    doc = Document(doc_id="d1", title="داعش يتبنى هجوم الخبر", text=text, published="2015-06-01")
    attack = Attack(attack_type="suicide_attack", perpetrator="داعش", citations=[cite("d1", text, text)])
    ev = Evidence(docs={"d1": doc}, records={"d1": DocumentRecords(doc_id="d1", attacks=[attack])})
    lex = get_lexicon()
    told = parse_question("من نفذ الهجوم على المسجد في الخبر بحسب بيان داعش؟")
    assert told.intent is Intent.perpetrator
    assert record_claims(told, ev, lex) == []
    plain = record_claims(parse_question("من نفذ الهجوم على المسجد في الخبر؟"), ev, lex)
    assert plain and "داعش" in plain[0].text


def test_a_where_question_about_an_arrest_reads_the_sentence_naming_the_place():
    text = ("أعلنت الشرطة أنها اعتقلت أرملة القيادي المعروف بأبي سالم خلال مداهمة في مدينة أزمير غرب البلاد. "
            "وكان القيادي قد قتل قبل عامين في غارة جوية.")
    doc = Document(doc_id="d1", title="اعتقال أرملة قيادي", text=text, published="2018-07-20")
    q = parse_question("أين اعتقلت الشرطة أرملة القيادي المعروف بأبي سالم؟")
    assert q.intent is Intent.location
    claims = located_passage_claims(q, Evidence(docs={"d1": doc}), get_lexicon())
    assert claims and "أزمير" in claims[0].text
    # a death's place is the attack records' to tell
    killed = parse_question("أين قتل القيادي المعروف بأبي سالم؟")
    assert located_passage_claims(killed, Evidence(docs={"d1": doc}), get_lexicon()) == []
    # a sentence naming only the question's own words tells no place
    assert not tells_place(q, "اعتقلت الشرطة ارمله القيادي", get_lexicon())


def test_where_someone_was_born_is_read_from_the_sentence_saying_so_not_from_the_attack():
    from marsad.agent.qa.passages import passage_claims
    from marsad.agent.qa.question import asks_birthplace

    q = parse_question("Where was the man who carried out the stabbing attack at the station in Brussels born?")
    assert q.intent is Intent.location and asks_birthplace(q)
    ar = parse_question("أين ولد منفذ هجوم الطعن في محطة القطارات في بروكسل؟")
    assert ar.intent is Intent.location and asks_birthplace(ar)
    assert not asks_birthplace(parse_question("أين وقع هجوم الطعن في بروكسل؟"))
    text = ("طعن رجل ثلاثة أشخاص في محطة القطارات في بروكسل قبل أن تعتقله الشرطة. "
            "وقال المدعي العام إن منفذ هجوم الطعن بسكين في بروكسل ولد في مدينة قسنطينة عام 1990.")
    doc = Document(doc_id="d1", title="هجوم طعن في بروكسل", text=text, published="2018-05-02")
    claims = passage_claims(ar, Evidence(docs={"d1": doc}))
    assert claims and "قسنطينة" in claims[0].text
    english = passage_claims(q, Evidence(docs={"d1": doc}))
    assert english and "قسنطينة" in english[0].text


def test_who_did_it_is_asked_whatever_casualty_its_clause_tells_of():
    assert parse_question("من نفذ الهجوم الذي أسفر عن إصابة أربعة حراس في السوق؟").intent is Intent.perpetrator
    assert parse_question("من أطلق القذائف التي أصابت ثلاثة مزارعين في الوادي؟").intent is Intent.perpetrator
    assert parse_question("Who fired the rockets that wounded four farmers near the dam?").intent is Intent.perpetrator
    # a count, a victim and the wounded stay what they were
    assert parse_question("كم شخصا أصيب في الهجوم الذي تبناه التنظيم؟").intent is Intent.injured
    assert parse_question("Who was wounded in the attack on the dam?").intent is Intent.victim
    assert parse_question("How many farmers were wounded near the dam?").intent is Intent.injured


def test_a_question_asking_for_a_persons_name_is_not_answered_with_the_attacks_target():
    text = "قتل قناص متمركز في معسكر الحرس القديم المواطن سالم ناصر الفلاني (60 عاما) شرق مدينة تعز أمس."
    doc = Document(doc_id="d1", title="قناص يقتل مسنا في تعز", text=text, published="2018-06-04")
    attack = Attack(attack_type="sniper", target="معسكر الحرس القديم", killed=1, citations=[cite("d1", text, text)])
    ev = Evidence(docs={"d1": doc}, records={"d1": DocumentRecords(doc_id="d1", attacks=[attack])})
    lex = get_lexicon()
    named = parse_question("ما اسم المسن الذي قتله قناص شرق مدينة تعز؟")
    assert all("معسكر الحرس القديم" not in c.text for c in record_claims(named, ev, lex))
    # "what was the target" is still answered by the target
    target = record_claims(parse_question("ما هو الهدف الذي استهدفه القناص في تعز؟"), ev, lex)
    assert target and "معسكر الحرس القديم" in target[0].text
