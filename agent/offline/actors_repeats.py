"""Actors: one person named several times: the same man under two spellings or with his house's name added
(:func:`_same_person`), a one-word registry alias that is the family name of another man the article names in full
(:func:`_own_surnames`), and later mentions by family name alone (:func:`_surname_spans`).
"""

from __future__ import annotations

import difflib

from marsad.agent.offline.actors_names import _COMMON_FIRST, _LINEAGE, Person, _norm
from marsad.agent.offline.merge import window_span
from marsad.agent.offline.text import Sentence


def _same_person(a: Person, b: Person) -> bool:
    if a.entry is not None and b.entry is not None:
        return a.entry.id == b.entry.id
    ta = a.entry and tuple(_norm(a.entry.canonical).split()) or tuple(" ".join(a.norm_tokens).replace("_", " ").split())
    tb = b.entry and tuple(_norm(b.entry.canonical).split()) or tuple(" ".join(b.norm_tokens).replace("_", " ").split())
    if ta == tb:
        return True  # (a hashtag writes the name with underscores: "#سلطان_بن_سحيم")
    short, long_ = sorted((ta, tb), key=len)
    if len(short) >= 3 and _LINEAGE.intersection(short) and long_[:len(short)] == short:
        return True  # "سلطان بن سحيم" and "سلطان بن سحيم آل ثاني": the house's name added
    if _father(ta) != _father(tb) and _father(ta) and _father(tb):
        return False  # "فيصل بن ثامر بن عبدالعزيز" and "فيصل بن بندر بن ... بن عبدالعزيز": two men of one house
    # a misspelt family name: same first name, family names nearly the same ("الصحالي" / "الصالحي")
    if len(ta) >= 2 and len(tb) >= 2 and ta[0] == tb[0]:
        return difflib.SequenceMatcher(None, ta[-1], tb[-1]).ratio() >= 0.7 and sorted(ta[-1]) == sorted(tb[-1])
    return False


def _own_surnames(persons: list[Person]) -> list[Person]:
    """Persons without the one-word registry aliases that are the family name of someone else the article names
    in full ("العقيد تركي المالكي ... وقال المالكي": the colonel, not the registry's Nouri al-Maliki). Those
    mentions are linked to the full name by :func:`_surname_spans`."""
    full: dict[str, set[str]] = {}
    for p in persons:
        if len(p.norm_tokens) >= 2:
            full.setdefault(p.norm_tokens[-1], set()).add(p.entry.id if p.entry else " ".join(p.norm_tokens))
    out = []
    for p in persons:
        if p.entry is not None and len(p.norm_tokens) == 1:
            others = full.get(p.norm_tokens[0], set()) - {p.entry.id}
            if others and p.entry.id not in full.get(p.norm_tokens[0], set()):
                continue
        out.append(p)
    return out


def _father(tokens: tuple[str, ...]) -> str | None:
    """The father's name in a name written with "بن"/"ابن" (the word after the first of them), or None."""
    for x, t in enumerate(tokens[:-1]):
        if t in {"بن", "ابن"}:
            return tokens[x + 1]
    return None


SURNAME_WORDS = True
"""Switch (speed only, the spans are the same): :func:`_surname_spans` passes over a sentence holding none of the
words it takes by one set test."""


def _surname_spans(sentences: list[Sentence], person: Person, taken: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Later mentions of a person by family name alone."""
    tokens = person.entry and tuple(_norm(person.entry.canonical).split()) or person.norm_tokens
    surname = tokens[-1]
    if len(surname) < 4 or surname in _COMMON_FIRST:
        return []
    forms = {surname, surname[2:] if surname.startswith("ال") else "ال" + surname}
    spans = []
    # every word the test below takes: a form, or a form after a glued و/ب/ل/ف when that makes more than 4 letters
    taking = forms | {c + f for c in "وبلف" for f in forms if len(f) > 3}
    for s in sentences[person.sentence:]:
        if SURNAME_WORDS and taking.isdisjoint(s.words):
            continue  # (most sentences)
        for x, w in enumerate(s.words):
            bare = w[1:] if w.startswith(("و", "ب", "ل", "ف")) and len(w) > 4 else w
            if w in forms or bare in forms:
                sp = s.token_span(x, x + 1)
                if not any(a <= sp[0] < b for a, b in taken):
                    spans.append(window_span(s, x, x + 1))
    return spans
