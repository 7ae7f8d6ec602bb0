"""Pass 66 review of merge66: a source's lower count told in the next sentence (``attacks_retold.earlier_count``) is
the lead's incident only when it tells the very kind of attack, counts people at large (or the lead's own noun), is
no second or later one, and gives a sizeable share of the lead's toll; and the lead takes no target, doer or weapon
from it.

Sentences written for these tests (places and numbers made up)."""

from marsad.schemas import Document

_LEAD = "قتل 20 شخصا وأصيب 50 آخرون في تفجير سيارة مفخخة في مدينة الموصل، الأحد. "


def _attacks(body: str):
    from marsad.agent.offline import OfflineExtractor
    return OfflineExtractor().extract(Document(doc_id="t", title="خبر", text=body, published="2018-05-12")).attacks


def _tolls(body: str) -> list[tuple]:
    return [(a.attack_type, a.killed, a.injured) for a in _attacks(body)]


def test_another_kind_of_bomb_stays_apart():
    text = _LEAD + "وقالت الشرطة إن عبوة ناسفة انفجرت في مدينة الموصل ما أسفر عن مقتل 8 أشخاص وإصابة 20 آخرين."
    assert _tolls(text) == [("car_bomb", 20, 50), ("ied", 8, 20)]


def test_dead_counted_as_a_body_of_their_own_stay_apart():
    text = _LEAD + ("وقالت الشرطة إن سيارة مفخخة انفجرت قرب دورية للجيش في مدينة الموصل ما أسفر عن مقتل 8 جنود "
                    "وإصابة 20 آخرين.")
    attacks = _attacks(text)
    assert [(a.killed, a.injured) for a in attacks] == [(20, 50), (8, 20)]
    assert attacks[0].target is None  # the patrol is the second bomb's target, not the lead's


def test_a_second_bomb_told_by_its_ordinal_stays_apart():
    text = _LEAD + "وأفادت الشرطة بانفجار سيارة مفخخة ثانية في مدينة الموصل أسفرت عن مقتل 8 أشخاص وإصابة 20 آخرين."
    assert [(a.killed, a.injured) for a in _attacks(text)] == [(20, 50), (8, 20)]


_SHELLED = "قتل 31 شخصا وأصيب 70 آخرون في قصف على مدينة حلب. "


def test_a_toll_told_later_stays_apart():
    text = _SHELLED + ("وذكرت مصادر محلية أن 15 شخصا قتلوا وأصيب 30 آخرون في قصف على مدينة حلب في وقت "
                       "لاحق.")
    assert [(a.killed, a.injured) for a in _attacks(text)] == [(31, 70), (15, 30)]


def test_a_small_share_of_the_lead_toll_is_another_incident():
    text = _SHELLED + "وذكرت مصادر محلية أن 5 أشخاص قتلوا وأصيب 10 آخرون في قصف على مدينة حلب."
    assert [(a.killed, a.injured) for a in _attacks(text)] == [(31, 70), (5, 10)]


_BORDER = "قتل 31 شخصا وأصيب 700 آخرون برصاص الجنود، الجمعة، خلال احتجاجات على حدود قطاع غزة. "


def test_the_source_count_lends_the_lead_no_target():
    text = _BORDER + ("وأعلنت مصادر طبية سقوط 20 قتيلا وإصابة 450 بجروح في إطلاق نار استهدف المحتجين على الحدود "
                      "شرق قطاع غزة.")
    (a,) = _attacks(text)
    assert (a.killed, a.injured, a.target) == (31, 700, None)


def test_the_lead_own_noun_counts_the_same_people():
    text = ("قتل 31 فلسطينيا وأصيب 700 آخرون برصاص الجنود، الجمعة، خلال احتجاجات على حدود قطاع غزة. وأعلنت وزارة "
            "الصحة مقتل 20 فلسطينيا وإصابة 450 برصاص الجنود على الحدود شرق قطاع غزة.")
    (a,) = _attacks(text)
    assert (a.killed, a.injured) == (31, 700)
    assert not any("450" in w for w in a.weapons)  # the source's sentence lends no weapon ("450 برصاص")
