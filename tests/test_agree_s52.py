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
               "ورأت الإمارات في مصادرة المبلغ إخلالاً صريحاً بأحكام مذكرة التفاهم المشار إليها.")
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


def test_switched_off_breach_forms_are_not_read(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_status, "BREACH_FORMS", False)
    assert _statuses(offline_extract, _BREACH_NOUN) == ["agreed"]
    assert _statuses(offline_extract, _BROKE_PLURAL) == ["agreed"]


# JOINED_NOT_SIDE (agreements_named) and NOT_SUBJECT (agreements_parties): what is joined or fought is no party -----

_JOINED_ACCESS = ("وترددت أنقرة طويلا قبل الانضمام إلى التحالف الدولي لمحاربة التنظيم، ثم قررت تركيا فتح قاعدة إنجرليك "
                  "في أضنة أمام سلاح الجو الأميركي لضرب معاقل داعش.")
_JOINED_WITH = "وقررت المملكة الانضمام إلى التحالف الإسلامي العسكري، ووقعت مذكرة تفاهم عسكرية مع باكستان."


def test_the_coalition_joined_is_no_party(offline_extract):
    [a] = _records(offline_extract, _JOINED_ACCESS)
    assert "التحالف الدولي" not in a.parties and set(a.parties) == {"تركيا", "الولايات المتحدة"}
    [b] = _records(offline_extract, _JOINED_WITH)
    assert b.parties == ["السعودية", "باكستان"]


def test_switched_off_joined_coalition_is_a_party_again(offline_extract, monkeypatch):
    from marsad.agent.offline import agreements_named, agreements_parties
    monkeypatch.setattr(agreements_named, "JOINED_NOT_SIDE", False)
    assert "التحالف الدولي" in _records(offline_extract, _JOINED_ACCESS)[0].parties
    monkeypatch.setattr(agreements_named, "JOINED_NOT_SIDE", True)
    monkeypatch.setattr(agreements_parties, "NOT_SUBJECT", False)
    assert _records(offline_extract, _JOINED_WITH)[0].parties != ["السعودية", "باكستان"]


def test_a_group_fought_is_not_the_subject_signing(offline_extract):
    [a] = _records(offline_extract, "وأعلنت الحكومة انضمامها إلى التحالف الدولي ضد داعش، ووقعت اتفاقاً أمنياً مع العراق.")
    assert "داعش" not in a.parties and "التحالف الدولي" not in a.parties
