"""Pass 68 (merge68): the place of an incident whose own sentences give only its country.

A report tells the incident "في باكستان" or "في شمال غربي باكستان" and, in a sentence of its own that is no telling of
the incident, where it occurred ("ووقعت الحادثة قرب مدينة بيشاور"): the record takes that town. A part of a country
that is not the country ("شمال الضفة الغربية"), a place of another country and a record already placed in a town
keep their place.

Sentences written for these tests."""

from marsad.schemas import Document


def _places(body: str, published: str = "2018-03-16") -> list[tuple]:
    from marsad.agent.offline import OfflineExtractor
    rec = OfflineExtractor().extract(Document(doc_id="t", title="خبر", text=body, published=published))
    return [(a.location.name if a.location else None, a.location.country if a.location else None) for a in rec.attacks]


_SIDE_THEN_TOWN = ("جرح عدد من الركاب في شمال غربي باكستان، عندما فتح مسلحون النار على حافلة صغيرة.\n"
                   "ووقعت الحادثة قرب مدينة بيشاور.")
_COUNTRY_THEN_TOWN = ("قتل ثلاثة جنود في باكستان، عندما فتح مسلحون النار على دورية للجيش.\n"
                      "ووقعت الحادثة قرب مدينة بيشاور.")
_OTHER_COUNTRY = ("قتل ثلاثة جنود في باكستان، عندما فتح مسلحون النار على دورية للجيش.\n"
                  "ووقعت الحادثة قرب مدينة قندهار.")
_PART_OF_COUNTRY = ("أصيب ثلاثة جنود بجروح في هجوم دهس نفذه سائق فلسطيني في شمال الضفة الغربية.\n"
                    "ووقعت الحادثة قرب مدينة جنين.")
_TOWN_OWN = ("قتل ثلاثة جنود في مدينة كويتا، عندما فتح مسلحون النار على دورية للجيش.\n"
             "ووقعت الحادثة قرب مدينة بيشاور.")


def test_side_of_country_takes_the_town_told_to_be_the_scene():
    assert _places(_SIDE_THEN_TOWN) == [("بيشاور", "PK")]


def test_country_takes_the_town_told_to_be_the_scene():
    assert _places(_COUNTRY_THEN_TOWN) == [("بيشاور", "PK")]


def test_town_of_another_country_is_not_taken():
    assert _places(_OTHER_COUNTRY) == [("باكستان", "PK")]


def test_part_of_a_country_keeps_its_place():
    assert _places(_PART_OF_COUNTRY)[0][0] == "شمال الضفة الغربية"


def test_town_of_its_own_keeps_its_place():
    assert _places(_TOWN_OWN)[0][0] == "كويتا"


# A capital after "ضد" or said to be involved "في" an attack stands for its state, not the attack's place.
_AGAINST_CAPITAL = ("قال دبلوماسي روسي، الأربعاء، إن الغرب يواصل حملته ضد موسكو ردا على الهجوم بغاز سام على "
                    "ضابط سابق وابنته في إنجلترا، في الرابع من مارس.")
_INVOLVED_CAPITAL = ("وتفاقم الخلاف بين البلدين بعد عملية تسميم ضابط سابق وإصابة امرأة بغاز الأعصاب تقول الحكومة "
                     "البريطانية إن موسكو متورطة فيها.")
_AGAINST_TOWN = "قتل خمسة مسلحين في هجوم شنه الجيش ضد مواقعهم في مدينة الموصل، الأربعاء."


def test_capital_after_against_is_not_the_place():
    assert _places(_AGAINST_CAPITAL, "2018-03-28") == [("إنجلترا", "GB")]


def test_capital_involved_in_the_attack_is_not_the_place():
    assert ("موسكو", "RU") not in _places(_INVOLVED_CAPITAL, "2018-07-18")


def test_town_after_against_target_keeps_its_place():
    assert _places(_AGAINST_TOWN, "2018-03-28") == [("مدينة الموصل", "IQ")]


# An attack told only as past context, retold paragraphs later at the same victim, is one incident (its day is the
# retelling's); another victim is another incident.
_BETWEEN = ("وتقول لندن إن جهازا أجنبيا مسؤول على الأرجح، وهو ما تنفيه موسكو.\n"
            "وقال المتحدث إن بلاده تنتظر نتائج التحقيق الدولي.\n")
_FIRST = "طلبت الخارجية الأحد من المنظمة الدولية بيانات عن تسميم ضابط سابق وابنته في إنجلترا.\n"
_RETOLD_VICTIM = _FIRST + _BETWEEN + "ويأتي الطلب ضمن التداعيات الدولية جراء هجوم الرابع من مارس على الضابط وابنته."
_OTHER_VICTIM = _FIRST + _BETWEEN + "ويأتي الطلب ضمن التداعيات الدولية جراء هجوم الرابع من مارس على القاضي حداد."


def _records(body: str) -> list[tuple]:
    from marsad.agent.offline import OfflineExtractor
    rec = OfflineExtractor().extract(Document(doc_id="t", title="خبر", text=body, published="2018-04-03"))
    return [(a.location.name if a.location else None, a.date) for a in rec.attacks]


def test_past_attack_retold_at_its_victim_is_one_record():
    assert _records(_RETOLD_VICTIM) == [("إنجلترا", "2018-03-04")]


def test_past_attack_at_another_victim_lends_no_day():
    assert ("إنجلترا", "2018-03-04") not in _records(_OTHER_VICTIM)
