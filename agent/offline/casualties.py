"""Casualty counts: how many were killed or injured, as the text states it (ACLED's conservative rule).

A count stands right after a casualty word ("مقتل 13 شرطيا"، "أودت بحياة العشرات"), or right
before a counted noun or a verb ("62 قتيلا"، "13 عنصرا ... قد قتلوا"); a total stands before
"بينهم"; a singular verb about a named martyr or a pronoun ("مقتله") counts one; a vague
quantity keeps its phrase and no number. Militants counted by a security operation ("قتل
20 إرهابياً") make no attack.

A number read back from a casualty word is not taken when a casualty word of the other kind
governs it ("قتل ثلاثة جنود وأصيب آخر": one injured, not three); a toll that holds the attackers
("معظمهم من الانتحاريين") or both kinds ("بين قتيل وجريح") is no count; "لم يسفر عن إصابات"
is an explicit zero (guidelines D-1).

Duals count two only in a form that cannot be the plural ("مشجعان"، "مسعفتين"، "مدنيين اثنين"، "مدنيين
قتلا"; a bare "مدنيين" keeps no number); a victim and the others told after them are one toll ("لقي مصرعه
مع 6 آخرين" = 7); executions by an armed group are killings ("أعدم التنظيم 19 شخصا"), a court's sentence
or a threat is not. The attackers of a repelled attack or an infiltration attempt ("تصدت لهجوم ... وقتل فيها 6 من
الميليشيات") are no victims: their count is left out, the phrase kept. Session 9 also reads "وكان فتى قد قتل برصاص" (one
killed), "80 ضابطا وجنديا" (one number for both accusative nouns), a counted noun with its own number only ("159
بلاغا باحتمال سقوط ضحايا" is no toll), and a subject whose "بينهم" aside a comma closes ("6 من الركاب بينهم امرأتان،
أصيبوا" = 6), "one" is no count of a plural verb ("من أسرة واحدة قتلوا"), a day word after the verb is
passed ("أودى الثلاثاء بحياة ..."), "لقي حتفه" is one death, and a vague rest ("وعدد من مرافقيه"، "طفلان وعدد من
المواطنين"), an intention ("يسعون لقتل") or a capture's object ("أسر 4 حوثيين وقتل ...") gives no number.
Session 15: one person as the subject of a singular injure verb ("إن جنديا أصيب") is one injured, unless the
sentence tells a death of wounds; a hit verb's count followed by "على الأقل", or "واحدا" after it, counts the injured; the verb of an attempt ("حاولوا التسلل") marks repelled attackers as its noun does.
Dual verbs: "استشهدا" opens an incident
as "استشهدوا" does, "قضيا" after a person noun counts two unless a span of time follows ("قضيا عامين"), and the
construct dual "ضابطي شرطة" is two officers. Session 19: counted groups joined by و before the verb are read from the
first group, as after it ("5 جنود و6 مسلحين قتلوا" = 5، "5 جنود و6 مدنيين قتلوا" = 11).

This module is the entry point; the rules live in the family modules beside it (words in
``data/casualties.json``), each importing only those listed before it:

- ``casualties_words``: the casualty words the readers share and what a person noun counts (one, two, militants).
- ``casualties_companions``: a victim and the others told with them ("مدرس وزوجته"، "لقي مصرعه مع 6 آخرين").
- ``casualties_subjects``: the victims a kill verb's grammar names (an active verb's object, a singular verb's
  subject).
- ``casualties_excluded``: counts that are no toll of the event: repelled attackers, captures, sentences,
  intentions, earlier deaths, one figure for both kinds.
- ``casualties_partial``: a count in parts: parts summed, a part's total, a range's lower bound.
- ``casualties_updates``: toll updates ("ارتفعت الحصيلة إلى") and explicit zeros ("دون وقوع إصابات").
- ``casualties_counts``: the count beside a casualty word, after it or read back from it.
- ``casualties_bodies``: the count of a frame of bodies found killed.
- ``casualties_pronouns``: a kill verb with its victim as an object pronoun in a relative clause.
- ``casualties_frame``: :func:`casualties`: the order of the readers above, a count told after a vague one, a
  death of wounds, a blast's result clause.
"""

from __future__ import annotations

from marsad.agent.offline.casualties_frame import casualties
from marsad.agent.offline.casualties_words import COUNTED_NOUNS, INJURED, VICTIM_NOUNS
from marsad.agent.offline.vocab import KILLED, REL_PRONOUNS

__all__ = ["KILLED", "INJURED", "REL_PRONOUNS", "COUNTED_NOUNS", "VICTIM_NOUNS", "casualties"]
