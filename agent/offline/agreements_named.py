"""One party as the text writes it, and where a name is no party.

What an actor mention stands for as a party (:func:`_as_party`: a foreign head of state for his state); a place
that is where something is (:func:`_venue`, :func:`_located`), a welcomer (:func:`_welcoming`) or a subject of a
verb (:func:`_verb_subject`); a minister's counterpart (:func:`_counterparts`); sides the registry does not know,
named as written (:func:`_written_counterpart`, :func:`_with_written_parties`); a bare "الحكومة" after "مع"
(:func:`_bare_government`); the signers of a relative clause (:func:`_relative_signers`); the sides told after an
earlier "بين" (:func:`_parties_told_before`); a peace deal "مع" someone (:func:`_peace_with`); the side that declared
a truce (:func:`_declarer`); the two sides of a truce one side proposed and the other accepted
(:func:`accepted_initiator`).
"""

from __future__ import annotations

from marsad.agent.offline import rules
from marsad.agent.offline.actors import nisba_country, state_entry, state_of
from marsad.agent.offline.actors_home import _home_country
from marsad.agent.offline.agreements_cues import (
    _AGREE,
    _AGREED,
    _CAPITALS,
    _MEDIATION,
    _PARTY_HEADS,
    _POLITICAL_AFTER,
    party_entry,
    party_mentions,
)
from marsad.agent.offline.agreements_sides import _government, _last_group, _official_party, _side, _sides
from marsad.agent.offline.context import DocContext, bare, bare_in
from marsad.agent.offline.locations import place_at
from marsad.agent.offline.mentions import DIRECTIONS
from marsad.agent.offline.rooms import state_adjective
from marsad.agent.offline.vocab import REL_PRONOUNS
from marsad.core.arabic import normalize
from marsad.core.lexicon import Entry, get_lexicon

_DECLARE = rules.words("agreements", "declare")
"""A truce declared by one side ("أعلنت الحركة وقفاً لإطلاق النار"): unilateral, the declarer is its party."""
_WELCOME = rules.words("agreements", "welcome")
"""Right before a side ("بترحيب عمّان"، "رحبت فرنسا"): it welcomed the agreement, it is not a party to it."""
_COUNTERPART = rules.words("agreements", "counterpart")
"""Before a state's adjective ("ونظيره الفرنسي"): the minister of that state, a side of what the two sign."""
_ANAPHORIC_GROUPS = rules.words("agreements", "anaphoric_groups")
""""الحركة"، "الجماعة": the armed group named before."""


def _counterparts(words: list[str], lo: int, hi: int) -> list[tuple[int, Entry]]:
    """States told as a minister's counterpart in words[lo:hi] ("ونظيره الأردني"، "ونظيرته الفرنسية"): (token, state)."""
    out = []
    for x in range(lo, min(hi, len(words) - 1)):
        if words[x] in _COUNTERPART and (e := state_adjective(words, x + 1)) is not None:
            out.append((x + 1, e))
    return out


LEADER_NISBA = True
"""Switch: :func:`_leader_states` (A/B measurement)."""
_LEADER_TITLES = rules.words("agreements", "leader_titles")
"""A head of state's or minister's title ("الرئيس"، "العاهل"، "رئيس الوزراء"، "وزيرا الدفاع"): with his people's
adjective after it, the man stands for his state."""
_NOT_STATE_ADJECTIVES = rules.words("agreements", "not_state_adjectives")
"""Adjectives of a state that are more often a common adjective ("المالية": financial, not Malian)."""


COMPOUND_NISBA = True
"""Switch (pass 62): a people's adjective of two words ("الكوري الشمالي"، "الكورية الجنوبية"; data key
compound_nisba) after a leader's title names his state, as one word does ("الرئيس التركي"): the first word alone
names no state."""
_COMPOUND_NISBA = {normalize(k).replace(" ", "_"): v for k, v in rules.table("agreements", "compound_nisba").items()}


def _leader_states(words: list[str], lo: int, hi: int) -> list[tuple[int, int, Entry]]:
    """States told by a leader's title and his people's adjective in words[lo:hi] ("الرئيس التركي"، "ولي العهد
    السعودي"، "وزيرا الدفاع الأمريكي والعراقي"): (title token, adjective token, state), also for an adjective the
    gazetteer does not know as a place."""
    out: list[tuple[int, int, Entry]] = []
    for x in range(max(1, lo), min(hi, len(words))):
        w = words[x]
        if w in _NOT_STATE_ADJECTIVES:
            continue  # "رئيس اللجنة المالية"، "المستشار المالي"
        chained = w.startswith("وال") and bool(out) and out[-1][1] == x - 1  # "الأمريكي والعراقي"
        code = nisba_country(w[1:] if chained else w)
        if code is None and COMPOUND_NISBA and x + 1 < len(words):
            code = _COMPOUND_NISBA.get(f"{w[1:] if chained else w}_{words[x + 1]}")  # "الكوري الشمالي"
        if code is None:
            continue
        if chained:
            title = out[-1][0]
        elif bare_in(words[x - 1], _LEADER_TITLES) and not w.endswith(("ه", "ة")):
            title = x - 1  # "الرئيس التركي"; not a ministry's name after a title ("وزير المالية")
        elif x >= 2 and words[x - 1].startswith("ال") and bare_in(words[x - 2], _LEADER_TITLES):
            title = x - 2  # "رئيس الوزراء العراقي"، "ولي العهد السعودي"
        else:
            continue
        e = get_lexicon().get("actors", "federal_government") if code == "IQ" else state_of(code)
        if e is not None:  # an Iraqi leader stands for the federal government, as the bare "الحكومة" does
            out.append((title, x, e))
    return out


COUNTERPART_OF = True
"""Switch: :func:`_with_counterpart` (A/B measurement)."""


def _with_counterpart(words: list[str], x: int) -> bool:
    """True when a counterpart word follows token x closely ("وزير الدفاع الأمريكي ونظيره الهندي ... ووقعا"): the
    state told at x is the other side of what the two sign, however far before the agreement word."""
    return COUNTERPART_OF and any(words[y] in _COUNTERPART for y in range(x + 1, min(len(words), x + 3)))


def _list_head(words: list[str], x: int, reach: int, heads: frozenset[str]) -> int:
    """The index of the word before token x once the sides listed with x ("ليبيا والولايات المتحدة") are passed:
    back over words joined by "و" (at most ``reach`` tokens before x) until one of ``heads``."""
    y = x - 1
    while y >= 0 and x - y <= reach and words[y].startswith("و") and not any(b in heads for b in bare(words[y])):
        y -= 1
    return y


def _verb_subject(words: list[str], x: int) -> bool:
    """True when token x is the subject of a verb of announcing, signing or agreeing, alone or in the list after it
    ("وأعلنت روسيا"، "ووقعت ليبيا والولايات المتحدة")."""
    y = _list_head(words, x, 3, _SIDE_VERBS)
    return y >= 0 and bare_in(words[y], _SIDE_VERBS)


_SIDE_VERBS = _DECLARE | _AGREED
BARE_GOVERNMENT = True
"""Module switch for :func:`_bare_government` (A/B measurement)."""
_GOVERNMENT_WORDS = rules.words("agreements", "bare_government_words")


def _bare_government(ctx: DocContext, si: int, with_at: int) -> Entry | None:
    """The government a bare "الحكومة" right after "مع" stands for: that of the article's country (Iraq's federal
    government in an Iraqi story, the registry's government of another country, else that state). None when the
    word is not there, carries a name or an adjective ("مع الحكومة المحلية"), or the article has no one country."""
    s = ctx.sentences[si]
    words = s.words
    at = with_at + 1
    if at >= len(words) or words[at] not in _GOVERNMENT_WORDS or any(m.i <= at < m.j for m in ctx.mentions[si]):
        return None
    if at + 1 < len(words) and not s.tokens[at + 1].clause_start and words[at + 1].startswith("ال"):
        return None
    lex = get_lexicon()
    code = ctx.country
    if code is None:
        return None  # an article of no one country: the word names no one
    if code == "IQ":
        return lex.get("actors", "federal_government")
    return lex.get("actors", f"gov_{code.lower()}") or state_of(code)


RELATIVE_SIGNERS = True
"""Module switch for :func:`_relative_signers` (A/B measurement)."""
_RELATIVE_SIGN = rules.words("agreements", "relative_sign_verbs")
_RELATIVE_REACH = 8
"""How far after the agreement words the relative clause may open, and how far after its verb the signers run."""


RELATIVE_NO_PRONOUN = True
"""Switch (pass 53): a signing verb carrying the agreement's object pronoun ("وقعه"، "وقعتها"، "أبرماه") right after the
agreement words opens the signers' clause with no relative pronoun too: after an indefinite noun Arabic writes none
("اتفاق سلام وقعته الحكومة والمتمردون"), and a topic takes its verb so ("وقال إن الاتفاق وقعه رئيسا البلدين")."""
_SIGNED_IT = frozenset(w for w in _RELATIVE_SIGN if w.endswith(("ه", "ها")))
NOT_TA_MARBUTA = True
"""Switch (pass 53, fixatt53, its test; review53 L5): for :data:`RELATIVE_NO_PRONOUN`, a word written with a final
"ة" is a noun, not a verb with "ه": normalising "ة" to "ه" makes "وقعة" (an event: "الاتفاقية وقعة تاريخية") read as
"وقعه" (signed it); such a word opens no signers' clause."""


def _signed_it(s, x: int) -> bool:
    """True when token ``x`` of sentence ``s`` is a signing verb with the agreement's pronoun (:data:`_SIGNED_IT`),
    not a noun in "ة" that normalises to it (:data:`NOT_TA_MARBUTA`)."""
    if s.words[x] not in _SIGNED_IT:
        return False
    return not (NOT_TA_MARBUTA and s.quote(*s.raw_span(s.tokens[x].ns, s.tokens[x].ne)).endswith("ة"))


def _relative_signers(ctx: DocContext, si: int, j: int) -> list[Entry]:
    """The sides named as the subjects of a signing or approving verb in a relative clause on the agreement
    ("باتفاق الهدنة في الشمال، الذي أقره الرئيسان X و Y"، "المعاهدة التي وقعتها القاهرة وعمّان"): a head of
    state or minister stands for his state. Empty unless two sides are named there."""
    s = ctx.sentences[si]
    words = s.words
    rel = next((x for x in range(j, min(len(words) - 1, j + _RELATIVE_REACH)) if words[x] in REL_PRONOUNS
                and words[x + 1] in _RELATIVE_SIGN), None)
    if rel is None and RELATIVE_NO_PRONOUN:
        rel = next((x - 1 for x in range(j, min(len(words), j + 2)) if _signed_it(s, x)), None)
    if rel is None:
        return []
    lo = rel + 2
    hi = next((y for y in range(lo + 1, min(len(words), lo + _RELATIVE_REACH)) if s.tokens[y].clause_start
               or bare_in(words[y], _MEDIATION)), min(len(words), lo + _RELATIVE_REACH))
    sides = [e for _, e in sorted(window_parties(ctx, si, lo, hi), key=lambda t: t[0])]
    return sides if len(_sides(sides)) >= 2 else []


def window_parties(ctx: DocContext, si: int, lo: int, hi: int, skip=None) -> list[tuple[int, Entry]]:
    """(token, party entry) of the sides named in tokens [lo, hi) of sentence ``si``: registry parties and officials,
    and places standing for their state (a capital for its government), not a venue nor a place ``skip`` rules out."""
    lex = get_lexicon()
    found: list[tuple[int, Entry]] = []
    for m in party_mentions(ctx, si, lo, hi, {"official"}):
        e = _as_party(m.entry)
        if e is not None:
            found.append((m.i, e))
    for m in ctx.places_in(si, lo, hi):
        if _venue(ctx, si, m) or (skip is not None and skip(m)):
            continue
        gov = _CAPITALS.get(place_at(ctx, si, m).key) or _CAPITALS.get(m.entry.id)
        e = lex.get("actors", gov) if gov and lex.get("actors", gov) else state_entry(m)
        if e is not None:
            found.append((m.i, e))
    return found


def _written_counterpart(ctx: DocContext, si: int, with_at: int, stop: int | None = None) -> Entry | None:
    """The side after "مع" that the registry does not know, named as written when a word for a party heads a name
    ("مع الحزب الإسلامي"، "مع حركة الشباب الجديدة"، "مع جبهة تحرير مورو"): head and name, at most four words, up to
    the clause's end (or ``stop``). None for a head alone ("مع الحكومة") or a side the registry knows."""
    s = ctx.sentences[si]
    words = s.words
    last = len(words) if stop is None else min(len(words), stop)
    a = with_at + 1
    if a >= len(words) or _PARTY_HEADS.isdisjoint(bare(words[a])) or any(
            m.i <= a < m.j for m in ctx.mentions[si]):
        return None
    b = a + 1
    indefinite = not words[a].startswith("ال")  # "جبهة تحرير أوغادين": a construct, any words; "الحزب الإسلامي": adjectives
    while b < min(last, a + 4) and not s.tokens[b].clause_start and not words[b].startswith(("و", "في", "ب")) and (
            words[b].startswith("ال") or indefinite) and words[b] not in _NOT_NAME:
        b += 1
    if b == a + 1:
        return None
    name = ctx.quote(*s.token_span(a, b)).strip(" ،,.")
    return written_side(ctx, si, name)


STORY_GOVERNMENT_FORCES = True
"""Switch (pass 44): a side written as the government's forces with no name or adjective ("بين القوات الحكومية وحركة
طالبان"، "بين المعارضة وقوات الحكومة"; data key government_forces) is the government of the country where the sentence
places things (its places all in one country), else of the article's country, as a bare "مع الحكومة" is
(:func:`_bare_government`): one party for the side, named as the registry names it."""
_GOVERNMENT_FORCES = rules.words("agreements", "government_forces")


def written_side(ctx: DocContext, si: int, name: str) -> Entry:
    """The party for a side of sentence ``si`` named as written: for the government's forces
    (:data:`STORY_GOVERNMENT_FORCES`) the government of the one country the sentence's places are in, or of the
    article's country when the sentence places nothing; else an entry of that name."""
    if STORY_GOVERNMENT_FORCES and "_".join(normalize(name).split()) in _GOVERNMENT_FORCES:
        words = ctx.sentences[si].words
        codes = {place_at(ctx, si, m).location.country for m in ctx.places_in(si, 0, len(words))} - {None}
        code = next(iter(codes)) if len(codes) == 1 else ctx.country if not codes else None
        lex = get_lexicon()
        e = None if code is None else lex.get("actors", "federal_government") if code == "IQ" else (
            lex.get("actors", f"gov_{code.lower()}") or state_of(code))
        if e is not None:
            return e
    return Entry(kind="actors", id=f"text:{name}", canonical=name, name_en=None, ar=(name,), en=(), data={"type": "other"})


_NOT_NAME = REL_PRONOUNS | rules.words("agreements", "side_name_stops")
"""Words that end a name written after "مع" ("مع الحركة الشعبية التي تقاتل"، "مع المتمردين الأسبوع الماضي")."""


def _peace_with(words: list[str], j: int) -> bool:
    """True when a peace or reconciliation word follows the agreement word and "مع" comes right after ("وقعت الحكومة
    الأفغانية اتفاق سلام مع الحزب الإسلامي"، "التوصل لاتفاق مصالحة مع حركة فتح"): a peace deal names its two sides,
    the subject and who it is made with. An agreement of no stated kind "مع" someone stays unnamed."""
    return any(w in _POLITICAL_AFTER for w in words[j:j + 2]) and "مع" in words[j:j + 4]


def _venue(ctx: DocContext, si: int, m) -> bool:
    """True when place mention m is where something is, not who acts: after "في"، "إلى"، "من" or a direction
    ("جنوب سوريا"), or written with "ب" (:func:`_located`); or, with :data:`EXTENT_VENUE`, after a noun of extent
    ("أنحاء"، "داخل"، "حدود": :func:`_in_extent`)."""
    words = ctx.sentences[si].words
    return (m.i > 0 and (words[m.i - 1] in {"في", "الي", "من"} or words[m.i - 1] in DIRECTIONS)) or _located(
        ctx, si, m) or (EXTENT_VENUE and _in_extent(words, m.i))


EXTENT_VENUE = True
"""Switch (pass 41): a state named right after a noun of extent ("في كافة أنحاء البلاد"، "على حدود المملكة وداخل
اليمن"، "خارج الأراضي") is where something happens, not a side of the agreement told near it."""
_EXTENT_NOUNS = rules.words("agreements", "extent_nouns")


def _in_extent(words: list[str], x: int) -> bool:
    """True when a noun of extent ("أنحاء"، "وداخل"، "حدود"; data key ``extent_nouns``) is the word right before token x:
    the state at x completes it as a place."""
    return x > 0 and bare_in(words[x - 1], _EXTENT_NOUNS)


def _located(ctx: DocContext, si: int, m) -> bool:
    """True when the state of place mention m is written as where something is, with the clitic "ب" ("في مدينة
    الصخيرات الساحلية بالمغرب"، "بليبيا") or after a direction that carries one ("بغرب ليبيا"): a venue or a region,
    not a side. A name that itself starts with "ب" ("بريطانيا"، "باكستان") has no clitic before it."""
    s = ctx.sentences[si]
    clitic = ctx.text[s.token_span(m.i, m.i + 1)[0]:m.start]
    return clitic.endswith("ب") or (m.i > 0 and bare_in(s.words[m.i - 1], DIRECTIONS))


def _parties_told_before(ctx: DocContext, si: int, i: int) -> list[Entry]:
    """The two sides written after "بين" earlier in the sentence ("خلاف وقع بين الإمارات والحكومة اليمنية، لكن تم
    الاتفاق على ..."): what the agreement settles is between them. Empty unless two sides are found."""
    s = ctx.sentences[si]
    words = s.words
    back = next((x for x in range(i - 1, max(-1, i - 16), -1) if words[x] == "بين"), None)
    if back is None:
        return []
    end = next((y for y in range(back + 2, i) if s.tokens[y].clause_start), i)
    found = [(m.i, _as_party(m.entry) if m.kind == "actors" else state_entry(m)) for m in ctx.mentions[si]
             if back < m.i < end and (m.kind == "actors" and party_entry(m.entry) or m.kind == "places")]
    sides = [e for _, e in sorted(found, key=lambda t: t[0]) if e is not None]
    if len(_sides(sides)) < 2:
        sides = _with_written_parties(ctx, si, back, end, sides)  # "بين الإمارات والحكومة المحلية"
    return sides if len(_sides(sides)) >= 2 else []


def _welcoming(words: list[str], x: int) -> bool:
    """True when a word of welcoming or praise comes right before token x, across the sides listed with it ("رغم
    بترحيب عمّان والقاهرة"، "رحبت فرنسا بالاتفاق"): who welcomes an agreement is no party to it."""
    y = _list_head(words, x, 6, _WELCOME)  # back over the sides listed before x ("بترحيب عمّان والقاهرة وأنقرة")
    return y >= 0 and x - y <= 6 and any(b in _WELCOME for w in words[max(0, y - 1):y + 1] for b in bare(w))


ALLIED_NOT_SIDE = True
"""Switch (pass 41): the body named as whom the signers are allied with or loyal to ("نواب متحالفون مع الحركة وقعوا
الاتفاق"، "الفصائل الموالية لإيران") is their ally, not a side of the agreement."""
_ALLIED = rules.words("agreements", "allied_words")


def _allied(words: list[str], x: int) -> bool:
    """True when token x is the body someone is allied with or loyal to: an alliance word (data key ``allied_words``)
    right before it, then "مع" ("متحالفين مع فجر ليبيا"), or right before it with the name carrying "ل" ("الموالية
    لإيران"); or the body someone joins (:func:`joined`)."""
    if joined(words, x):
        return True
    if not ALLIED_NOT_SIDE or x < 1:
        return False
    if words[x - 1] == "مع":
        return x > 1 and bare_in(words[x - 2], _ALLIED)
    return bare_in(words[x - 1], _ALLIED) and words[x].startswith("ل") and not words[x].startswith("ال")


JOINED_NOT_SIDE = True
"""Switch (pass 52): what a state or force joins ("الانضمام إلى التحالف الدولي"، "انضمت إلى التحالف الإسلامي") is no
side of an agreement told around it: the coalition joined is where the joiner goes, not who signs with it. Data key
join_words; the word of joining is right before "إلى"/"الى" (one word, its subject, may come between: "انضمام تركيا
إلى التحالف")."""
_JOIN = rules.words("agreements", "join_words")


def joined(words: list[str], x: int) -> bool:
    """True when token x follows "إلى" (glued "لـ" not counted) after a word of joining, at most one word between
    (:data:`JOINED_NOT_SIDE`; also read by ``agreements_parties.NOT_SUBJECT``)."""
    if not JOINED_NOT_SIDE or x < 2 or words[x - 1] not in {"الي", "إلى", "الى"}:
        return False
    return any(bare_in(words[y], _JOIN) for y in range(max(0, x - 3), x - 1))


def _each_of(words: list[str], x: int) -> bool:
    """True when "كل من" (each of) comes right before token x: what follows are the sides, "من" is no "from"."""
    return x > 1 and words[x - 1] == "من" and words[x - 2] in {"كل", "وكل"}


def _as_party(e: Entry) -> Entry | None:
    """The side an actor mention stands for as a party: a foreign head of state or minister stands for his
    state ("اتفق أوباما وأردوغان" = the United States and Turkey), the leader of an armed movement for his
    movement ("اتفق سلفا كير وخصمه رياك مشار" = South Sudan and the SPLM-IO, not South Sudan twice); an official
    of no known state or movement is no party."""
    return e if e.get("type") != "official" else _official_party(e)


STORY_BARE_NAMES = True
"""Switch (pass 63): a group whose short name is also a common word ("القاعدة" the base, "الشباب" the youth, "أمل"
hope, "النصرة" support, "الحشد" the mobilisation; data key story_bare_names: the short name -> the group's full name
in the actor registry), written bare as a side after "بين" ("بين المجلس المحلي والقاعدة"), is that group only when the
story has already named it in full, earlier in that sentence or before ("تنظيم القاعدة"، "حركة الشباب"): the group the story
names, so a branch ("تنظيم القاعدة في جزيرة العرب") when that is the one told. A bare common word in a story that names
no such group ("القاعدة العسكرية"، "الشباب") stays no side. ("النصرة" and "الحشد" are also registry names of their
groups, so a bare one the registry reads is a side already; the table adds them for the forms it does not read.)"""
_STORY_BARE = {normalize(k): normalize(v) for k, v in rules.table("agreements", "story_bare_names").items()}


def _named_in_full(m, short: str) -> bool:
    """Whether actor mention ``m`` names in full ("حركة الشباب"، "تنظيم القاعدة في جزيرة العرب") a group whose
    registry name holds the short name ``short`` as a word: more words than the short name alone."""
    if m.kind != "actors" or len(normalize(m.surface).split()) < 2:
        return False
    return any(short in normalize(n).split() for n in (m.entry.canonical, *m.entry.ar))


def _story_bare_name(ctx: DocContext, si: int, x: int) -> Entry | None:
    """The group the bare short name at token x of sentence si stands for in this story (:data:`STORY_BARE_NAMES`), or
    None: the group last named in full before it (earlier in this sentence or in an earlier one)."""
    short = next((b for b in bare(ctx.sentences[si].words[x]) if b in _STORY_BARE), None)
    if short is None:
        return None
    told = [m.entry for k in range(si + 1) for m in ctx.mentions[k] if (k < si or m.j <= x) and _named_in_full(m, short)]
    return told[-1] if told else None


WRITTEN_THEN_KNOWN = True
"""Switch: in :func:`_with_written_parties`, the second side may be any side the registry or gazetteer knows, joined by
"و" ("بين الفلسطينيين وإسرائيل"، "بين المجلس المحلي وتنظيم القاعدة"), not only a word with the article or a party
word: the first side, named as written, is then no longer lost (A/B measurement)."""


def _with_written_parties(ctx: DocContext, si: int, between: int, end: int, found: list[Entry]) -> list[Entry]:
    """The two sides after "بين" in text order, a side the registry does not know named as written when it is
    headed by a word for a party ("مصالحة بين المعارضة وقوات الحكومة": "المعارضة" and the government)."""
    s = ctx.sentences[si]
    words = s.words
    known = {x: m for m in ctx.mentions[si] if between < m.i < end and (m.kind == "actors" or state_entry(m) is not None)
             for x in range(m.i, m.j)}
    second = next((y for y in range(between + 2, end) if words[y].startswith("و") and (
        words[y][1:].startswith("ال") or words[y][1:] in _PARTY_HEADS or WRITTEN_THEN_KNOWN and y in known
        or STORY_BARE_NAMES and _story_bare_name(ctx, si, y) is not None) and (  # "وأمل": no article
        y not in known or known[y].i == y)), None)
    if second is None:
        return found
    sides: list[tuple[int, Entry]] = [(m.i, e) for m in ctx.mentions[si] if between < m.i < end
                                      for e in [m.entry if m.kind == "actors" else state_entry(m)] if e is not None and e in found]
    for a, b in ((between + 1, second), (second, min(end, second + 3))):
        if any(x in known for x in range(a, b)):
            continue
        if STORY_BARE_NAMES and (told := _story_bare_name(ctx, si, a)) is not None:
            sides.append((a, told))  # "بين المجلس المحلي والقاعدة" in a story that names al-Qaeda
            continue
        if _PARTY_HEADS.isdisjoint(bare(words[a])):
            continue
        b = next((y for y in range(a + 1, b) if not words[y].startswith("ال")), b)
        if b == a + 1 and not words[a].lstrip("و").startswith("ال"):
            continue  # "وحكومة جمهورية مالطا": a head alone before a name the registry does not know names no one
        name = ctx.quote(*s.token_span(a, b)).strip(" ،,.")
        name = name[1:] if name.startswith("و") else name
        sides.append((a, written_side(ctx, si, name)))
    return [e for _, e in sorted(sides, key=lambda t: t[0])] if len(sides) >= 2 else found


def _declarer(ctx: DocContext, si: int, i: int) -> Entry | None:
    """The side that declared the truce at token i ("أعلنت طالبان وقفاً لإطلاق النار"، "إعلان الحكومة هدنة"),
    or None when the truce is not declared right there or is said to be agreed with someone."""
    s = ctx.sentences[si]
    words = s.words
    a, _ = s.clause_bounds(i)
    decl = next((x for x in range(i - 1, max(a - 1, i - 6), -1) if bare_in(words[x], _DECLARE)), None)
    if decl is None or any(any(b in _AGREE or (b in _AGREED and b not in _DECLARE) for b in bare(w))
                           for w in words[decl + 1:i]):
        return None
    if decl + 1 < i and words[decl + 1] in _ANAPHORIC_GROUPS:
        group = _last_group(ctx, si, decl)
        if group is not None:
            return group  # "إعلان الحركة وقفاً لإطلاق النار": the movement named before
    if decl + 1 < i and words[decl + 1] in {"الحكومه", "السلطات"} and ctx.country:
        gov = _government(ctx.country)
        if gov is not None:
            return gov  # "إعلان الحكومة وقفاً": the government of the country the article is about
    cands = [(m.i, m.entry) for m in party_mentions(ctx, si, max(a, decl - 6), i)]
    cands += [(m.i, state_entry(m)) for m in ctx.places_in(si, max(a, decl - 6), i) if state_entry(m) is not None]
    after = [c for c in cands if c[0] > decl]  # "إعلان الحكومة وقفاً"
    before = [c for c in cands if c[0] < decl]  # "أعلنت الحكومة ... وقفاً" (verb first) or "الحكومة أعلنت"
    pick = min(after, key=lambda c: c[0]) if after else max(before, key=lambda c: c[0]) if before else None
    return pick[1] if pick else None


_INITIATIVE = rules.words("agreements", "initiative_words")
_ACCEPT = rules.words("agreements", "accept_verbs")
"""After a truce told as one side's initiative ("بمبادرة من الرئيس الأفغاني"): the other side accepted it ("وتجاوبت
معه الحركة"، "واستجابت لها"، "وقبلتها": the transitive verb listed with its object pronouns too)."""


def accepted_initiator(ctx: DocContext, si: int, j: int) -> list[Entry]:
    """The two sides of the truce ending at token ``j`` when it is told as one side's initiative ("وقف إطلاق النار
    بمبادرة من الرئيس الأفغاني") that another side accepts later in the sentence ("وتجاوبت معه طالبان بالإيجاب"): both
    keep the truce, the proposer is no go-between. Only a side of the story's own country ("الرئيس الأفغاني" in news
    of Afghanistan): another state's initiative is a mediator's. A body of no side (the UN), or an initiative nobody
    accepts: []. An accepting word with no other side after it ("واستجاب لها سكان المدينة") is read past."""
    words = ctx.sentences[si].words
    x = next((x for x in range(j, min(len(words) - 1, j + 4)) if bare_in(words[x], _INITIATIVE)
              and words[x + 1] == "من"), None)
    if x is None:
        return []
    ms = [m for m in ctx.mentions[si] if m.kind == "actors"]
    first = next((m for m in ms if x + 1 < m.i <= x + 3), None)
    side, end = (_as_party(first.entry), first.j) if first is not None else (None, x + 2)
    if side is None:  # "بمبادرة من الرئيس الأفغاني": a leader told by his title and his people's adjective
        side, end = next(((e, b + 1) for a, b, e in _leader_states(words, x + 2, x + 6) if a == x + 2), (None, x + 2))
    if side is None or not party_entry(side):
        return []
    code = str(side.get("country_code") or "").upper()
    if not code or code != _home_country(ctx.mentions, ctx.sentences):
        return []  # "بمبادرة من الرئيس المصري، ووافقت عليه حماس": another country's initiative is a mediator's
    for y in range(end, min(len(words), end + 12)):
        if bare_in(words[y], _ACCEPT):
            taker = next((m for m in ms if y < m.i <= y + 3), None)
            other = _as_party(taker.entry) if taker is not None else None
            if other is not None and party_entry(other) and _side(other) != _side(side):
                return [side, other]  # (an accepting word with no other side after it: read on, "وتجاوب معها كثيرون")
    return []
