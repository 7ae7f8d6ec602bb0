"""Pass 39b QA: a protest told by its protesters or its noun ("محتجون"، "الاحتجاج") is found for an English
"protesters" question; a detainee ("المحتجزين") is not. Every sentence is written for these tests."""

from marsad.agent.qa.question import mentions, parse_question


def _protest():
    q = parse_question("Which road did protesters close in Wadi Rim before the police arrived?")
    return next(c for c in q.concepts if c.id == "protest")


def test_protesters_found_by_their_arabic_words():
    c = _protest()
    assert mentions(c, "أغلق محتجون الطريق الرئيسي في وادي الريم")
    assert mentions(c, "فرقت الشرطة المحتجين أمام مبنى البلدية")
    assert mentions(c, "وانتهى الاحتجاج بعد ساعتين")


def test_detainees_are_no_protesters():
    c = _protest()
    assert not mentions(c, "أفرجت السلطات عن المحتجزين في سجن تل الورد")
    assert not mentions(c, "نقل المحتجز إلى المستشفى")
