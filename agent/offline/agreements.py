"""Agreements: who agreed on what, and where it stands.

An agreement is written with a noun or verb of agreeing (اتفاق، الاتفاق الأمني، اتفاقية،
تفاهمات، اتفقوا) or as a handover of security (تسلم/استلام الملف الأمني، تسليم أمن
المحافظات). Parties come after "بين" ("بين الجيش والبيشمركة"، "بين أربيل وبغداد": a
capital stands for its government), or are the forces of the clause; provisions are the
verbal nouns after "على" / "لـ" / "يتضمن" ("لتشكيل مراكز ..."، "إنشاء لواءين مشتركين").
The status follows the life-cycle words: proposed (تفاهمات، مقترحات، أمله في التوصل),
agreed (تم التوصل، اتفقوا), implementing (وجه بتنفيذ، البدء بتطبيق، تسلمت), stalled
(لم يتم تنفيذ), implemented (اكتمل).

Mentions are grouped by the sides they join (federal / Kurdish / PMF / foreign): the
Baghdad–Erbil security agreement stays one record however many times it is cited; a
mention naming no party ("الاتفاق") joins the agreement mentioned before it.

This module is the entry point; the rules live in the family modules beside it (words in
``data/agreements.json``), each importing only those listed before it:

- ``agreements_cues``: the words the families share, and the tests for a negation, a truce and an exchange.
- ``agreements_mentions``: where an agreement is written, and the writings that tell none (negated, off the domain,
  calming).
- ``agreements_sides``: the side a body is on, and the sides, states and groups the story told before.
- ``agreements_named``: one party as written (a head of state for his state, a counterpart, a declarer, a name the
  registry does not know) and where a name is no party (a venue, a mediator, a welcomer).
- ``agreements_duals``: the two states a dual stands for, and sides told together.
- ``agreements_leaders``: leaders as sides when the text no longer names them in full.
- ``agreements_capitals``: a capital standing for its state as a side.
- ``agreements_parties``: :func:`_parties`, the order of the readers above.
- ``agreements_status``: :func:`_status`, and a denial (:func:`_denied`).
- ``agreements_provisions``: provisions, a truce's terms and the places.
- ``agreements_terms``: terms told apart from the agreement's noun (a truce's length, its condition).
- ``agreements_statement``: a joint statement's terms told in the sentences after it.
- ``agreements_records``: one record of a cluster of mentions: its parties, kind, status and date.
- ``agreements_find``: :func:`find_agreements`: mentions grouped into agreements, and which are records.
"""

from __future__ import annotations

from marsad.agent.offline.agreements_find import find_agreements

__all__ = ["find_agreements"]
