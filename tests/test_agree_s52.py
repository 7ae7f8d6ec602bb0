"""Pass 52 (agree52): sentences written for these tests, none from the corpus."""

from __future__ import annotations

from marsad.agent.offline import agreements_status


def _records(offline_extract, text: str):
    return offline_extract(text, published="2019-05-09").agreements


def _statuses(offline_extract, text: str) -> list[str]:
    return [a.status for a in _records(offline_extract, text)]


# SINCE_SIGNED: an agreement told as signed "since" stands in force ------------------------------------------------

_SINCE = "وعاد آلاف النازحين إلى قراهم منذ توقيع اتفاق وقف إطلاق النار بين الحكومة والمتمردين."
_SINCE_ON = "وتراجعت الهجمات منذ التوقيع على الاتفاق الأمني بين بغداد وأربيل."
_SINCE_WAW = "ومنذ توقيع الاتفاق الأمني بين بغداد وأربيل تراجعت الهجمات على الطريق."
_AFTER = "وعاد آلاف النازحين إلى قراهم بعد توقيع اتفاق وقف إطلاق النار بين الحكومة والمتمردين."


def test_agreement_since_signed_is_in_force(offline_extract):
    assert _statuses(offline_extract, _SINCE) == ["implementing"]
    assert _statuses(offline_extract, _SINCE_ON) == ["implementing"]
    assert _statuses(offline_extract, _SINCE_WAW) == ["implementing"]


def test_agreement_after_signing_is_only_agreed(offline_extract):
    assert _statuses(offline_extract, _AFTER) == ["agreed"]


def test_switched_off_since_signed_is_agreed(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_status, "SINCE_SIGNED", False)
    assert _statuses(offline_extract, _SINCE) == ["agreed"]
    assert _statuses(offline_extract, _SINCE_ON) == ["agreed"]


# violated words (data key violated) and BREACH_OF_MENTION: a breach of a standing agreement -------------------------

_BREACH_MOU = ("ووقعت الصومال والإمارات مذكرة تفاهم لتدريب الجيش الصومالي. "
               "واعتبرت الإمارات احتجاز الأموال إخلالاً جسيماً بأحكام مذكرة التفاهم المشار إليها.")
_BREACH_NOUN = "وقالت الإمارات إن احتجاز الطائرة إخلال بالاتفاقية الأمنية الموقعة مع الصومال."
_BROKE_PLURAL = "وقال المتحدث إن الحوثيين خرقوا اتفاق التهدئة مع القبائل في صعدة."
_BREACHES = "وسجلت اللجنة عشرات الخروقات للهدنة بين الجيش والحوثيين في الحديدة."


def test_breach_of_a_memorandum_is_in_force(offline_extract):
    assert _statuses(offline_extract, _BREACH_MOU) == ["implementing"]
    assert _statuses(offline_extract, _BREACH_NOUN) == ["implementing"]


def test_plural_and_noun_breaches_are_in_force(offline_extract):
    assert _statuses(offline_extract, _BROKE_PLURAL) == ["implementing"]
    assert _statuses(offline_extract, _BREACHES) == ["implementing"]


def test_switched_off_breach_of_mention_leaves_the_memorandum_agreed(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_status, "BREACH_OF_MENTION", False)
    assert _statuses(offline_extract, _BREACH_MOU) == ["agreed"]


def test_without_the_new_words_breaches_are_not_read(offline_extract, monkeypatch):
    old = agreements_status._VIOLATED - {"اخلال", "اخلالا", "الاخلال", "خرقوا", "خروقات", "الخروقات"}
    monkeypatch.setattr(agreements_status, "_VIOLATED", old)
    assert _statuses(offline_extract, _BREACH_NOUN) == ["agreed"]
    assert _statuses(offline_extract, _BROKE_PLURAL) == ["agreed"]


def test_a_breach_to_come_gives_no_agreement(offline_extract):
    # a warning about any breach tells of no agreement's status, and names no sides
    assert _records(offline_extract, "وقال الوزير إن أي إخلال بالاتفاق الأمني سيقابل بالرد.") == []
