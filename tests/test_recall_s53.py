"""Pass 53 (recall53): a list of places the gazetteer lacks with a known province told apart from it.

- ``attacks_events.NAMED_LIST``: strikes on "مناطق X وY وZ" with a known province or region told elsewhere in the
  sentence (after the list, not as its holder, or before the event word) make one record per named place, each within
  the known place, not one record at the province.
- ``frames.RAM``: a ramming ("دهست سيارة مجموعة تضم جنودا"، "حادثة دهس لحشد") is an armed assault; a road accident
  or a near miss is not.
"""

from marsad.agent.offline import OfflineExtractor, attacks_events, frames
from marsad.schemas import Document

DAY = "2018-04-03"


def _places(text: str) -> list[str]:
    doc = Document(doc_id="snn:t-s53", title=None, text=text, published=DAY)
    return sorted(a.location.name for a in OfflineExtractor().extract(doc).attacks if a.location)


# The list, then the line it lies on and the city it lies west of.
BETWEEN = ("وفي تعز، ذكر سكان محليون أن مقاتلات التحالف قصفت بغارات عدة مواقع المسلحين في مناطق الدحيرة والمصلوب "
           "والعقيرة على الطريق الواصل بين المدينتين شمال غرب تعز.")
# The front and its province before the event word, the list after it.
BEFORE = ("وفي جبهة الحمراء بمحافظة البيضاء، قالت مصادر عسكرية إن الجيش شن هجوما واسعا على مواقع المسلحين "
          "في مناطق الشعبوب والمكيدر والهمرور.")
# A range told with an adverb ("reaching"): no list of places.
RANGE = ("شن الجيش هجوماً كبيراً على مواقع المسلحين في جبهة باقم عند جبال الظهرة وصولاً إلى منفذ باقم "
         "في محافظة صعدة.")


def test_each_named_place_of_a_list_is_an_incident(monkeypatch):
    for text, names in ((BETWEEN, {"الدحيرة", "المصلوب", "العقيرة"}), (BEFORE, {"الشعبوب", "المكيدر", "الهمرور"})):
        got = _places(text)
        assert names <= set(got), (text, got)
    monkeypatch.setattr(attacks_events, "NAMED_LIST", False)
    for text in (BETWEEN, BEFORE):
        assert len(_places(text)) == 1, (text, _places(text))


def test_a_list_place_lies_within_the_known_place():
    doc = Document(doc_id="snn:t-s53", title=None, text=BETWEEN, published=DAY)
    recs = [a for a in OfflineExtractor().extract(doc).attacks if a.location and a.location.name == "المصلوب"]
    assert recs and recs[0].location.country == "YE", recs


def test_an_adverb_is_no_place_of_a_list():
    got = _places(RANGE)
    assert got == ["باقم"], got


# --- frames.RAM ---------------------------------------------------------------------------------------------------

RAMMING = "وجرح ثلاثة أشخاص حين دهس سائق سيارة عدداً من الجنود عند حاجز عسكري قرب بلدة دورا، وقال الجيش إن الدهس متعمد."
CROWD = "وقعت الحادثة بعد أسبوعين من حادثة دهس لحشد في مدينة ليون بسيارة مستأجرة أسفرت عن سقوط 6 قتلى."
TRAFFIC = "وتلقت الفرق بلاغات عن حوادث مرورية ودهس في مدينة الطائف أمس."
ALMOST = "وأظهر مقطع حافلة للشرطة وهي تكاد تدهس متظاهرة على الأرض في مدينة مانشستر."


def _types(text: str) -> list[object]:
    doc = Document(doc_id="snn:t-s53r", title=None, text=text, published=DAY)
    return [a.attack_type for a in OfflineExtractor().extract(doc).attacks]


def test_a_ramming_is_an_armed_assault(monkeypatch):
    for text in (RAMMING, CROWD):
        assert _types(text) == ["armed_assault"], (text, _types(text))
    monkeypatch.setattr(frames, "RAM", False)
    for text in (RAMMING, CROWD):
        assert _types(text) == [], (text, _types(text))


def test_traffic_and_a_near_miss_are_no_ramming():
    for text in (TRAFFIC, ALMOST):
        assert _types(text) == [], (text, _types(text))


# --- NAMED_LIST_CLAUSE (fixev53): the area must be told in the list's own clause --------------------------------

# The province is told in another clause, after a comma and a speech verb: not where the villages lie.
SAID_AFTER = ("قصفت المدفعية مواقع في قريتي الزعفرين والمحاريق، وقال مصدر محلي إن التعزيزات وصلت من "
              "محافظة مأرب.")
# The district is another front's, told after "فيما".
WHILE_AFTER = ("شنت مقاتلات التحالف غارات على مواقع للمسلحين في منطقتي الصبيحات والعرقوب، فيما تواصلت المعارك "
               "العنيفة في مديرية نهم.")


def test_an_area_of_another_clause_holds_no_list(monkeypatch):
    for text in (SAID_AFTER, WHILE_AFTER):
        got = _places(text)
        assert len(got) == 1 and "قال" not in got, (text, got)
    monkeypatch.setattr(attacks_events, "NAMED_LIST_CLAUSE", False)
    assert "قال" in _places(SAID_AFTER), _places(SAID_AFTER)
    assert len(_places(WHILE_AFTER)) == 2, _places(WHILE_AFTER)


# --- RANGE_ADVERB_WORDS (fixev53): the range adverb read by its word, not by its tanween ----------------------------

# "وصولا" without the tanween mark, as most texts write it: a range, no list "X" and "صولا".
RANGE_BARE = ("شن الجيش هجوما كبيرا على مواقع المسلحين في جبهة نهم عند سلسلة جبال الرهوان وصولا إلى مفرق "
              "الشقبان في محافظة صنعاء.")


def test_a_range_adverb_without_its_mark_is_no_place(monkeypatch):
    got = _places(RANGE_BARE)
    assert got == ["نهم"], got
    monkeypatch.setattr(attacks_events, "RANGE_ADVERB_WORDS", False)
    assert "صولا" in _places(RANGE_BARE), _places(RANGE_BARE)
