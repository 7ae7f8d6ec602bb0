"""Pass 43 (agree43b): DESIRED_AFTER, a deal still sought. Sentences written for these tests, none from the corpus."""

from __future__ import annotations

from marsad.agent.offline import agreements_status


def _statuses(offline_extract, text: str) -> list[str]:
    return [a.status for a in offline_extract(text, published="2020-02-14").agreements]


# DESIRED_AFTER: a word of wanting right after the agreement ("الاتفاق المطلوب") tells one still sought -------------

_WANTED = ("وقال وزير الخارجية اليمني إن الاتفاق المطلوب مع الحوثيين يجب أن يشمل انسحابا فوريا من ميناء "
           "المخا وتسليم السلاح للجيش.")
_FAR = ("ووقعت الحكومة اليمنية وقبائل مأرب الاتفاق الأمني الذي يحقق الاستقرار المطلوب في البلدة ويقضي بخروج "
        "المقاتلين منها.")


def test_wanted_deal_is_proposed(offline_extract):
    assert _statuses(offline_extract, _WANTED) == ["proposed"]


def test_wanting_word_further_on_leaves_a_signed_deal_agreed(offline_extract):
    assert _statuses(offline_extract, _FAR) == ["agreed"]


def test_desired_switch_off(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_status, "DESIRED_AFTER", False)
    assert _statuses(offline_extract, _WANTED) == ["agreed"]


# "من المنتظر أن" (proposal word, as "من المتوقع أن"): a signing still expected -------------------------------------

_AWAITED = "ومن المنتظر أن توقع الحكومة العراقية وحكومة إقليم كردستان اتفاقا أمنيا لنشر قوات مشتركة في كركوك."
_SIGNED_THEN_AWAITED = ("ووقعت الحكومة العراقية وحكومة إقليم كردستان اتفاقا أمنيا لنشر قوات مشتركة في كركوك. "
                        "وقال مسؤول محلي إن وصول القوات إلى المدينة سيكون خلال الأسبوع المقبل، ومن المنتظر أن "
                        "يزور رئيس الوزراء المحافظة.")


def test_awaited_signing_is_proposed(offline_extract):
    assert _statuses(offline_extract, _AWAITED) == ["proposed"]


def test_awaited_visit_in_another_sentence_leaves_the_signed_deal_agreed(offline_extract):
    assert _statuses(offline_extract, _SIGNED_THEN_AWAITED) == ["agreed"]
