"""Counts: an article fitting the question clearly less well than the best one tells another incident's toll."""

from __future__ import annotations

from marsad.agent.qa import counts_claims
from marsad.agent.qa.counts import count_claims
from marsad.agent.qa.evidence import Evidence
from marsad.agent.qa.question import parse_question
from marsad.schemas import Document

_Q = "كم شخصا قتل في الهجوم الانتحاري قرب ضريح في كركوك يوم عيد الأضحى؟"
# the incident asked about: the holiday and the shrine are named, its toll in a sentence naming little of the question
_HOLIDAY = ("فجر انتحاري نفسه قرب ضريح في مدينة كركوك صباح يوم عيد الأضحى.\n"
            "وكان المصلون يتجمعون لأداء صلاة العيد عند وقوع الهجوم.\n"
            "وأدى التفجير إلى مقتل 14 شخصا بحسب مصادر طبية.")
# another suicide attack in the same city: its toll sentence names the city, the attack and the dead
_MARKET = ("هجوم انتحاري قرب ضريح في كركوك",
           "قتل 6 أشخاص بينهم شرطي في الهجوم الانتحاري قرب ضريح شمالي مدينة كركوك مساء الثلاثاء.")


def _top(*docs: str | tuple[str, str]) -> list[int]:
    ev = Evidence()
    pairs = [d if isinstance(d, tuple) else ("", d) for d in docs]
    ev.docs = {f"d{i}": Document(doc_id=f"d{i}", published="2017-09-01", title=title, text=text)
               for i, (title, text) in enumerate(pairs)}
    scored = count_claims(parse_question(_Q), ev)
    return scored[0][1].numbers if scored else []


def test_the_article_naming_what_singles_out_the_incident_gives_the_toll(monkeypatch):
    assert _top(_MARKET, _HOLIDAY) == [14]
    monkeypatch.setattr(counts_claims, "ARTICLE_FIT", 0.0)
    assert _top(_MARKET, _HOLIDAY) == [6]  # (without the rule, the better-fitting sentence of the other incident)


def test_reports_fitting_about_as_well_keep_their_sentence_order():
    # two reports of the one incident, both naming the holiday and the shrine: the sentence that fits better wins
    other = ("قتل 16 شخصا في الهجوم الانتحاري قرب ضريح في كركوك يوم عيد الأضحى.\n"
             "وكان الانتحاري يرتدي حزاما ناسفا.")
    assert _top(_HOLIDAY, other) == [16]
