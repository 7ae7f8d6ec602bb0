"""What a text must name to be about a question: its key entities, weighed the way a reader weighs them.

A question names places, actors and (English) names. Requiring every one of them in the
evidence makes long, careful questions unanswerable: "according to Anbar police chief Hadi
Rzayej" adds three entities the lexicon may resolve imperfectly (a first name read as another
person, a transliteration found in the wrong word), and a user's context ("the US military
said", "in central Somalia") is often told in other words by the article. A reader instead
asks that the text be about the question's *subject*: the specific place, the person or the
group asked about, with most of the rest.

So each entity has a weight (:func:`weight`): a place below the country level, a person and a
name found by transliteration weigh most; an armed group less; a country that only locates a
finer place or only says whose forces acted ("US-Afghan special forces"), and state forces or a
coalition (which half the archive names), least. A text is
about the question (:func:`enough`) when it names

* at least :data:`MIN_SHARE` of the total weight, and
* at least one entity of the question's highest weight (the subject itself).

A question naming one entity still needs that entity; one naming two needs both unless one of
them is only context (a country around the city asked about, the army fighting in it).

A capital stands for its state as news writes it ("اتفقت أنقرة" for Turkey): :func:`state_of` knows which
cities do, :func:`names` lets a text naming the state name the capital. Only the action reader uses it
(a state's name in an article does not make a count or a record there about its capital: a question on
an invented bombing in Paris took a toll from another French article), so the gates here stay literal.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from marsad.agent.qa.question import Question, mentions
from marsad.core.arabic import normalize
from marsad.core.gazetteer import get_world_gazetteer
from marsad.core.lexicon import Entry, get_lexicon

__all__ = ["MIN_SHARE", "weight", "enough", "entities_named", "names_enough", "article_names_enough", "names", "state_of", "named_in",
           "by_demonym",
           "NISBA_COUNTRY", "by_command", "force_named"]

MIN_SHARE = 0.6  # share of the question's entity weight a text must name
SUBJECT = 3.0  # a specific place, a person, an organisation by name
NAME = 2.0  # a name found by transliteration (may be a near miss) or an armed group
CONTEXT = 1.0  # a country around a finer place; state forces, police, a coalition
NATIONALITY = True  # a country the question names only as its forces' nationality weighs as context (A/B switch)
# actor types (the registry's) that mostly set the scene: forces, ministries and outlets named in half the news
_CONTEXT_ACTORS = {"state_military", "police", "foreign_coalition", "regional_force", "government_body", "media"}
_GROUP_ACTORS = {"armed_group", "paramilitary"}


def weight(entity: Entry, question: Question) -> float:
    """How much naming ``entity`` counts towards a text being about ``question``."""
    if entity.kind == "names":
        return NAME
    if entity.kind == "places":
        if entity.get("admin_level") == "country" and (any(p.get("admin_level") != "country" for p in question.places)
                                                       or (NATIONALITY and entity.get("forces_only"))):
            return CONTEXT
        return SUBJECT
    kind = entity.get("type") or ""
    if kind in _CONTEXT_ACTORS:
        return CONTEXT if len(question.entities) > 1 else SUBJECT
    if kind in _GROUP_ACTORS:
        return NAME
    return SUBJECT


def enough(question: Question, named: Sequence[bool]) -> bool:
    """Whether naming the entities flagged in ``named`` (in ``question.entities`` order) is enough."""
    ents = question.entities
    if not ents or all(named):
        return True
    weights = [weight(e, question) for e in ents]
    top = max(weights)
    got = sum(w for w, n in zip(weights, named, strict=True) if n)
    if not any(n for w, n in zip(weights, named, strict=True) if w == top):
        return False
    return got >= MIN_SHARE * sum(weights)


_STATE_OF: dict[str, Entry | None] = {}


def state_of(place: Entry) -> Entry | None:
    """The country entry a capital city stands for ("أنقرة" for Turkey, as news writes it), or None: a city the
    lexicon places in a country whose capital (by the world gazetteer's coordinates) lies within 0.3 degrees."""
    if place.id in _STATE_OF:
        return _STATE_OF[place.id]
    state = None
    country, lat, lon = place.get("country"), place.get("lat"), place.get("lon")
    if place.get("admin_level") == "city" and country and lat is not None and lon is not None:
        world = get_world_gazetteer()
        seat = world.country(world.country_code(country) or "")
        if seat is not None and seat.lat is not None and abs(seat.lat - lat) < 0.3 and abs(seat.lon - lon) < 0.3:
            state = next((e for e in get_lexicon().lookup_en(country)
                          if e.kind == "places" and e.get("admin_level") == "country"), None)
    _STATE_OF[place.id] = state
    return state


def names(entity: Entry, text: str, *, normalized: bool = False, capital: bool = True) -> bool:
    """Whether ``text`` names ``entity``: mentions it, or (``capital``) names the state a capital stands for."""
    if mentions(entity, text, normalized=normalized):
        return True
    if not capital or entity.kind != "places":
        return False
    state = state_of(entity)
    return state is not None and mentions(state, text, normalized=normalized)


NISBA_COUNTRY = True  # switch for A/B measurement (tests patch it)
NISBA_TWO_WORDS = True  # ... a state's two-word name ("كوريا الجنوبية") too (A/B switch, tests patch it)
# stems whose adjective is an everyday word ("المالي": financial, not Malian)
_NISBA_NOT = {"مال"}
_NISBA: dict[str, re.Pattern[str] | None] = {}


def _nisba_pattern(entity: Entry) -> re.Pattern[str] | None:
    """A country's nationality adjective as news writes it beside a noun ("الرئيس التركي"، "قتلى الفلسطينيين"،
    "القوات العراقية"), from its one-word Arabic names: the name without its article and its final "يا"/"ا", then
    "ي" and the adjective's endings ("تركيا" -> "التركي"، "العراق" -> "العراقية"، "فرنسا" -> "الفرنسيون"). The
    masculine singular only with the article ("تركي" is also a man's first name); None for other entries."""
    if entity.kind != "places" or entity.get("admin_level") != "country":
        return None
    if entity.id in _NISBA:
        return _NISBA[entity.id]
    stems = set()
    pairs = []
    for name in entity.ar:
        word = normalize(name)
        two = word.split(" ")
        if NISBA_TWO_WORDS and len(two) == 2 and two[1].startswith("ال") and two[1].endswith("يه") and len(two[1]) > 5 \
                and not two[0].startswith("ال"):
            # a state named by a place and its adjective ("كوريا الجنوبية"): its people's adjective is both words'
            # ("الشرطة الكورية الجنوبية"، "الكوريين الجنوبيين")
            first = two[0][:-2] if two[0].endswith("يا") else two[0][:-1] if two[0].endswith("ا") else two[0]
            if len(first) >= 3:
                pairs.append((re.escape(first), re.escape(two[1][2:-2])))
            continue
        if " " in word or word.endswith(("ي", "يه")):
            continue  # a phrase, or an adjective the lexicon lists itself
        word = word[2:] if word.startswith("ال") else word
        base = word[:-2] if word.endswith("يا") else word[:-1] if word.endswith("ا") else word
        if len(base) >= 3 and base not in _NISBA_NOT:
            stems.add(re.escape(base))
    pattern = None
    alts = []
    if stems:
        alt = "|".join(sorted(stems))
        alts.append(rf"ال(?:{alt})ي(?:ه|ين|ون|ان|تين|تان)?|(?:{alt})ي(?:ه|ين|ون|تين)")
    for first, second in pairs:
        alts.append(rf"ال{first}ي(?:ه|ين|ون|ان)?\s+ال{second}ي(?:ه|ين|ون|ان)?|{first}ي(?:ه|ين|ون)\s+{second}ي(?:ه|ين|ون)")
    if alts:
        pattern = re.compile(rf"(?<!\w)[وفبل]{{0,2}}(?:{'|'.join(alts)})(?!\w)")
    _NISBA[entity.id] = pattern
    return pattern


def named_in(entity: Entry, text: str, *, normalized: bool = False) -> bool:
    """Whether ``text`` names ``entity``: mentions it, or (a country, :data:`NISBA_COUNTRY`) names its nationality
    adjective ("أعلن المتحدث باسم الرئيس التركي" names Turkey as surely as "تركيا" does)."""
    if mentions(entity, text, normalized=normalized):
        return True
    if not NISBA_COUNTRY:
        return False
    pattern = _nisba_pattern(entity)
    return pattern is not None and pattern.search(text if normalized else normalize(text)) is not None


# a state's force or ministry the registry names by a noun and the state's adjective ("الشرطة التركية"، "قوات الأمن
# الباكستانية"، "وزارة الداخلية السعودية") named by its noun and its state apart (:func:`force_named`, read by
# compose.STATE_FORCE_CITED: the noun in the cited sentence, the state in the article's headline). (Pass 57 measured
# the noun and the state both in the sentence as naming the force, on every readable set: it changed no answer, and
# that always-off branch of :func:`named_in` was removed.)
_FORCE_TYPES = {"police", "state_military", "government_body"}
# nouns too common alone to stand for a force ("مجلس الأمن"، "الأمن القومي"، "الحكومة" of any state)
_FORCE_HEAD_NOT = {"الامن", "الحكومه", "السلطات", "الدوله", "القوات"}
_FORCES: dict[str, tuple[re.Pattern[str], tuple[Entry, ...]] | None] = {}


def _countries() -> tuple[Entry, ...]:
    return tuple(e for e in get_lexicon().entries if e.kind == "places" and e.get("admin_level") == "country")


def _force_parts(entity: Entry) -> tuple[re.Pattern[str], tuple[Entry, ...]] | None:
    """The nouns a state's force is named by without its state (the registry's spellings without their last word, a
    state's adjective: "الشرطة التركية" -> "الشرطة") and the states those adjectives are of, or None (no such force)."""
    if entity.id in _FORCES:
        return _FORCES[entity.id]
    parts = None
    if entity.kind == "actors" and entity.get("type") in _FORCE_TYPES:
        heads: set[str] = set()
        states: dict[str, Entry] = {}
        # (a force the registry names by its noun alone -- "وزارة الدفاع" -- is named so already)
        for name in (entity.ar if _state_word(normalize(entity.canonical)) else ()):
            words = normalize(name).split(" ")
            if len(words) < 2 or not words[-1].startswith("ال"):
                continue
            state = next((c for c in _countries() if (p := _nisba_pattern(c)) is not None and p.fullmatch(words[-1])),
                         None)
            head = " ".join(words[:-1])
            if state is None or head in _FORCE_HEAD_NOT or len(head) < 4:
                continue
            heads.add(re.escape(head))
            states[state.id] = state
        if heads and len(states) == 1:
            parts = (re.compile(rf"(?<!\w)[وفبل]{{0,2}}(?:{'|'.join(sorted(heads))})(?!\w)"), tuple(states.values()))
    _FORCES[entity.id] = parts
    return parts


def _state_word(name: str) -> bool:
    """Whether a normalised name ends with a state's adjective ("الشرطه التركيه")."""
    last = name.split(" ")[-1]
    return " " in name and last.startswith("ال") and any(
        (p := _nisba_pattern(c)) is not None and p.fullmatch(last) for c in _countries())


def force_named(entity: Entry, text: str, *, normalized: bool = False, state_text: str | None = None) -> bool:
    """Whether ``text`` names a state's force by its noun (:func:`_force_parts`) and ``text`` (or ``state_text``, when
    given: the article's title) names its state, by name or adjective (:func:`named_in`)."""
    parts = _force_parts(entity)
    if parts is None:
        return False
    norm = text if normalized else normalize(text)
    if not parts[0].search(norm):
        return False
    where = norm if state_text is None else normalize(state_text)
    return any(named_in(state, where, normalized=True) for state in parts[1])


# switch for A/B measurement: a question that names a country only by its people or their adjective ("how many
# Palestinians were killed", "كم فلسطينيا قتلوا") is answered by an article or a sentence naming them so ("خمسة
# فلسطينيين قتلوا"): for such a country the nationality adjective (:func:`named_in`) names it when an article is fitted
# to the question (evidence.question_fit) and when a count's citation is checked (compose); a country the question
# names by its own name still needs that name there (its adjective is in half its neighbours' news)
DEMONYM_ASKED = True


def by_demonym(question: Question, entity: Entry) -> bool:
    """The question names the country ``entity`` only by its people or adjective, never by the country's own name
    (:data:`DEMONYM_ASKED`)."""
    if not DEMONYM_ASKED or entity.kind != "places" or entity.get("admin_level") != "country":
        return False
    if question.language == "en":
        return bool(entity.name_en) and not re.search(rf"\b{re.escape(entity.name_en)}\b", question.text, re.I)
    norm = normalize(question.text)
    return bool(entity.canonical) and not re.search(rf"(?<!\w)[وفبل]?{re.escape(normalize(entity.canonical))}(?!\w)",
                                                    norm)


def entities_named(question: Question, text: str, *, normalized: bool = False, adjective: bool = False) -> list[bool]:
    """Which of the question's key entities ``text`` names (in ``question.entities`` order); with ``adjective``, a
    country also by its nationality adjective (:func:`named_in`: the passage reader's sentences -- the gates on whole
    articles stay literal, a country's adjective is in half its neighbours' news); a coalition also by its joint
    command (:func:`by_command`)."""
    norm = text if normalized else normalize(text)
    if adjective:
        return [named_in(e, norm, normalized=True) or by_command(e, norm) for e in question.entities]
    return [mentions(e, norm, normalized=True) or by_command(e, norm) for e in question.entities]


def names_enough(question: Question, text: str, *, normalized: bool = False) -> bool:
    """Whether ``text`` names enough of the question's entities to be about it (see :func:`enough`)."""
    return enough(question, entities_named(question, text, normalized=normalized))


def article_names_enough(question: Question, doc) -> bool:
    """Whether an article (its title and text) names enough of the question's entities to be about it: the test
    the readers that answer from one article's sentences apply before reading it."""
    return names_enough(question, normalize((doc.title or "") + " " + doc.text), normalized=True)


COMMAND_NAMES_COALITION = True  # switch for A/B measurement (tests patch it)
_COMMANDS: dict[str, tuple[Entry, ...]] = {}


def by_command(entity: Entry, text: str) -> bool:
    """Whether normalised ``text`` names a coalition by its joint command (the registry's entries whose ``coalition``
    is ``entity``): the command issues the coalition's statements ("قالت قوة المهام المشتركة إن ضربات ..."), and a
    report quoting it is of the coalition though it may never write the coalition's own name."""
    if not COMMAND_NAMES_COALITION or entity.kind != "actors":
        return False
    if entity.id not in _COMMANDS:
        _COMMANDS[entity.id] = tuple(e for e in get_lexicon().entries if e.kind == "actors"
                                     and e.get("coalition") == entity.id)
    return any(mentions(command, text, normalized=True) for command in _COMMANDS[entity.id])
