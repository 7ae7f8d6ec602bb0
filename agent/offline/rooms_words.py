"""Joint rooms: the words of the rules (``data/rooms.json``) and the reaches they are read within.

Heads, joint and coordination words, words that make a head no room, the life-cycle words of a room's status, and
the cues of who is in it; each constant is read by the family modules listed after this one in ``rooms``.
"""

from __future__ import annotations

from marsad.agent.offline import rules
from marsad.agent.offline.scope import clitic_surfaces
from marsad.core.lexicon import get_lexicon

# Room heads, joint and coordination words, words that make a head no room, and the life-cycle words.
_HEADS = rules.words("rooms", "heads")
_JOINT = rules.words("rooms", "joint")
_COORD = rules.words("rooms", "coord")
_NOT_ROOM = rules.words("rooms", "not_room")
_RANK_AFTER = rules.words("rooms", "rank_after")
_SUSPENDED = rules.words("rooms", "suspended")
_FUTURE = rules.words("rooms", "future")
_NEG = rules.words("rooms", "neg")
_PLANNED = rules.words("rooms", "planned")
_DONE_AFTER_TAM = rules.words("rooms", "done_after_tam")
_DONE = rules.words("rooms", "done")
_SOON = rules.words("rooms", "soon")
"""Before a verbal noun of setting up ("قرب تفعيل غرفة العمليات"): the room is to come; before anything else
("رصدت تحركات قرب الحدود") the word is "near", a place."""
_JOINT_OR_SECURITY = _JOINT | rules.words("rooms", "joint_or_security")
INCLUDE_VERBS = frozenset({"تضم", "يضم", "تضمان", "يضمان"})
"""Verbs of including that list a room's members ("غرفة عمليات تضم ..."، dual "غرفتا العمليات تضمان ...")."""
_GENERIC = {e.canonical for e in get_lexicon().of_kind("actors") if e.get("generic")}
_FORCE_TYPES = rules.phrases("context", "force_types")  # one list of force types
_ANAPHORS = rules.words("rooms", "anaphors")
_PARTICIPANT_CUES = rules.words("rooms", "participant_cues")
_PURPOSE_HEADS = rules.words("rooms", "purpose_heads")
_PURPOSE_STOPS = rules.words("rooms", "purpose_stops")
_PARTY_TYPES = rules.phrases("rooms", "party_types")
_AT = rules.words("rooms", "at")
_FORCE_WORDS = rules.words("rooms", "force_words")
"""Words that make a listed name a force or agency ("قوى الأمن الداخلي"، "الأمن العام"، "المقاومة الشعبية")."""
_LIST_STOPS = rules.words("rooms", "list_stops")
"""Words that close the list of the room's members ("تضم الجيش وقوى الأمن في بيروت")."""
_COLLECTIVE_OWNERS = rules.words("rooms", "collective_owners")
"""Several services named as one ("غرفة عمليات الأجهزة الأمنية"): the room is shared by them."""
_AGAINST = rules.words("rooms", "against")
"""Right before an armed group: what the room works against ("لملاحقة عناصر داعش"), not a member."""
_HQ_WORDS = rules.words("rooms", "hq_words")
"""Before a command's name: its headquarters ("مقر قيادة التحالف"), a place and so a room."""
_COMMANDER_TITLES = rules.words("rooms", "commander_titles")
"""A person's title that makes him the room's lead when the room is named in it ("قائد القوات المشتركة")."""
_MEMBER_CUES_BEFORE = rules.words("rooms", "member_cues_before")
_MEMBER_NOUNS_BEFORE = rules.words("rooms", "member_nouns_before")  # rooms_mentions.MEMBERS_BEFORE
"""Before the room in its sentence: the forces taking part, which work under it ("العملية تشارك فيها ألوية ...
وتعمل تحت قيادة الغرفة")."""
_HOSTILE = rules.words("rooms", "hostile")
"""Right before any force: the room works against it ("لصد هجوم قوات النظام"), so it is no member."""
_SUPPORT = rules.words("rooms", "support")
"""Right before a force: it supports the room's forces ("بدعم وبإسناد من قوات التحالف"), it is not a member."""
_ROOM_OF = rules.words("rooms", "room_of")
"""After a head noun, before its owner: "غرفة عمليات التحالف"، "مقر قيادة قوات التحالف"."""
_STRICT_HEADS = rules.words("rooms", "strict_heads")
"""Head nouns that name a room only with a joint word right after them ("خلية تنسيق مشتركة"، "قيادة عسكرية
مشتركة"): a cell is more often a terrorist cell or a crisis cell, a command a single force's command."""
_JOINT_ONLY_HEADS = rules.words("rooms", "joint_only_heads")
"""Strict heads that a coordination word alone does not make a room ("مكتب تنسيق الشؤون الإنسانية")."""
_NOT_CELL = rules.words("rooms", "not_cell")
"""After a cell or a command: what makes it no room ("خلية إرهابية"، "خلية الأزمة"، "خلية الإعلام الحربي")."""
_OPS_NOUNS = rules.words("rooms", "ops_nouns")
"""What a room works on, right after its head ("غرفة عمليات"، "مركز معلومات"، "مركز لتبادل المعلومات")."""
_EXCHANGE_WORK = rules.words("rooms", "exchange_work")
"""A room's work in construct right after its head ("مركز تبادل المعلومات"), read as :data:`_OPS_NOUNS` are under
``rooms_mentions.EXCHANGE_WORK``."""
_MULTILATERAL = rules.words("rooms", "multilateral")
"""After a room or its work: how many parties share it ("مركز المعلومات الرباعي"، "غرفة عمليات ثلاثية")."""
_INTERNATIONAL = rules.words("rooms", "international")
"""After a room's work only: it is shared by states ("غرفة العمليات الدولية"); right after a head it is not
("المركز الدولي للمعارض")."""
_NISBA_STEMS = rules.words("rooms", "nisba_stems")
"""Stems of the adjectives of states and peoples: two of them make a room joint ("الروسية السورية")."""
_NAMED_ROOMS = rules.words("rooms", "named_rooms")
"""Shared rooms known by a name of their own ("غرفة الموك" in Amman, "غرفة الموم" in Turkey)."""
_SETUP = rules.words("rooms", "setup_words")
"""Right before a room: its setting up ("تشكيل"، "أنشأ"، "إقامة")."""
_COLLECTIVE_DOERS = rules.words("rooms", "collective_doers")
"""Doers that are several parties by nature ("فصائل المعارضة"، "الجيشان"، "دول التحالف")."""
_LOCATIVE_BEFORE_STATE = rules.words("rooms", "locative_before_state")
"""Before a country: it is a place ("في سوريا"، "شمال العراق"), not a member of the room."""
_CAPITAL_GOVERNMENTS = rules.table("agreements", "capitals")
"""Capitals that stand for a government of the home country ("اتفقت بغداد وأربيل": the federal and the Kurdistan
Region's governments), keyed by the place's key; the same table the agreements rules read (``data/agreements.json``)."""
_OWNER_WORDS = rules.words("rooms", "owner_words")
"""Right after "غرفة عمليات": owners that are several parties ("غرفة عمليات الفصائل"، "غرفة عمليات الدول الداعمة")."""
_NAMED_OWNERS = _OWNER_WORDS | rules.words("rooms", "named_owner_words")
"""Plurals naming who is in a room already told joint ("الغرفة المشتركة لكتائب المقاومة"); brigades or battalions
alone do not make a room joint ("غرفة عمليات ألوية العمالقة" is one force's)."""
_COORDINATION = rules.words("rooms", "coordination_verbs")
"""Before an operations room in its clause: the parties coordinate through it ("بالتنسيق مع التحالف عبر غرفة العمليات")."""
_SET_UP_AFTER = rules.words("rooms", "set_up_after")
"""After a room, its makers or heads ("غرفة العمليات التي شكلتها روسيا وإيران"): who follows is in it."""
_MEMBERS_JOINED = rules.words("rooms", "member_cues_joint")
"""Right before a room: the parties have joined it ("الفصائل المنضوية في غرفة عمليات")."""
_QUOTES = "\"«“'‹"
_ALLIANCE = rules.words("rooms", "alliance_words")
"""An alliance named before a room in its sentence ("التحالف الرباعي ... غرفة عمليات في بغداد")."""
_STRUCK_BEFORE = rules.words("rooms", "struck_before")
"""Right before a room: it is a target or a place taken ("قصف غرفة عمليات"، "رصد موقعا عبارة عن غرفة عمليات")."""
_AIR = rules.words("rooms", "air_words")
"""Before a coalition: its aircraft or strikes ("طيران التحالف"), the attacker, not the room's owner."""
_UNIFIED = rules.words("rooms", "unified")
"""Joint words that say so only of a room's operations ("غرفة عمليات موحدة"), not of any centre ("مركز الاتصال
الموحد" is one company's call centre)."""
_SPEAKING = rules.words("rooms", "speaking_verbs")
"""Right before a room: the room speaks ("أعلنت الغرفة المشتركة مسؤوليتها"), a verb of no status."""
_UNREAL = rules.words("rooms", "unreal_before")
"""Before a room in its clause: it is asked about, denied or refused ("هل هناك غرفة"، "نفى وجود غرفة"، "رفضت
اقتراحا بإنشاء غرفة"): no room."""
_NO_EXIST_NEG = rules.words("rooms", "no_existence_neg")
_EXISTENCE = rules.words("rooms", "existence")
"""Together before a room ("لا توجد أي غرفة"، "ليس هناك غرفة"): said not to exist, no room."""
_JOINT_STRICT = _JOINT | _MULTILATERAL
_PLAIN_REACH = 4
"""Words after a head where its joint word may come ("غرفة العمليات العسكرية المشتركة")."""
_CHAIN_REACH = 7
"""...and how far a chain of definite adjectives may carry it ("غرفة العمليات العسكرية الروسية السورية المشتركة")."""


_COMMITTEE_HEADS = rules.words("rooms", "committee_heads")
"""Committees ("لجنة"، "اللجان"): a room only when told both joint and of security work (``rooms_mentions.JOINT_COMMITTEES``)."""
_SECURITY_ADJ = rules.words("rooms", "security_adjectives")
"""Adjectives of security or military work ("أمنية"، "العسكرية"), read right after a committee."""
_ROOM_SURFACES = clitic_surfaces(_HEADS | _ANAPHORS | _STRICT_HEADS | _COMMITTEE_HEADS)
