"""Agreements between two armed or political groups (session 13).

Each group is a side of its own when only groups make the agreement: a reconciliation of two movements has two
parties, "الحركتان" names the two movements told before, and Fatah is in the registry. A truce of several factions
with a state keeps the factions on one side (one record, the state a party)."""

import pytest

import marsad.agent.offline.agreements_sides as agreements_sides


def _agreements(extract, text):
    return [(a.agreement_type, a.status, sorted(a.parties)) for a in extract(text).agreements]


@pytest.mark.parametrize("text", [
    "ووقعت حركتا فتح وحماس اتفاق مصالحة جديدا في القاهرة يوم الخميس برعاية مصرية.",
    "وأعلنت حركة فتح وحركة حماس توقيع اتفاق مصالحة في العاصمة المصرية.",
])
def test_two_movements_signing_a_reconciliation_are_its_two_parties(offline_extract, text):
    [(kind, status, parties)] = _agreements(offline_extract, text)
    assert (kind, status) == ("political", "agreed")
    assert parties == sorted(["حركة فتح", "حركة حماس"])


def test_the_two_movements_are_those_named_before(offline_extract):
    text = ("والتقى وفد من حركة فتح وفد حركة حماس في القاهرة مساء الأحد. "
            "واتفقت الحركتان على تسليم إدارة المعابر للحكومة خلال ثلاثة أسابيع.")
    [(_kind, status, parties)] = _agreements(offline_extract, text)
    assert status == "agreed"
    assert parties == sorted(["حركة فتح", "حركة حماس"])


def test_factions_truce_with_a_state_keeps_the_state_as_a_party(offline_extract):
    text = "وأعلنت حركتا حماس والجهاد الإسلامي التوصل إلى هدنة مع إسرائيل بوساطة مصرية مساء السبت."
    recs = _agreements(offline_extract, text)
    assert len(recs) == 1
    assert "إسرائيل" in recs[0][2]


def test_group_sides_switch_off_gives_no_two_group_record(offline_extract, monkeypatch):
    monkeypatch.setattr(agreements_sides, "GROUP_SIDES", False)
    text = "ووقعت حركتا فتح وحماس اتفاق مصالحة جديدا في القاهرة يوم الخميس برعاية مصرية."
    assert _agreements(offline_extract, text) == []


# --- a one-word group alias in a common noun phrase names no group ---------------------------------------------

@pytest.mark.parametrize("text", [
    "وتحدث مراقبون عن الحشد العسكري التركي قرب الحدود مع سوريا منذ أيام.",
    "وحذر الوزير من الحشد الدولي ضد بلاده في مجلس الأمن.",
])
def test_a_build_up_is_not_the_pmf(offline_extract, text):
    assert "الحشد" not in [a.name for a in offline_extract(text).actors]


def test_the_bare_pmf_name_is_still_the_pmf(offline_extract):
    text = "وقال قيادي في الحشد إن مقاتليه دخلوا البلدة صباح الاثنين."
    assert "الحشد" in [a.name for a in offline_extract(text).actors]
