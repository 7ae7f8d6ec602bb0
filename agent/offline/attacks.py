"""Attacks: violent events found from event words, casualty phrases, places, dates and perpetrators.

How this news tells an attack: an event noun or verb (هجوم، تفجير، عبوة ناسفة، كمين،
اغتيال، قصف، قتل، استشهد ...), a casualty phrase ("مقتل 13 شرطيا"، "وأصيب 3 آخرون
بجروح"، "أودت بحياة العشرات"), a place ("في محيط جنوب كركوك"، "بقرية ... في قضاء
الحويجة"), a date, and sometimes who did it ("نفذه عناصر داعش"، "على يد تنظيم داعش").

Each event word opens a *frame* (up to the next event word of the sentence); facts are
read inside it. Frames that are prevention, threat, habit or trend talk ("لمنع تكرار
الخروقات"، "تستهدف بشكل متكرر"، "تزايد الهجمات") never make a record on their own. The
frames of one event are merged (same area, no conflicting date or count) into one
record with all its citations. An event told as past context (a dated past event, "قبل
أيام"، "وكان ... قد"، a relative clause about a martyr) is marked ``background``.

How news retells one incident (session 10): strikes told on a city and detailed in the next sentence at a
place (``_elaborated``); a toll told with the incident as its cause (``_told_by_cause``); a town the place faces
(``_opposite``); a toll whose clause names its place only in the next frame (``_place_ahead``). And how it tells
several: a lead toll two later incidents add up to (``_summed``), a round-up's sum told after its frame
(``_roundup_after``), rockets and the fire answering them (``_fire_exchanged``).

This module is the entry point; the rules live in the family modules beside it (words in ``data/attacks.json``),
each importing only those listed before it:

- ``attacks_occurred``: the day a sentence of its own says the incident occurred on.
- ``attacks_dates``: when a frame's event happened (not the day it was reported) and whether it is past context.
- ``attacks_places``: where it happened, and places told together.
- ``attacks_cues``: the word tests of one frame (a blow, sports, a threat, a denial, an accident; how its toll is
  told: revised, summed in a round-up, by its cause, in parts).
- ``attacks_events``: ``_Event`` and the frames of an article read into events.
- ``attacks_clusters``: one incident's tellings: when a telling joins an incident, and how.
- ``attacks_records``: the record of an incident, which are events, the doer of the article's air strikes.
- ``attacks_roundups``: round-up totals the incidents told after them add up to, and the day, place and count
  helpers they share.
- ``attacks_fire``: fire launched from or toward a place and a state's strikes answering it: two incidents.
- ``attacks_retold``: the rules that join a telling of an incident told apart to the incident it tells again.
- ``attacks_floats``: where a mention with no place, toll or day of its own goes (not to an incident another
  sentence tells).
- ``attacks_support``: strikes told as support of ground fighting take that fighting's place.
- ``attacks_incidents``: :func:`find_attacks`, and the rules that join a retelling told apart.
"""

from __future__ import annotations

from marsad.agent.offline.attacks_incidents import find_attacks

__all__ = ["find_attacks"]
