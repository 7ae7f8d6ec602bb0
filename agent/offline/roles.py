"""Who attacked whom, with what: perpetrator, target and weapons of an event frame.

The perpetrator is named only when the text says or attributes it: a force or group after
"نفذه"، "على يد"، "تبنى"، the subject of an attack verb ("قصفت القوات التركية"، "القوة الجوية
نفذت")، or an armed group told as the doer ("هجمات لداعش"، "عناصر داعش") and not as the
counted dead ("مقتل 9 من عناصر داعش"). The target is the force counted among the victims,
else what was aimed at ("استهدف رتلا"، "هجوم على حاجز")، else the victims' noun.

This module is the entry point; the rules live in the family modules beside it (words in
``data/roles.json``), each importing only those listed before it:

- ``roles_cues``: the word tests and words the readers share (denied or accused, blocked, cued, counted dead).
- ``roles_claims``: claims of responsibility.
- ``roles_annexed``: what a verbal noun's annexed actor reaches past the frame's cut.
- ``roles_reports``: what a force's own report says it suffered, found or looks into, not did.
- ``roles_losses``: the side losses were inflicted on ("تكبيد") is no doer.
- ``roles_support``: the force whose air support the article names, as the doer of air strikes told with none.
- ``roles_forces``: doers named as a unit, a militia, an epithet, a state (by the article's country) or a
  state's adjective.
- ``roles_sides``: which side of a battle, a clash or a pair of forces is the doer.
- ``roles_attempts``: the side whose attempt ("بعد محاولة X استعادة مواقع") set off fighting between two sides.
- ``roles_parties``: fighting "بين الطرفين" given the doer of an earlier battle of the same sides.
- ``roles_subjects``: the doer the frame's own sentence names by its grammar (``roles_grammar``: the
  roles past the plain subject).
- ``roles_accusations``: accusations and hedged attributions of an attack.
- ``roles_implicit``: doers the sentence leaves unwritten (a dropped subject, a reporting force's own strike).
- ``roles_lead``: the doer a story's lead gives the attacks it goes on to tell one by one.
- ``roles_waged``: the side that waged a battle, told in a relative clause after the battle's noun.
- ``roles_killers``: a force or armed group right after an active verb of killing, with its object after it.
- ``roles_persons``: one of a group's men told as the doer (its group), and a group's men as the pronoun of a
  verb of undertaking ("أقدموا على").
- ``roles_perpetrator``: :func:`perpetrator`, the order of the readers above, and the readers that call back
  into it (back-references, listed attacks, causes, the title).
- ``roles_objects``: what an attack was aimed at, as written.
- ``roles_launched``: targets told around the weapon (where a missile was fired at, where a bomber blew himself up).
- ``roles_victims``: the person killed where the object readers miss it: the subject of "لقي فلان مصرعه", the
  object of "قتل" after its killer, the person named before "الذي قتل".
- ``roles_survivors``: who survived an attack ("نجا X من محاولة اغتيال") as its target.
- ``roles_anaphors``: a target's group noun that refers back ("مواقع التنظيم") named by the group named before.
- ``roles_targets``: :func:`target`.
- ``roles_weapons``: :func:`weapons`.
"""

from __future__ import annotations

from marsad.agent.offline.roles_perpetrator import perpetrator
from marsad.agent.offline.roles_targets import target
from marsad.agent.offline.roles_weapons import weapons

__all__ = ["perpetrator", "target", "weapons"]
