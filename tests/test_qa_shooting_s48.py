"""Pass 48 (qa48): a question about a shooting told by the Arabic verb is about the domain.

The domain vocabulary holds the verbal noun "اطلاق النار"; a question tells the act with the verb, its subject between
the verb and "النار" ("لماذا أطلق الحارس النار على ..."), or by a sniper ("قناص"): such a question was taken as outside
the news the archive covers, and the answer abstained (:data:`marsad.agent.qa.domain.SHOOTING_WORDS`).

Names, places and sentences are made up for these tests.
"""

from __future__ import annotations

from marsad.agent.qa import domain
from marsad.agent.qa.domain import in_domain
from marsad.agent.qa.question import parse_question


def test_the_verb_parted_from_its_object_by_the_subject(monkeypatch):
    q = "لماذا أطلق الموظف السابق النار على زميليه داخل المصنع؟"
    assert in_domain(parse_question(q))
    monkeypatch.setattr(domain, "SHOOTING_WORDS", False)
    assert not in_domain(parse_question(q))  # (without the rule the question was off the domain)


def test_a_feminine_or_plural_subject_and_a_sniper():
    for q in ("متى أطلقت دورية الحدود النار على القارب؟", "لماذا أطلقوا النار على الحافلة في الطريق الساحلي؟",
              "أين تمركز القناص الذي استهدف المارة في الحي القديم؟"):
        assert in_domain(parse_question(q)), q


def test_a_launch_without_fire_stays_outside():
    assert not in_domain(parse_question("متى أطلقت الشركة هاتفها الجديد في الأسواق؟"))
    assert not in_domain(parse_question("ما أفضل طريقة لطهي الأرز البخاري؟"))
