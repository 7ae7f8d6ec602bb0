"""A site or a mail is electronic too: only an electronic attack noun makes a cyber-attack sentence."""

from __future__ import annotations

from marsad.agent.offline import scope
from marsad.core.arabic import normalize, tokenize


def _non_incident(text: str) -> bool:
    return scope.is_non_incident(tokenize(normalize(text)))


def test_a_toll_posted_on_a_website_is_no_cyber_attack(monkeypatch):
    posted = "وأعلنت وزارة الصحة على موقعها الإلكتروني ارتفاع عدد الجرحى إلى 14 في تفجير السوق."
    assert not _non_incident(posted)
    monkeypatch.setattr(scope, "ELECTRONIC_ATTACK", False)
    assert _non_incident(posted)  # before: any electronic adjective dropped the sentence


def test_an_electronic_attack_is_still_a_cyber_attack():
    assert _non_incident("تعرضت شبكة المصرف لهجوم إلكتروني واسع مساء الأحد.")
    assert _non_incident("وحذر الخبير من تزايد الهجمات الإلكترونية على المؤسسات.")
    assert _non_incident("وقالت الشركة إنها تواجه حربا إلكترونية منذ أشهر.")
