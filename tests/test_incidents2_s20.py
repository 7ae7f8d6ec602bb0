"""Session 20 (inc2): a fire set by hostile doers is an attack (agent/offline/frames._arson, switch frames.ARSON).

"أضرم مجهولون النار في ..."، "أحرق مسلحون ...": no attack word is told, so no frame opened and the incident was
lost. A verb of burning with a doer noun as its subject (gunmen, unknown men, settlers, extremists) now opens one,
of type other (not read as a shooting for the word "النار"). Not a man setting fire to himself, nor protesters
burning tyres. The sentences below are written for the tests.
"""

from marsad.agent.offline import OfflineExtractor, frames
from marsad.schemas.document import Document

_KINDLE = "أضرم مجهولون النار في كنيسة بمدينة المنيا ليل الأحد."
_BURN = "أحرق مسلحون مجهولون مساء الخميس مقر إذاعة محلية في مدينة المكلا."
_TOLL = ("أضرم مستوطنون النار فجر السبت في بيت أسرة فلسطينية ببلدة بورين جنوب نابلس، ما أدى إلى "
         "مقتل ثلاثة من أفرادها.")
_SELF = "أضرم شاب النار في نفسه أمام مبنى البلدية في مدينة القصرين صباح الاثنين."
_TYRES = "أحرق المحتجون الإطارات في شوارع مدينة البصرة مساء الثلاثاء."


def _attacks(text):
    doc = Document(doc_id="t", title=None, source="x", published="2016-03-10", text=text)
    return [(a.attack_type, a.killed, a.location.name if a.location else None)
            for a in OfflineExtractor().extract(doc).attacks]


def test_a_fire_set_by_hostile_doers_is_an_attack():
    assert _attacks(_KINDLE) == [("other", None, "المنيا")]
    assert _attacks(_BURN) == [("other", None, "المكلا")]
    assert _attacks(_TOLL) == [("other", 3, "بورين")]


def test_switch_off_loses_the_fire(monkeypatch):
    monkeypatch.setattr(frames, "ARSON", False)
    assert _attacks(_KINDLE) == []
    assert _attacks(_BURN) == []


def test_self_immolation_and_burnt_tyres_are_no_attack():
    assert _attacks(_SELF) == []
    assert _attacks(_TYRES) == []


# Gunfire told with the object right after the firing verb (frames.FIRE_NEXT): the subject before the verb or in it.
_BEFORE = "مسلحون أطلقوا النار على سائق سيارة أجرة في بلدة الدريج مساء الأربعاء."
_IN_VERB = ("دخلت قوة من الجيش بلدة الدريج فجر الأربعاء لاعتقال شاب مطلوب ثم راحت تطلق النار عليه وعلى "
            "شقيقه.")
_ANSWER = "وقالت الشرطة إن عناصرها أطلقوا النار على المهاجم في بلدة الدريج مساء الأربعاء."


def test_gunfire_with_its_object_next_is_an_attack():
    assert [t for t, _, _ in _attacks(_BEFORE)] == ["armed_assault"]
    assert [t for t, _, _ in _attacks(_IN_VERB)] == ["armed_assault"]


def test_switch_off_loses_the_gunfire(monkeypatch):
    monkeypatch.setattr(frames, "FIRE_NEXT", False)
    assert _attacks(_BEFORE) == []
    assert _attacks(_IN_VERB) == []


def test_fire_at_the_attacker_opens_no_incident():
    assert _attacks(_ANSWER) == []
