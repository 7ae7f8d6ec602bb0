"""Where a text names a lexicon entry: each entry's Arabic spellings as one pattern (clitics, long vowels,
possessives allowed), and the skeleton index that picks the entries a text may name before any pattern runs.
"""

from __future__ import annotations

import re

from marsad.agent.offline import rules
from marsad.core.arabic import normalize
from marsad.core.lexicon import Entry, Lexicon

_LONG_VOWELS = "اوي"


def _vowel_tolerant(form: str, words: bool = False) -> str:
    """A regex for a transliterated name written with more long vowels ("فراه" / "فاراه", "كابل" / "كابول"):
    a long vowel may follow any inner letter of a form of 4+ letters. Vowels of the form are never
    dropped: with a glued clitic ("ف" + "راه") a dropped vowel would turn one name into another. With ``words``
    (:data:`PLACE_WORD_VOWELS`), each word of a name of several words takes long vowels alike, a word of three
    letters too ("اسكي شهر" / "أسكي شهير")."""
    if words and " " in form.strip() and all("\u0621" <= ch <= "\u064a" for ch in form.replace(" ", "")):
        return " ".join(_word_vowels(w) for w in form.split())
    if len(form) < 4 or " " in form or not all("\u0621" <= ch <= "\u064a" for ch in form):
        return re.escape(form)
    if SHORT_STEMS_EXACT and form.startswith("ال") and len(form) < 6:
        # a name of three letters after its article takes no long vowel: one makes another word of it ("العلم" is
        # not "العالم", the world; "الكوت" is not "الكويت"; "الحضر" is not "الحاضر")
        return re.escape(form)
    out = [re.escape(ch) + ("" if ch in _LONG_VOWELS else f"[{_LONG_VOWELS}]?") for ch in form[:-1]]
    out.append(re.escape(form[-1]))
    return "".join(out)


SHORT_STEMS_EXACT = True  # switch for A/B measurement (tests patch it; read when a pattern is first built)
# switch for A/B measurement (tests patch it; read when a pattern is first built): a place of an English question that
# the world gazetteer names in several words ("Eskisehir": GeoNames' أسكي شهر) is named in a text writing any of its
# words with more long vowels (the news writes أسكي شهير): a long vowel may follow each inner letter of each word (a
# word of three letters too; in a name of several words, a vowel more makes no other name)
PLACE_WORD_VOWELS = True


def _word_vowels(word: str) -> str:
    """One word of a name of several words, a long vowel allowed after each of its inner letters (3+ letters)."""
    if len(word) < 3:
        return re.escape(word)
    article = 2 if word.startswith("ال") else 0  # (no vowel inside or just after the article)
    out = [re.escape(ch) + ("" if ch in _LONG_VOWELS or i < article else f"[{_LONG_VOWELS}]?")
           for i, ch in enumerate(word[:-1])]
    return "".join(out) + re.escape(word[-1])

# Possessive pronouns glued to a common noun ("محافظها" = its governor). A bare ه is left out: after
# normalisation it is also the ta marbuta (محافظه = governorate, not "his governor").
_POSSESSIVE = "(?:ها|هم|هما|هن|نا|كم)?"
# an office also takes the accusative alif of a predicate or object: "وكان مسؤولا عن"، "عين قائدا للعمليات"
_OFFICE_ENDING = "(?:ها|هم|هما|هن|نا|كم|ا)?"


def _alias_pattern(forms: list[str], *, vowels: bool = False, possessive: bool = False,
                   office: bool = False, words: bool = False) -> re.Pattern[str] | None:
    forms = sorted({f for f in forms if len(f) >= 2}, key=len, reverse=True)
    if not forms:
        return None
    alt = "|".join(_vowel_tolerant(f, words) if vowels else re.escape(f) for f in forms)
    suffix = _OFFICE_ENDING if office else _POSSESSIVE if possessive else ""
    # Arabic clitics glued to the name: و/ف + ب/ل/ك, and ال for names written without it.
    return re.compile(rf"(?<![\w])(?:[وف]?(?:ب|ل|ك|لل)?(?:ال)?)(?:{alt}){suffix}(?![\w])")


_PATTERNS: dict[tuple[str, str, tuple[str, ...]], re.Pattern[str] | None] = {}
NAME_VOWELS = True  # switch for A/B measurement (tests patch it)


STATE_NISBA_PLURAL = True  # switch for A/B measurement (tests patch it; read when a pattern is first built)
# a state's adjective (nisba) names it in the plural as in the singular: the registry lists "السوداني"، "السودانية", and
# news and questions write "الطلاب السودانيون"، "السودانيين"، "المعتقلات السودانيات" (unseen slice articles: 596 write the
# plural nisba of one of 28 Arab, regional or great-power states, 1,142 times; pass 57): the plural endings are put on each one-word form ending in ي of a country
AMERICAN_SPELLINGS = True  # switch for A/B measurement (tests patch it; read when a pattern is first built)
# "American" is written أمريكي and أميركي alike (unseen slice articles: 212 and 584; أمريكا 70, أميركا 116): a form with one spelling
# has the other too ("الأمريكيين" in a question, "أميركيا" in the article)
_AMERICAN = (("امريك", "اميرك"), ("اميرك", "امريك"))


STATE_BROKEN_PLURALS = True  # switch for A/B measurement (tests patch it; read when a pattern is first built)
# the people of a state named by a broken plural, not its adjective's ("الصحفيين الإسبان"، "السياح الألمان"، "الخبراء
# الروس"; unseen slice articles: الإسبان 2, الألمان 10, الأمريكان/الأميركان 6, الروس with or without its article 64), with the
# article only (bare روس is also رؤوس, heads). Not الأتراك: the question parser reads Turkey's adjectives by its own rule
_BROKEN_PLURALS = {"spain": ("الإسبان",), "germany": ("الألمان",), "russia": ("الروس",),
                   "united_states": ("الأمريكان", "الأميركان")}


def _state_plurals(entry: Entry, forms: list[str]) -> list[str]:
    """(:data:`STATE_NISBA_PLURAL`) A country entry's nisba forms in the plural: "السوداني" -> السودانيين، السودانيون،
    السودانيات (a form of several words, or of fewer than four letters before its ي, is left: "الأراضي السورية")."""
    if not STATE_NISBA_PLURAL or entry.kind != "places" or entry.get("admin_level") != "country":
        return []
    return [f + end for f in forms if f.endswith("ي") and " " not in f and len(f.removeprefix("ال")) >= 5
            for end in ("ين", "ون", "ات")]


def _american(forms: list[str]) -> list[str]:
    """(:data:`AMERICAN_SPELLINGS`) Each form's other spelling of "American" (امريك / اميرك)."""
    if not AMERICAN_SPELLINGS:
        return []
    return [f.replace(a, b) for f in forms for a, b in _AMERICAN if a in f and f.replace(a, b) not in forms]


def _entry_forms(entry: Entry) -> list[str]:
    forms = [normalize(s).strip() for s in entry.ar]
    forms += _american(forms)
    # also accept a form with its article dropped ("الحويجه" written as "حويجه" after a clitic)
    forms += [f[2:] for f in forms if f.startswith("ال") and len(f) > 4 and not _word_not_name(entry, f[2:])]
    forms += _state_plurals(entry, forms)
    if STATE_BROKEN_PLURALS:
        forms += [normalize(f) for f in _BROKEN_PLURALS.get(entry.id, ())]
    if OFFICERS and entry.kind == "actors" and entry.get("type") == "police":
        forms += _officer_forms(forms)
    if FEMININE_OFFICE and entry.kind == "glossary" and entry.get("category") == "role":
        forms += _feminine_forms(forms)
    return forms


SURNAME_ARTICLE = True  # switch for A/B measurement (tests patch it; read when a pattern is first built)


def _word_not_name(entry: Entry, bare: str) -> bool:
    """(:data:`SURNAME_ARTICLE`) A person's family name is written with its article when without it it is an ordinary
    word ("الصدر": "صدر" is "was issued", "متى صدر الحكم"; "السوداني": "سوداني" is "Sudanese"): that form names no
    official of the lexicon (a common word of agent/offline/data/common_words.json)."""
    if SURNAME_ARTICLE and entry.kind == "actors" and entry.get("type") == "official" and bare in common_words():
        return True
    # (a name found by transliteration that keeps its article, translit.AL_SHORT: "العند" is the base, "عند" a word)
    return ARTICLE_KEPT and entry.kind == "names" and "ال" + bare in (entry.get("with_article") or ())


ARTICLE_KEPT = True  # switch for A/B measurement (tests patch it; read when a pattern is first built)


def common_words() -> frozenset[str]:
    """The extractor's common Arabic words (agent/offline/data/common_words.json; read once, rules.words caches)."""
    return rules.words("common_words", "common_words")


FEMININE_OFFICE = True  # switch for A/B measurement (tests patch it)
# the offices a woman holds under the same noun with ة: "المتحدثة باسم البيت الأبيض"، "وزيرة الخارجية"، "الناطقة الرسمية"
# (not محافظ -- محافظة is a province --, nor ملك/أمير, whose ة names another rank, nor مسؤول, whose ة is "responsible")
_FEMININE_NOUNS = frozenset({"متحدث", "ناطق", "وزير", "مستشار", "نايب", "مدير", "سفير", "مندوب", "ممثل", "رييس", "قاضي",
                             "امين", "مبعوث", "قايد"})


def _feminine_forms(forms: list[str]) -> list[str]:
    """An office's spellings said of a woman: the office noun with ة (normalised ه), and an adjective after it that
    agrees ("المتحدث الرسمي" -> "المتحدثه الرسميه"); the words after an office's first noun otherwise stay."""
    out = []
    for f in forms:
        words = f.split()
        art = "ال" if words[0].startswith("ال") else ""
        if words[0][len(art):] not in _FEMININE_NOUNS:
            continue
        rest = [w + "ه" if i == 0 and w.startswith("ال") and w.endswith("ي") else w for i, w in enumerate(words[1:])]
        out.append(" ".join([words[0] + "ه", *rest]))
    return out


OFFICERS = True  # switch for A/B measurement (tests patch it)
_STATE_POLICE = re.compile(r"^(?:قوات )?الشرطه ال(\w+)يه$")


def _officer_forms(forms: list[str]) -> list[str]:
    """A state's police named by its men, as news tells a shooting or an arrest: "شرطي ألماني"، "شرطيا ألمانيا"،
    "الشرطي الألماني"، "شرطيان ألمانيان" (the state's adjective made masculine: "الألمانية" -> "ألماني")."""
    out = []
    for f in forms:
        m = _STATE_POLICE.match(f)
        if m is None:
            continue
        adj = m.group(1) + "ي"
        out += [f"شرطي {adj}", f"شرطيا {adj}ا", f"الشرطي ال{adj}", f"شرطيان {adj}ان", f"شرطيين {adj}ين",
                f"الشرطيين ال{adj}ين"]
    return out


def _entry_pattern(entry: Entry) -> re.Pattern[str] | None:
    # keyed by the spellings too: a world place is one entry per spelling under one id (GeoNames' or a
    # curated row's), so an id alone returned the first spelling's pattern for the next ("سروج" read as
    # "سوروتش", asked about earlier) and an answer depended on the questions asked before it
    # (a place the gazetteer named for an English question: its names of several words take long vowels per word;
    # the question's name entry, and its world place, domain.world_places, whose id starts "en:")
    words = PLACE_WORD_VOWELS and (entry.kind == "names" and bool(entry.get("known"))
                                   or entry.kind == "places" and entry.id.startswith("en:"))
    key = (entry.kind, entry.id, entry.ar, words)
    if key not in _PATTERNS:
        # a concept (a common noun: governor, spokesman) may carry a possessive; a name does not
        # (a name found by transliteration too: "Saadi" is found as سعدي, the news writes الساعدي)
        vowels = entry.kind == "places" or (NAME_VOWELS and entry.kind == "names")
        _PATTERNS[key] = _alias_pattern(_entry_forms(entry), vowels=vowels,
                                        possessive=entry.kind == "glossary",
                                        office=entry.kind == "glossary" and entry.get("category") == "role",
                                        words=words)
    return _PATTERNS[key]


_NOT_SKELETON = str.maketrans("", "", _LONG_VOWELS)


def _skeleton(norm: str) -> str:
    """``norm`` without its long vowels. Whatever an entry's pattern matches (a spelling, with long
    vowels inserted for places, clitics around it) holds the spelling's skeleton as a substring of
    the text's skeleton, so an entry none of whose skeletons is there cannot match."""
    return norm.translate(_NOT_SKELETON)


class _Candidates:
    """A lexicon's entries indexed by the skeletons of their Arabic spellings, built once per lexicon:
    :func:`find_entities` compiles and runs only the patterns of the entries a text can name,
    instead of one regex per entry on every process start.

    A one-word spelling matches a whole token (clitics before it, a possessive after it for a
    concept), so the token's skeleton is a clitic chain's then the spelling's, a possessive's cut
    off; a spelling
    of several words (or with punctuation) must occur in the text's skeleton.
    """

    _cache: dict[int, tuple[Lexicon, _Candidates]] = {}
    _POSSESSIVES = ("", "ه", "هم", "هن", "ن", "كم")  # the skeletons of _POSSESSIVE's endings
    # the skeletons of the clitics _alias_pattern allows before a name: [وف]?(ب|ل|ك|لل)?(ال)?
    _CLITICS = frozenset(f + b + a for f in ("", "ف") for b in ("", "ب", "ل", "ك", "لل") for a in ("", "ل"))

    def __init__(self, lexicon: Lexicon) -> None:
        self.entries = list(lexicon.entries)
        self.single: dict[str, list[int]] = {}
        self.multi: list[tuple[int, str]] = []
        self.always: list[int] = []
        for i, e in enumerate(self.entries):
            if e.get("search_only"):
                continue  # an English word's Arabic (marsad.core.lexicon): found by its English only
            for form in {f for f in _entry_forms(e) if len(f) >= 2}:
                skel = _skeleton(form)
                if not re.fullmatch(r"\w+", form):
                    self.multi.append((i, skel))
                elif skel:
                    self.single.setdefault(skel, []).append(i)
                else:
                    self.always.append(i)

    @classmethod
    def of(cls, lexicon: Lexicon) -> _Candidates:
        held = cls._cache.get(id(lexicon))
        if held is None or held[0] is not lexicon:
            held = cls._cache[id(lexicon)] = (lexicon, cls(lexicon))
        return held[1]

    def in_text(self, norm: str) -> list[Entry]:
        """The entries (in lexicon order) that may be named in ``norm`` (a superset of those named)."""
        hits = set(self.always)
        for token in set(re.findall(r"\w+", norm)):
            t = _skeleton(token)
            for cut in self._POSSESSIVES:
                if cut and not t.endswith(cut):
                    continue
                base = t[: len(t) - len(cut)]
                for i in range(min(len(base), 4)):
                    if base[:i] in self._CLITICS:
                        hits.update(self.single.get(base[i:], ()))
        if self.multi:
            full = _skeleton(norm)
            hits.update(i for i, skel in self.multi if skel in full)
        return [self.entries[i] for i in sorted(hits)]


def places_in(norm: str, lexicon: Lexicon) -> list[Entry]:
    """The lexicon's places that normalised text ``norm`` may name (a cheap superset: check with :func:`mentions`)."""
    return [e for e in _Candidates.of(lexicon).in_text(norm) if e.kind == "places"]


def mention_starts(entry: Entry, norm: str) -> list[int]:
    """Where normalised text ``norm`` names ``entry`` by one of its Arabic spellings (character offsets)."""
    pattern = _entry_pattern(entry)
    return [m.start() for m in pattern.finditer(norm)] if pattern is not None else []


NISBA_NOT_PLACE = False  # switch for A/B measurement (tests patch it). OFF: measured (qa_run, pass 57) it lost 5
# set items whose question names a state by its adjective too (an Afghan man in Vienna, American soldiers in
# Afghanistan): it must apply only when the question asks "in <state>" by the state's name, which mentions() can't see
# A people's adjective names its state as the place only when the text names no other state as where it happened:
# "خمسة عمال سودانيين قتلوا قرب مدينة في جنوب ليبيا" is not an event in Sudan (the adjective says who, the
# preposition's state says where)
_NISBA_TAILS = ("ي", "يه", "يين", "يون", "يات", "ين", "ون", "ات")
_WHERE = re.compile(r"(?<!\w)(?:[وف]?(?:في|جنوب|شمال|شرق|غرب|وسط|قرب|داخل|بدوله)\s+|[وف]?ب)(?:ال)?(\w{3,})")


def _adjective_elsewhere(entry: Entry, found: str, norm: str) -> bool:
    """(:data:`NISBA_NOT_PLACE`) ``found`` (a match of a country ``entry``'s pattern in ``norm``) is one of its
    people's adjectives, and ``norm`` names another state after في/جنوب/شمال/قرب...: the adjective is not the place."""
    if not NISBA_NOT_PLACE or entry.kind != "places" or entry.get("admin_level") != "country":
        return False
    word = found.strip()
    names = {normalize(entry.canonical)} | {normalize(n) for n in entry.ar if not n.endswith(("ي", "ية"))}
    if not word.endswith(_NISBA_TAILS) or any(word.endswith(n) or word.endswith(n.removeprefix("ال"))
                                              for n in names):
        return False
    from marsad.core.gazetteer import get_world_gazetteer, registry_country

    gaz = get_world_gazetteer()
    own = registry_country(entry) or gaz.country_code(entry.canonical)
    for m in _WHERE.finditer(norm):
        for name in (m.group(1), "ال" + m.group(1)):
            code = next((p.country_code for p in gaz.lookup(name) if p.admin_level == "country"), None)
            if code and code != own:
                return True
    return False


def mentions(entry: Entry, text: str, *, normalized: bool = False) -> bool:
    """True when ``text`` names ``entry``: one of its Arabic spellings (clitics allowed) or English names.

    Args:
        entry: a lexicon entry.
        text: raw text (or already normalised text with ``normalized=True``).
        normalized: ``text`` is already the output of :func:`marsad.core.arabic.normalize`.
    """
    norm = text if normalized else normalize(text)
    pattern = _entry_pattern(entry)
    if pattern is not None and any(not _adjective_elsewhere(entry, m.group(0), norm) for m in pattern.finditer(norm)):
        return True
    if COUNTRY_BY_PLACES and entry.get("by_places") and entry.get("admin_level") == "country" and entry.name_en:
        inner = _country_places(entry.name_en)
        if inner is not None and inner.search(norm):
            return True
    if COUNTRY_BY_OFFICIALS and entry.kind == "places" and entry.get("admin_level") == "country":
        inner = _country_officials(entry.canonical)
        if inner is not None and inner.search(norm):
            return True
    low = norm.lower()
    return any(re.search(rf"(?<![\w]){re.escape(en.lower())}(?![\w])", low) for en in entry.en if len(en) >= 3)


COUNTRY_BY_OFFICIALS = True  # switch for A/B measurement (tests patch it)
_COUNTRY_OFFICIALS: dict[str, re.Pattern[str] | None] = {}


def _country_officials(country: str) -> re.Pattern[str] | None:
    """One pattern of the Arabic spellings of the lexicon's officials of a state (by the country entry's canonical
    name, through its ISO code): a text naming the state's king, president or minister by name or title ("الملك
    سلمان", "خادم الحرمين الشريفين", "عادل الجبير") tells of that state though it never writes its name -- "the Saudi
    relief campaign" is told as the campaign of "مركز الملك سلمان". Only spellings of six or more letters (a bare
    family name is too often another man's). A spelling of one word (a family name alone) is read as written, with
    no article glued to it: "روحاني" is Rouhani, "الروحاني" the adjective spiritual ("الأب الروحاني"), "السليماني" a
    man of Sulaymaniyah; with his given name or title before it the article is his ("علي الخامنئي")."""
    if country not in _COUNTRY_OFFICIALS:
        from marsad.core.gazetteer import get_world_gazetteer
        from marsad.core.lexicon import get_lexicon

        code = get_world_gazetteer().country_code(country)
        officials = [e for e in get_lexicon().entries if code and e.kind == "actors" and e.get("type") == "official"
                     and e.get("country_code") == code and not e.get("generic")]
        several: list[str] = []
        single: list[str] = []
        for entry in officials:
            for form in _entry_forms(entry):
                if len(form) < 6:
                    continue
                if " " in form:
                    several.append(form)
                else:
                    single.append(form)
                    if not form.startswith("ال"):
                        several += _titled(entry, "ال" + form)
        _COUNTRY_OFFICIALS[country] = _officials_pattern(several, single)
    return _COUNTRY_OFFICIALS[country]


def _titled(entry: Entry, form: str) -> list[str]:
    """A family name after the man's given name (the first word of his canonical name), the first word of his role
    or his whole role ("علي الخامنئي", "المرشد الخامنئي")."""
    role = normalize(str(entry.get("role") or "")).split()
    name = normalize(entry.canonical).split()
    return ([f"{role[0]} {form}", f"{' '.join(role)} {form}"] if role else []) + (
        [f"{name[0]} {form}"] if len(name) > 1 else [])


def _officials_pattern(several: list[str], single: list[str]) -> re.Pattern[str] | None:
    """Spellings of several words with the usual clitics (:func:`_alias_pattern`); one-word spellings with و/ف and
    ب/ل/ك only: no article glued on."""
    parts = []
    if several:
        parts.append(_alias_pattern(several).pattern)
    single = sorted(set(single), key=len, reverse=True)
    if single:
        parts.append(rf"(?<![\w])(?:[وف]?(?:ب|ل|ك)?)(?:{'|'.join(re.escape(f) for f in single)})(?![\w])")
    return re.compile("|".join(f"(?:{p})" for p in parts)) if parts else None


COUNTRY_BY_PLACES = True  # switch for A/B measurement (tests patch it)
_COUNTRY_PLACES: dict[str, re.Pattern[str] | None] = {}


def _country_places(country: str) -> re.Pattern[str] | None:
    """One pattern of the Arabic spellings of the lexicon's places inside ``country`` (by its English name): a
    text telling of an event in Mogadishu is about Somalia though it never writes the country's name. Only
    spellings of four or more letters (a short one is too often a word). Read for a country entry marked
    ``by_places`` (:func:`marsad.agent.qa.translit.with_words` marks the only place of a question that names
    no finer one: with a finer place, the country is only its context)."""
    if country not in _COUNTRY_PLACES:
        from marsad.core.lexicon import get_lexicon

        forms = [f for e in get_lexicon().entries if e.kind == "places" and e.get("country") == country
                 and e.get("admin_level") != "country" for f in _entry_forms(e) if len(f) >= 4]
        _COUNTRY_PLACES[country] = _alias_pattern(forms, vowels=True) if forms else None
    return _COUNTRY_PLACES[country]
