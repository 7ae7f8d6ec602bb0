"""Actors: registry entries found in the text, and titled persons the registry does not know.

News introduces a person by role, rank and name: "المتحدث باسم قيادة العمليات المشتركة
اللواء تحسين الخفاجي", "مدير الإعلام في وزارة البيشمركة العميد عثمان محمد", "النائب عن
محافظة كركوك ... أرشد الصالحي". The rules read the rank (or the end of the role's
organisation) as the start of the name, the name up to its family name (a token with
"ال") or two tokens, and the role back to its head noun (المتحدث، رئيس، قائد، ...).
Later mentions by family name alone ("وقال الخفاجي", "وكان رسول يتحدث") are linked to
the person.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from functools import lru_cache

from marsad.agent.offline import rules
from marsad.agent.offline.mentions import Mention
from marsad.agent.offline.merge import citations, window_span
from marsad.agent.offline.text import Sentence
from marsad.agent.offline.vocab import KILLED
from marsad.core.arabic import clitic_variants, normalize
from marsad.core.gazetteer import get_world_gazetteer, registry_country
from marsad.core.lexicon import Entry, get_lexicon, role_at
from marsad.schemas import Actor

__all__ = ["Person", "find_persons", "build_actors", "state_entry", "state_of", "state_acting", "RANKS"]


def _norm_set(words: str) -> set[str]:
    return {normalize(w) for w in words.split()}


RANKS = rules.words("actors", "ranks")  # without the article, لواء / فريق / عميد / رائد / نقيب are also "brigade", "team", "dean", "pioneer"
RANKS = {r.replace("_", " ") for r in RANKS}
_RANK_SUFFIX = rules.words("actors", "rank_suffix")
ROLE_HEADS = rules.words("actors", "role_heads")
ROLE_HEADS = {r.replace("_", " ") for r in ROLE_HEADS}
_BACK_STOPS = rules.words("actors", "back_stops")
_NAME_STOPS = _BACK_STOPS | rules.words("actors", "name_stops")
# common given names of Iraqi, Kurdish and Turkmen officials: where a name starts after a role
# ("وزير الدفاع سالم الحديثي"). "علي" is left out: after normalisation it is also the preposition على.
GIVEN_NAMES = rules.words("actors", "given_names")
_COMPOUND_FIRST = rules.words("actors", "compound_first")
_LINEAGE = rules.words("actors", "lineage")
_HONORIFICS = rules.words("actors", "honorifics")
_COMMON_FIRST = rules.words("actors", "common_first")
_NOT_NAME_WORDS = rules.words("actors", "not_name_words")
"""Common nouns that follow a role phrase and are no name ("أعلن قائد الشرطة، مقتل مسلحين")."""
_NAME_END_WORDS = rules.words("actors", "name_end_words")
"""Words that may follow a name (verbs of saying after the subject, "إن"/"أن")."""
_NEVER_NAME = rules.words("actors", "never_name_words")
"""Words never part of a name that do not mark where one ends either: a verb, particle or adverb read on after a
title ("الرئيس المخلوع، أدى اشتباك"، "تلقى طلبا"، "تمام سلام مزيدا"). (As name ends they would let a title's
own words pass for a name: "كبير القضاة الأسبق".)"""


@dataclass
class Person:
    """A person found in the text.

    Attributes:
        name: the name as written.
        norm_tokens: its normalised tokens.
        sentence: index of the sentence.
        start: raw start of the name.
        end: raw end of the name.
        i: first token index of the name.
        j: token index past the name.
        role: the role phrase as written, or None.
        rank: the rank as written, or None.
        entry: the registry entry when the person is known.
        org: the registry entry of the organisation named in the role, if any.
        evidence: raw span of role + rank + name.
    """

    name: str
    norm_tokens: tuple[str, ...]
    sentence: int
    start: int
    end: int
    i: int
    j: int
    role: str | None = None
    rank: str | None = None
    entry: Entry | None = None
    org: Entry | None = None
    evidence: tuple[int, int] = (0, 0)
    extra_spans: list[tuple[int, int]] = field(default_factory=list)
    outer: tuple[int, int] | None = None  # tokens of a title that serves this known official ("المستشار الإعلامي ل...")


_RANK_NOUNS = rules.words("actors", "ranks_also_nouns")
"""Ranks that are also common nouns (team, dean, brigade, ...): a name after them needs a given or family name."""
_KUNYA = rules.words("actors", "kunya_introducers")
"""After a name: the nickname of that man ("المكنى أبو فارس"), no new person."""
_INTRODUCERS = rules.words("actors", "name_introducers") | _KUNYA
_ORDINALS = rules.words("actors", "ordinals_after_brigade")
"""After "اللواء": the brigade's number ("قائد اللواء أول حرس حدود"), so "اللواء" is no rank there ("الفريق أول"
is one)."""
_LIWA = normalize("اللواء")
"""Words that announce a name ("القيادي المدعو طه الشهاري"، "المكنى أبو محمد")."""
_FIRST_NAMES_ALSO_WORDS = rules.words("actors", "first_names_also_words")
_STATE_LOCATIVE = rules.words("actors", "state_locative_before")
"""Right before a country's name: the country is a place ("في تركيا"، "شمال سوريا"), not a state acting."""
_STATE_BEFORE = rules.words("actors", "state_agent_before")
_STATE_AFTER = rules.words("actors", "state_agent_after")
"""Around a country's name: it acts (a verb of a state's act before or after it, "بين"/"مع"/"أن" before it)."""
_STATE_BORDER = rules.words("actors", "state_border_words")
"""Before "مع": the country is across a border, a place ("قرب الحدود مع مالي")."""
_STATE_LINK = rules.words("actors", "state_link_words")
"""Before "بين": a road, crossing or line joining two countries ("المنفذ الرابط بين اليمن والسعودية"): places."""
_STATE_PLACE_VERBS = rules.words("actors", "state_place_verbs")
"""Verbs whose subject is a country as a place things happen in ("وتعرضت مقديشو لهجمات"، "أن أفغانستان سجلت")."""
_STATE_BACKER = rules.words("actors", "state_backer_words")
"""Before "من": the country after backs someone ("المدعومة من إيران"، "بدعم من تركيا")."""
_STATE_ENVOY = rules.words("actors", "state_envoy_words")
"""Before "لدى": an envoy, so the country after is the state he is accredited to ("سفيرها لدى الهند")."""
_STATE_CAPITALS = {normalize(k.replace("_", " ")): v for k, v in rules.table("actors", "state_capitals").items()}
"""Capitals that stand for their government when not a place ("اتفاق واشنطن وأنقرة")."""


_COMMON_WORDS = rules.words("common_words", "common_words")
"""Common Arabic vocabulary: nouns, verbs, adjectives and particles that are no name. Built offline from word
counts of the development slice: a word is listed when its OTHER forms are frequent, i.e. when it also occurs
with the article (a noun or adjective: "تعزيز"/"التعزيز") or with verb and noun endings and prefixes ("قرر"/
"قررت"/"يقرر"); a word written with the article is listed when its forms without the article are frequent
("الظروف"/"ظروف"). A foreign given name ("ديفيد") or a family name ("الدماطي") has no such forms. Only words
seen at least 8 times, with at least 8 occurrences of the other forms."""
_GOD = normalize("الله")
_VOCABULARY_CHECK = True


def _vocabulary_name(words: list[str] | tuple[str, ...]) -> bool:
    """True when every token of a "name" is common vocabulary and none a known given name: a title or an
    organisation read on into the sentence ("الرئيس الأميركي قرر الانسحاب"، "نظيره التركي محادثات مهمة"،
    "الفريق ... هدف المباراة الوحيد"). "الله" is a name's part ("قريب الله") except after a pronoun ("رحمه الله");
    "X الX" ("سلامة السلامة") is a given name with its family name."""
    toks = [w for t in words for w in t.split("_") if w]
    if not toks or len(toks) >= 2 and toks[-1] == "ال" + toks[0]:
        return False
    for x, t in enumerate(toks):
        if t in GIVEN_NAMES or t in _COMPOUND_FIRST or t in _FIRST_NAMES_ALSO_WORDS or t[:2] == "ال" and t[2:] in GIVEN_NAMES:
            return False
        if t == _GOD:
            if x == 0 or not toks[x - 1].endswith("ه"):
                return False
        elif t not in _COMMON_WORDS and not (_CLITIC_VOCABULARY and _glued_word(t)):
            return False
    return True


def _firm_rank(p: Person) -> bool:
    """True when the person was read after a rank that is no common noun ("الملا نور ولي"، "العقيد ..."): the
    words after it are a name even when they are also words. ("الفريق" is also the team, "العميد" the dean.)"""
    if not _FIRM_RANK or not p.rank or not p.rank.split():
        return False
    first = _norm(p.rank.split()[0])
    return first in RANKS and first not in _RANK_NOUNS


_CLITIC_VOCABULARY = True
_CLEAN_NAME = True
_FIRM_RANK = True


def _glued_word(t: str) -> bool:
    """True for a common word behind a glued conjunction or preposition ("بالوضع"، "لحسم"، "بالفعل"): a form
    :func:`clitic_variants` gives, or that form without its article, is vocabulary and no given name."""
    for _, form in clitic_variants(t, min_rest=3):
        for rest in (form, form[2:]) if form.startswith("ال") else (form,):
            if rest in _COMMON_WORDS and rest not in GIVEN_NAMES:
                return True
    return False


def _place_name(words: tuple[str, ...]) -> bool:
    """True when the whole "name" is a place of the world gazetteer ("يزور الوزير رام الله"، "العاصمة الإثيوبية
    أديس أبابا"). A kunya is a man's name even where a town bears it ("الدكتور أبو كمال")."""
    if words[0] in _COMPOUND_FIRST:
        return False
    return bool(get_world_gazetteer().lookup(" ".join(w for t in words for w in t.split("_") if w)))


_PLACE_CHECK = True


_TANWEEN = frozenset("\u064b\u064c\u064d")
"""Nunation marks: a word written with one ("مدافعاً"، "أيضاً") is an indefinite noun or adverb, never a name."""


def _has_tanween(s: Sentence, t: int) -> bool:
    a, b = s.token_span(t, t + 1)
    return not _TANWEEN.isdisjoint(s.quote(a, b + 1))  # (the span ends at the last letter, before its marks)


def _is_name_token(tok: str, first: bool = False) -> bool:
    if first and tok in _FIRST_NAMES_ALSO_WORDS:
        return True  # "اللواء صباح الزهيري": a first name, not "morning"
    return (len(tok) >= 2 and tok.isalpha() and tok not in _NAME_STOPS and tok not in RANKS
            and tok not in ROLE_HEADS and not tok.isascii() and tok not in _NEVER_NAME)


def _read_name(s: Sentence, k: int, blocked: set[int]) -> int:
    """Token index past the name starting at k (k itself when there is none).

    A name is two to five name-like tokens: it ends at the family name (a token with the
    article: "تحسين الخفاجي"، "عباس حسن جبر الحميدواي") or after first and father name
    ("عثمان محمد"); "بن"/"آل" carry it on ("عادل بن أحمد الجبير"). A first token glued to a
    preposition ("لإطلاق") or the preposition على (which normalises like the name علي) is
    no name.
    """
    words = s.words
    n = len(words)
    if k >= n or (words[k].startswith("ال") and not words[k].startswith("الله")):
        return k  # a first name does not carry the article
    first = words[k]
    if first in {"بن", "ابن", "ال"} or s.quote(*s.token_span(k, k + 1)).startswith("على") or (
            first not in GIVEN_NAMES and first[:1] in {"ل", "ب", "و", "ف", "ي"} and first not in _COMPOUND_FIRST
            and not first.startswith(("يحي", "يوسف", "ياسر", "ياسين", "يونس", "وليد", "وسام", "وائل", "بشير", "باسل",
                                      "لطيف", "ليث", "لؤي", "فاضل", "فالح", "فلاح", "فراس", "فؤاد", "فيصل", "فرهاد"))):
        return k
    end = k
    while end < n and end - k < 5 and end not in blocked and not _has_tanween(s, end) and (
            _is_name_token(words[end], first=end == k) or end > k and (_is_ali(s, end) or _is_amin(s, end))):
        if end > k and (s.tokens[end].clause_start or s.tokens[end].soft_break):
            break
        if end > k + 1 and words[end].startswith("و") and words[end - 1] not in _LINEAGE:
            break  # "جلال طالباني وحركة التغيير": the conjunction ends the name
        if end > k and end + 1 < n and (f"{words[end]} {words[end + 1]}" in ROLE_HEADS or end + 2 < n and (
                words[end] == words[end + 1] and f"{words[end + 1]} {words[end + 2]}" in ROLE_HEADS)):
            break  # "... بن عبدالعزيز ولي العهد"، "ولي ولي العهد": a title ends the name
        if end > k and words[end][:1] in {"ل", "ب"} and words[end].endswith(("ه", "ها", "هم", "هما")) and len(words[end]) > 4:
            break  # "تقديرا لجهوده"، "باستمراره": a preposition with a pronoun, not a name
        end += 1
    if end - k < 2:
        return k
    # the family name (al-nisba) closes the name; else first + father name
    stop = None
    for x in range(k + 1, end):
        if words[x] in _NOT_NAME_WORDS and x >= k + 2 and not _is_ali(s, x) or _is_ala(s, x):
            end = stop = x  # "محمد سعيد سرواري الهجوم": a common noun after the given names is no family name
            break  # (and the preposition على as written: "وشدد الجنرال فلان على القول")
        if words[x].startswith("ال") and words[x - 1] not in _COMPOUND_FIRST:
            stop = x + 1
            break
    if stop is None:
        stop = min(end, k + 3) if (first in _COMPOUND_FIRST or first.startswith("عبد")) else k + 2
        if stop < end and _name_ends(s, stop + 1) and not words[stop].startswith("و") \
                and words[stop] not in _NOT_NAME_WORDS and words[stop] not in KILLED:
            stop += 1  # "عبد ربه منصور هادي،"، "أحمد داود اوغلو أن": the name runs to where it must end
    if stop - k < 2:
        return k
    if words[stop - 1] in _LINEAGE and stop < n and _after_lineage(words[stop]):
        stop += 1  # "محمد بن سلمان"، "إياد بن أمين"
    while stop + 1 < n and words[stop] in _LINEAGE and stop + 1 not in blocked and _after_lineage(words[stop + 1]):
        stop += 2  # "فيصل بن فرحان"، "عبد الله بن زايد آل نهيان"
        if stop < n and words[stop].startswith("ال") and words[stop] not in _LINEAGE and words[stop - 1] not in _LINEAGE \
                and _is_name_token(words[stop]):
            stop += 1  # (not "آل", which normalises to "ال": "بن عبدالعزيز آل سعود" goes on)
    # a second family name: after "آل X" ("علي بن عمير آل حرمان الشهراني"), or a house after the family
    # ("محمد خالد الحمد الصباح"); a nisba after a plain family name is an adjective ("... الصالحي العراقي")
    if k + 2 <= stop < n and stop not in blocked and words[stop].startswith("ال") and words[stop] not in _LINEAGE \
            and _is_name_token(words[stop]) and words[stop] not in _NOT_NAME_WORDS and _name_ends(s, stop + 1) \
            and (words[stop - 2] in _LINEAGE or (words[stop - 1].startswith("ال") and not _is_nisba(words[stop]))):
        stop += 1
    return stop


def _after_lineage(tok: str) -> bool:
    """A token right after "بن"/"ابن"/"آل" is a name whatever else it may mean ("إياد بن أمين مدني"،
    "تركي آل الشيخ"): a title or role word there is the father's or the house's name."""
    return len(tok) >= 2 and tok.isalpha() and not tok.isascii() and tok not in _NAME_STOPS and tok not in _NEVER_NAME


def _is_verb_amr(s: Sentence, x: int) -> bool:
    """True when token x is the verb أمر ("ordered": "أمر خادم الحرمين الشريفين بـ..."), which normalises like
    the rank noun آمر (commander). Only the hamza on the alif tells them apart."""
    if s.words[x] not in {"امر", "وامر"}:
        return False
    raw = s.quote(*s.token_span(x, x + 1)).lstrip("و")
    return raw.startswith("أمر")


_AMIN_TITLE_NEXT = frozenset({"عام", "العام", "سر", "الصندوق"})


def _is_amin(s: Sentence, t: int) -> bool:
    """True when token t is the name أمين inside a name ("سليم أمين، قائد الشرطة"), not the title "أمين عام"."""
    return s.words[t] == "امين" and (t + 1 >= len(s.words) or s.words[t + 1] not in _AMIN_TITLE_NEXT)


def _is_ali(s: Sentence, t: int) -> bool:
    """True when token t is the name علي as written (not the preposition على, which normalises like it)."""
    return s.words[t] == "علي" and s.quote(*s.token_span(t, t + 1)).endswith("علي")


def _is_ala(s: Sentence, t: int) -> bool:
    """True when token t is the preposition على as written (with alif maqsura), which normalises like the name علي."""
    return s.words[t] == "علي" and s.quote(*s.token_span(t, t + 1)).endswith("على")


def _is_nisba(w: str) -> bool:
    """A nationality or relational adjective ("الأمريكي"، "الإسرائيلية"، "الاشتراكي")."""
    return w.startswith("ال") and len(w) >= 6 and w.endswith(("ي", "يه", "ية"))


def _name_ends(s: Sentence, end: int) -> bool:
    """True when the token at ``end`` cannot carry a name on: the sentence ends, a clause mark, a
    function word or verb of saying, a conjunction or a role noun ("..., دان كوتس، إن"، "كاتز وقال")."""
    words = s.words
    if end >= len(words) or s.tokens[end].clause_start or s.tokens[end].soft_break:
        return True
    w = words[end]
    return w in _NAME_STOPS or w in ROLE_HEADS or (w.startswith("و") and len(w) > 3) or w in _NAME_END_WORDS


_ROLE_FIRST_WORDS = frozenset(h.split(" ")[0] for h in ROLE_HEADS if " " in h)
"""First words of the two-word role heads: only they can open one (the pair is built only for them)."""


_WITH = frozenset({"مع", "ومع"})


def _role_before(s: Sentence, r: int, blocked_persons: set[int], with_stop: bool = False) -> int | None:
    """Index of the role head noun whose phrase ends just before token r, or None. With ``with_stop`` (the title
    of a man already found) a role noun after "مع" is his whole title."""
    a, _ = s.clause_bounds(max(0, r - 1)) if r > 0 else (0, 0)
    head = None
    x = r - 1
    while x >= max(a, r - 14):
        w = s.words[x]
        if w in _BACK_STOPS or x in blocked_persons or _is_verb_amr(s, x):
            break  # "أمر خادم الحرمين": the verb "ordered", no commander
        if with_stop and head is not None and w in _WITH:
            break  # "التقى الوزير مع الرئيس الأميركي فلان": the title after "مع" is his, the one before another's
        bare = w[1:] if w.startswith("و") and w[1:] in ROLE_HEADS else w
        if x > 0 and s.words[x - 1] in _ROLE_ADJ_AFTER:
            x -= 1
            continue  # "مؤتمر صحفي مع نظيره": an adjective ("press conference"), not the journalist
        if bare in ROLE_HEADS or (x + 1 < r and bare in _ROLE_FIRST_WORDS and f"{bare} {s.words[x + 1]}" in ROLE_HEADS):
            head = x
            if bare.startswith("نظير"):
                break  # "مع نظيره الإماراتي": the counterpart's title starts here
        x -= 1
    return head


_ON_BEHALF = frozenset({normalize("باسم"), normalize("عن")})
"""Right before a known official after a title: he is whom the title serves ("المتحدث باسم"، "نائبا عن")."""
_RAIS, _HAYA = normalize("رئيس"), {normalize("هيئة"), normalize("وهيئة")}
"""Before "أركان" they make it the staff ("رئيس أركان"، "هيئة أركان"), not the given name Arkan."""
_ROYAL = rules.words("actors", "royal_titles")
"""A title a known royal's name may open with ("الملك سلمان"): after a place noun it names the place."""
_PLACE_BEFORE_TITLE = rules.words("actors", "place_nouns_before_title")
"""Before an honorific: a place named after a man ("حي الشيخ عثمان"، "مسجد الشيخ زايد"), not the man."""
_ROLE_ADJ_AFTER = rules.words("actors", "role_adjective_after")
"""Nouns after which a role word is an adjective ("مؤتمر صحفي")."""
_QUOTE_OPENERS = frozenset(':«»"(“')


def find_persons(sentences: list[Sentence], mentions: list[list[Mention]]) -> list[Person]:
    """Named persons: registry officials and titled persons the registry does not know.

    Args:
        sentences: the document's sentences.
        mentions: gazetteer mentions per sentence (same order).

    Returns:
        One :class:`Person` per mention, in text order (the same person may recur).
    """
    out: list[Person] = []
    for s, ms in zip(sentences, mentions, strict=True):
        mention_tokens: dict[int, Mention] = {}
        for m in ms:
            for t in range(m.i, m.j):
                mention_tokens[t] = m
        person_tokens: set[int] = set()
        # registry officials
        for m in ms:
            if m.kind == "actors" and m.entry.get("type") == "official":
                out.append(_person(s, m.i, m.j, m.entry, ms, person_tokens))
        # rank + name
        words = s.words
        x = 0
        while x < len(words):
            w = words[x]
            if w in _INTRODUCERS and x + 1 < len(words) and x + 1 not in mention_tokens:
                end = _read_name(s, x + 1, set(mention_tokens) | person_tokens)  # "المدعو أبو بركات العفري"
                if w in _KUNYA and x > 0 and (x - 1) in person_tokens:
                    x = max(end, x + 1)  # "سالم الزبيدي المكنى أبو فارس": the man named just before, not another
                    continue
                if end - (x + 1) >= 2:
                    out.append(_person(s, x + 1, end, None, ms, person_tokens, intro=x))
                    x = end
                    continue
            if w not in RANKS and w[:1] == "و" and w[1:] in RANKS and x not in mention_tokens:
                w = w[1:]  # "والأمير فهد بن تركي": a rank after the conjunction
            if w in RANKS and x not in mention_tokens and x not in person_tokens \
                    and not (w == _LIWA and x + 1 < len(words) and words[x + 1] in _ORDINALS):
                k = x + 1
                while k < len(words) and words[k] in _RANK_SUFFIX:
                    k += 1
                if w not in _HONORIFICS and k + 1 < len(words) and _is_nisba(words[k]) and (
                        k not in mention_tokens or mention_tokens[k].kind == "places"):
                    k += 1  # "البريجادير جنرال الأمريكي كيفين كيليا": the officer's nationality
                if k < len(words) and k in mention_tokens and mention_tokens[k].entry.get("type") == "official":
                    x = k
                    continue
                blocked = set(mention_tokens) | person_tokens
                m_k = mention_tokens.get(k)
                if m_k is not None and m_k.kind == "actors" and m_k.j == m_k.i + 1:
                    blocked.discard(k)  # "العقيد بدر بن ناصر": after a rank, a one-word group name is a first name
                end = _read_name(s, k, blocked)
                if w in _HONORIFICS and (k >= len(words) or (words[k] not in GIVEN_NAMES and words[k] not in _COMPOUND_FIRST)):
                    end = k  # "الشيخ" / "الدكتور" + a common noun is no name
                if w in _RANK_NOUNS and end > k and words[k] not in GIVEN_NAMES and words[k] not in _COMPOUND_FIRST \
                        and not any(t.startswith("ال") for t in words[k + 1:end]) \
                        and not (end < len(words) and s.tokens[end].clause_start):  # "النقيب جيف دايفيس، المتحدث"
                    end = k  # "الفريق سيرفع تقريرا" (the team), "العميد مدة ..." (the dean): no given name, no family

                if end > k:
                    out.append(_person(s, k, end, None, ms, person_tokens, rank_at=(x, k)))
                    x = end
                    continue
            x += 1
        if not any(w in ROLE_HEADS or w in _ROLE_FIRST_WORDS or w[:1] == "و" and w[1:] in ROLE_HEADS for w in words):
            continue  # the rules below all need a role noun (before or after the name)
        # role + organisation + a given name ("وزير الدفاع سالم الحديثي"، "قائممقام قضاء المقدادية عدنان الربيعي")
        for k, w in enumerate(words):
            if w not in GIVEN_NAMES or k in mention_tokens or k in person_tokens or k == 0:
                continue
            if w == "اركان" and (words[k - 1].endswith(_RAIS) or words[k - 1] in _HAYA):
                continue  # "رئيس أركان الجيش"، "هيئة أركان القوات": the staff, not the given name Arkan
            if k > 0 and words[k - 1] in _COMPOUND_FIRST and (k - 1) not in mention_tokens:
                k -= 1  # "أبو محمد العدناني"
            head = _role_before(s, k, person_tokens)
            if head is not None and k - head > 7:
                # a long title ("عضو لجنة الطاقة والمياه في مجلس الشورى العماني النائب سالم ..."): the nearest role noun
                head = next((x for x in range(k - 1, k - 8, -1) if x >= 0 and (
                    words[x] in ROLE_HEADS or words[x][:1] == "و" and words[x][1:] in ROLE_HEADS)), None)
            if head is None or head >= k - 0 or k - head > 7:
                continue
            if any(s.tokens[t].clause_start for t in range(head + 1, k)):
                continue  # a comma right before the name is fine ("المتحدث باسم العشائر، محمد الشعباني")
            end = _read_name(s, k, (set(mention_tokens) | person_tokens) - _place_surname(s, k, mention_tokens))
            if end - k >= 2:
                out.append(_person(s, k, end, None, ms, person_tokens))
        # role + organisation, nationality or comma + a name the given-name list does not know
        # ("وزير الاستخبارات الإسرائيلي، إسرائيل كاتز"، "مدير الاستخبارات الأميركية، دان كوتس"،
        # "النائب الليبرالي البلجيكي ماتياس فانديرهوفن")
        for k in range(1, len(words)):
            if k in mention_tokens or k in person_tokens or words[k] in GIVEN_NAMES or words[k] in _COMPOUND_FIRST \
                    and words[k] not in {"عبد"}:
                continue
            comma = s.tokens[k].clause_start or s.tokens[k].soft_break
            prev = words[k - 1]
            after_org = (k - 1) in mention_tokens and mention_tokens[k - 1].kind in {"places", "actors"}
            titled = _ROLE_THEN_NAME and any(x >= 0 and (words[x] in ROLE_HEADS or words[x][:1] == "و" and words[x][
                1:] in ROLE_HEADS) for x in ((k - 2, k - 3) if prev in _HONORIFICS else (k - 2,) if prev[:2] == "ال" else ()))
            if not (comma or after_org or _is_nisba(prev) or titled):
                continue
            if not _QUOTE_OPENERS.isdisjoint(s.quote(*s.token_span(k - 1, k + 1))):
                continue  # a quotation or an aside opens here, not a name
            if after_org and _is_nisba(words[k]):
                continue
            head = _role_before(s, k, person_tokens)
            if head is None or k - head > 8 or any(c in s.quote(*s.token_span(head, k + 1)) for c in '«»"“”'):
                continue
            end = _read_name(s, k, (set(mention_tokens) | person_tokens) - _place_surname(s, k, mention_tokens))
            ends = _name_ends(s, end) or end < len(words) and words[end] in _NOT_NAME_WORDS  # "... نيكولاس هايسوم الهجوم بأنه"
            if titled and not (comma or after_org or _is_nisba(prev)) and not _titled_name(words[k:end]):
                continue  # "وزير الداخلية عزام الدخيل": with no comma or known body, only a plain name and its family
            if end - k < 2 or not ends or any(
                    w in _NOT_NAME_WORDS and not (_PLACE_SURNAME and _is_ali(s, t)) or w in KILLED
                    or w.endswith(("هم", "ها", "هما")) for t, w in enumerate(words[k:end], start=k)):
                continue
            out.append(_person(s, k, end, None, ms, person_tokens))
        # role + organisation + name with a family name ("رئيس لجنة ... في البرلمان العراقي أرشد الصالحي")
        for m in ms:
            k = m.j
            if m.kind != "actors" or m.entry.get("type") == "official" or k in person_tokens or k in mention_tokens:
                continue
            if k >= len(words) or s.tokens[k].clause_start:
                continue
            end = _read_name(s, k, set(mention_tokens) | person_tokens)
            has_family = end - k >= 2 and any(words[t].startswith("ال") for t in range(k + 1, end))
            head = _role_before(s, m.i, person_tokens) if has_family else None
            if head is not None and not any(c in s.quote(*s.token_span(head, k + 1)) for c in '«»"“”'):
                out.append(_person(s, k, end, None, ms, person_tokens))  # (a quotation between: its words, no name)
        # a name, then its role ("وقال خليل الحية، عضو المكتب السياسي"، "عن مقتل محسن الفضلي، زعيم جماعة
        # خراسان"، "وقال فرج اقعيم وهو قائد ميداني"): a known given name, or any name after a verb of saying
        for k in range(len(words)):
            if k in mention_tokens or k in person_tokens:
                continue
            if words[k] not in GIVEN_NAMES and not (k > 0 and words[k - 1] in _BACK_STOPS) or k > 0 and words[k - 1] in _LINEAGE:
                continue
            end = _read_name(s, k, set(mention_tokens) | person_tokens)
            if end - k < 2 or any((w in _NOT_NAME_WORDS and not _is_ali(s, t)) or w in KILLED
                                  for t, w in enumerate(words[k:end], start=k)):
                continue
            after = _role_after(s, end)
            if after is None:
                continue
            marked = after[0] > end or s.tokens[end].clause_start  # a comma or "وهو" between name and role
            if not marked and (words[k] not in GIVEN_NAMES or words[after[0]] in _HONORIFICS | {"شيخ"}):
                continue
            out.append(_person(s, k, end, None, ms, person_tokens))
    out.extend(_served_by(sentences, mentions, out))
    ends = {(p.sentence, p.j) for p in out}
    out = [p for p in out if not _named_place(sentences[p.sentence], p) and not (
        _VOCABULARY_CHECK and p.entry is None and _vocabulary_name(p.norm_tokens) and not _firm_rank(p)) and not (
        _PLACE_CHECK and p.entry is None and _place_name(p.norm_tokens)) and not (
        p.entry is None and p.i > 0 and sentences[p.sentence].words[p.i - 1] in _KUNYA and (p.sentence, p.i - 1) in ends)]
    # ("سالم الزبيدي المكنى أبو فارس": the nickname of the man just named, no other person)
    out.sort(key=lambda p: p.start)
    out = [p for x, p in enumerate(out) if not _runs_on_repeat(p, out[:x])]
    _trim_roles(out)
    return out


_PLACE_SURNAME = True
_ROLE_THEN_NAME = True


def _titled_name(words: list[str]) -> bool:
    """True when words read right after a title and its one genitive ("وزير التعليم عزام الدخيل"، "وزير الإسكان
    الدكتور شويش الضويحي") are a name the given-name list does not know: they end at a family name with the article,
    and no word is common vocabulary or a word glued to a preposition ("رئيس النادي مازال يدفع"، "رئيسة الحكومة
    تيريزا ماي بشأن ...")."""
    if len(words) < 2 or not words[-1].startswith("ال") or any(w.startswith("ال") for w in words[:-1]):
        return False
    return not any(w in _COMMON_WORDS or _glued_word(w) or (w[2:] in _COMMON_WORDS if w.startswith("ال") else False)
                   for w in words)


def _place_surname(s: Sentence, k: int, mention_tokens: dict[int, Mention]) -> set[int]:
    """The token after the given name at k when it is a one-word place that reads as a family name ("المتحدث باسم
    المجلس علي الأحمدي"، "قائد اللواء محمد الجبوري"): after a title and a known given name, a place written with
    the article right after it closes the man's name (a place that takes the given name in is one mention of both
    words, never split here)."""
    m = mention_tokens.get(k + 1)
    if not _PLACE_SURNAME or m is None or m.kind != "places" or m.i != k + 1 or m.j != k + 2 or not (
            s.words[k] in GIVEN_NAMES or _is_ali(s, k)):
        return set()
    w = s.words[k + 1]
    if not w.startswith("ال") or w in _NOT_NAME_WORDS or not _name_ends(s, k + 2):
        return set()
    return {k + 1}


def _runs_on_repeat(p: Person, before: list[Person]) -> bool:
    """True for a two-word name that is a man named before in full, told again by one of his names and read on
    into the next word ("الأمير زيد بن رعد ... ووجه الأمير زيد انتقادات"، "مين أونغ هلاينغ ... الجنرال هلاينغ
    كرر"): his family name, or under the same honorific the given name of a name written with "بن", then a
    word not in his name."""
    if p.entry is not None or len(p.norm_tokens) != 2:
        return False
    one, two = p.norm_tokens
    if two.startswith("ال") or two in _LINEAGE or one in _COMMON_FIRST:
        return False
    for q in before:
        names = q.norm_tokens
        if len(names) < 2 or two in names or one not in names:
            continue
        if names[-1] == one or names[0] == one and len(names) >= 3 and _LINEAGE.intersection(names) \
                and p.rank and q.rank and _norm(p.rank) == _norm(q.rank):
            return True  # (not a father's name: "علي عبدالله صالح" and "العميد عبدالله صبيحي" are two men; nor
            # a given name under another title: "الرئيس فهد بن خالد" and "مدير الاحتراف فهد بارباع")
    return False


def _named_place(s: Sentence, p: Person) -> bool:
    """True for a place named after a man ("حي الشيخ عثمان"، "مسجد الشيخ زايد"): an honorific right before the
    name and a place noun right before the honorific."""
    if p.entry is not None and p.i >= 1 and s.words[p.i] in _ROYAL:
        at = p.i - 1  # a known king or prince written with his title: "قاعدة الملك سلمان الجوية"
    elif p.entry is None and p.i >= 2 and s.words[p.i - 1] in _HONORIFICS:
        at = p.i - 2
    else:
        return False
    w = s.words[at]
    return w in _PLACE_BEFORE_TITLE or w[:1] in {"ب", "و", "ل"} and w[1:] in _PLACE_BEFORE_TITLE  # "بمدينة الأمير"


def _trim_roles(persons: list[Person]) -> None:
    """A role read back across another person's name is that person's title plus this one's: "وزير المالية
    المصري سامي فهمي والأمين العام لمنظمة التعاون الإقليمي خالد أبو سالم" -> the second man's role starts
    after the first man's name. (Persons are found in several passes, so the neighbour may not have been known
    when the role was read.) A role that ends with the other name is a genitive title and is kept ("مستشار
    الرئيس الكيني جوزيف موانغي، بيتر أوتينو"), and so is one whose rest does not open with a role noun."""
    for p in persons:
        if not p.role:
            continue
        for q in persons:
            if q is p or q.sentence != p.sentence or not (p.evidence[0] <= q.start and q.end <= p.start):
                continue
            i = p.role.rfind(q.name)
            if i < 0:
                continue
            rest = p.role[i + len(q.name):].strip(" ،,")
            listed = rest[:1] == "و"  # "... أوغلو والأمين العام"
            if not rest or not listed and q.entry is None and len(q.norm_tokens) < 3:
                continue  # "رئيس أركان الجيش السوداني": a two-word "name" inside a title is no neighbour
            rest = rest[1:] if listed else rest
            head = _norm(rest.split()[0]) if rest.split() else ""
            if head in ROLE_HEADS or head in _ROLE_FIRST_WORDS:
                p.role = rest


def _person(s: Sentence, i: int, j: int, entry: Entry | None, ms: list[Mention], person_tokens: set[int],
            rank_at: tuple[int, int] | None = None, intro: int | None = None) -> Person:
    start, end = s.token_span(i, j)
    if entry is not None and _CLEAN_NAME:
        # a known official's name without the conjunction or preposition glued to it ("وبشار الأسد"، "بفلاديمير")
        start = next((m.start for m in ms if m.i == i and m.j == j and m.entry is entry and start <= m.start < end), start)
    rank = None
    r = i if intro is None else intro  # the role ends before "المدعو"
    if intro is None and rank_at is None and i > 0 and s.words[i - 1] in RANKS | _RANK_SUFFIX:
        r = i - 1
        while r > 0 and s.words[r - 1] in RANKS:
            r -= 1
        rank_at = (r, i)
    if rank_at is not None:
        r = rank_at[0]
        rank = s.quote(*s.token_span(rank_at[0], rank_at[1]))
        if rank[:1] == "و" and s.words[r] not in RANKS:
            rank = rank[1:]  # "والأمير" -> "الأمير"
    head = _role_before(s, r, person_tokens, with_stop=True)
    if rank_at is not None and s.words[r] not in RANKS and s.words[r][1:] in RANKS:
        head = None  # "... رئيس جهاز أمن الدولة فلان، والشيخ خالد": a new item of a list, the title before is another's
    if entry is not None and head is not None and head == r - 1 and _construct_head(s.words[head]):
        head = None  # "مستشار خادم الحرمين الشريفين": the known official is whom the title serves, not its holder
    if entry is not None and head is not None and r > 0 and s.words[r - 1] in _ON_BEHALF:
        head = None  # "متحدث باسم خليفة حفتر": the known official is whom the spokesman speaks for
    outer = None
    if entry is not None and head is not None:
        inner = next((x for x in range(r - 1, head, -1) if _glued_head(s.words[x])
                      or s.words[x] in ROLE_HEADS and s.words[x - 1] in _ON_BEHALF), None)
        if inner is not None:  # "المستشار الإعلامي لرئيس مجلس الوزراء حيدر العبادي"، "المتحدث باسم رئيس الوزراء ...": he is the PM
            outer, head = (head, r), inner
    role = None
    org = None
    ev_start = start
    if head is not None and head < r:
        rs, re_ = s.token_span(head, r)
        role = s.quote(rs, re_).strip(" ،,")
        if role.startswith("و") and s.words[head][1:] in ROLE_HEADS:
            role = role[1:]  # "ورئيس العراق السابق"
        if outer is not None and _glued_head(s.words[head]):
            role = "ال" + role[2:] if role.startswith("لل") else role[1:]  # "لرئيس مجلس الوزراء" -> "رئيس مجلس الوزراء"
        ev_start = rs
        for m in ms:
            if m.kind == "actors" and head <= m.i and m.j <= r and m.entry.get("type") != "official":
                org = m.entry
    elif rank_at is not None:
        ev_start = s.token_span(rank_at[0], rank_at[1])[0]
    ev_end = end
    if role is None and entry is None:
        after = _role_after(s, j)
        if after is not None:
            rs, ev_end = s.token_span(*after)
            role = s.quote(rs, ev_end).strip(" ،,")
            for m in ms:
                if m.kind == "actors" and after[0] <= m.i and m.j <= after[1] and m.entry.get("type") != "official":
                    org = m.entry
    person_tokens.update(range(r, j))
    return Person(s.quote(start, end), tuple(s.words[i:j]), s.index, start, end, i, j, role, rank, entry, org,
                  (ev_start, ev_end), outer=outer)


def _glued_head(w: str) -> bool:
    """A role noun with a glued "ل" ("لرئيس"، "للرئيس"، "لوزير"): the title after it is another man's."""
    return w[:1] == "ل" and (w[1:] in ROLE_HEADS and not w[1:].startswith("ال") or w[:2] == "لل" and "ال" + w[2:] in ROLE_HEADS)


def _served_by(sentences: list[Sentence], mentions: list[list[Mention]], persons: list[Person]) -> list[Person]:
    """The holder of a title that serves a known official, named right after him ("المستشار الإعلامي لرئيس مجلس
    الوزراء حيدر العبادي سعد الحديثي": the adviser is Saad al-Hadithi)."""
    out = []
    starts = {(p.sentence, p.i) for p in persons}
    for p in persons:
        if p.outer is None:
            continue
        s = sentences[p.sentence]
        k = p.j
        if k >= len(s.words) or (p.sentence, k) in starts or s.tokens[k].clause_start and not s.tokens[k].soft_break:
            continue
        blocked = {t for m in mentions[p.sentence] for t in range(m.i, m.j)} | {t for q in persons if q.sentence == p.sentence
                                                                               for t in range(q.i, q.j)}
        end = _read_name(s, k, blocked)
        if end - k < 2 or any(w in _NOT_NAME_WORDS or w in KILLED for w in s.words[k:end]):
            continue
        a, b = p.outer
        rs, re_ = s.token_span(a, b)
        role = s.quote(rs, re_).strip(" ،,")
        org = next((m.entry for m in mentions[p.sentence] if m.kind == "actors" and a <= m.i and m.j <= b
                    and m.entry.get("type") != "official"), None)
        start, stop = s.token_span(k, end)
        out.append(Person(s.quote(start, stop), tuple(s.words[k:end]), s.index, start, stop, k, end, role, None, None, org,
                          (rs, stop)))
    return out


def _construct_head(w: str) -> bool:
    """A role noun in the construct state ("مستشار"، "ومبعوث"): the name right after it is its genitive."""
    bare = w[1:] if w[:1] in {"و", "ل"} and w[1:] in ROLE_HEADS else w
    return bare in ROLE_HEADS and not bare.startswith("ال") and not bare.startswith("نظير")


_APPOSITION = frozenset({"وهو", "وهي", "هو", "هي"})


def _role_after(s: Sentence, j: int) -> tuple[int, int] | None:
    """Token range of a role phrase that follows the name ending at token j, or None.

    News often names first and gives the office after, with a comma or "وهو" ("وقال خليل الحية،
    عضو المكتب السياسي لحركة حماس"، "وقال فرج اقعيم وهو قائد ميداني"، "جمانة غنيمات وزيرة الدولة
    لشؤون الإعلام"). The phrase runs from the role noun to the clause's end; one that runs into another
    given name ("... رئيس الوزراء العراقي حيدر العبادي") is the next person's title, not this one's.
    """
    n = len(s.words)
    x = j
    if x < n and s.words[x] in _APPOSITION:
        x += 1
    if x >= n:
        return None
    w = s.words[x]
    if not (w in ROLE_HEADS or (x + 1 < n and w in _ROLE_FIRST_WORDS and f"{w} {s.words[x + 1]}" in ROLE_HEADS)) \
            or _is_verb_amr(s, x):
        return None
    end = x + 1
    while end < n and end - x < 12 and not s.tokens[end].clause_start and not s.tokens[end].soft_break \
            and s.words[end] not in _BACK_STOPS and s.words[end] not in _NAME_END_WORDS:
        if s.words[end] in GIVEN_NAMES or s.words[end] in RANKS:
            return None
        if s.words[end] == "في" and end + 1 < n and s.words[end + 1] in {"وقت", "حين", "حديث", "تصريح", "بيان"}:
            break  # "... باسم الحكومة في وقت سابق": the role ends before the time or the channel
        end += 1
    return x, end


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


def _surname_spans(sentences: list[Sentence], person: Person, taken: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Later mentions of a person by family name alone."""
    tokens = person.entry and tuple(_norm(person.entry.canonical).split()) or person.norm_tokens
    surname = tokens[-1]
    if len(surname) < 4 or surname in _COMMON_FIRST:
        return []
    forms = {surname, surname[2:] if surname.startswith("ال") else "ال" + surname}
    spans = []
    for s in sentences[person.sentence:]:
        for x, w in enumerate(s.words):
            bare = w[1:] if w.startswith(("و", "ب", "ل", "ف")) and len(w) > 4 else w
            if w in forms or bare in forms:
                sp = s.token_span(x, x + 1)
                if not any(a <= sp[0] < b for a, b in taken):
                    spans.append(window_span(s, x, x + 1))
    return spans


_norm = lru_cache(maxsize=65536)(normalize)
""":func:`normalize`, cached: the same names (a country, a capital, an official) recur across articles."""


@lru_cache(maxsize=4096)
def _state_names(canonical: str, ar: tuple[str, ...]) -> frozenset[str]:
    """The normalised names a country is written as, "البلاد" (any country) left out."""
    return frozenset(_norm(n) for n in (canonical, *ar)) - {"البلاد"}


def state_acting(s: Sentence, m: Mention, prev_state: int | None = None) -> str | None:
    """The country a place mention stands for as a state acting (D-15), or None.

    A country's name ("تركيا"، "الولايات المتحدة") or a capital standing for its government
    ("واشنطن"، "أنقرة") is a state when it is not a place: no locative word or glued "ب" before
    it ("في تركيا"، "بتركيا"، "شمال سوريا"، "زار أنقرة").
    """
    e = m.entry
    if e.kind != "places":
        return None
    surface = _norm(m.surface)
    if e.get("admin_level") == "country":
        code = registry_country(e)
        if " " not in surface and surface.startswith("ال") and surface.endswith(("يه", "ية", "ي")) and surface != _norm(e.canonical):
            return None  # a nisba ("الروسية"، "التونسي المعتقل"): an adjective or a person, not the state
        if code is None or surface not in _state_names(e.canonical, e.ar):
            return None
    else:
        code = _STATE_CAPITALS.get(surface)
        if code is None:
            return None
    word = s.words[m.i]
    if not surface.startswith(word[:1]) and word[:1] == "ب":
        return None  # "بتركيا"
    if m.i > 1 and s.words[m.i - 1] == "من" and s.words[m.i - 2] in _STATE_BACKER:
        return code  # "الميليشيات المدعومة من إيران": the state backing them
    if m.i > 1 and s.words[m.i - 1] == "لدي" and s.words[m.i - 2] in _STATE_ENVOY:
        return code  # "استدعت باكستان سفيرها لدى الهند": the state an envoy is accredited to
    if m.i > 0 and (s.words[m.i - 1] in _STATE_LOCATIVE or s.words[m.i - 1][1:] in _STATE_LOCATIVE
                    and s.words[m.i - 1][:1] in "وف"):
        return None
    before = s.words[m.i - 1] if m.i > 0 and not s.tokens[m.i].clause_start else ""
    after = s.words[m.j] if m.j < len(s.words) else ""
    if _dateline(s, m):
        return None
    if prev_state == m.i:
        return code  # "واتهمت دمشق وموسكو وطهران إسرائيل": a conjunct or object of states
    if before in _STATE_PLACE_VERBS or after in _STATE_PLACE_VERBS:
        return None  # "وتعرضت مقديشو لهجمات": where things happen
    if before in {"مع", "ومع"} and m.i > 1 and (s.words[m.i - 2] in _STATE_BORDER or s.words[m.i - 2][:1] == "و"
                                                and s.words[m.i - 2][1:] in _STATE_BORDER):
        return None  # "قرب الحدود مع مالي"
    conjunct = word[:1] == "و" and not surface.startswith("و")
    between = next((x for x in range(m.i - 1, max(-1, m.i - 5), -1) if s.words[x] == "بين"), None)
    if between is not None and any(s.tokens[t].clause_start for t in range(between + 1, m.i + 1)):
        between = None  # "تربط بين ثلاث محافظات، هي: صنعاء": a list after a break, no party of "بين"
    if between is not None and between > 0 and (s.words[between - 1] in _STATE_BORDER or s.words[between - 1] in _STATE_LINK):
        return None  # "على طول الحدود بين الهند وباكستان"، "المنفذ الرابط بين البلدين": places, not states
    if before in _STATE_BEFORE or after in _STATE_AFTER or (
            not conjunct and between is not None):  # "بين مأرب وصنعاء": places, not states
        return code
    verb = before[1:] if before[:1] in "وف" and len(before) > 4 else before
    if verb.endswith("ت") and not verb.startswith("ال") and not (verb.endswith("ات") and len(verb) >= 5):
        return code  # a verb of the state's act before it: "استدعت باكستان"، "وشنت تركيا"
    return None


def _dateline(s: Sentence, m: Mention) -> bool:
    """True for a place among a sentence's first words followed by a colon: the dateline a story is filed
    under ("سبق- القاهرة: وقّعت الهيئة ..."), not the state acting."""
    return m.i <= 4 and m.j < len(s.words) and s.tokens[m.j].clause_start \
        and s.quote(m.end, s.token_span(m.j, m.j + 1)[0]).strip() == ":"


def state_entry(m: Mention) -> Entry | None:
    """An actor entry for the state a country or capital mention names ("باكستان"، "واشنطن"), or None
    (a party of an agreement written between states)."""
    e = m.entry
    if e.kind != "places":
        return None
    if e.get("admin_level") == "country":
        surface = _norm(m.surface)
        if " " not in surface and surface.startswith("ال") and surface.endswith(("يه", "ية")) and surface != _norm(e.canonical):
            return None
        code = registry_country(e)
    else:
        code = _STATE_CAPITALS.get(_norm(m.surface))
    return _state_entry(code) if code else None


def state_of(code: str) -> Entry | None:
    """The actor entry of the state with ISO code ``code`` (government_body), or None."""
    return _state_entry(code)


@lru_cache(maxsize=256)
def _state_entry(code: str) -> Entry | None:
    country = get_world_gazetteer().country(code)
    if country is None:
        return None
    return Entry("actors", f"state:{code}", country.ar, country.name_en, (), (), {"type": "government_body",
                                                                                  "country_code": code})


def _add_state(groups: dict[str, dict], order: list[str], s: Sentence, code: str, name: str, i: int,
               j: int) -> bool:
    """Group a state acting as a state under ``state:<code>`` with its name as written and the span of words
    ``i:j``; False (nothing added) for a code the world gazetteer does not know."""
    key = f"state:{code}"
    if key not in groups:
        country = get_world_gazetteer().country(code)
        if country is None:
            return False
        groups[key] = {"state": (country.ar, country.name_en, code), "names": [], "spans": []}
        order.append(key)
    _add_name(groups[key], name, window_span(s, i, j))
    return True


def _entry_group(groups: dict[str, dict], order: list[str], key: str, entry: Entry) -> dict:
    """The group of actor ``key`` (created for ``entry`` on its first mention, in the order of first mention)."""
    g = groups.get(key)
    if g is None:
        g = groups[key] = {"entry": entry, "names": [], "spans": [], "role": None}
        order.append(key)
    return g


def _add_name(g: dict, name: str, span: tuple[int, int]) -> None:
    """One more mention of a group: its name as written (once) and its evidence span."""
    if name not in g["names"]:
        g["names"].append(name)
    g["spans"].append(span)


def _state_groups(sentences: list[Sentence], mentions: list[list[Mention]], titles: list[tuple[int, int]],
                  groups: dict[str, dict], order: list[str]) -> None:
    """States acting as states (government_body, D-15): a country's name outside a locative phrase,
    merged with its government named as such ("الحكومة التركية"، "السلطات التركية")."""
    def add(s: Sentence, code: str, name: str, i: int, j: int) -> None:
        _add_state(groups, order, s, code, name, i, j)

    for s, ms in zip(sentences, mentions, strict=True):
        prev_state = None
        for m in ms:
            code = state_acting(s, m, prev_state)
            if code is not None:
                prev_state = m.j
            if code is None and m.kind == "actors" and m.entry.id.startswith("gov_") and not _government_forces(s, m):
                code = m.entry.get("country_code")
            if code is None or any(a <= m.start and m.end <= b for a, b in titles):
                continue
            add(s, code, m.surface, m.i, m.j)
        for x, code, name in _nationality_plurals(s):
            add(s, code, name, x, x + 1)


_FORCES_OF = rules.words("actors", "forces_of_words")
"""Before a government's name: its forces ("قوات الحكومة الليبية"، "وقوات الحكومة السورية"), the army."""


def _government_forces(s: Sentence, m: Mention) -> bool:
    """True for a government named as the owner of forces ("قوات الحكومة الليبية"): the country's army acts."""
    return m.kind == "actors" and m.entry.id.startswith("gov_") and m.i > 0 and not s.tokens[m.i].clause_start \
        and s.words[m.i - 1] in _FORCES_OF and bool(m.entry.get("country_code"))


def _add_government_forces(groups: dict[str, dict], order: list[str], s: Sentence, m: Mention) -> None:
    """Group "قوات الحكومة X" with country X's army (its registry entry), or as written, typed state_military."""
    code = str(m.entry.get("country_code")).upper()
    army = _national_body("army_", code)
    surface = s.quote(*s.token_span(m.i - 1, m.j))
    surface = surface[1:] if surface[:1] in {"و", "ل", "ب", "ف"} and not surface.startswith("قوات") else surface
    key = army.id if army is not None else f"forces:{code}"
    entry = army or Entry("actors", key, _unhashtag(surface), None, (), (), {"type": "state_military", "country_code": code})
    _add_name(_entry_group(groups, order, key, entry), surface, window_span(s, m.i - 1, m.j))


_BARE_GOV = rules.words("actors", "bare_government_words")
_GOV_ACTS_BEFORE = rules.words("actors", "bare_government_acts_before")
"""Right before a bare "الحكومة": it acts or is a party ("وقالت الحكومة"، "هدنة مع الحكومة"، "إعلان الحكومة")."""


def _bare_government(sentences: list[Sentence], mentions: list[list[Mention]], home: str, groups: dict[str, dict],
                     order: list[str]) -> None:
    """A bare "الحكومة" acting in news of one country (not Iraq) is that country's government, the state as a
    whole (D-15): "التزمت طالبان بهدنة مع الحكومة" in Afghan news. Only after a verb or noun of its act or "مع"/"بين",
    and not followed by a word that qualifies it ("الحكومة المحلية"، "الحكومة السابقة": another government)."""
    named = {str(m.entry.get("country_code") or "").upper() for ms in mentions for m in ms
             if m.kind == "actors" and m.entry.id.startswith("gov_")} - {""}
    if len(named) == 1:
        home = named.pop()  # "الحكومة اليمنية ... وقالت الحكومة" in news naming Saudi Arabia most: the Yemeni one
    for s, ms in zip(sentences, mentions, strict=True):
        if _BARE_GOV.isdisjoint(s.words):
            continue
        taken = {t for m in ms for t in range(m.i, m.j)}
        for x, w in enumerate(s.words):
            if w not in _BARE_GOV or x in taken or x == 0 or s.tokens[x].clause_start:
                continue
            if s.words[x - 1] not in _GOV_ACTS_BEFORE:
                continue
            nxt = s.words[x + 1] if x + 1 < len(s.words) and not s.tokens[x + 1].clause_start else ""
            if nxt.startswith("ال") or _is_nisba(nxt):
                continue  # "الحكومة الشرعية"، "الحكومة المحلية"، "الحكومة السابقة": a government the text qualifies
            raw = s.quote(*s.token_span(x, x + 1))
            name = raw[1:] if raw[:1] in {"و", "ل", "ب", "ف"} and not raw.startswith("ال") else raw
            name = "الحكومة" if name.startswith("لحكومة") else name
            if not _add_state(groups, order, s, home, name, x, x + 1):
                return  # a home code the gazetteer does not know


_BROKEN_PLURALS = {normalize(k): v for k, v in rules.table("actors", "nationality_broken_plurals").items()}
"""Nationality nouns that are broken plurals ("الروس"، "الأتراك")."""
_PLURAL_HEADS = rules.words("actors", "nationality_plural_heads")
"""Nouns a nationality plural qualifies when it stands for the state ("القادة السعوديون"، "وسطاء مصريين")."""


@lru_cache(maxsize=1)
def _sound_plurals() -> dict[str, str]:
    """Sound plurals of the nationality adjectives the registry writes its armies with ("الجيش السعودي" ->
    "السعوديون"/"السعوديين" and, indefinite, "سعوديون"/"سعوديين") -> country code."""
    adjectives = {_norm(k): v for k, v in rules.table("actors", "nationality_adjectives").items()}
    for e in get_lexicon().of_kind("actors"):
        code = e.get("country_code")
        if not code:
            continue
        for name in (e.canonical, *e.ar):
            toks = _norm(name).split()
            if len(toks) == 2 and toks[0] == "الجيش" and toks[1].startswith("ال") and toks[1].endswith("ي"):
                adjectives.setdefault(toks[1], code)
    out: dict[str, str] = {}
    for adj, code in adjectives.items():
        for stem in (adj, adj[2:]):
            out.setdefault(stem + "ون", code)
            out.setdefault(stem + "ين", code)
    return out


@lru_cache(maxsize=1)
def _plural_forms() -> frozenset[str]:
    """Every nationality plural as a token may write it, with and without a glued "و" (a quick test per sentence)."""
    forms = set(_sound_plurals()) | set(_BROKEN_PLURALS)
    return frozenset(forms | {"و" + f for f in forms})


def _nationality_plurals(s: Sentence) -> list[tuple[int, str, str]]:
    """Nationality plurals standing for their state (D-15): (token, country code, name as written).

    "اتفق القادة السعوديون والأمريكيون"، "وسطاء مصريين"، "بين المعارضة والروس": a sound plural after a noun
    of officials or mediators (and its conjuncts), a broken plural ("الروس") as a party after "مع"/"بين"/"أن",
    as a conjunct or at a clause's start. "مواطنين أمريكيين" (citizens) is no state.
    """
    sound = _sound_plurals()
    words = s.words
    if _plural_forms().isdisjoint(words):
        return []
    out: list[tuple[int, str, str]] = []
    last = -2
    for x, w in enumerate(words):
        conj = w[:1] == "و" and len(w) > 4
        bare = w[1:] if conj else w
        code = sound.get(bare)
        broken = _BROKEN_PLURALS.get(bare)
        if code is None and broken is None:
            continue
        prev = words[x - 1] if x > 0 and not s.tokens[x].clause_start else ""
        if code is not None and not (prev in _PLURAL_HEADS or (conj and last == x - 1)):
            continue
        if broken is not None:
            code = broken
            if not (conj or x == 0 or s.tokens[x].clause_start or prev in _PLURAL_HEADS
                    or prev in {"مع", "ومع", "بين", "وبين", "ان", "أن", "إن"}):
                continue
        raw = s.quote(*s.token_span(x, x + 1))
        out.append((x, code, raw[1:] if conj and raw[:1] == "و" else raw))
        last = x
    return out


_COALITION_IDS = rules.phrases("actors", "coalition_ids")
_CONTINGENTS = rules.phrases("actors", "coalition_contingents")
"""Countries whose forces, named in a sentence with a coalition, act abroad as its contingent (foreign_coalition);
the coalitions' leaders and the countries they fight in keep state_military."""
_NATIONAL_COALITION = rules.phrases("actors", "national_coalition_forces")
"""One country's forces the registry types as a coalition's (US forces): foreign_coalition only in news of Iraq or
an article naming a coalition (the international or Arab coalition, NATO); else state_military (guidelines 3:
"US strikes in Somalia")."""
_COALITION_NAMED = rules.phrases("actors", "coalition_named_ids")
_FOLD = rules.table("actors", "home_generic_fold")
"""Registry entries a bare word reads as ("الجيش" -> the Iraqi army, "التحالف" -> the international coalition)
-> the id prefix ("army_") or the id of the entries that name the same body elsewhere."""
_GENERIC_SURFACES = rules.words("actors", "generic_surfaces")
_NATIONAL_ARMIES = rules.phrases("actors", "national_armies")
"""A country's army under another id than ``army_<cc>``."""


def _bare_generic(name: str) -> bool:
    toks = [w.lstrip("#") for w in _norm(name).replace("_", " ").split()]
    if toks and toks[0][:2] == "لل" and len(toks[0]) > 4:
        toks[0] = "ال" + toks[0][2:]  # "للجيش"
    elif toks and toks[0][:1] in {"ل", "ب", "و"} and toks[0][1:3] == "ال":
        toks[0] = toks[0][1:]
    return "_".join(toks) in _GENERIC_SURFACES


def _fold_generic(groups: dict[str, dict], order: list[str]) -> None:
    """A bare word the registry reads as a home body ("الجيش"، "وزارة الداخلية"، "التحالف") joins the body of
    that kind the article names in full ("الجيش البوركيني"، "وزارة الداخلية الكويتية"، "التحالف العربي"): one
    actor, not two. Only when every name of the home group is bare and one full body of the kind (or one with
    the bare word among its names) is there."""
    for home, prefix in _FOLD.items():
        g = groups.get(home)
        if g is None or "entry" not in g or not all(_bare_generic(n) for n in g["names"]):
            continue
        if not prefix.endswith("_"):
            cands = [k for k in order if k == prefix]  # one body ("التحالف" -> the Arab coalition)
        else:
            cands = [k for k in order if k != home and (k.startswith(prefix) or prefix == "army_" and k in _NATIONAL_ARMIES)]
        if len(cands) > 1:
            cands = [k for k in cands if any(_bare_generic(n) for n in groups[k]["names"])]
        if len(cands) != 1:
            continue
        target = groups[cands[0]]
        for n in g["names"]:
            if n not in target["names"]:
                target["names"].append(n)
        target["spans"].extend(g["spans"])
        del groups[home]
        order.remove(home)


_NOT_ACTORS = rules.words("actors", "gunmen_like_not_actors")
"""Registry entries that are never an actor of their own (unknown gunmen: a generic group, optional in the gold)."""
_TITLE_BODY_HEADS = rules.words("actors", "title_body_heads")
"""Office nouns whose body makes a title ("رئيس مجلس الوزراء"), unlike role words at large ("مؤتمر صحفي لخلية")."""
_TITLE_BODY_BEFORE = rules.words("actors", "title_body_before")
"""Words that make the body after them part of someone's title ("المتحدث باسم وزارة"، "الأمين العام لمجلس")."""
_MEDIA_COMMON = rules.words("actors", "media_common_names")
"""Outlets named by an everyday phrase ("الشرق الأوسط" is also the region): an outlet only with a cue."""
_MEDIA_CUES = rules.words("actors", "media_cues")
"""Words before an outlet's name that make it the outlet ("صحيفة"، "لوكالة"، "بحسب")."""


_FORMER = rules.words("actors", "former_words")
"""In a role: a former office holder ("وزير الخارجية السعودي السابق")."""
_NOT_ACTOR_BEFORE = rules.words("actors", "not_actor_before")
"""Before a body's name: an outlet named after it ("لإذاعة الجيش الإسرائيلي"، "وكالة الشرطة التابعة للاتحاد
الأوروبي"), not the body acting. (A body's headquarters, "مقر", is kept: an attack on it targets the body.)"""
_ABSTRACT_BEFORE = rules.words("actors", "abstract_security_before")
"""Before "الأمن" + a nisba: the country's security as a good ("زعزعة الأمن المصري"), not its security forces."""
_AL_AMN = normalize("الأمن ")
_ABSTRACT_SECURITY = True
_PARTY_WORDS = rules.words("actors", "party_words")
"""Before a force's name: a party of that name ("حزب القوات اللبنانية"), not the force."""
_COUNCIL_WORDS = rules.words("actors", "council_words")
"""Before a force's name: a council named after it ("اجتماعا لمجلس الأمن البريطاني": the National Security
Council, not the British police), not the force."""
_TAG_LINE = rules.words("actors", "tag_line_words")
"""A site's tag line opens with these ("سمات العراق التحالف الدولي"): its names are keywords, not actors."""


def _not_acting(s: Sentence, m: Mention) -> bool:
    """True when the body's name stands for something else: an outlet, a party, a council, a tag."""
    if s.words and s.words[0] in _TAG_LINE:
        return True
    if m.i == 0 or s.tokens[m.i].clause_start:
        return False
    prev = s.words[m.i - 1]
    if prev in _NOT_ACTOR_BEFORE:
        return True
    if _ABSTRACT_SECURITY and prev in _ABSTRACT_BEFORE and _norm(m.surface).startswith(_AL_AMN):
        return True  # "تدخلات تهدد الأمن البحريني": the country's security, not its police
    if prev in _OFFICE_VERBS and s.words[m.i].endswith("ه"):
        return True  # "وزير الدفاع الأسبق الذي تولى وزارة الدفاع": a post held (a masculine verb, a feminine body: its object)
    return (prev in _PARTY_WORDS or prev in _COUNCIL_WORDS) \
        and m.entry.get("type") in {"state_military", "police", "paramilitary"}


_OFFICE_VERBS = rules.words("actors", "office_taking_verbs")
"""Masculine verbs of taking or holding an office ("تولى"، "شغل"): a feminine body right after them is the post."""
_STAFF_BODIES = rules.phrases("actors", "staff_body_ids")
"""Forces' staffs and commands that news names almost only in their head's title ("رئيس هيئة الأركان العامة"،
"معاون رئيس أركان الجيش"): like a ministry, no actor of their own when only ever part of a title."""


def _titled_kind(entry: Entry) -> bool:
    """True for a body that is no actor when named only inside someone's title (a ministry, a staff)."""
    return entry.get("type") in {"government_body", "other"} or entry.id in _STAFF_BODIES


def _title_body(s: Sentence, m: Mention) -> bool:
    """True when a body is named as part of an office's title: right after a role noun ("رئيس مجلس
    الوزراء"، "لرئيس مجلس النواب"، "ومبعوث الأمم المتحدة") or "باسم"/"العام" ("المتحدث باسم وزارة
    الداخلية"، "الأمين العام لجامعة الدول العربية")."""
    if m.i == 0 or s.tokens[m.i].clause_start or not _titled_kind(m.entry):
        return False
    prev = s.words[m.i - 1]
    bare = prev[1:] if prev[:1] in {"و", "ل", "ب"} and len(prev) > 3 else prev
    return prev in _TITLE_BODY_HEADS or bare in _TITLE_BODY_HEADS or prev in _TITLE_BODY_BEFORE


def _media_uncued(s: Sentence, m: Mention) -> bool:
    """True when an outlet named by an everyday phrase has no cue that it is the outlet: no word such as
    "صحيفة"/"بحسب" before it, no quotation mark around it ("الفوضى في الشرق الأوسط" is the region)."""
    surface = _norm(m.surface)
    glued = surface[:2] == "لل" and "ال" + surface[2:].replace(" ", "_") in _MEDIA_COMMON
    if m.entry.get("type") != "media" or surface.replace(" ", "_") not in _MEDIA_COMMON and not glued:
        return False
    if m.i > 0 and (s.words[m.i - 1] in _MEDIA_CUES or s.words[m.i - 1][1:] in _MEDIA_CUES):
        return False
    if glued and not _BACK_STOPS.isdisjoint(s.words[max(0, m.i - 4):m.i]):
        return False  # "وقال المسؤول للشرق الأوسط": said to the paper ("شكل جديد للشرق الأوسط" is the region)
    raw = s.quote(*s.token_span(max(0, m.i - 1), min(len(s.words), m.j + 1)))
    return not any(c in raw for c in '«»"“”')


_IRAQ_HOME = rules.phrases("actors", "iraq_home_bare_ids")
"""Iraqi registry bodies that news of any country also writes by a bare name ("البرلمان"، "مجلس الوزراء"):
the Iraqi body only in an article about Iraq; elsewhere an unnamed parliament or cabinet is a place ("مقر
البرلمان") or a title's body more often than an actor, so it is left out."""
_IRAQ_HOME_ONE_WORD = rules.phrases("actors", "iraq_home_one_word_ids")
"""Iraqi forces whose one-word name is also a common word or given name ("الحشد" a crowd, "بدر"): the force
only in an article about Iraq (their full names, "الحشد الشعبي", are kept anywhere)."""
_IRAQ_HOME_ONE_WORD_PERSONS = rules.phrases("actors", "iraq_home_one_word_person_ids")
"""Iraqi leaders the registry also knows by one word that is a common word, nisba or family name ("الصدر" the
chest, "السوداني" a Sudanese, "المالكي"، "العامري"): that leader only in an article about Iraq, unless the
article names him in full."""
_IRAQ_HOME_KEPT = rules.phrases("actors", "iraq_home_bare_kept_ids")
"""Iraqi registry bodies whose bare name in news of another country is that country's body ("وزارة الداخلية"،
"الشرطة"): kept, without the Iraqi identity."""


_IRAQ_SHARE = rules.number("actors", "iraq_share")
"""An article naming Iraq is about Iraq unless another country is named this many times as often: one "العراق"
in passing (a Jordanian-Saudi statement, a Taliban offensive, a Kuwaiti column) or a common word a gazetteer
read as an Iraqi place does not make the article's bare bodies Iraqi."""


_COUNTRY_WORDS = rules.words("actors", "country_words")
"""Words for "the country" ("البلاد"): whichever country the article is about, never evidence of one (a
gazetteer may read them as the registry's home)."""


def _about_iraq(mentions: list[list[Mention]]) -> bool:
    """True when the article names places in Iraq or something Iraqi ("العراق"، "القوات العراقية") at least a
    third as often as the country it names most, or names no other country either (the registry's home is
    Iraq); False when it names only places or forces abroad, or Iraq only in passing."""
    iraq = 0
    abroad: dict[str, int] = {}
    for ms in mentions:
        for m in ms:
            if m.kind == "places":
                code = None if _bare_name(_norm(m.surface)) in _COUNTRY_WORDS else registry_country(m.entry)
            elif m.kind == "actors":
                code = "IQ" if "عراق" in _norm(m.surface) else m.entry.get("country_code")
            else:
                continue
            if code == "IQ":
                iraq += 1
            elif code:
                abroad[str(code)] = abroad.get(str(code), 0) + 1
    return not abroad or iraq * _IRAQ_SHARE > max(abroad.values())


def _home_country(mentions: list[list[Mention]]) -> str | None:
    """The country an article not about Iraq is about: the one its places and its groups and bodies of one country
    name most ("جماعة أبو سياف" told five times in news of the Philippines; persons are left out: a president
    quoted abroad says nothing of where the story is) (ties: first named)."""
    counts: dict[str, int] = {}
    for ms in mentions:
        for m in ms:
            if m.kind == "places":
                code = registry_country(m.entry)
            elif m.kind == "actors" and m.entry.get("type") != "official":
                code = str(m.entry.get("country_code") or "").upper() or None
            else:
                continue
            if code and code != "IQ":
                counts[code] = counts.get(code, 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else None


_SHARED_BARE = rules.words("actors", "shared_bare_bodies")
"""Bare names that bodies of several countries bear ("مجلس الأمة": the parliament of Kuwait, of Jordan and
Algeria's upper house): the registry body of the article's country, never another country's by default."""


@lru_cache(maxsize=256)
def _shared_body(bare: str, code: str) -> Entry | None:
    """The registry body of country ``code`` that a shared bare name ("مجلس_الامه") names, or None."""
    name = bare.replace("_", " ")
    for e in get_lexicon().of_kind("actors"):
        if str(e.get("country_code", "")).upper() == code and e.get("type") != "official" \
                and any(n == name or n.startswith(name + " ") for n in map(_norm, e.ar)):
            return e
    return None


def _shared_home(m: Mention, home: str | None) -> tuple[Entry, bool]:
    """The body a mention names given the article's country: (entry, kept bare). A shared bare name of another
    country's body ("مجلس الأمة" in news of Jordan) is the home country's body of that name, or, if the registry
    has none, the bare name without the other country's identity."""
    code = str(m.entry.get("country_code") or "").upper()
    bare = _bare_name(_norm(m.surface)).replace(" ", "_")
    if not code or home is None or home == code or bare not in _SHARED_BARE:
        return m.entry, False
    alt = _shared_body(bare, home)
    return (alt, False) if alt is not None else (m.entry, True)


@lru_cache(maxsize=512)
def _national_body(prefix: str, code: str) -> Entry | None:
    """The registry body of country ``code`` that a bare home word names ("army_" -> "army_af" or the country's
    army under another id, "police_" -> "police_af"), or None."""
    lex = get_lexicon()
    entry = lex.by_id.get(("actors", f"{prefix}{code.lower()}"))
    if entry is None and prefix == "army_":
        entry = next((e for e in lex.of_kind("actors") if e.id in _NATIONAL_ARMIES
                      and str(e.get("country_code", "")).upper() == code), None)
    return entry


def _home_abroad(groups: dict[str, dict], order: list[str], code: str, in_title: dict[str, bool]) -> None:
    """A bare home word left after :func:`_fold_generic` ("الجيش"، "الشرطة"، "وزارة الداخلية") in an article
    about another country is that country's body ("قال الجيش" in Kabul news is the Afghan army)."""
    for home, prefix in _FOLD.items():
        g = groups.get(home)
        if g is None or "entry" not in g or not prefix.endswith("_") or prefix == "gov_" \
                or not all(_bare_generic(n) for n in g["names"]):
            continue
        entry = _national_body(prefix, code)
        if entry is None:
            continue
        in_title[entry.id] = in_title.get(entry.id, True) and in_title.get(home, False)  # "المتحدث باسم وزارة الداخلية"
        target = groups.get(entry.id)
        if target is None:
            groups[entry.id] = {"entry": entry, "names": list(g["names"]), "spans": list(g["spans"]), "role": None}
            order[order.index(home)] = entry.id
        else:
            target["names"].extend(n for n in g["names"] if n not in target["names"])
            target["spans"].extend(g["spans"])
            order.remove(home)
        del groups[home]


@lru_cache(maxsize=2048)
def nisba_country(word: str) -> str | None:
    """The country a nationality adjective names ("الأوكراني" -> UA, "الهندية" -> IN, "التركي" -> TR), or None:
    the adjective's stem written as a country's name ("أوكرانيا"، "الهند"، "تركيا"، "مصر")."""
    w = word.lstrip("#")
    if not _is_nisba(w):
        return None
    stem = w[2:]
    stem = stem[:-2] if stem.endswith(("يه", "ية")) else stem[:-1]
    world = get_world_gazetteer()
    for name in (stem + "يا", stem, "ال" + stem, stem + "ا"):
        code = world.country_code(name)
        if code:
            return code
    return _NISBA_TABLE.get(_norm(w)) or _NISBA_TABLE.get(_norm(w)[:-1] if w.endswith(("ه", "ة")) else "")


_NISBA_TABLE = {normalize(k): v for k, v in rules.table("locations", "country_nisba").items()}
"""Nationality adjectives whose stem is not written as the country's name ("الأمريكي"، "الإماراتي")."""


_HASHTAG_MARKS = str.maketrans({"_": " ", "#": None})


def _unhashtag(name: str) -> str:
    """A name written as a hashtag, as a name: without "#" and with spaces for "_" ("#سعد_الحريري" -> "سعد الحريري",
    "مهدي #المشاط" -> "مهدي المشاط"). The ``name`` field keeps the spelling as written; the canonical name does not."""
    return " ".join(name.translate(_HASHTAG_MARKS).split()) or name


def _bare_name(surface: str) -> str:
    """A name as written without a glued preposition or conjunction ("للبرلمان" -> "البرلمان")."""
    if surface[:2] in {"لل"} and len(surface) > 4:
        return "ال" + surface[2:]
    if surface[:1] in {"و", "ل", "ب", "ف"} and surface[1:3] == "ال":
        return surface[1:]
    return surface


def _fold_prefix(entry: Entry) -> str | None:
    """The id prefix of the national bodies a bare home word's entry belongs to ("الجيش" read as the Iraqi army
    or, abroad, as the article's country's army -> "army_"), or None for any other entry."""
    prefix = _FOLD.get(entry.id)
    if prefix is not None:
        return prefix if prefix.endswith("_") and prefix != "gov_" else None
    if entry.id in _NATIONAL_ARMIES:
        return "army_"
    return next((p for p in _FOLD.values() if p.endswith("_") and p != "gov_" and entry.id.startswith(p)), None)


def _nisba_body(s: Sentence, m: Mention) -> tuple[str, Entry | None] | None:
    """A bare home word right before a nationality adjective the registry did not read with it ("الجيش
    الأوكراني"، "الشرطة الكينية"): (country code, that country's registry body or None), else None. Without this the
    bare word took the Iraqi identity or, abroad, the article's country ("الجيش الأوكراني" in Russian news was the
    Russian army)."""
    prefix = _fold_prefix(m.entry)
    if prefix is None or m.j >= len(s.words) \
            or s.tokens[m.j].clause_start or not _bare_generic(m.surface):
        return None
    code = nisba_country(s.words[m.j])
    if code is None:
        return None
    return code, _national_body(prefix, code)


def _add_foreign(groups: dict[str, dict], order: list[str], foreign_home: set[str], s: Sentence, m: Mention,
                 code: str, body: Entry | None) -> str:
    """Group a bare home word and the nationality after it as that country's body (its registry entry, or the
    words as written without any registry identity)."""
    surface = s.quote(*s.token_span(m.i, m.j + 1))
    key = body.id if body is not None else f"{m.entry.id}:{code}"
    _add_name(_entry_group(groups, order, key, body or m.entry), surface, window_span(s, m.i, m.j + 1))
    if body is None:
        foreign_home.add(key)
    return key


def build_actors(doc_id: str, text: str, sentences: list[Sentence], mentions: list[list[Mention]],
                 persons: list[Person], published: str | None = None) -> list[Actor]:
    """One :class:`Actor` per registry actor or person of the document, with its citations.

    Args:
        doc_id: the document id.
        text: the document text as stored.
        sentences: the document's sentences.
        mentions: gazetteer mentions per sentence.
        persons: from :func:`find_persons`.
        published: the publication date (ISO), which picks a known official's role at that time.
    """
    groups: dict[str, dict] = {}
    order: list[str] = []
    person_spans = {(p.start, p.end) for p in persons}
    titles = [(p.evidence[0], p.start) for p in persons if p.role]
    in_title: dict[str, bool] = {}
    in_coalition: set[str] = set()
    foreign_home: set[str] = set()  # Iraqi home bodies named bare in an article not about Iraq
    about_iraq = _about_iraq(mentions)
    home = _home_country(mentions)
    coalition_named = any(m.kind == "actors" and m.entry.id in _COALITION_NAMED for ms in mentions for m in ms)
    last_named: dict[str, tuple[int, bool]] = {}  # body id -> (end of its last mention, named inside a title)
    for s, ms in zip(sentences, mentions, strict=True):
        if any(m.kind == "actors" and m.entry.id in _COALITION_IDS for m in ms):
            in_coalition.update(m.entry.id for m in ms if m.kind == "actors")
        for m in ms:
            if _government_forces(s, m):
                _add_government_forces(groups, order, s, m)  # "قوات الحكومة الليبية": the army, not the government
                continue
            if m.kind != "actors" or m.entry.get("type") == "official" or m.entry.get("generic") \
                    or m.entry.id.startswith("gov_") or m.entry.id in _NOT_ACTORS or _media_uncued(s, m) \
                    or _not_acting(s, m):
                continue
            if m.j == m.i + 1 and any(p.start <= m.start and m.end <= p.end and p.entry is None for p in persons):
                continue  # part of a person's name ("العقيد بدر بن ناصر"), not the group
            named_iraqi = "عراق" in _norm(m.surface)  # "البرلمان العراقي" is the Iraqi parliament in any news
            if not about_iraq and not named_iraqi and (
                    m.entry.id in _IRAQ_HOME or m.entry.id in _IRAQ_HOME_ONE_WORD and m.j == m.i + 1):
                continue  # "مقر البرلمان" in Mogadishu, "الحشد" (a crowd), "بدر" (a given name): Iraqi only in news of Iraq
            if not about_iraq and not named_iraqi and m.entry.id in _IRAQ_HOME_KEPT:
                foreign_home.add(m.entry.id)  # "وزارة الداخلية شددت تدابيرها": the article's own ministry
            body, kept_bare = _shared_home(m, home)
            if kept_bare:
                foreign_home.add(body.id)  # "مجلس الأمة" in Algeria: not Kuwait's
            inside = any(a <= m.start and m.end <= b for a, b in titles) or _title_body(s, m)
            last = last_named.get(body.id)
            if last is not None and last[0] <= m.start and s.quote(last[0], m.start).strip() in {"(", "،(", "-"}:
                inside = last[1]  # "لوكالة الاستخبارات المركزية (سي آي أيه)": the abbreviation of the name just given
            last_named[body.id] = (m.end, inside)
            other = _nisba_body(s, m)
            if other is not None:  # "الجيش الأوكراني" in Russian news: the Ukrainian army, not the home army
                key = _add_foreign(groups, order, foreign_home, s, m, *other)
                in_title[key] = in_title.get(key, True) and inside
                continue
            in_title[body.id] = in_title.get(body.id, True) and inside
            _add_name(_entry_group(groups, order, body.id, body), m.surface, window_span(s, m.i, m.j))
    _fold_generic(groups, order)
    if not about_iraq:
        code = home
        if code is not None:
            _home_abroad(groups, order, code, in_title)
            foreign_home -= {k for k in foreign_home if k not in groups}
    _state_groups(sentences, mentions, titles, groups, order)
    if not about_iraq and home is not None:
        _bare_government(sentences, mentions, home, groups, order)
    # persons: merge repeats of the same person
    merged: list[tuple[Person, list[Person]]] = []
    for p in _own_surnames(persons):
        for head, rest in merged:
            if _same_person(head, p):
                rest.append(p)
                break
        else:
            merged.append((p, [p]))
    for head, all_mentions in merged:
        entry = next((p.entry for p in all_mentions if p.entry is not None), None)
        key = f"person:{entry.id if entry else ' '.join(head.norm_tokens)}"
        titled = next((p for p in all_mentions if p.role or p.rank), head)
        if entry is None and all(p.role and _FORMER.intersection(_norm(p.role).split()[-2:]) for p in all_mentions):
            continue  # a former office holder, only ever named as such (optional, guidelines D-17)
        if entry is not None and entry.id in _IRAQ_HOME_ONE_WORD_PERSONS and not about_iraq \
                and all(len(p.norm_tokens) == 1 for p in all_mentions):
            continue  # "برصاصة في الصدر" in Gaza, "السوداني" in Khartoum: the one word is no Iraqi leader abroad
        first = next((p for p in all_mentions if len(p.norm_tokens) >= 2), head)
        g = groups.get(key)
        if g is None:
            g = groups[key] = {"entry": entry, "names": [], "spans": [], "role": None, "person": titled}
            order.append(key)
        for p in all_mentions:
            if p.name not in g["names"]:
                g["names"].append(p.name)
            g["spans"].append(p.evidence if p.evidence[1] - p.evidence[0] <= 400 else (p.start, p.end))
        if first.name in g["names"]:
            g["names"].remove(first.name)
            g["names"].insert(0, first.name)
        g["spans"].extend(_surname_spans(sentences, first, person_spans))
    out: list[Actor] = []
    for key in order:
        g = groups[key]
        if g.get("entry") is not None and "person" not in g and in_title.get(key) and _titled_kind(g["entry"]):
            continue  # only ever part of someone's title ("رئيس مجلس الوزراء"): not an actor of its own
        entry: Entry | None = g.get("entry")
        person: Person | None = g.get("person")
        spans = g["spans"]
        if not spans:
            continue
        if "state" in g:
            ar, en, code = g["state"]
            actor = Actor(
                name=g["names"][0], canonical_name=ar, name_en=en, type="government_body", aliases=g["names"][1:],
                citations=citations(doc_id, text, spans, limit=4), registry_id=f"state:{code}",
            )
        elif person is not None:
            role = person.role or person.rank or (role_at(entry, published) if entry else None)
            org = person.org
            if org is not None and not about_iraq and (
                    org.id in _IRAQ_HOME or org.id in _IRAQ_HOME_KEPT or org.get("generic") and not org.get("country_code")):
                org = None  # "رئيس مجلس النواب" in Amman: not the Iraqi parliament
            if org is not None and home is not None and str(org.get("country_code") or "").upper() not in {"", home}:
                shared = next((b for b in _SHARED_BARE if b.replace("_", " ") in map(_norm, org.ar)), None)
                if shared is not None:
                    org = _shared_body(shared, home)  # "رئيس مجلس الأمة" in Amman: not Kuwait's speaker
            affiliation = (org.name_en if org else None) or (entry.get("affiliation") if entry else None)
            actor = Actor(
                name=g["names"][0], canonical_name=entry.canonical if entry else _unhashtag(g["names"][0]),
                name_en=entry.name_en if entry else None,
                type="official" if (entry or person.role or person.rank and _norm(person.rank) not in _HONORIFICS)
                else "other", affiliation=affiliation, role=role,
                aliases=g["names"][1:], citations=citations(doc_id, text, spans, limit=4),
                rank=person.rank, registry_id=entry.id if entry else None,
            )
        else:
            assert entry is not None
            kind = entry.get("type", "other")
            if kind == "state_military" and key in in_coalition and entry.get("country_code") in _CONTINGENTS:
                kind = "foreign_coalition"  # "الكتيبة الأردنية العاملة ضمن قوات التحالف": a contingent abroad
            if kind == "foreign_coalition" and key in _NATIONAL_COALITION and not about_iraq and not coalition_named:
                kind = "state_military"  # US strikes in Somalia, a US raid in Syria with no coalition named
            if key in foreign_home:
                # "رئيس مجلس النواب" in Jordan, "مجلس الوزراء" in Riyadh: that country's body, not the Iraqi one
                actor = Actor(
                    name=g["names"][0], canonical_name=_unhashtag(_bare_name(g["names"][0])), type=kind,
                    aliases=g["names"][1:], citations=citations(doc_id, text, spans, limit=4),
                )
            else:
                actor = Actor(
                    name=g["names"][0], canonical_name=entry.canonical, name_en=entry.name_en, type=kind,
                    affiliation=entry.get("affiliation"), aliases=g["names"][1:],
                    citations=citations(doc_id, text, spans, limit=4), registry_id=entry.id,
                )
        out.append(actor)
    return out
