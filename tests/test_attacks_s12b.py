"""Session 12 (attacks): a record's target is never its own perpetrator.

Every text here is written for these tests (how Arabic news tells an incident), never corpus text.
"""

from __future__ import annotations

from functools import partial

from headline_text import headline_attacks

import marsad.agent.offline.attacks_records as attacks_records

attacks = partial(headline_attacks, published="2019-04-02")


_REPELLED = ("لقي 9 عناصر من ميليشيات الحوثي مصرعهم، الاثنين، في معارك بجبهة حرض شمال غرب اليمن.\n"
             "وأوضح مصدر في الجيش الوطني أن قواته صدت هجوما للحوثيين على خطوطها الأمامية قرب تبة الخزان جنوب حرض.\n"
             "وأضاف البيان أن الميليشيات تراجعت مخلفة وراءها 9 قتلى من عناصرها.")


def test_repelled_attack_is_not_aimed_at_its_doer(offline_extract):
    recs = [a for a in attacks(offline_extract, _REPELLED) if a.perpetrator]
    assert recs
    for a in recs:
        assert a.target != a.perpetrator


def test_self_target_seen_with_rule_off(offline_extract, monkeypatch):
    monkeypatch.setattr(attacks_records, "_NO_SELF_TARGET", False)
    recs = [a for a in attacks(offline_extract, _REPELLED) if a.perpetrator]
    assert any(a.target == a.perpetrator for a in recs)


_LENT = ("شنت مقاتلات التحالف العربي، الخميس، غارات على مواقع للحوثيين في محافظة الجوف.\n"
         "وفي سياق متصل، استعادت القوات الحكومية مواقع في محافظة إب، بالتوازي مع تكثيف التحالف العربي "
         "غاراته على أكثر من جبهة.")  # no object: the masdar's subject is all the sentence names


def test_lent_doer_is_not_left_as_target(offline_extract):
    lent = [a for a in attacks(offline_extract, _LENT) if "perpetrator_from_article" in a.flags]
    assert lent and all(a.target != a.perpetrator for a in lent)


def test_lent_doer_self_target_with_rule_off(offline_extract, monkeypatch):
    monkeypatch.setattr(attacks_records, "_NO_SELF_TARGET", False)
    lent = [a for a in attacks(offline_extract, _LENT) if "perpetrator_from_article" in a.flags]
    assert any(a.target == a.perpetrator for a in lent)
