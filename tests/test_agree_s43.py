"""Pass 43 (agree43): sentences written for these tests, none from the corpus."""

from __future__ import annotations

from marsad.agent.offline import agreements_provisions


def _provisions(offline_extract, text: str) -> list[str]:
    return [p for a in offline_extract(text, published="2019-05-09").agreements for p in a.provisions]


# SO_THAT_TERMS and QUOTED_APPOSITION: "بحيث" + an imperfect verb goes on with the plan, also past a quoted name ----

_QUOTED = ("واتفقت أنقرة وبغداد على خطة لإنشاء منطقة آمنة على الحدود المشتركة، وذلك بنشر وحدات من الجيشين، "
           "وبالتالي منع تسلل المسلحين إلى مدينة الموصل \"معقل التنظيم\" وبحيث تتولى الطائرات العراقية والتركية "
           "مراقبة المنطقة انطلاقا من قاعدة في زاخو.")
_COMMA = ("ووقعت الأردن والسعودية اتفاقية أمنية لتأمين الحدود المشتركة، بحيث تنتشر وحدات مشتركة على طول الشريط "
          "الحدودي.")


def test_so_that_clause_after_a_quoted_apposition_is_a_term(offline_extract):
    got = _provisions(offline_extract, _QUOTED)
    assert any(p.startswith("تتولى الطائرات العراقية والتركية مراقبة المنطقة") for p in got)
    # the quoted apposition is no term, and the term before it stops at the quote
    assert "منع تسلل المسلحين إلى مدينة الموصل" in got
    assert not any("معقل" in p for p in got)


def test_so_that_clause_after_a_comma_is_a_term(offline_extract):
    got = _provisions(offline_extract, _COMMA)
    assert "تأمين الحدود المشتركة" in got
    assert any(p.startswith("تنتشر وحدات مشتركة على طول الشريط") for p in got)


def test_switches_off_drop_the_so_that_terms(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_provisions, "SO_THAT_TERMS", False)
    assert not any("تنتشر" in p for p in _provisions(offline_extract, _COMMA))
    monkeypatch.setattr(agreements_provisions, "SO_THAT_TERMS", True)
    monkeypatch.setattr(agreements_provisions, "QUOTED_APPOSITION", False)
    assert not any("تتولى" in p for p in _provisions(offline_extract, _QUOTED))


def test_so_that_without_a_verb_is_no_term(offline_extract):
    text = ("ووقعت الأردن والسعودية اتفاقية أمنية لتأمين الحدود المشتركة، بحيث لا يمكن لأحد عبورها "
            "دون إذن.")
    got = _provisions(offline_extract, text)
    assert "تأمين الحدود المشتركة" in got
    assert not any("يمكن" in p for p in got)


def test_long_quote_is_not_skipped(offline_extract):
    # a quote of more than five words is a statement, not an apposition: what follows it is not read on
    text = ("واتفقت أنقرة وبغداد على خطة لإنشاء منطقة آمنة على الحدود المشتركة، وذلك بنشر وحدات من الجيشين "
            "\"في كل القرى الحدودية من الجانبين دون استثناء\" وبحيث تتولى الطائرات مراقبة المنطقة.")
    assert not any("تتولى" in p for p in _provisions(offline_extract, text))
