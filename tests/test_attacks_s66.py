"""Pass 66 (merge66): the place of an incident told with no place of its own, read back from the sentence before.

A definite noun of fighting ("المعارك"، "المواجهات") opening a toll told with no place points back to the fighting
the sentence before told (a liberation or an advance is no attack word, so that sentence made no incident to join):
its place, not the article's country. And an anaphoric place noun followed by an adjective of origin ("المدينة
اليمنية") is the place named before, not the country the adjective names.

Sentences written for these tests."""

from marsad.schemas import Document


def _records(body: str, published: str = "2018-04-10") -> list[tuple]:
    from marsad.agent.offline import OfflineExtractor
    rec = OfflineExtractor().extract(Document(doc_id="t", title="خبر", text=body, published=published))
    return [(a.location.name if a.location else None, a.killed, "location_from_article" in a.flags)
            for a in rec.attacks]


# the fighting told by a liberation in a district, then its toll by a definite noun with no place
_FREED_THEN_TOLL = ("استعادت القوات الحكومية، الثلاثاء، السيطرة على تلال استراتيجية في مديرية صرواح غرب محافظة مأرب. "
                    "وقال المتحدث باسم الجيش في بيان إن المعارك أسفرت عن مقتل 12 مسلحا من الميليشيات.")
# the same toll told after a sentence that names no place at all: nothing to point back to
_NO_PLACE_BEFORE = ("استعادت القوات الحكومية، الثلاثاء، السيطرة على تلال استراتيجية في اليمن بعد أيام من القتال. "
                    "وقال المتحدث باسم الجيش في بيان إن المعارك أسفرت عن مقتل 12 مسلحا من الميليشيات.")


def test_battle_noun_takes_the_place_told_before():
    assert _records(_FREED_THEN_TOLL) == [("صرواح", 12, True)]


def test_battle_noun_with_no_place_before_keeps_the_country():
    assert [r[0] for r in _records(_NO_PLACE_BEFORE)] == ["اليمن"]


# a shell near a reporter covering "the Yemeni city"'s battle: the city named before, Hodeidah
_CITY_OF_ORIGIN = ("سقطت قذيفة، الأحد، قرب فريق قناة تلفزيونية أثناء بث مباشر. "
                   "وكان الفريق ينقل أحداث معركة الحديدة منذ الصباح. "
                   "وقال المراسل إن فريقه يتابع منذ أيام القتال حول المدينة اليمنية الساحلية، وإن القذيفة "
                   "سقطت في أرض خالية.")


def test_city_noun_with_adjective_of_origin_points_back():
    assert [r[0] for r in _records(_CITY_OF_ORIGIN, "2018-06-17")] == ["الحديدة"]


# a lead toll and, in the next sentence, a medical source's lower count of the same day's shooting at the same border
_EARLIER_COUNT = ("قتل 31 شخصا وأصيب أكثر من 700 آخرين برصاص الجنود، الجمعة، خلال احتجاجات على حدود قطاع غزة. "
                  "وأعلنت مصادر طبية سقوط 20 قتيلا وإصابة 450 بجروح برصاص الجنود على الحدود شرق قطاع غزة.")
# a second bombing told with "كما" at a side of the same city, with its own lower toll: another incident
_ALSO_ANOTHER = ("قتل 19 شخصا وأصيب 43 في تفجير سيارة مفخخة في سوق شعبي ببغداد، الجمعة. "
                 "كما انفجرت عبوة ناسفة جنوب بغداد، ما أدى إلى مقتل أربعة أشخاص وإصابة عشرة.")
# the lower count told with a day of its own: another day's incident, kept apart
_OWN_DAY = ("قتل 31 شخصا وأصيب أكثر من 700 آخرين برصاص الجنود، الجمعة، خلال احتجاجات على حدود قطاع غزة. "
            "وأعلنت مصادر طبية سقوط 20 قتيلا وإصابة 450 بجروح برصاص الجنود على الحدود شرق قطاع غزة في الرابع من أيار.")


def test_lower_count_of_a_source_is_the_lead_incident():
    records = _records(_EARLIER_COUNT, "2018-05-12")
    assert len(records) == 1 and records[0][1] == 31


def test_also_opened_bombing_stays_apart():
    assert len(_records(_ALSO_ANOTHER, "2015-07-24")) == 2


def test_lower_count_with_its_own_day_stays_apart():
    assert len(_records(_OWN_DAY, "2018-05-12")) == 2
