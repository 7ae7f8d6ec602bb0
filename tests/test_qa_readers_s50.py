"""Pass 50 (qaread50): question readers the newest sets lacked.

- an age told "وعمره 19 عاماً" (the age noun after و/ف) or "ذو الـ44 عاماً" (counts_ages.AGE_JOINED);
- a person's name asked by a descriptor ("ما اسم المراهق الذي ..."، "what was the name of the teenager ..."), told right
  after the descriptor or with an age after it (appositions.NAME_ASKED, NAME_GLOSS);
- a question opening with "When" asks a date, whatever its relative clause says (question_intent.OPENING_WHEN), and
  the act it asks (an arrest, a release) picks the dated sentence telling it (slots.DATED_ACT);
- given names of two Arabic readings searched as both ("Rashid" رشيد|راشد, translit.GIVEN_NAMES);
- a place asked by its kind in a general question ("ما الجبل الذي حرره الجيش"، "ما اسم المعسكر الذي ...") read as the
  "which district" questions are (question_intent.ASKED_KIND_MORE, passages.KIND_GENERAL), and a verb of what holds a
  place is no name after its kind ("معسكر يسيطر عليه", passages.RELATION_NOT_NAME);
- an English "what were the nationalities of ..." question asks their states, not a toll (question_intent.NATIONALITY_EN).

Names, places and sentences are made up for these tests.
"""

from __future__ import annotations

from qa_claims import evidence_of, read_question

from marsad.agent.qa import appositions, counts_ages, passages, places_told, question_intent, slots, translit
from marsad.agent.qa.question import Intent, parse_question
from marsad.agent.qa.translit import NameFinder, with_names

_SHOT = ("أطلق جنود النار على الشاب سامر خليل الزعبي، وعمره 23 عاماً، قرب بلدة في شمال الضفة الغربية الاثنين. "
         "وقالت مصادر طبية إن الشاب نقل إلى مستشفى قريب.")
_DHU = ("قال جيران كمال فؤاد الساعدي، ذو الـ52 عاماً، إنه كان يعمل في متجر صغير ببغداد قبل اعتقاله. "
        "وأضافوا أن الشرطة فتشت منزله ليلا.")


def _ages(question: str, *texts: str):
    return counts_ages.age_claims(read_question(question), evidence_of(*texts))


def test_age_after_wa_umruhu():
    claims = _ages("How old was Samer al-Zoubi, the young man shot near a town in the West Bank?", _SHOT)
    assert claims and "23" in claims[0].text


def test_age_after_dhu_al():
    claims = _ages("كم عمر كمال الساعدي الذي اعتقلته الشرطة في بغداد؟", _DHU)
    assert claims and "52" in claims[0].text


def test_age_joined_switch(monkeypatch):
    monkeypatch.setattr(counts_ages, "AGE_JOINED", False)
    assert not _ages("How old was Samer al-Zoubi, the young man shot near a town in the West Bank?", _SHOT)
    assert not _ages("كم عمر كمال الساعدي الذي اعتقلته الشرطة في بغداد؟", _DHU)


_BOY = ("قتل مسلحون مجهولون الأحد فتى في قرية الحصين شمال مدينة الموصل. "
        "وقالت مصادر أمنية إن المسلحين أطلقوا النار على سامي جواد كريم الدليمي (15 عاما) أمام منزله في قرية الحصين. "
        "وأضافت أن القوات الأمنية فتحت تحقيقا في الحادث.")
_ACTIVIST = ("اختطف مسلحون الناشط المدني وليد حسين العبيدي، أثناء عودته من تظاهرة في البصرة مساء السبت. "
             "وطالبت منظمات حقوقية بالإفراج عنه.")


def _names(question: str, *texts: str):
    return appositions.named_person_claims(read_question(question), evidence_of(*texts))


def test_asked_person_reads_the_descriptor():
    assert appositions.asked_person(read_question("ما اسم المراهق الذي قتله مسلح في الموصل؟")) == ("مراهق",)
    assert appositions.asked_person(read_question("ما اسم المعتقل السعودي الذي أفرج عنه في بغداد؟")) == (
        "معتقل", "سعودي")
    assert appositions.asked_person(read_question("ما اسم العملية التي أطلقها الجيش في الأنبار؟")) is None
    assert appositions.asked_person(read_question("What was the name of the camp struck near Sanaa?")) is None
    assert appositions.asked_person(read_question("What was the name of the Iraqi boy shot near Mosul?")) == ()


def test_name_with_an_age_after_it():
    claims = _names("ما اسم الفتى الذي قتله مسلحون في قرية الحصين شمال الموصل؟", _BOY)
    assert claims and claims[0].text.startswith("سامي جواد كريم الدليمي")


def test_name_with_an_age_english_question():
    claims = _names("What was the name of the boy shot dead by gunmen in a village north of Mosul?", _BOY)
    assert claims and claims[0].text.startswith("سامي جواد كريم الدليمي")


def test_name_after_the_descriptor():
    claims = _names("ما اسم الناشط الذي اختطفه مسلحون في البصرة؟", _ACTIVIST)
    assert claims and claims[0].text.startswith("وليد حسين العبيدي")


def test_name_asked_switches(monkeypatch):
    monkeypatch.setattr(appositions, "NAME_GLOSS", False)
    assert not _names("ما اسم الفتى الذي قتله مسلحون في قرية الحصين شمال الموصل؟", _BOY)
    monkeypatch.setattr(appositions, "NAME_ASKED", False)
    assert not _names("ما اسم الناشط الذي اختطفه مسلحون في البصرة؟", _ACTIVIST)


_CELL = ("قضت محكمة في البصرة الأحد بسجن ثلاثة رجال خططوا لتفجير سوق شعبي في 3 آذار. "
         "وقال الادعاء إن الرجال اشتروا المتفجرات من تاجر في الزبير. "
         "وتم اعتقال الرجال الثلاثة في 19 شباط بعد مراقبة اتصالاتهم.")
_WHEN = "When were the three men who plotted an attack on a market in Basra arrested?"


def test_opening_when_asks_a_date(monkeypatch):
    assert read_question(_WHEN).intent is Intent.date
    monkeypatch.setattr(question_intent, "OPENING_WHEN", False)
    monkeypatch.setattr(question_intent, "MAIN_CLAUSE", False)  # (which also drops the clause's "who plotted an attack")
    assert read_question(_WHEN).intent is not Intent.date


def test_the_asked_act_picks_the_dated_sentence():
    claims = slots.dated_act_claims(read_question(_WHEN), evidence_of(_CELL))
    assert claims and "19 شباط" in claims[0].text


def test_arabic_release_question():
    text = ("أفرجت السلطات عن الصحفي في 4 أيار بعد سجنه عامين. وكان الصحفي قد اعتقل في 2 نيسان من العام الماضي.")
    claims = slots.dated_act_claims(read_question("متى أفرجت السلطات عن الصحفي؟"), evidence_of(text))
    assert claims and "4 أيار" in claims[0].text and "2 نيسان" not in claims[0].text


def test_dated_act_switch(monkeypatch):
    monkeypatch.setattr(slots, "DATED_ACT", False)
    assert not slots.dated_act_claims(read_question(_WHEN), evidence_of(_CELL))


def test_given_names_of_two_readings(monkeypatch):
    finder = NameFinder(["رشيد", "راشد", "رشد", "دليمي"], {"رشيد": 20, "راشد": 30, "رشد": 50, "دليمي": 10})
    q = with_names(parse_question("Who shot the police officer Rashid Dulaimi in Basra last week?"), finder)
    rashid = next(e for e in q.names if e.name_en == "Rashid")
    assert rashid.ar == ("رشيد", "راشد") and rashid.get("searched") == ("رشيد", "راشد")
    for en, ar in (("Hamid", ("حميد", "حامد")), ("Majid", ("ماجد", "مجيد")), ("Salim", ("سليم", "سالم"))):
        assert translit._GIVEN_NAMES[en.lower()] == ar
    monkeypatch.setattr(translit, "GIVEN_NAMES", False)
    q = with_names(parse_question("Who shot the police officer Rashid Dulaimi in Basra last week?"), finder)
    assert not any(e.name_en == "Rashid" and e.ar == ("رشيد", "راشد") for e in q.names)


_HILL = ("أعلنت القوات العراقية السبت تقدما جديدا في صحراء الأنبار بعد معارك مع مسلحي داعش. "
         "وقال قائد عسكري إن القوات حررت بالكامل جبل الحمرين الغربي بعد يومين من القتال في الأنبار.")
_CAMP = ("قصفت طائرات حربية فجر الأحد مواقع لمسلحين في ريف نينوى. "
         "وقال مصدر إن الطائرات قصفت أمس معسكر يسيطر عليه المسلحون قرب الموصل. "
         "وأضاف أن الطائرات قصفت أيضا معسكر الغزلاني قرب الموصل.")


def test_mountain_asked_by_its_kind(monkeypatch):
    q = "ما الجبل الذي حررته القوات العراقية بالكامل في الأنبار؟"
    assert question_intent.asked_kind(read_question(q)) == ("place", ("جبل",))
    claims = passages.kind_passage_claims(read_question(q), evidence_of(_HILL))
    assert claims and "جبل الحمرين" in claims[0].text
    monkeypatch.setattr(passages, "KIND_GENERAL", False)
    assert not passages.kind_passage_claims(read_question(q), evidence_of(_HILL))
    building = read_question("في أي مبنى تحصن المسلحون الذين هاجموا مدينة الرمادي؟")
    assert question_intent.asked_kind(building) == ("place", ("مبني",))
    monkeypatch.setattr(question_intent, "ASKED_KIND_MORE", False)
    assert question_intent.asked_kind(read_question(q)) is None
    assert question_intent.asked_kind(building) != ("place", ("مبني",))


def test_camp_asked_by_name_and_no_verb_for_a_name(monkeypatch):
    q = "ما اسم المعسكر الذي قصفته الطائرات قرب الموصل؟"
    claims = passages.kind_passage_claims(read_question(q), evidence_of(_CAMP))
    assert claims and "معسكر الغزلاني" in claims[0].text
    monkeypatch.setattr(places_told, "RELATION_NOT_NAME", False)
    claims = passages.kind_passage_claims(read_question(q), evidence_of(_CAMP))
    assert claims and "معسكر الغزلاني" not in claims[0].text


def test_age_phrase_starts_at_a_whole_word(monkeypatch):
    text = "قال مسعفون إن الجنود أطلقوا النار على الشاب سامر خليل الزعبلاوي، وعمره 23 عاماً، قرب بلدة في الضفة الغربية."
    q = "How old was Samer al-Zablawi, the young man shot near a town in the West Bank?"
    words = text.split()
    first = _ages(q, text)[0].text.split("«")[1].split()[0]
    assert first in words
    monkeypatch.setattr(counts_ages, "AGE_WHOLE_WORDS", False)
    first = _ages(q, text)[0].text.split("«")[1].split()[0]
    assert first not in words


def test_a_person_told_by_what_they_are_is_no_name():
    text = ("قتل مسلحون مجهولون الأحد فتى في قرية الحصين شمال مدينة الموصل. "
            "وقالت مصادر أمنية إن المسلحين أطلقوا النار على فتى عراقي (15 عاما) أمام منزله في قرية الحصين.")
    assert not _names("ما اسم الفتى الذي قتله مسلحون في قرية الحصين شمال الموصل؟", text)


def test_english_nationality_question(monkeypatch):
    q = "What were the nationalities of the two engineers killed in an air strike near Mosul in May?"
    assert read_question(q).intent is Intent.general
    assert question_intent.asked_name(read_question(q)) == ("nationality", ())
    monkeypatch.setattr(question_intent, "NATIONALITY_EN", False)
    assert read_question(q).intent is not Intent.general
    assert question_intent.asked_name(read_question(q)) != ("nationality", ())
