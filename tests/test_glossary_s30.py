"""The general news vocabulary (glossary_words.json): English words of questions that had no Arabic."""

import json

from marsad.core.lexicon import DATA_DIR, get_lexicon
from marsad.index.search import plan_query

WORDS = DATA_DIR / "glossary_words.json"


def _concepts(query: str) -> list[list[str]]:
    return plan_query(query).concepts


def test_every_entry_is_well_formed_and_new():
    entries = json.loads(WORDS.read_text(encoding="utf-8"))
    others = [e for e in get_lexicon().entries if not e.id.startswith("word_")]
    known = {a.lower() for e in others for a in (*e.en, e.name_en or "")}
    for entry in entries:
        assert entry["id"].startswith("word_") and entry["canonical"] and entry["name_en"]
        assert entry["category"] in {"context", "role", "target", "event", "institution", "weapon", "casualty", "arrangement"}
        # (an entry giving a known word its other Arabic -- everywhere, ``also_sense_of``, or in one country,
        # ``replaces`` -- shares that entry's English only)
        other = entry.get("also_sense_of") or entry.get("replaces")
        shared = {a.lower() for e in others if e.id == other for a in (*e.en, e.name_en or "")}
        assert not other or shared, f"{entry['id']}: no entry {other}"
        for alias in (entry["name_en"], *entry["en"]):
            assert alias.lower() not in known - shared, f"{alias} is already in the lexicon"


def test_english_words_become_their_arabic():
    assert _concepts("a gathering of religious scholars in Kabul")[1][:2] == ["علماء الدين", "علماء"]
    assert any("سوبرماركت" in c for c in _concepts("the hostage attack at a supermarket"))
    assert any("احتجاز رهائن" in c for c in _concepts("a man held hostage two people"))
    assert any("مكافحة الإرهاب" in c for c in _concepts("the counter-terrorism camp"))


def test_a_boy_is_a_child_not_a_young_man():
    boy = next(c for c in _concepts("the Palestinian boy killed") if "طفل" in c)
    assert "شاب" not in boy
    assert any("شاب" in c for c in _concepts("a young man was shot"))


def test_longer_known_phrases_still_win():
    # "rally" alone stays the protest entry; only an election rally is the new one
    assert any("مهرجان انتخابي" in c for c in _concepts("the election rally in Peshawar"))
    assert not any("مهرجان انتخابي" in c for c in _concepts("a rally in Baghdad"))


def test_search_words_are_no_extraction_cues():
    from marsad.agent.offline.mentions import Gazetteer
    from marsad.agent.offline.text import split_document

    entries = json.loads(WORDS.read_text(encoding="utf-8"))
    assert all(e.get("search_only") for e in entries)
    gazetteer = Gazetteer()
    (sentence,) = split_document("قال المشتبه به إن الشاب دخل المتجر واحتجز رهائن")
    found = gazetteer.find(sentence, "glossary")
    assert not [m for m in found if m.entry.id.startswith("word_")]


def test_one_place_for_an_english_word():
    # a word the lexicon gives its Arabic is not also in the question-word table (agent/qa/data/qa_words.json)
    from marsad.agent.qa.rules import qa_words

    table = {w.lower() for w in qa_words()}
    entries = json.loads(WORDS.read_text(encoding="utf-8"))
    assert not table & {a.lower() for e in entries for a in (e["name_en"], *e["en"])}


def test_arabic_text_does_not_name_a_search_word():
    # a football striker (المهاجم) asked about in Arabic is no attacker: the entry serves English only
    from marsad.agent.qa.question_entities import find_entities

    found = find_entities("كم هدفا سجل المهاجم في الموسم الماضي؟", get_lexicon(), question=True)
    assert not [e for e in found if e.id.startswith("word_")]
    assert not get_lexicon().arabic_surface_forms().get("المهاجم")
