"""Which lexicon entries a text names (:func:`find_entities`): Arabic spellings and English names, longest first,
without the readings that name no entry (a room's words, a common word, a nisba plural, "the country" outside
Iraq, a border written by its other side, a proper name's lower-case namesake), and the entries named only by
a common noun ("the army", "الإقليم").
"""

from __future__ import annotations

import re
from functools import cache

from marsad.agent.offline import rules
from marsad.agent.offline.mentions import ADMIN_WORDS
from marsad.agent.qa import rules as qa_rules
from marsad.agent.qa.question_mentions import _Candidates, _entry_forms, _entry_pattern, common_words
from marsad.core.arabic import normalize
from marsad.core.lexicon import Entry, Lexicon

_ROOM_BEFORE = re.compile(r"(?<!\w)(غرفه|غرف|مركز|مراكز|مقر|خليه)\s*$")


# Common nouns that some registry actors also answer to ("the army" = the Iraqi Army in Iraqi news).
# A question naming an actor only by one of them does not require that actor: "the army
# headquarters in Ouagadougou" or "الجيش المصري" is another country's army.
_COMMON_NOUNS = {"جيش", "الجيش", "قوات", "القوات", "شرطه", "الشرطه", "حكومه", "الحكومه", "army", "the army", "police",
                 "the police", "forces", "the forces", "military", "the military", "government", "the government",
                 # "Houthi gunmen"، "the gunmen who stormed ...": armed men of the story, not the registry's unidentified ones
                 "gunmen", "the gunmen",
                 # a country's cabinet ("the Israeli security cabinet", "a cabinet reshuffle in Algeria"): the registry's
                 # Council of Ministers is Iraq's; "the Iraqi cabinet" is still Iraq's by its adjective
                 "cabinet", "the cabinet", "security cabinet", "the security cabinet"}
# and nouns that name a registry place only in Iraqi context ("الإقليم" = the Kurdistan Region)
_COMMON_PLACE_NOUNS = {"اقليم", "الاقليم", "العاصمه", "المحافظه", "المدينه", "البلاد"}


def named_by_common_noun(entry: Entry, text: str, lexicon: Lexicon) -> bool:
    """Every place ``text`` names ``entry`` is a bare common noun ("the army", "الجيش", "الإقليم")."""
    return _only_common_noun(entry, text, normalize(text), lexicon, _COMMON_NOUNS | _COMMON_PLACE_NOUNS)


def _only_common_noun(entry: Entry, text: str, norm: str, lexicon: Lexicon,
                      common: set[str] = _COMMON_NOUNS) -> bool:
    """Every place the question names ``entry`` is a bare common noun ("the army", "الجيش")."""
    pattern = _entry_pattern(entry)
    surfaces = [m.group().strip() for m in pattern.finditer(norm)] if pattern is not None else []
    surfaces += [text[s:e].lower() for found, s, e in lexicon.find_english(text) if found == entry]
    if not surfaces:
        return False
    return all(re.sub(r"^[وفبل]{1,2}(?=ال)", "", x) in common for x in surfaces)


_ADMIN_CLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")


def _common_word_place(entry: Entry, norm: str, start: int, end: int) -> bool:
    """True when a place the registry flags ``ambiguous`` (its name is also a common word: "بلد" a country,
    "الرياض" the Saudi capital, "عنه" about him) is written here by its bare name, with no administrative word
    ("قضاء"، "ناحية"، "مدينة" ...) in front: the word, not the place ("في بلد ثالث"، "بلد عربي"). The same
    rule as the extractor's gazetteer (:class:`marsad.agent.offline.mentions.Gazetteer`)."""
    if entry.kind != "places" or not entry.get("ambiguous") or " " in norm[start:end].strip():
        return False
    before = re.findall(r"\w+", norm[:start])
    if not before:
        return True
    word = before[-1]  # the admin word may carry a clitic: "التابعة لقضاء الكرمة"، "وناحية العظيم"
    return not any(word[len(c):] in ADMIN_WORDS for c in _ADMIN_CLITICS if word.startswith(c))


def _one_sided(entry: Entry, surface: str) -> bool:
    """True when ``surface`` names a registry border of Iraq by the other side only (``one_sided`` in the
    entry: "الحدود السورية"، "the Syrian border"): Turkey, Jordan and Lebanon have a Syrian border too."""
    sides = entry.get("one_sided")
    if not sides:
        return False
    said = normalize(surface).lower()
    return any(normalize(f).lower() in said for f in sides)


def _iraqi_context(norm: str, text: str, entries: list[Entry]) -> bool:
    """The text is about Iraq: it says so ("العراق"، "Iraqi") or names an Iraqi registry place (one with a governorate)."""
    return ("عراق" in norm or "iraq" in text.lower()
            or any(e.kind == "places" and e.get("governorate") and not e.get("one_sided") for e in entries))


def _spelled(entry: Entry, surface: str) -> bool:
    """True when ``surface`` (normalised, clitics in front allowed) ends in one of ``entry``'s spellings as written."""
    return any(surface.endswith(f) for f in _entry_forms(entry))


NISBA_PLURAL = True  # switch for A/B measurement (tests patch it)
COUNTRY_ANAPHOR = True  # switch for A/B measurement (tests patch it)
# "البلاد" (the country) in a question refers back to the state it names ("السلطات الباكستانية ... فور عودته إلى
# البلاد"); the registry reads it as Iraq, which it is only in a question about Iraq
_THE_COUNTRY = re.compile(r"[وف]?(?:ب|ل|لل)?(?:ال)?بلاد")


def _nisba_plural(entry: Entry, surface: str) -> bool:
    """A place read with a long vowel inserted (:func:`_vowel_tolerant`) where the inserted ي makes the plural of an
    adjective ending in ي ("الصاروخين البحريين" is two naval missiles, not Bahrain; "العسكريين" no place)."""
    return surface.endswith(("يين", "يون")) and not _spelled(entry, surface)


KUNYA_NISBA = True  # switch for A/B measurement (tests patch it)
# a kunya (أبو/أبي/أبا/أم + a given name) heads a man's or woman's name: a registry person named by the family name
# (nisba) alone right after it is another person, unless the registry lists that kunya ("أبو بكر البغدادي")
_KUNYA_BEFORE = re.compile(r"(?:^|(?<=\s))[وف]?(?:ابو|ابي|ابا|ام)\s+((?:عبد\s+)?\S+)\s+$")  # (أبو عبد الله الجزائري)


def _other_kunya(entry: Entry, norm: str, start: int, end: int) -> bool:
    """The mention ``norm[start:end]`` of a registry person follows a kunya whose given name the registry's own names
    lack: the family name of another man ("أبو خليل السوداني", not Prime Minister al-Sudani); a place's nisba
    there is that man's family name too, not the place."""
    m = _KUNYA_BEFORE.search(norm[:start])
    if not m:
        return False
    if entry.kind == "places":
        return norm[start:end].endswith("ي")
    if entry.kind != "actors" or entry.get("type") != "official":
        return False
    own = " ".join(normalize(f) for f in (entry.canonical, *entry.ar))
    return not re.search(r"(?<!\S)(?:ابو|ابي|ابا|ام)\s+" + re.escape(m.group(1)) + r"(?!\S)", own)


RANK_ARTICLE = True  # switch for A/B measurement (tests patch it)
# A rank that is also a common noun (the extractor's ``ranks_also_nouns``: "فريق" a team, "لواء" a brigade, "عميد" a
# dean, "نقيب" a syndicate head, "رائد" a pioneer) names the rank only with the article, as news writes it before a
# name ("الفريق الركن فلان"، "للواء فلان"); written bare it is the common noun.
_ARTICLED = re.compile(r"[وف]?(?:[بك]?ال|لل)")
_RANK_NOUNS = frozenset(w[2:] for w in rules.words("actors", "ranks_also_nouns") if w.startswith("ال"))


# switch for A/B measurement: a name (an actor or a place) written with the article ("المدى"، the Al-Mada paper) matched in a question by its
# bare form that is a common word, heading a definite noun ("السجن مدى الحياة": a life term), is that word in a
# construct, not the name
BARE_CONSTRUCT = True
_NEXT_DEFINITE = re.compile(r"\s+(?:ال|لل)\w")
_AL_NAME = re.compile(r"(?:Al|El)[- ]", re.I)


def _bare_construct(entry: Entry, norm: str, start: int, end: int) -> bool:
    """(:data:`BARE_CONSTRUCT`) The match ``norm[start:end]`` is an article-less common word heading a definite noun,
    where the entry's own name has the article."""
    matched = norm[start:end].strip()
    # (a name only: a glossary concept is a common word whatever follows it, "تحرير الرمادي" is the liberation)
    # (and a name that keeps its article in English, "Al-Mada": "شرطة البصرة" is still the police, "Iraqi Police")
    if not BARE_CONSTRUCT or entry.kind not in ("actors", "places") or not _AL_NAME.match(entry.name_en or "") \
            or " " in matched or _ARTICLED.match(matched) or not _NEXT_DEFINITE.match(norm[end:]):
        return False
    bare = re.sub(r"^[وف]?[بلك]?", "", matched)
    names = {normalize(f) for f in (entry.canonical, *entry.ar)}
    return (f"ال{bare}" in names or f"ال{matched}" in names) and (
        bare in common_words() or matched in common_words())


def _bare_rank_noun(entry: Entry, matched: str) -> bool:
    """Whether a role concept was matched by a rank that is also a common noun, written without the article
    (:data:`RANK_ARTICLE`)."""
    if entry.kind != "glossary" or entry.get("category") != "role" or _ARTICLED.match(matched):
        return False
    first = matched.split()[0]
    return any(first[k:] in _RANK_NOUNS for k in range(3) if k == 0 or all(c in "وفبلك" for c in first[:k]))


def find_entities(text: str, lexicon: Lexicon, *, question: bool = False) -> list[Entry]:
    """Lexicon entries (any kind) that ``text`` names, longest names first, no overlaps.

    Both scripts are looked up: Arabic spellings in normalised text and English names as
    whole words. Overlaps are resolved across kinds, so the glossary term "غرفة العمليات
    المشتركة" hides the actor "العمليات المشتركة" inside it.

    With ``question`` (a question, read alone, with no article around it) a place whose name is a
    common word counts only with an administrative word in front ("قضاء بلد", not "في بلد ثالث"), and
    a border of Iraq written by its other side only ("قرب الحدود السورية") only when the question is
    about Iraq: of a Turkish town it is Turkey's border, and alone it names no one border.
    """
    norm = normalize(text)
    spans: list[tuple[int, int, Entry]] = []
    for entry in _Candidates.of(lexicon).in_text(norm):
        pattern = _entry_pattern(entry)
        if pattern is not None:
            for m in pattern.finditer(norm):
                if entry.kind == "actors" and _ROOM_BEFORE.search(norm[: m.start()]):
                    continue  # "غرفة العمليات المشتركة" names a room, not the Joint Operations Command
                if question and _common_word_place(entry, norm, m.start(), m.end()):
                    continue
                if question and _bare_construct(entry, norm, m.start(), m.end()):
                    continue  # "السجن مدى الحياة" is a life term, not the paper "المدى"
                if RANK_ARTICLE and _bare_rank_noun(entry, norm[m.start():m.end()]):
                    continue  # "فريق كرة السلة"، "لواء مشاة": a team, a brigade -- the rank is "الفريق فلان"
                if NISBA_PLURAL and entry.kind == "places" and _nisba_plural(entry, norm[m.start():m.end()]):
                    continue
                if question and KUNYA_NISBA and _other_kunya(entry, norm, m.start(), m.end()):
                    continue  # "أبو خليل السوداني" is not the registry's محمد شياع السوداني
                if question and COUNTRY_ANAPHOR and entry.kind == "places" and _THE_COUNTRY.fullmatch(norm[m.start():m.end()]) \
                        and not _iraqi_context(norm, text, []):
                    continue
                spans.append((m.start(), m.end(), entry))
    for entry, s, e in english_names(text, lexicon):
        spans.append((s + 100_000, e + 100_000, entry))  # English offsets live in another space
    if question and any(e.get("one_sided") for _, _, e in spans):
        iraqi = _iraqi_context(norm, text, [e for _, _, e in spans])
        spans = [(s, e, entry) for s, e, entry in spans if iraqi or not _one_sided(
            entry, text[s - 100_000:e - 100_000] if s >= 100_000 else norm[s:e])]
    # of two names over the same words, the one written as spelled beats one read with a long vowel inserted
    # (_vowel_tolerant): "السعودية" is Saudi Arabia, not the Diyala subdistrict "السعدية" read as "السعودية"
    spans.sort(key=lambda t: (-(t[1] - t[0]), t[0], t[0] < 100_000 and not _spelled(t[2], norm[t[0]:t[1]])))
    taken: list[tuple[int, int]] = []
    found: list[Entry] = []
    for s, e, entry in spans:
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        if entry not in found:
            found.append(entry)
    return found


def _proper(entry: Entry, surface: str, text: str) -> bool:
    """An English name of a place or actor is written capitalised ("Hit", the Anbar town): in a text that
    capitalises its names, the same word in lower case ("how many hit targets") is an ordinary word."""
    if entry.kind not in ("places", "actors") or not surface.islower():
        return True
    if not all(en[:1].isupper() for en in entry.en if en):
        return True  # a name the lexicon itself writes in lower case somewhere
    return not re.search(r"(?<![.?!]\s)(?<!^)\b[A-Z][a-z]", text.strip())  # an all-lowercase text: no case to go by


SENSE_GUARD = True  # switch for A/B measurement (tests patch it)
# weapons and what they shoot: "fired" near one of them is shooting, not a dismissal
_SHOT_EN = (r"rockets?|missiles?|shells?|mortars?|projectiles?|bullets?|shots?|rounds?|guns?|rifles?|weapons?"
            r"|salvos?|barrages?|volleys?|flares?|tear ?gas|grenades?|artillery|cannons?|torpedo\w*|drones?")
# a day or month name is when a ruling was given, not a name it qualifies ("the court's ruling Thursday")
_DAY_OR_MONTH = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june"
                 r"|july|august|september|october|november|december)\b")

# glossary words with another everyday sense, and the context that says the other sense: the entry's id -> (the
# word as the question writes it, what follows it within a few words, what comes before it within a few words)
_OTHER_SENSE = {
    # "rockets fired from Gaza", "fired at the patrol", "opened fire": shooting, not "fired" from office (إقالة)
    "dismissal": (re.compile(r"fired", re.I),
                  re.compile(rf"^\W*(?:\w+\W+){{0,3}}?(?:at|from|on|upon|into|toward|towards|against|across|over|{_SHOT_EN})\b", re.I),
                  re.compile(rf"\b(?:{_SHOT_EN})\W+(?:\w+\W+){{0,5}}$", re.I)),
    # "the army fired at the town", "did the rebels fire on", "opened fire": shooting, not a blaze (حريق)
    "fire": (re.compile(r"fire", re.I), re.compile(r"^\s+(?:at|on|upon|from|into|toward|towards|against)\b", re.I),
             re.compile(r"\b(?:open|opened|opening|opens|return|returned|exchanged?|to|did\s+\w+(?:\s+\w+)?)\s+$", re.I)),
    # "blew himself up in front of the embassy": a place before it, not a war front (جبهة); search68
    "front_line": (re.compile(r"front", re.I), re.compile(r"^\s+of\b", re.I), re.compile(r"\bin\s+$", re.I)),
    # "named among the weapons", "named after the victim": listed or called, not appointed to an office (تعيين)
    "appointment": (re.compile(r"named", re.I), re.compile(r"^\s+(?:among|after|in|on|as one of)\b", re.I), None),
    # "the ruling party", "the ruling AKP", "the ruling Al Khalifa family": the adjective (الحاكم), not a court's ruling
    # (حكم); read so before a body that governs or a capitalised name (RULING_ADJECTIVE)
    "sentenced": (re.compile(r"ruling", re.I),
                  re.compile(r"^\s+(?:(?!" + _DAY_OR_MONTH + r")(?-i:[A-Z])|(?:party|parties|coalition|alliance|bloc"
                             r"|family|families|dynasty|council|junta|elite|class|government|military|regime"
                             r"|establishment|camp|majority)\b)", re.I), None),
    # "a grave mistake", "grave concern", "grave violations": the adjective (جسيم, qa_words), not a burial site;
    # "the grave near Sinjar" stays a mass grave (fixqaen68). The word after decides alone (_PHRASE_SENSES)
    "mass_grave": (re.compile(r"grave", re.I),
                   re.compile(r"^\s+(?:mistakes?|errors?|concerns?|violations?|breach(?:es)?|crimes?|abuses?|dangers?"
                              r"|threats?|consequences|risks?|warnings?)\b", re.I), None),
}
# the senses the word after decides alone, whatever precedes ("a grave mistake": a determiner, yet the adjective)
_PHRASE_SENSES = {"mass_grave"}
# switch for A/B measurement (tests patch it): the glossary senses above that are an adjective, which a determiner
# precedes as well ("the ruling party"): the determiner does not make them the noun
RULING_ADJECTIVE = True
_ADJECTIVE_SENSES = {"sentenced"}


# a determiner right before the word makes it the noun ("the fire at the market")
_NOUN_BEFORE = re.compile(r"\b(?:the|a|an|this|that|huge|big|massive|large|major)\s+$", re.I)
# a possessive right before an adjective sense's word makes it the noun ("the court's ruling Monday")
_POSSESSIVE_BEFORE = re.compile(r"['\u2019]s\s+$")


def _other_sense(entry: Entry, surface: str, text: str, start: int, end: int) -> bool:
    """The glossary word is written here in its other everyday sense (:data:`_OTHER_SENSE`): "fired" with a weapon
    or "at/from" after it is shooting, "named among" is listed."""
    sense = _OTHER_SENSE.get(entry.id) if SENSE_GUARD and entry.kind == "glossary" else None
    if sense is not None and entry.id in _ADJECTIVE_SENSES and not RULING_ADJECTIVE:
        sense = None
    if sense is None or not sense[0].fullmatch(surface):
        return False
    after, before = sense[1], sense[2]
    if entry.id in _PHRASE_SENSES:
        return bool(after.search(text[end:end + 60]))
    if entry.id not in _ADJECTIVE_SENSES and _NOUN_BEFORE.search(text[max(0, start - 30):start]):
        return False  # "the fire at the market", "a fire broke out": the noun, its own sense
    if entry.id in _ADJECTIVE_SENSES and _POSSESSIVE_BEFORE.search(text[max(0, start - 30):start]):
        return False  # "the court's ruling": a possessive before it, always the noun
    return bool(after.search(text[end:end + 60]) or (before is not None and before.search(text[max(0, start - 80):start])))


COUNTRY_WORDS = True  # switch for A/B measurement (tests patch it)
# an English word whose Arabic differs by country ("district": the Iraqi قضاء, a Yemeni مديرية) has an entry for that
# country (``country`` and ``replaces`` in glossary_words.json): it is the word's sense where the text names a place of
# that country and no place of another, and the entry it replaces is then dropped; elsewhere the country's entry is
# dropped


def _countries(found: list[tuple[Entry, int, int]]) -> set[str]:
    """The countries of the places found: a state's own name, else the country a world place lies in (Iraq for the
    registry's places, which carry a governorate)."""
    out = set()
    for e, _, _ in found:
        if e.kind != "places":
            continue
        if e.get("admin_level") == "country":
            out.add(e.name_en)
        elif e.get("country"):
            out.add(e.get("country"))
        elif e.get("governorate"):
            out.add("Iraq")
    return out


def _country_senses(found: list[tuple[Entry, int, int]]) -> list[tuple[Entry, int, int]]:
    """``found`` with each country's sense of a word (:data:`COUNTRY_WORDS`) kept only where the text's places are
    all of that country, the general entry it replaces dropped then."""
    own = [e for e, _, _ in found if e.get("country") and e.get("replaces")]
    if not own:
        return found
    countries = _countries(found)
    kept = {e.id for e in own if COUNTRY_WORDS and countries == {e.get("country")}}
    gone = {e.get("replaces") for e in own if e.id in kept}
    return [(e, s, t) for e, s, t in found
            if e.id not in gone and not (e.get("country") and e.get("replaces") and e.id not in kept)]


def english_names(text: str, lexicon: Lexicon) -> list[tuple[Entry, int, int]]:
    """The lexicon's English names in ``text`` (:meth:`Lexicon.find_english`) without a proper name's
    lower-case namesake ("hit" the verb is not the town Hit) nor a glossary word written in its other sense
    ("rockets fired from Gaza" is no dismissal), and a word's country sense only in a text about that country
    (:func:`_country_senses`)."""
    return _country_senses([(e, s, t) for e, s, t in lexicon.find_english(text)
                            if _proper(e, text[s:t], text) and not _other_sense(e, text[s:t], text, s, t)])


SEARCH_WORDS_QUERY = True  # switch for A/B measurement (tests patch it)
# the Arabic of the ordinary security-news words a question asks with that no registry entry covers (``qa_words.json``
# ``qa_search_words``: "kibbutz" كيبوتس, "trafficking" الاتجار, "launcher" منصة) joins the Arabic search query: the
# article telling of "منظمة مكافحة الاتجار بالبشر" is found by those words, not by the English ones
SEARCH_WORD_FORMS = 2  # the first Arabic forms of each such word that are searched


def search_words() -> dict[str, tuple[str, ...]]:
    """``qa_words.json`` ``qa_search_words``: an English word -> the Arabic the news writes it with. Cached per
    value of :data:`marsad.agent.qa.rules.PEOPLE_WORDS` (the table depends on it), so flipping the switch in a running
    process switches the search side too."""
    return _search_words_for(qa_rules.PEOPLE_WORDS)


@cache
def _search_words_for(people: bool) -> dict[str, tuple[str, ...]]:
    del people  # the cache key: qa_rules.search_words reads the switch itself
    return qa_rules.search_words()


def expand_english(text: str, lexicon: Lexicon) -> list[str]:
    """Arabic terms for the English names and domain terms of ``text`` (:meth:`Lexicon.expand_query` over
    :func:`english_names`), then (:data:`SEARCH_WORDS_QUERY`) for its other words :func:`search_words` knows."""
    terms: list[str] = []
    spans = []
    for entry, s, e in english_names(text, lexicon):
        spans.append((s, e))
        for form in entry.ar[:4]:
            if form not in terms:
                terms.append(form)
    if SEARCH_WORDS_QUERY:
        table = search_words()
        for m in re.finditer(r"[A-Za-z]+", text):
            forms = table.get(m.group().lower())
            if forms and not any(s <= m.start() < e for s, e in spans):
                terms += [f for f in forms[:SEARCH_WORD_FORMS] if f not in terms]
    return terms
