"""Joint operations rooms and coordination centres: where, who, why, and how far along.

A room is written as a head noun (غرفة، غرف، مركز، مراكز، مقر) followed closely by
"joint" (مشترك، موحد) or "coordination" (تنسيق): "غرفة عمليات مشتركة"، "مركز مشترك
للتنسيق"، "مراكز التنسيق الأمني المشترك"، "مقر عمليات واحد". Other ways news tells a room is shared:
a cell, a command or an office with a joint word ("خلية تنسيق"، "قيادة عسكرية مشتركة"); the number of its
parties or two states' adjectives ("مركز المعلومات الرباعي"، "غرفة العمليات الروسية الإيرانية"); who is in it
("تضم الجيش والبيشمركة"، "تضم ممثلين عن روسيا وإيران"); who owns it ("غرفة عمليات التحالف"، "غرفة عمليات الجيش
والمقاومة"، "غرفة عمليات الفصائل"); who sets it up ("أعلنت الفصائل تشكيل غرفة عمليات"، "أنشأ التحالف الدولي
غرفة عمليات"); who coordinates through it; an alliance told in its sentence; its own name ("غرفة الموك"،
"غرفة عمليات «...»"). A room that is struck, or one service's, ministry's or company's, is none. Its status comes from the
verbs around it: established for "تم إنشاء"، "قمنا بتأسيس"، "افتتحت"، "تعمل"; planned
for "تقرر"، "الموافقة على"، "اتفاق على"، "ستنشئ"، "من المقرر"، "قرب تفعيل" and for
anything said of the future or negated ("لم يتم تنفيذ"); suspended for "تعليق"، "تجميد".

Rooms are keyed by place: the mentions of the Kirkuk room across the article become one
record. A list of places ("في كركوك وخانقين ومخمور ونينوى") gives one room per place.
A mention with no place ("غرفة التنسيق") adds its citation to the room mentioned
just before it; an article whose rooms have no place at all still gives one record for them.

This module is the entry point; the rules live in the family modules beside it (words in ``data/rooms.json``),
each importing only those listed before it:

- ``rooms_words``: the words of the rules and the reaches they are read within.
- ``rooms_states``: states told by their people's adjective (also read by the agreements rules).
- ``rooms_mentions``: :func:`room_mentions`, where a room is mentioned and what makes it joint (owners, members,
  doers, an alliance).
- ``rooms_members``: who is in a room (members, lead, owner), and the switches of the members told by adjectives.
- ``rooms_records``: a room's status, place and purpose, and :func:`find_rooms`, one record per place.
"""

from __future__ import annotations

from marsad.agent.offline.rooms_mentions import room_mentions
from marsad.agent.offline.rooms_records import find_rooms
from marsad.agent.offline.rooms_states import state_adjective, state_adjective_pair

__all__ = ["find_rooms", "room_mentions", "state_adjective", "state_adjective_pair"]
