"""Named people killed, asked for by rank or office in English, and told after a plural killing verb."""

from __future__ import annotations

from marsad.agent.offline import OfflineExtractor
from marsad.agent.qa import records
from marsad.agent.qa.evidence import Evidence
from marsad.agent.qa.matching import Names
from marsad.agent.qa.question import parse_question
from marsad.core.lexicon import get_lexicon
from marsad.schemas import Document

_TEXT = ("قالت مصادر عسكرية إن 20 من مسلحي الحوثي قتلوا، بينهم القيادي الحوثي أبوسالم الحداد، قائد الرماة "
         "في جبهة الوادي الأخضر بمحافظة الضالع، خلال معارك مع الجيش اليمني.\n"
         "وفي جبهة أخرى، لقي القيادي الحوثي أبوعلي الزبيري مصرعه بغارة لطائرات التحالف قرب خطوط المواجهات.")


def _claims(question: str):
    doc = Document(doc_id="d1", title="مقتل قياديين حوثيين في الضالع", text=_TEXT, published="2018-05-06")
    ev = Evidence(docs={"d1": doc})
    ev.records["d1"] = OfflineExtractor().extract(doc)
    q = parse_question(question)
    return sorted(records._person_victim_claims(q, ev, Names(q, get_lexicon())), key=lambda s: -s.score)


def test_a_commander_told_after_a_plural_killing_verb_is_a_victim_and_the_question_words_pick_him():
    claims = _claims("من هو القيادي الحوثي قائد الرماة الذي قتل في جبهة الوادي الأخضر؟")
    assert claims and "الحداد" in claims[0].claim.text


def test_english_questions_asking_which_colonels_or_officers_ask_for_people():
    for question in ("Which Houthi colonels were killed on the western front?",
                     "Which officers were killed in the ambush?", "Which cleric was killed in the blast?"):
        assert records._asks_person(parse_question(question)), question
    assert not records._asks_person(parse_question("Which town was hit by the air strike?"))


def test_plural_and_dual_killing_verbs_are_killing_words():
    for said in ("قتلوا بينهم", "وقتلا في", "لقوا مصرعهم", "استشهدوا"):
        assert records._KILLING.search(said), said


def test_which_district_or_province_asks_where_even_beside_a_killing_verb():
    from marsad.agent.qa.question import Intent
    from marsad.agent.qa.question_intent import asked_name

    q = parse_question("في أي مديرية من محافظة مأرب قتل العقيد الحوثي صالح الحداد؟")
    assert q.intent is Intent.location and asked_name(q) == ("place", ("مديريه",))
    assert parse_question("في أي ولاية قتل الجنود الثلاثة؟").intent is Intent.location
    assert parse_question("كم جنديا قتل في المديرية؟").intent is Intent.killed


def test_people_fleeing_violence_is_news_the_archive_covers():
    from marsad.agent.qa.domain import in_domain

    assert in_domain(parse_question("إلى أين فر آلاف السكان من قرى الإقليم؟"))
    assert in_domain(parse_question("كم عدد العائلات التي نزحت بعد تهجير سكان البلدة؟"))
    assert not in_domain(parse_question("ما عاصمة فرنسا؟"))  # "فر" is a word of its own, not a word start


def test_a_death_sentence_is_no_killing_and_which_cleric_asks_a_name(monkeypatch):
    from marsad.agent.qa import question_parse
    from marsad.agent.qa.question import Intent
    from marsad.agent.qa.question_intent import asked_name

    # (pass 58: with WHICH_PERSON, "which colonels were captured" is read as "who are the colonels who were captured",
    # tests/test_qa_english_s58.py; the which-form's own reading is kept here)
    monkeypatch.setattr(question_parse, "WHICH_PERSON", False)

    q = parse_question("Which cleric did prosecutors ask to be sentenced to death over the bombings?")
    assert q.intent is not Intent.killed and asked_name(q) == ("name", ())
    assert parse_question("Who faces the death penalty for the attack?").intent is not Intent.killed
    assert parse_question("How many deaths did the bombing cause?").intent is Intent.killed
    assert asked_name(parse_question("Which colonels were captured in the raid?")) == ("name", ())
