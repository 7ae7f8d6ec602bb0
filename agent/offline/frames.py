"""Event frames: where an attack is told in a sentence, and the span its facts are read from.

Each event word (هجوم، تفجير، عبوة ناسفة، كمين، قتل ...) opens a frame; event words close
together, or a casualty clause that follows ("، ما أسفر عن مقتل ..."), share one. A
sentence telling two events is cut between them (at a clause mark, "وكذلك"، "وعائلة الشهيد",
a relative pronoun, else midway), so each event's place, date and toll are read apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.agent.offline import rules
from marsad.agent.offline.context import DocContext, bare
from marsad.agent.offline.scope import clitic_surfaces
from marsad.agent.offline.vocab import KILLED, REL_PRONOUNS

__all__ = ["Frame", "find_frames"]

_ATTACK_CONCEPTS = rules.phrases("frames", "attack_concepts")
_CONSEQUENCE = rules.words("frames", "consequence")
_EVENT_SEPARATORS = rules.words("frames", "event_separators")
_CONTEXT_EVENTS: dict[str, str] = rules.table("frames", "context_events")
"""News-word entries (search glossary, no concept) that tell an attack when no event entry matched: the
plural "غارات"/"ضربات" and "هاجم"/"اقتحم" (the event glossary knows only their singular or noun forms):
entry id -> the concept (an attack type too, unless "attack")."""


@dataclass
class Frame:
    si: int
    i: int  # first trigger token
    j: int  # past last trigger token
    lo: int  # frame bounds
    hi: int
    concepts: list[str] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    generic_only: bool = True


_GROUP_EVENTS = rules.phrases("frames", "group_events")
"""News-word entries that are an attack only when an armed group wages them ("هجوم واسع" = an offensive)."""
_EVENT_WORDS: dict[str, str] = rules.table("frames", "event_words")
"""Strike words the glossary does not list in these forms — with the article or a possessive ("الغارات"،
"غاراتها"), the verb "أغار", "للقصف" — each with its attack type (or "attack")."""
_EVENT_PAIRS: dict[str, str] = rules.table("frames", "event_pairs")
"""Two-word strike phrases ("إطلاق صواريخ"، "صواريخ أطلقت"، "فتح النار"), as ``first_second``, with their type."""
_TARGETED = rules.words("frames", "targeted_verbs")
""""استهدف" and its forms: a strike only when aircraft are its subject (:func:`_from_the_air`)."""
_AIR = rules.words("frames", "air_subjects")


def _from_the_air(words: list[str], x: int) -> bool:
    """True when an aircraft word follows the verb at ``x`` as its subject ("استهدفت طائرات التحالف")."""
    return any(b in _AIR for w in words[x + 1:x + 3] for b in bare(w))


_KILLED_SURFACES = clitic_surfaces(KILLED)
"""Tokens with a word of killing among their forms (:func:`bare`): one set test per token."""
_TOKEN_TRIGGERS = _KILLED_SURFACES | clitic_surfaces(
    frozenset(_EVENT_WORDS) | frozenset(k.split("_")[0] for k in _EVENT_PAIRS) | _TARGETED)
"""Tokens that may open a frame by themselves (killing, strike words, the first word of a strike phrase,
"استهدف")."""


def find_frames(ctx: DocContext, si: int) -> list[Frame]:
    """The event frames of sentence ``si``, in order."""
    s = ctx.sentences[si]
    hits: list[tuple[int, int, str, str | None]] = []
    for g in ctx.glossary[si]:
        concept = g.entry.get("concept")
        atype = g.entry.get("attack_type")
        if concept is None and g.entry.id in _CONTEXT_EVENTS:
            concept = _CONTEXT_EVENTS[g.entry.id]
            atype = None if concept == "attack" else concept
        elif concept is None and g.entry.id in _GROUP_EVENTS and ctx.actors_in(si, g.j, g.j + 4, {"armed_group"}):
            concept = "attack"  # "لهجوم واسع النطاق شنته حركة طالبان": an armed group's offensive is an attack
        if concept in _ATTACK_CONCEPTS:
            hits.append((g.i, g.j, concept, atype if concept not in {"attack", "explosion"} else None))
    for x, w in enumerate(s.words):
        if w not in _TOKEN_TRIGGERS or any(h[0] <= x < h[1] for h in hits):
            continue  # (one set test per token: most tokens can open no frame of their own)
        if w in _KILLED_SURFACES:
            hits.append((x, x + 1, "killed", None))
            continue
        kind = next((_EVENT_WORDS[b] for b in bare(w) if b in _EVENT_WORDS), None)
        if kind is None and x + 1 < len(s.words):  # "إطلاق صواريخ"، "فتح النار"
            nxt = s.words[x + 1]
            kind = next((_EVENT_PAIRS[f"{b}_{nxt}"] for b in bare(w) if f"{b}_{nxt}" in _EVENT_PAIRS), None)
        if kind is None and any(b in _TARGETED for b in bare(w)) and _from_the_air(s.words, x):
            kind = "airstrike"  # "واستهدف طيران التحالف مواقع ..."
        if kind is not None:
            hits.append((x, x + 1, kind, None if kind == "attack" else kind))
    # "قصفت طائرات التحالف": shelling from the air is an air strike
    hits = [(i, j, "airstrike", "airstrike") if c == "shelling" and _from_the_air(s.words, j - 1) else (i, j, c, t)
            for i, j, c, t in hits]
    hits.sort()
    frames: list[Frame] = []
    for i, j, concept, atype in hits:
        consequence = concept == "killed" and any(
            b in _CONSEQUENCE for w in s.words[max(0, i - 3):i] for b in bare(w))  # "، ما أسفر عن مقتل"
        casualty_follow = (concept == "killed" or (frames and set(frames[-1].concepts) == {"killed"})) and frames \
            and i - frames[-1].j <= (16 if consequence else 10) and (consequence or not any(
                s.tokens[t].clause_start for t in range(frames[-1].j + 1, i + 1)))
        place_between = frames and any(frames[-1].j <= m.i < i for m in ctx.places_in(si, 0, len(s.words)))
        if frames and not (place_between and concept != "killed") and (casualty_follow or (i - frames[-1].j <= 4 and not any(
                s.tokens[t].clause_start for t in range(frames[-1].j, i + 1)))):
            f = frames[-1]
            f.j = max(f.j, j)
        else:
            f = Frame(si, i, j, 0, len(s.tokens))
            frames.append(f)
        f.concepts.append(concept)
        if atype:
            f.types.append(atype)
        if concept != "killed" and concept != "attack":
            f.generic_only = False
    for a, b in zip(frames, frames[1:], strict=False):
        # split the sentence between two events at the first clause break after the first, else midway
        cut = next((t for t in range(a.j, b.i) if s.tokens[t].clause_start), None)
        if cut is None:
            cut = next((t for t in range(a.j + 1, b.i) if s.words[t] in _EVENT_SEPARATORS), None)
        if cut is None and any(a.j <= m.i < b.i for m in ctx.places_in(si, 0, len(s.words))):
            cut = b.i  # "بهجوم في صلاح الدين وانفجار عبوة في الأنبار": each place follows its own event
        if cut is None:
            rel = next((t for t in range(b.i - 1, a.j - 1, -1) if s.words[t] in REL_PRONOUNS or s.words[t].startswith("وعائل")), None)
            cut = rel if rel is not None else (a.j + b.i) // 2
        a.hi = cut
        b.lo = cut
    return frames


