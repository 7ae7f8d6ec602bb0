"""Pass 60 (prec60): talk of attacks that tells no act -- a writer's verbal attack, an alert about launches.

Sentences written for these tests."""

from marsad.agent.offline import OfflineExtractor, attacks_events
from marsad.schemas import Document


def _attacks(body: str) -> list[str]:
    rec = OfflineExtractor().extract(Document(doc_id="t", title="خبر", text=body, published="2018-04-10"))
    return [a.attack_type for a in rec.attacks]


# a person of words owns the attack: words, not violence
_OWNED = "سأل المذيع سامر حداد مساء الأحد هل انتقد أحد النواب كلام الناقد رامي نصار عن الأردن وهجومه على الحكومة."
_AGENT = "استنكر الوزير هجوم الكاتب رامي نصار على الأردن في مقال نشره الأحد."


def test_a_writers_attack_is_no_incident():
    assert _attacks(_OWNED) == []
    assert _attacks(_AGENT) == []


def test_authored_switch_off_keeps_the_old_record(monkeypatch):
    monkeypatch.setattr(attacks_events, "AUTHORED_ATTACK", False)
    assert len(_attacks(_OWNED)) == 1
    assert len(_attacks(_AGENT)) == 1


def test_an_attack_on_a_journalist_is_still_an_incident():
    assert len(_attacks("أصيب الإعلامي رامي نصار بجروح في هجوم مسلح استهدف سيارته في مدينة الموصل.")) == 1
    assert len(_attacks("أدان الاتحاد الهجوم على الصحفي رامي نصار في مدينة الزرقاء الأحد.")) == 1


def test_an_attack_a_journalist_reports_is_still_an_incident():
    told = "قال الصحفي رامي نصار إن المسلح نفذ هجومه على الحاجز في مدينة الرمادي فجر الأحد."
    assert len(_attacks(told)) == 1


# what an alert warns of is no act told as done
_ALERT = "تعهد الرئيس الاثنين بألا يوقظ نظيره ليلا مرة أخرى بسبب إنذارات متعلقة بإطلاق صواريخ من الشمال."


def test_an_alert_about_launches_is_no_incident():
    assert _attacks(_ALERT) == []
    assert _attacks("وجهت السفارة تنبيها بشأن هجوم على الفنادق في العاصمة.") == []


def test_alert_switch_off_keeps_the_old_record(monkeypatch):
    monkeypatch.setattr(attacks_events, "ALERT_ABOUT", False)
    assert len(_attacks(_ALERT)) == 1


def test_sirens_after_a_launch_still_tell_the_launch():
    assert len(_attacks("دوت صفارات الإنذار بعد إطلاق صواريخ من القطاع على مدينة عسقلان مساء الاثنين.")) == 1


# a killing word whose object is a hope or a freedom is a figure
_FIGURE = "اغتالت الحكومة الأحلام بقراراتها الاقتصادية الأخيرة."


def test_killing_a_dream_is_no_incident():
    assert _attacks(_FIGURE) == []


def test_abstract_victim_switch_off_keeps_the_old_record(monkeypatch):
    monkeypatch.setattr(attacks_events, "ABSTRACT_VICTIM", False)
    assert len(_attacks(_FIGURE)) == 1


def test_killing_a_person_is_still_an_incident():
    assert len(_attacks("اغتال مسلحون الناشط رامي نصار أمام منزله في مدينة البصرة مساء الأحد.")) == 1
