"""Session 30: doers named by a generic noun with a creed, side or tribe (no group's name), on sentences written
for the tests (no corpus text).

Policy: a group type with its creed or side ("مقاتلون إسلاميون"، "مسلحون فلسطينيون"، "مسلحون قبليون"،
"متمردون انفصاليون") names the doer as the text writes it: the registry holds each as a ``generic`` entry (never an
actor of its own) whose canonical form is the doer. Unknown gunmen ("مسلحون مجهولون"، a bare "مسلحون"، "ملثمون")
and a bare label ("متطرفون") name nobody: the perpetrator stays empty.
"""

from frame_doers import frame_doers

from marsad.agent.offline import OfflineExtractor
from marsad.agent.offline import roles_targets as rt
from marsad.core.lexicon import get_lexicon
from marsad.evals.matching import same_entity
from marsad.schemas import Document

DAY = "2016-03-24"

ISLAMIST = (
    "وقال متحدث عسكري في مدينة درنة إن أربعة جنود ليبيين قتلوا وأصيب ثلاثة آخرون إثر تعرضهم لهجوم نفذه مقاتلون "
    "إسلاميون على منطقة في ضواحي المدينة يوم الأحد."
)
PALESTINIAN = (
    "وقال سكان إن مسلحين فلسطينيين أطلقوا مساء الثلاثاء نحو عشر قذائف صاروخية على مستوطنة إسرائيلية "
    "محاذية لغزة."
)
TRIBAL = "وقال مسؤول محلي في محافظة مأرب إن مسلحين قبليين هاجموا أنبوب النفط الرئيسي وفجروه مساء الاثنين."
UNKNOWN = "اغتال مسلحون مجهولون ضابطا في الشرطة أمام منزله في مدينة بنغازي مساء الخميس."
LABEL_ONLY = (
    "وكان متطرفون أطلقوا النار الأربعاء من داخل سوريا على مخفر حدودي للجيش التركي في ولاية هاتاي مما أدى إلى "
    "مقتل جندي."
)


def _records(text: str):
    return OfflineExtractor().extract(Document(doc_id="t-s30", title=None, text=text, published=DAY))


def test_islamist_fighters_are_the_doer_as_written():
    assert frame_doers(ISLAMIST, DAY) == ["islamist_fighters"]
    rec = _records(ISLAMIST)
    assert [a.perpetrator for a in rec.attacks] == ["مقاتلون إسلاميون"]


def test_palestinian_and_tribal_gunmen_are_doers():
    assert frame_doers(PALESTINIAN, DAY) == ["palestinian_gunmen"]
    assert frame_doers(TRIBAL, DAY) == ["tribal_gunmen"]
    assert [a.perpetrator for a in _records(TRIBAL).attacks] == ["مسلحون قبليون"]


def test_generic_doers_are_no_actors_of_their_own():
    for text in (ISLAMIST, PALESTINIAN, TRIBAL):
        names = [a.name for a in _records(text).actors]
        assert not any("مسلح" in n or "مقاتل" in n for n in names), names


def test_unknown_gunmen_and_a_bare_label_name_nobody():
    assert frame_doers(UNKNOWN, DAY) == [None]
    assert frame_doers(LABEL_ONLY, DAY) == [None]
    assert all(a.perpetrator is None for a in _records(LABEL_ONLY).attacks)


def test_registry_spellings_of_a_generic_doer_are_one_entity():
    # the gold may write the plural in either case, or the creed alone
    assert same_entity("إسلاميون", "مقاتلون إسلاميون")
    assert same_entity("مسلحين إسلاميين", "مقاتلون إسلاميون")
    assert same_entity("Palestinian militants", "مسلحون فلسطينيون")
    assert not same_entity("مسلحون مجهولون", "مسلحون فلسطينيون")


def test_daeshi_with_the_article_is_isis_but_not_a_bare_slur():
    lex = get_lexicon()
    assert [e.id for e in lex.lookup_ar("الداعشي") if e.kind == "actors"] == ["isis"]
    assert [e.id for e in lex.lookup_ar("عناصر داعشية") if e.kind == "actors"] == ["isis"]
    # "أنت داعشي": a label one side throws at anyone, not the group
    assert not [e for e in lex.lookup_ar("داعشي") if e.kind == "actors"]
    assert not [e for e in lex.lookup_ar("دواعش") if e.kind == "actors"]


def test_counted_dead_before_the_attack_beat_a_bare_area():
    assert [a.target for a in _records(ISLAMIST).attacks] == ["جنود"]


def test_counted_dead_before_the_attack_off(monkeypatch):
    monkeypatch.setattr(rt, "PLACE_YIELDS_TO_COUNT", False)
    assert [a.target for a in _records(ISLAMIST).attacks] == ["منطقة"]


# Fatah written bare beside Hamas (reconciliation news): the movement, not the verb "opened".
FATAH_FIRST = "اتفقت فتح وحماس في الدوحة على تشكيل لجنة مشتركة لإدارة المعابر خلال أسبوعين."
HAMAS_FIRST = "ووقعت حماس وفتح في الجزائر اتفاقا لإنهاء الانقسام برعاية جزائرية."
OPENED_FIRE = "تسلل مسلح من حماس وفتح النار على دورية إسرائيلية قرب رفح فقتل جنديا."


def _actor_names(text: str) -> list[str]:
    return [a.canonical_name or a.name for a in _records(text).actors]


def test_bare_fatah_beside_hamas_is_the_movement():
    assert "حركة فتح" in _actor_names(FATAH_FIRST)
    assert "حركة فتح" in _actor_names(HAMAS_FIRST)
    parties = [p for g in _records(HAMAS_FIRST).agreements for p in g.parties]
    assert "حركة فتح" in parties


def test_fatah_verb_after_hamas_stays_a_verb():
    assert "حركة فتح" not in _actor_names(OPENED_FIRE)


def test_fatah_beside_hamas_off(monkeypatch):
    from marsad.agent.offline import context

    monkeypatch.setattr(context, "FATAH_BESIDE_HAMAS", False)
    assert "حركة فتح" not in _actor_names(FATAH_FIRST)


# A text that names no place, under a title that does: a bare "الجيش" is the title country's army, not Iraq's.
PH_TITLE = "اشتباكات بين الجيش ومسلحين في جنوب الفلبين"
PH_TEXT = "قال الجيش إنه قتل ثمانية مسلحين في اشتباكات عنيفة استمرت ساعات أمس، فيما أصيب ثلاثة جنود بجروح."


def _titled_actors(title: str, text: str) -> list[str]:
    doc = Document(doc_id="t-s30", title=title, text=text, published=DAY)
    return [a.canonical_name for a in OfflineExtractor().extract(doc).actors]


def test_bare_army_takes_the_title_country():
    assert _titled_actors(PH_TITLE, PH_TEXT) == ["الجيش الفلبيني"]


def test_bare_army_fallback_off(monkeypatch):
    from marsad.agent.offline import context

    monkeypatch.setattr(context, "NATIONAL_FALLBACK", False)
    assert _titled_actors(PH_TITLE, PH_TEXT) == ["الجيش العراقي"]
