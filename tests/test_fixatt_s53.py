"""Pass 53 (fixatt53): review53's extraction findings mended.

- ``frames_readers.RAM_OBJECT`` (M3): a crowd or soldiers make a "دهس" a ramming only as what was run over (after the
  word); the police and the PMF are no evidence of a ramming; each guard of ``_ram`` is reached by a sentence that
  holds an evidence word.
- ``attacks_cues.WEAPON_SUBJECT_VERB`` (M6): a subject weapon keeps its verb after a long relative clause.
- ``attacks_cues.BARE_SINGULAR`` and ``PLACED_DEVICE`` (L3): the singulars' own switch; a device placed at its target.
- ``agreements_named.NOT_TA_MARBUTA`` (L5): "وقعة" is no signing verb.
Sentences written for these tests, none from the corpus.
"""

from marsad.agent.offline import OfflineExtractor, agreements_named, attacks_cues, frames_readers
from marsad.core.arabic import normalize
from marsad.schemas import Document

DAY = "2018-04-03"


def _types(text: str) -> list[object]:
    doc = Document(doc_id="snn:t-fx53", title=None, text=text, published=DAY)
    return [a.attack_type for a in OfflineExtractor().extract(doc).attacks]


# --- frames_readers.RAM_OBJECT (review53 M3) ------------------------------------------------------------------------

# Written for this test: the police tell of a road accident; a PMF vehicle runs a boy over; witnesses among
# protesters tell of a lorry running a child over.
POLICE_SOURCE = "وأفادت الشرطة بأن سيارة أجرة دهست صبيا أمام مدرسته في حي المنصور ببغداد صباح اليوم."
PMF_VEHICLE = "وتوفي فتى بعد أن دهسته عجلة تابعة للحشد الشعبي على طريق قضاء بلد شمالي بغداد."
WITNESS_BEFORE = "وأفاد شهود من المتظاهرين بأن شاحنة نقل دهست طفلا عند ساحة البلدة مساء الأحد."
# A real ramming: the soldiers are what was run over.
SOLDIERS_RUN_OVER = "وأصيب أربعة أشخاص حين دهس سائق شاحنة مجموعة من الجنود قرب نقطة تفتيش عند مدخل البلدة."
# Guards reached with an evidence word in reach: traffic near it, and a near miss.
SPEEDING = "وقالت المصادر إن سيارة مسرعة دهست حشدا من المارة وسط مدينة الموصل."
NEAR_MISS = "وقالت المصادر إن شاحنة كادت تدهس جنودا عند حاجز عسكري قرب مدينة الخليل أمس."


def test_police_and_pmf_are_no_ramming():
    for text in (POLICE_SOURCE, PMF_VEHICLE):
        assert _types(text) == [], (text, _types(text))


def test_a_crowd_before_the_verb_is_no_ramming(monkeypatch):
    assert _types(WITNESS_BEFORE) == []
    assert _types(SOLDIERS_RUN_OVER) == ["armed_assault"]
    monkeypatch.setattr(frames_readers, "RAM_OBJECT", False)
    assert _types(WITNESS_BEFORE) == ["armed_assault"]


def test_traffic_guard_is_reached(monkeypatch):
    assert _types(SPEEDING) == []
    monkeypatch.setattr(frames_readers, "_RAM_NOT_NEAR", frozenset())
    assert _types(SPEEDING) == ["armed_assault"]


def test_near_miss_guard_is_reached(monkeypatch):
    assert _types(NEAR_MISS) == []
    monkeypatch.setattr(frames_readers, "_RAM_ALMOST", frozenset())
    assert _types(NEAR_MISS) == ["armed_assault"]


# --- attacks_cues.WEAPON_SUBJECT_VERB (review53 M6) -----------------------------------------------------------------

# Written for this test: the shells are the subject of "إن", their verb comes after a long relative clause.
SUBJECT_SHELLS = ("وقال ناشطون إن قذائف صاروخية مصدرها الكتيبة المتمركزة على التلال المطلة على البلدة من جهة الشرق "
                  "والتي تعد من أكبر مواقع الجيش في المنطقة سقطت ظهر اليوم على قرية كفرنبودة بريف حماة.")


def _words(text: str) -> list[str]:
    return [normalize(w) for w in text.split()]


def test_a_subject_weapon_keeps_its_far_verb(monkeypatch):
    words = _words(SUBJECT_SHELLS)
    i = words.index(normalize("قذائف"))
    assert words.index(normalize("سقطت")) - i > attacks_cues._WEAPON_USE_REACH
    assert not attacks_cues._bare_weapon(words, i)
    assert _types(SUBJECT_SHELLS) == ["shelling"]
    monkeypatch.setattr(attacks_cues, "WEAPON_SUBJECT_VERB", False)
    assert attacks_cues._bare_weapon(words, i)
    assert _types(SUBJECT_SHELLS) == []


# --- attacks_cues.BARE_SINGULAR and PLACED_DEVICE (review53 L3) -----------------------------------------------------

# Written for this test: a verbless headline of a sticky bomb under a car; a counted find of single shells.
PLACED = "عبوة لاصقة تحت سيارة ضابط في الشرطة وسط مدينة كركوك."
COUNTED = "وعثرت القوات في الكهف على 12 قذيفة هاون و5 ألغام"


def test_a_placed_device_is_no_bare_weapon(monkeypatch):
    words = _words(PLACED)
    assert not attacks_cues._bare_weapon(words, 0)
    assert _types(PLACED) == ["ied"]
    monkeypatch.setattr(attacks_cues, "PLACED_DEVICE", False)
    assert attacks_cues._bare_weapon(words, 0)
    assert _types(PLACED) == []


def test_singular_weapons_have_their_own_switch(monkeypatch):
    words = _words(COUNTED)
    i = words.index(normalize("قذيفة"))
    assert attacks_cues._bare_weapon(words, i)
    monkeypatch.setattr(attacks_cues, "BARE_SINGULAR", False)
    assert not attacks_cues._bare_weapon(words, i)
    assert attacks_cues._bare_weapon(words, words.index(normalize("ألغام")))  # the plural still read


# --- agreements_named.NOT_TA_MARBUTA (review53 L5) ------------------------------------------------------------------

# Written for this test: "وقعة" (an event) normalises to the letters of "وقعه" (signed it).
EVENT_NOUN = "ووقع الجانبان اتفاقية أمنية في الرياض. وقال المتحدث إن الاتفاقية وقعة تاريخية لليمن والسعودية."


def _parties(text: str) -> list[str]:
    doc = Document(doc_id="snn:t-fx53a", title=None, text=text, published="2019-05-09")
    return [p for a in OfflineExtractor().extract(doc).agreements for p in a.parties]


def test_an_event_noun_is_no_signing_verb(monkeypatch):
    assert "اليمن" not in _parties(EVENT_NOUN)
    monkeypatch.setattr(agreements_named, "NOT_TA_MARBUTA", False)
    assert "اليمن" in _parties(EVENT_NOUN)
