"""Parsing a question (:func:`parse_question`), and the checks on the entities found that say which of them
the question names as its subject: a family name after another given name, a state named by its adjective, a
state that only says whose forces acted, the word a role question asks with, a generic actor.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata

from marsad.agent.offline.actors_bodies import ACTING_ONLY, body_verb
from marsad.agent.offline.vocab import PLACE_NOUNS
from marsad.agent.qa.question_entities import _only_common_noun, english_names, expand_english, find_entities
from marsad.agent.qa.question_intent import (
    _TOPIC_EN,
    ATTACK_TYPE_CUES,
    TOPIC_AR,
    Intent,
    Question,
    _cues,
    _intent,
    _matches,
    detect_language,
)
from marsad.agent.qa.question_mentions import _entry_pattern
from marsad.agent.qa.question_words import CALENDAR_EN, _uncovered_english, content_terms, name_like, stated_numbers
from marsad.core.arabic import normalize
from marsad.core.lexicon import Entry, Lexicon, get_lexicon

# Which actor entries are too generic to be a question's subject ("forces", "the security forces").
_GENERIC_ACTORS = {"iraqi_security_forces"}


def _body_in_passing(entry: Entry, norm: str) -> bool:
    """An international body the news names mostly in passing (the extractor's acting-only bodies) that an Arabic
    question names after a noun, not after a verb of its act: "كم قرارا سابقا لمجلس الأمن ..." asks of the
    resolutions, whose articles write "المجلس" where the body acts; as a key entity its name would be searched alone
    and asked of every quoted sentence, so articles naming it in full outrank the one telling what is asked (it stays
    a word of the question). "متى أدان مجلس الأمن ..." keeps it."""
    if entry.id not in ACTING_ONLY:
        return False
    pattern = _entry_pattern(entry)
    m = pattern.search(norm) if pattern is not None else None
    if m is None:
        return False
    before = norm[: m.start()].split()
    return not (before and norm[m.start() - 1:m.start()].isspace() and body_verb(before[-1]))


OTHER_GIVEN_NAME = True  # switch for A/B measurement (tests patch it)
# capitalised words that may stand before a person's family name without being a given name
_TITLES_EN = {"mr", "mrs", "ms", "dr", "sheikh", "shaikh", "sayyed", "sayyid", "gen", "general", "col", "colonel",
              "maj", "major", "brig", "lt", "lieutenant", "capt", "captain", "pm", "president", "premier", "prime",
              "minister", "former", "ex", "vice", "deputy", "cleric", "ayatollah", "imam", "mullah", "emir", "prince",
              "king", "judge", "mp", "leader", "commander", "chief", "head", "spokesman", "ambassador", "envoy"}
# capitalised words that open a sentence before a name without being a given name ("Two Trump administration envoys",
# "The Trump administration"): determiners and number words
_OPENING_WORDS_EN = {"the", "a", "an", "this", "that", "these", "those", "some", "several", "many", "few", "both", "all",
                     "each", "every", "no", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                     "dozens", "hundreds", "thousands", "most", "other", "another"}


def _other_given_name(entry: Entry, text: str, lexicon: Lexicon) -> bool:
    """An English question names a person of the registry by the family name alone after another given name
    ("Riyad al-Maliki" is not Nouri al-Maliki): every mention of the entry is its family name after a
    capitalised word that is neither a word of the registry's name nor a title nor a name the lexicon knows, or is a
    one-word family name that more of a name follows ("Hadi Salem al-Fadli": :data:`GIVEN_NAME_FIRST`)."""
    if not OTHER_GIVEN_NAME or entry.kind != "actors" or entry.get("type") != "official" or not entry.name_en:
        return False
    full = [w.lower() for w in re.findall(r"[A-Za-z]+", entry.name_en) if w.lower() != "al"]
    spans = [(s, t) for e, s, t in english_names(text, lexicon) if e.id == entry.id]
    if not spans or len(full) < 2:
        return False
    covered = [(s, t) for _, s, t in lexicon.find_english(text)]
    for s, t in spans:
        said = [w.lower() for w in re.findall(r"[A-Za-z]+", text[s:t]) if w.lower() != "al"]
        if len(said) >= len(full) or said != full[len(full) - len(said):]:
            return False  # the whole name, or not its family name
        m = re.search(r"([A-Za-z]+)\s+(?:al-)?$", text[:s])
        given_before = bool(m) and m.group(1)[:1].isupper() and m.group(1).lower() not in full \
            and m.group(1).lower() not in _TITLES_EN and m.group(1).lower() not in _OPENING_WORDS_EN \
            and not any(cs <= m.start(1) < ce for cs, ce in covered) \
            and name_like(m.group(1), m.start(1))
        if not given_before and not (GIVEN_NAME_FIRST and len(said) == 1 and _name_after(text, t, covered)):
            return False
    return True


GIVEN_NAME_FIRST = True  # switch for A/B measurement (tests patch it)
# the family name of a registry person is another man's given name when more of his name follows it
# ("Brigadier Hadi Khalid al-Saadi" is not President Hadi): Arabic names run given name, father's, family


def _name_after(text: str, end: int, covered: list[tuple[int, int]]) -> bool:
    """Right after a one-word mention ending at ``end`` stands a capitalised word (or "al-" and one) that is no title,
    day or month and no name the lexicon knows: the mention opens another person's name."""
    m = re.match(r"\s+(?:al-)?([A-Z][a-z]+)(?![A-Za-z'-])", text[end:])
    if not m:
        return False
    word, at = m.group(1), end + m.start(1)
    # (a word of the registry's own name after its family name is still another man's: "Saleh Ali al-Sammad")
    return word.lower() not in _TITLES_EN and word.lower() not in CALENDAR_EN and not any(
        cs <= at < ce for cs, ce in covered)



# the words a role question asks with ("what position did he hold"): what is asked for, not a concept its answer
# must name ("position" is also the glossary's military post, موقع)
_ASKING_ROLE_EN = re.compile(r"\b(positions?|posts?|titles?|jobs?|roles?|office)\b", re.I)
# "which official said ...": the word asks for whoever holds an office, which the article names by the office itself
# ("the prosecutor", "the minister") (A/B switch)
WHICH_OFFICIAL = True
_WHICH_OFFICIAL_EN = re.compile(r"\b(?:which|what|whose) (?:senior |local |top )?(officials?)\b", re.I)


def _asking_word(concept: Entry, text: str, language: str, intent: Intent) -> bool:
    """The glossary concept is only the word an English role question asks with."""
    if language != "en" or intent is not Intent.role:
        return False
    spans = [(s, e) for found, s, e in english_names(text, get_lexicon()) if found == concept]
    asking = [m.span() for m in _ASKING_ROLE_EN.finditer(text)]
    if WHICH_OFFICIAL:
        asking += [m.span(1) for m in _WHICH_OFFICIAL_EN.finditer(text)]
    return bool(spans) and all(any(a <= s and e <= b for a, b in asking) for s, e in spans)


MEMBER_NOUNS = True  # switch for A/B measurement (tests patch it)


def _member_noun(concept: Entry, text: str, lexicon: Lexicon) -> bool:
    """The glossary concept only says one of the actor named just before it ("a German police officer", "Houthi
    fighters"): the actor is what the answer must name, its member noun is told in the article's own words
    ("شرطي ألماني"). (Not read for "how many": there the noun is what is counted.)"""
    if not MEMBER_NOUNS:
        return False
    found = english_names(text, lexicon)
    ends = {e for entry, _, e in found if entry.kind == "actors"}
    spans = [(s, e) for entry, s, e in found if entry == concept]
    return bool(spans) and all(_MEMBER_EN.fullmatch(text[s:e]) and any(0 <= s - end <= 1 for end in ends)
                               for s, e in spans)


# the nouns of a body's men (not its weapons, acts or offices: "coalition fighter jet", "Boko Haram killed")
_MEMBER_EN = re.compile(r"(?:police )?(?:officers?|soldiers?|fighters|militiam[ae]n|policem[ae]n|troops|guards?"
                        r"|members|personnel|servicem[ae]n|gunm[ae]n)", re.I)


NISBA = True  # switch for A/B measurement (tests patch it)
# the Arabic adjective of a state whose registry entry lacks it (the shared places data keep them out: the extractor
# reads nationality adjectives through its own table, and an adjective on those entries broke its records)
_NISBA_FORMS = {
    "iran": ("الإيراني", "الإيرانية", "الإيرانيين", "الإيرانيون"),
    "syria": ("السوري", "السورية", "السوريين", "السوريون"),
    "turkey": ("التركي", "التركية", "الأتراك"),
}
# words after which a state's adjective says where ("بلدة سروج التركية"، "الحدود السورية"، "الأراضي الإيرانية"): the
# extractor's place-kind nouns (vocab.PLACE_NOUNS: مدينة، قرية، حي، مخيم ...) and the QA's own -- the same nouns with
# their article, and borders, lands, coasts, compass words, which say where a state's adjective places something
_PLACE_NOUNS = PLACE_NOUNS | {
    "العاصمه", "عاصمه", "الحدود", "حدود", "الاراضي", "اراضي", "محافظه", "ولايه", "اقليم", "الاقليم", "البلده", "المدينه",
    "القريه", "المحافظه", "الولايه", "المنطقه", "جنوب", "شمال", "شرق", "غرب", "الجنوب", "الشمال", "الشرق", "الغرب",
    "السواحل", "الساحل", "ساحل", "جزيره", "الجزيره", "الميناء", "مطار", "المطار", "الداخل", "العمق", "الجانب"}
_NISBA_RES = {cid: re.compile(r"(?<!\w)[وفبلك]{0,2}(?:" + "|".join(normalize(f) for f in forms) + r")(?!\w)")
              for cid, forms in _NISBA_FORMS.items()}


def _nisba_places(norm: str, places: list[Entry], lexicon: Lexicon) -> list[Entry]:
    """The states an Arabic question names only by their adjective (:data:`_NISBA_FORMS`): after a place noun
    ("بلدة سروج التركية"، "قرب الحدود السورية") or in a question naming no place at all ("رجل الدين الإيراني").
    Each is its registry entry with the adjective forms added, so an article saying "التركية" names it too."""
    have = {e.id for e in places}
    out: list[Entry] = []
    for cid, pattern in _NISBA_RES.items():
        if cid in have:
            continue
        for m in pattern.finditer(norm):
            before = re.findall(r"\w+", norm[:m.start()])[-3:]
            if not places or any(w in _PLACE_NOUNS for w in before[-2:]) or (
                    len(before) == 3 and before[0] in _PLACE_NOUNS):
                entry = next((e for e in lexicon.entries if e.kind == "places" and e.id == cid), None)
                if entry is not None:
                    out.append(dataclasses.replace(entry, ar=tuple(dict.fromkeys((*entry.ar, *_NISBA_FORMS[cid])))))
                break
    return out


# what follows a state's name that only says whose forces acted ("US-Afghan special forces", "Turkish troops")
_FORCES_AFTER = re.compile(r"(?:\s*[-/]\s*[A-Z][A-Za-z]*|\s+and\s+[A-Z][A-Za-z]*)*\s+(?:(?:special|security|armed|ground"
                           r"|government|coalition|naval|air)\s+)?(?:forces|troops|soldiers|army|military|police|policemen"
                           r"|commandos|warplanes|jets|aircraft|drones?|navy)\b")


def _forces_only(entry: Entry, text: str, lexicon: Lexicon) -> bool:
    """Every mention of a state in an English question is the nationality of the forces it names ("the US-Afghan
    special forces operation in Deh Bala"): the question says who acted, not where; the article may say it by an
    adjective the lexicon does not list ("قوات أميركية وأفغانية")."""
    if entry.get("admin_level") != "country":
        return False
    spans = [t for e, _, t in english_names(text, lexicon) if e.id == entry.id]
    return bool(spans) and all(_FORCES_AFTER.match(text, t) for t in spans)


CAPITAL_FOR_STATE = True  # switch for A/B measurement (tests patch it)
# what a place is named after when it is where something happened, not the state acting ("the blast in Ankara")
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside|inside|into|to|from|of|around|across|toward|towards|on|over"
                              r"|off|north|south|east|west|downtown|central|suburbs?|streets?)\s+(?:the\s+)?$", re.I)
# degrees of latitude and of longitude within which a registry city stands at its country's capital (is that capital)
_CAPITAL_DEGREES = 0.3


def _capital_country(entry: Entry, lexicon: Lexicon) -> Entry | None:
    """The registry state whose capital the city ``entry`` is (its coordinates at the world gazetteer's capital of
    the entry's country), or None."""
    from marsad.core.gazetteer import get_world_gazetteer

    country = entry.get("country")
    if entry.kind != "places" or entry.get("admin_level") != "city" or not country or entry.get("lat") is None:
        return None
    row = next((r for r in get_world_gazetteer()._countries.values() if r[1] == country), None)
    if row is None or row[3] is None or abs(row[3] - entry.get("lat")) > _CAPITAL_DEGREES \
            or abs(row[4] - entry.get("lon")) > _CAPITAL_DEGREES:
        return None
    return next((e for e in lexicon.of_kind("places") if e.get("admin_level") == "country" and e.name_en == country),
                None)


def _capital_for_state(places: list[Entry], text: str, lexicon: Lexicon) -> list[Entry]:
    """An English question naming a capital for its state ("Ankara would retaliate", "Tehran's behaviour", "talks
    between Ankara and Washington"): news names the state as often as its capital, so an article naming either names
    it; the capital's entry takes its state's spellings. Not where the capital is the scene ("a bomb in Ankara")."""
    if not CAPITAL_FOR_STATE:
        return places
    named = english_names(text, lexicon)
    out = []
    for entry in places:
        spans = [s for e, s, _ in named if e.id == entry.id]
        state = _capital_country(entry, lexicon) if spans else None
        if state is not None and not any(_LOCATIVE_BEFORE.search(text[max(0, s - 30):s]) for s in spans):
            entry = dataclasses.replace(entry, ar=tuple(dict.fromkeys((*entry.ar, state.canonical, *state.ar))))
        out.append(entry)
    return out


FOLD_LATIN = True  # switch for A/B measurement (tests patch it)


def fold_latin(text: str) -> str:
    """The question with its accented Latin letters written plain ("Trèbes" as "Trebes", "Düsseldorf" as
    "Dusseldorf"): users and English news write French and other names with and without their marks, and the
    English word patterns read only a-z (an accent cut "Trèbes" into "Tr" and "bes"). Arabic letters and their
    marks are left as they are."""
    if text.isascii():
        return text
    out = []
    for ch in text:
        if "\u00c0" <= ch <= "\u024f" or "\u1e00" <= ch <= "\u1eff":  # Latin-1 Supplement to Extended-B, Additional
            ch = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)) or ch
        out.append(ch)
    return "".join(out)


WHICH_PERSON = True  # switch for A/B measurement (tests patch it): see which_person_as_who
# the nouns of a person a "which <noun> <verb> ..." question asks for (its head, singular or plural): people by their
# office, rank, trade or part in an event (question_intent's person nouns and titles). Not "official": "which official
# said X" is read by the action reader, as the speaker of X (question_intent.asks_office)
_PERSON_HEADS = (r"(?:man|woman|men|women|boy|girl|teenager|youth|person|soldier|officer|policeman|policemen|commander"
                 r"|leader|chief|attacker|gunman|gunmen|bomber|shooter|suspect|student|teacher|doctor|journalist|reporter"
                 r"|prisoner|detainee|hostage|activist|pilot|spy|agent|minister|spokes(?:man|woman|person|men)"
                 r"|judge|lawyer|captain|driver|worker|resident|citizen|dissident|opponent|killer|assailant|colonel"
                 r"|brigadier|general|cleric|imam|sheikh|preacher|diplomat|politician|lawmaker|governor|envoy|ambassador"
                 r"|mayor|president|emir|commissioner|director|secretary|supervisor|militant|fighter|member|defendant"
                 r"|businessman|paramedic|nurse|medic|father|mother|son|brother|sister|speaker|prosecutor)")
# "Which <up to four words> <person noun> [of/in <up to five words>] [, an aside ,] <verb> ...": the subject of the
# verb is asked (not "which commander did the army say ...", "which man were the police looking for": an object). The
# verb: an auxiliary before no new subject, a common irregular past, or a word ending as a finite verb does
# modal and irregular past verbs a "which <person>" question goes on with ("Which minister said ...")
_VERBS_EN = (r"will|would|could|can|may|might|said|told|led|took|gave|made|met|ran|fled|shot|won|sent|went|came|left"
             r"|held|kept|fought|brought|became|wrote|spoke|stood|struck|threw|saw|got|paid|hid|sought|began|stole|drove")
_NP_WORD = r"(?!(?:did|does|do|was|were|is|are|has|have|had|of|in|the)\b)[\w'\u2019-]+ "
_WHICH_PERSON_EN = re.compile(
    rf"^(\W*)(?i:which|what) ((?:{_NP_WORD}){{0,4}}?(?:(?i:{_PERSON_HEADS})(?:s(?=\b))?|[A-Z][a-z]+(?:ian|an|i|ese)(?=,)))"
    r"((?: (?:of|in|from|at|on) (?:[\w'\u2019-]+ ){0,4}?[\w'\u2019-]+(?= (?:was|were|is|are|has|had)\b))?(?:\s*,[^,?]{3,80},)?)"
    r"\s+(?=(?:(?:was|were|is|are|has|have|had)\s+(?!the\b|an?\b|[A-Z])|(?:" + _VERBS_EN + r"|set|put|read|let|hit|cut)\b"
    r"|[a-z]+ed\b|[a-z]{2,}[^s\W]s\b))")
_NOT_VERBS = {"his", "its", "this", "us", "as", "yes", "news", "gas", "bus", "less", "across", "does", "goes",
              "was", "has", "is"}
WHICH_PERSON_MODIFIER = True  # switch for A/B measurement (tests patch it): see _person_noun_is_a_modifier
# a word ending in -s after the person noun is no verb when a verb follows it ("Which member states voted ...": the
# person noun modifies the plural noun, the thing asked), or when it is a plural noun news seldom uses as a verb
_VERB_AFTER = re.compile(r"\s+(?:was|were|is|are|has|have|had|did|does|do|" + _VERBS_EN + r"|[a-z]+ed)\b")
_PLURAL_NOUNS = {"countries", "nations", "elections", "swaps", "exchanges", "unions", "licenses", "licences",
                 "organizations", "organisations", "associations", "delegations", "councils", "committees", "camps",
                 "groups", "parties", "rights", "salaries", "families"}


WHICH_PERSON_SAID = True  # switch for A/B measurement (tests patch it): see which_person_as_who
# "Which <person> did <someone> say was killed ...": the person is the subject of the reported clause, asked as in
# "who is the <person> who <someone> said was killed ..." (the verb of saying put in the past, the rest kept)
_SAYING = {"say": "said", "claim": "claimed", "report": "reported", "announce": "announced", "confirm": "confirmed",
           "believe": "believed", "think": "thought", "suspect": "suspected", "allege": "alleged"}
_WHICH_PERSON_SAID_EN = re.compile(
    rf"^(\W*)(?i:which|what) ((?:{_NP_WORD}){{0,4}}?(?i:{_PERSON_HEADS})(?:s(?=\b))?) did ((?:[\w'\u2019-]+ ){{1,6}}?)"
    rf"({'|'.join(_SAYING)})((?: (?:in|on|at|last|this|earlier) (?:[\w'\u2019-]+ ){{0,3}}?[\w'\u2019-]+)?)"
    r"(?= (?:was|were|is|are|had|has|have|may|might|would|could|will|died|fled|led)\b)", re.I)


def _plural(noun: str) -> bool:
    """Whether the English noun phrase ends in a plural ("commanders", "gunmen"; not "boss", "bus", "analysis")."""
    return bool(re.search(r"(?:s|men|women)$", noun, re.I)) and not re.search(r"(?:ss|us|is)$", noun, re.I)


def _which_person_said(text: str) -> str:
    """(:data:`WHICH_PERSON_SAID`) "Which X did Y say was ..." as "Who is the X who Y said was ...", or ``text``."""
    m = _WHICH_PERSON_SAID_EN.match(text) if WHICH_PERSON_SAID else None
    if m is None:
        return text
    plural = _plural(m.group(2))
    return (f"{m.group(1)}Who {'are' if plural else 'is'} the {m.group(2)} who {m.group(3)}{_SAYING[m.group(4).lower()]}"
            f"{m.group(5)}{text[m.end():]}")


def _person_noun_is_a_modifier(word: str, rest: str) -> bool:
    """(:data:`WHICH_PERSON_MODIFIER`) Whether ``word``, the -s word read as the verb after the person noun, is the
    plural noun that person noun modifies ("member states", "general elections", "worker unions"): a verb follows it
    ("Which member states voted ..."), or it is a plural noun seldom a verb ("Which member countries ...")."""
    if not WHICH_PERSON_MODIFIER or not re.fullmatch(r"[a-z]{2,}[^s\W]s", word) or word in {"was", "has", "is"}:
        return False
    return word in _PLURAL_NOUNS or _VERB_AFTER.match(rest) is not None


def which_person_as_who(text: str) -> str:
    """An English "which <person> <verb> ..." question written as the "who is the <person> who <verb> ..." it means
    ("Which Turkish minister said ..." as "Who is the Turkish minister who said ..."): the question parser and the
    readers read the asked office holder or man from that form (the one an Arabic question has: "من الوزير التركي
    الذي قال"), and "which" led them to read a thing asked. Questions of another form are returned as they are."""
    if not WHICH_PERSON:
        return text
    m = _WHICH_PERSON_EN.match(text)
    if m is None:
        return _which_person_said(text)
    verb = re.match(r"[A-Za-z]+", text[m.end():])
    if verb is None or verb.group().lower() in _NOT_VERBS - {"was", "has", "is"}:
        return text
    if _person_noun_is_a_modifier(verb.group(), text[m.end() + verb.end():]):
        return text
    plural = _plural(m.group(2))
    aside = m.group(3) or ""
    return f"{m.group(1)}Who {'are' if plural else 'is'} the {m.group(2)}{aside} who {text[m.end():]}"


def parse_question(text: str, lexicon: Lexicon | None = None) -> Question:
    """Classify a question and find the places and actors it names.

    Args:
        text: the question, Arabic or English.
        lexicon: the registry to look names up in (default: the bundled one).

    Returns:
        The :class:`Question`.
    """
    lexicon = lexicon or get_lexicon()
    text = fold_latin(text) if FOLD_LATIN else text
    language = detect_language(text)
    if language == "en":
        text = which_person_as_who(text)
    norm = normalize(text)
    intent, how_many = _intent(norm if language == "ar" else text, language)
    cues = frozenset(_cues(norm if language == "ar" else text, language)[0])
    topics = tuple(_matches(TOPIC_AR, norm) + [t for t in _matches(_TOPIC_EN, text, re.I) if t not in _matches(TOPIC_AR, norm)])
    found = find_entities(text, lexicon, question=True)
    places = [e for e in found if e.kind == "places"]
    if language == "ar" and NISBA:
        places += _nisba_places(norm, places, lexicon)
    passing = {e.id for e in found if e.kind == "actors" and language == "ar" and _body_in_passing(e, norm)}
    actors = [e for e in found if e.kind == "actors" and e.id not in _GENERIC_ACTORS and not e.get("generic")
              and not _only_common_noun(e, text, norm, lexicon) and e.id not in passing]
    if passing and not actors and not places:  # (a body named in passing that is all it names stays its key entity)
        actors = [e for e in found if e.id in passing]
    if language == "en":
        places = [dataclasses.replace(e, data={**e.data, "forces_only": True}) if _forces_only(e, text, lexicon) else e
                  for e in places]
        places = _capital_for_state(places, text, lexicon)
    # a family name after another given name: not the registry's person, the whole name is looked up as a name
    others = [e for e in actors if language == "en" and _other_given_name(e, text, lexicon)]
    actors = [e for e in actors if e not in others]
    uncovered = _uncovered_english(text, lexicon) if language == "en" else ()
    if others:
        said = [text[s:t] for e, s, t in english_names(text, lexicon) if e in others]
        uncovered += tuple(dict.fromkeys(w.lower() for x in said for w in re.findall(r"[A-Za-z]+", x)
                                         if w.lower() != "al" and w.lower() not in uncovered))
    return Question(
        text=text,
        language=language,
        intent=intent,
        how_many=how_many,
        topics=topics,
        places=tuple(places),
        actors=tuple(actors),
        terms=tuple(dict.fromkeys(content_terms(text))),
        expansion=tuple(dict.fromkeys(content_terms(" ".join(expand_english(text, lexicon))))) if language == "en" else (),
        uncovered=uncovered,
        concepts=tuple(e for e in found if e.kind == "glossary" and not _asking_word(e, text, language, intent)
                       and not (language == "en" and not how_many and _member_noun(e, text, lexicon))),
        cues=cues,
        numbers=stated_numbers(norm, language),
        attack_types=frozenset(
            t for ar, en, types in ATTACK_TYPE_CUES.values()
            if re.search(ar, norm) or (language == "en" and re.search(en, text, re.I)) for t in types
        ),
    )
