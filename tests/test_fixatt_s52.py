"""Pass 52 (fixatt52): mends of review52's H3 and M3.

- ``frames_readers.COUNTED_PARTS``: the whole a counted part ("ثلاث منها باتجاه ...") is part of must be a projectile
  when the sentence counts it ("ثماني قوافل"، "تسع رحلات" are none), and "أطلق سراح" is no launch.
- ``attacks_events.PARTS_DAY``: a day after "منذ" starts a running total, not the day of the salvo its parts continue.
- ``attacks_cues.BARE_WEAPON``: a weapon whose sentence tells what it did headline-style ("قذائف X تحصد أرواح"، "تهدم
  منازل"، "ألغام X تبتر ساق") is used (``weapon_harm_words``), and so is one told with any launch, strike, killed, wounded
  or destroy word of the frames.
"""

from marsad.agent.offline import OfflineExtractor, attacks_events, frames_readers
from marsad.schemas import Document

DAY = "2016-11-21"  # a Monday


def _attacks(text: str) -> list[tuple[str, str, str | None]]:
    doc = Document(doc_id="snn:t-fx52", title=None, text=text, published=DAY)
    return sorted((a.attack_type, a.location.canonical_name if a.location else "", a.date)
                  for a in OfflineExtractor().extract(doc).attacks)


# --- COUNTED_PARTS: the counted whole ------------------------------------------------------------------------------

CONVOYS = "أطلقت الهيئة الخيرية ثماني قوافل إغاثة، ثلاث منها باتجاه مدينة الحديدة واثنتان باتجاه حجة."
FLIGHTS = "وأطلقت شركة الطيران أمس تسع رحلات جديدة، أربع منها نحو مدينة عمان."
RELEASE = "وأطلق الحوثيون سراح الأسرى على مراحل، وكانت ثلاثة منها باتجاه مدينة صنعاء."
ROCKETS = "أطلقت الجماعة 6 صواريخ باليستية، 4 منها باتجاه مدينة جازان واثنان باتجاه نجران."


def test_counted_convoys_and_flights_are_no_salvo():
    assert _attacks(CONVOYS) == []
    assert _attacks(FLIGHTS) == []


def test_a_release_is_no_launch():
    assert _attacks(RELEASE) == []


def test_counted_rockets_are_a_salvo_still(monkeypatch):
    assert [p for _, p, _ in _attacks(ROCKETS)] == ["جازان", "نجران"]
    monkeypatch.setattr(frames_readers, "COUNTED_PARTS", False)
    assert [p for _, p, _ in _attacks(ROCKETS)] != ["جازان", "نجران"]


# --- PARTS_DAY: no day from "منذ" ----------------------------------------------------------------------------------

RUNNING_TOTAL = ("وقال التحالف إن الجماعة أطلقت منذ 14 مايو 2016 أكثر من تسعين صاروخا باتجاه المملكة. وكانت أربعة"
                 " منها باتجاه مدينة جدة وواحد باتجاه الطائف، وتم اعتراضها جميعا.")
SALVO_BEFORE = ("قصفت الجماعة، اليوم الاثنين، بلدة حدودية بقذائف الهاون دون إصابات. وفي 19 نوفمبر أسقطت الدفاعات"
                " الجوية سبعة صواريخ أطلقتها الجماعة. وكانت أربعة منها باتجاه مدينة جدة وواحد باتجاه الطائف، وتم"
                " اعتراضها جميعا.")


def test_a_running_total_gives_its_parts_no_day():
    dated = {p: d for _, p, d in _attacks(RUNNING_TOTAL)}
    assert {"جدة", "الطائف"} <= set(dated), dated
    assert "2016-05-14" not in dated.values(), dated


def test_a_salvo_day_not_after_since_is_taken(monkeypatch):
    dated = {p: d for _, p, d in _attacks(SALVO_BEFORE)}
    assert dated.get("جدة") == dated.get("الطائف") == "2016-11-19", dated
    monkeypatch.setattr(attacks_events, "PARTS_DAY", False)
    dated = {p: d for _, p, d in _attacks(SALVO_BEFORE)}
    assert dated.get("الطائف") != "2016-11-19", dated


# --- BARE_WEAPON: a weapon that reaps, demolishes or maims is used ------------------------------------------------

REAPS = "قذائف الميليشيا تحصد أرواح أربعة مدنيين في مدينة تعز."
DEMOLISHES = "قذائف الميليشيا تهدم منازل المدنيين في مدينة الحديدة."
MAIMS = "ألغام الميليشيا تبتر ساق امرأة في مديرية حيس."
KILLS = "ألغام التنظيم تقتل ثلاثة رعاة في صحراء الأنبار."
SHOWN = "افتتح معرض فني يضم قذائف مدفعية منحوتة في مدينة بغداد."


def test_a_weapon_told_headline_style_with_its_harm_is_an_attack(monkeypatch):
    assert [k for k, _, _ in _attacks(REAPS)] == ["shelling"]
    assert [k for k, _, _ in _attacks(DEMOLISHES)] == ["shelling"]
    assert [k for k, _, _ in _attacks(MAIMS)] == ["ied"]
    assert [k for k, _, _ in _attacks(KILLS)] == ["ied"]


def test_a_weapon_shown_stays_bare(monkeypatch):
    assert _attacks(SHOWN) == []
    from marsad.agent.offline import attacks_cues
    monkeypatch.setattr(attacks_cues, "BARE_WEAPON", False)
    assert _attacks(SHOWN) != []
