"""Actors: :func:`find_persons`, the named persons of a document.

Registry officials; a name after a rank or a word that introduces one ("المدعو"); after a role and its
organisation, nationality or a comma; after a known body; before its role; and the holder of a title that serves
a known official. Then the filters: a "name" that is common vocabulary, a place, a place named after a man, a
nickname of the man just named, or a man named before told again by one of his names is no person.
"""

from __future__ import annotations

from bisect import bisect_left
from difflib import SequenceMatcher
from itertools import compress

from marsad.agent.offline import rules
from marsad.agent.offline.actors_names import (
    _BACK_STOPS,
    _COMMON_FIRST,
    _COMMON_WORDS,
    _COMPOUND_FIRST,
    _HONORIFICS,
    _LINEAGE,
    _NAME_FIRSTS,
    _NOT_NAME_WORDS,
    _RANK_NOUNS,
    _RANK_SUFFIX,
    GIVEN_NAMES,
    RANKS,
    ROLE_HEADS,
    Person,
    _firm_rank,
    _glued_word,
    _is_ali,
    _is_nisba,
    _name_ends,
    _norm,
    _place_name,
    _read_name,
    _vocabulary_name,
    _vocabulary_start,
    glued_title,
    unglued_title,
    written_name,
)
from marsad.agent.offline.actors_titles import (
    _ROLE_FIRST_WORDS,
    _counterpart_roles,
    _person,
    _role_after,
    _role_before,
    _trim_roles,
)
from marsad.agent.offline.mentions import Mention
from marsad.agent.offline.text import Sentence
from marsad.agent.offline.vocab import KILLED
from marsad.core.arabic import normalize

_KUNYA = rules.words("actors", "kunya_introducers")
"""After a name: the nickname of that man ("المكنى أبو فارس"), no new person."""
_INTRODUCERS = rules.words("actors", "name_introducers") | _KUNYA
"""Words that announce a name ("القيادي المدعو طه الشهاري"، "المكنى أبو محمد")."""
_ORDINALS = rules.words("actors", "ordinals_after_brigade")
"""After "اللواء": the brigade's number ("قائد اللواء أول حرس حدود"), so "اللواء" is no rank there ("الفريق أول"
is one)."""
_LIWA = normalize("اللواء")
_SAYING = rules.words("actors", "saying_verbs_before_name")
"""Verbs of saying, masculine and feminine ("وقال"، "وقالت"): a name right after one, then its role, is the speaker
("وقالت ماري دوبوا المتحدثة باسم الوزارة"), with or without a comma, whether or not the given name is listed."""
_SAID_NAME = True
_SAID_ABOUT = rules.words("actors", "saying_about_pronouns")
""""عنه"/"عنها" between a verb of saying and a name ("بحسب ما أعلن عنه فلان فلان المسؤول في الحركة"): the name is still
the speaker's, read as right after the verb."""


# Pass 64: "يدعي" written with a final yā' is the verb "claims" ("التي يدعي قادة الميليشيا امتلاكها"), not "يدعى"
# ("is called") written with alif maqṣūra, which the two share once normalised: no name is read after it, unless a
# known given name or a kunya ("أبو") opens what follows ("يدعي عبدالله ...": "is called" spelt with yā').
_CALLED = frozenset({normalize("يدعى"), normalize("ويدعى")})
_ABU = frozenset(normalize(w) for w in ("أبو", "أبي", "أم"))


def _claims_at(s: Sentence, x: int) -> bool:
    """True when token ``x`` is "يدعي"/"ويدعي" spelt with a final yā' in the text (the verb "claims", pass 64)."""
    if s.words[x] not in _CALLED:
        return False
    tok = s.tokens[x]
    if not s.quote(*s.raw_span(tok.ns, tok.ne)).rstrip().endswith("ي"):
        return False
    nxt = s.words[x + 1].lstrip("«\"") if x + 1 < len(s.words) else ""
    return nxt not in _NAME_FIRSTS and nxt not in _ABU  # "يدعي عبدالله ..."، "يدعي أبو ...": the name after all


_PLACE_CHECK = True
_RAIS, _HAYA = normalize("رئيس"), {normalize("هيئة"), normalize("وهيئة")}
"""Before "أركان" they make it the staff ("رئيس أركان"، "هيئة أركان"), not the given name Arkan."""
_ROYAL = rules.words("actors", "royal_titles")
"""A title a known royal's name may open with ("الملك سلمان"): after a place noun it names the place."""
_PLACE_BEFORE_TITLE = rules.words("actors", "place_nouns_before_title")
"""Before an honorific: a place named after a man ("حي الشيخ عثمان"، "مسجد الشيخ زايد"), not the man."""
_QUOTE_OPENERS = frozenset(':«»"(“')


# the words the readers below start from, with the conjunction where they take it: a sentence with none of them is
# passed over by a set test instead of a scan per token (the same outcome)
_GLUED_RANKS = frozenset(g for r in RANKS for g in ("ب" + r, "ل" + r[1:]) if glued_title(g))
"""Honorifics among the ranks with "ب" or "ل" glued on ("بالشيخ"، "للدكتور"): the man named after one is read with
that rank ("التقى الوزير بالشيخ فلان")."""
_RANK_STARTS = _INTRODUCERS | RANKS | frozenset("و" + r for r in RANKS) | _GLUED_RANKS
_ROLE_STARTS = ROLE_HEADS | _ROLE_FIRST_WORDS | frozenset("و" + h for h in ROLE_HEADS) | frozenset(
    ("ل" + h[1:] if h.startswith("ال") else "ل" + h) for h in ROLE_HEADS)  # "لوزير"، "للمتحدث" (a title with "ل")


ROLE_WINDOW = True  # module flag, for A/B measurement only
"""Switch (speed only, the persons are the same): the reader of a name after a role and a comma, nationality or body
visits only the words with a role word among the 8 before them (:func:`_near_roles`): a role farther back, or none,
is refused there anyway."""


def _near_roles(words: list[str]) -> list[int]:
    """The indexes with a word of :data:`_ROLE_STARTS` among the 8 words before them (11 with :data:`_LONG_TITLE`),
    in order: the only words where :func:`actors_titles._role_before` finds a role head 8 (11) words back at most
    (it steps back only over role heads and their first words, with or without "و")."""
    n = len(words)
    near: set[int] = set()
    for x in compress(range(n), map(_ROLE_STARTS.__contains__, words)):
        near.update(range(x + 1, min(n, x + 1 + (_LONG_TITLE_REACH if _LONG_TITLE else 8))))
    return sorted(near)


PERSON_WORDS = True
"""Switch (speed only, the persons are the same): the readers of :func:`find_persons` that go word by word visit only
the words they may start from (a rank or introducer; a given name; a given name or a word after a back stop or a
verb of saying), in order; every other word they pass over at once."""
_BEFORE_NAME = frozenset(_BACK_STOPS) | frozenset(_SAYING)


def _name_then_role_at(words: list[str], given: list[int]) -> list[int]:
    """The indexes the reader of a name then its role may start from, in order: the given names (``given``) and the
    words after a back stop or a verb of saying."""
    after = [k + 1 for k in compress(range(len(words) - 1), map(_BEFORE_NAME.__contains__, words))]
    return sorted({*given, *after}) if after else given


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
        if _FATHER_IN_NAME:
            ms = [m for m in ms if not _inside_lineage(s.words, m)]
        if NAMESAKE_GIVEN:
            ms = [m for m in ms if not _namesake(s, m)]
        mention_tokens: dict[int, Mention] = {}
        for m in ms:
            for t in range(m.i, m.j):
                mention_tokens[t] = m
        person_tokens: set[int] = set()
        # registry officials
        for m in ms:
            if m.kind == "actors" and m.entry.get("type") == "official":
                if _NAMED_AFTER and _after_place_noun(s.words, m.i):
                    continue  # "مؤسسة خليفة بن زايد"، "مطار رفيق الحريري": named after the man, not the man
                if OWNER_IN_TITLE and m.i > 0 and s.words[m.i - 1] in _TITLE_OWNER_HEADS:
                    continue  # "مستشار خادم الحرمين الشريفين فلان": the man whose adviser he is, named in a title
                out.append(_person(s, m.i, m.j, m.entry, ms, person_tokens))
        # rank + name
        words = s.words
        x = 0 if not _RANK_STARTS.isdisjoint(words) else len(words)
        rank_at = list(compress(range(len(words)), map(_RANK_STARTS.__contains__, words))) \
            if PERSON_WORDS and x == 0 else None
        while x < len(words):
            if rank_at is not None:  # on to the next word the reader starts from: it passes over any other
                p = bisect_left(rank_at, x)
                if p == len(rank_at):
                    break
                x = rank_at[p]
            w = words[x]
            if w in _INTRODUCERS and x + 1 < len(words) and x + 1 not in mention_tokens and not _claims_at(s, x):
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
            elif w in _GLUED_RANKS and x not in mention_tokens:
                w = unglued_title(w)  # "التقى الوزير بالشيخ فلان": the object's rank, the title before another's
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
                if w in _HONORIFICS and (k >= len(words) or (words[k] not in GIVEN_NAMES and words[k] not in _COMPOUND_FIRST
                                                              and not _ali_given(s, k))):
                    end = k  # "الشيخ" / "الدكتور" + a common noun is no name
                if w in _RANK_NOUNS and end > k and words[k] not in GIVEN_NAMES and words[k] not in _COMPOUND_FIRST \
                        and not _ali_given(s, k) \
                        and not any(t.startswith("ال") for t in words[k + 1:end]) \
                        and not (end < len(words) and s.tokens[end].clause_start):  # "النقيب جيف دايفيس، المتحدث"
                    end = k  # "الفريق سيرفع تقريرا" (the team), "العميد مدة ..." (the dean): no given name, no family

                if end > k:
                    out.append(_person(s, k, end, None, ms, person_tokens, rank_at=(x, k)))
                    x = end
                    continue
            x += 1
        if _ROLE_STARTS.isdisjoint(words):
            continue  # the rules below all need a role noun (before or after the name)
        # role + organisation + a given name ("وزير الدفاع سالم الحديثي"، "قائممقام قضاء المقدادية عدنان الربيعي")
        given = list(compress(range(len(words)), map(GIVEN_NAMES.__contains__, words))) if PERSON_WORDS else None
        if given is not None and _ALI_GIVEN:
            given = sorted({*given, *(x for x in compress(range(len(words)), map(_ALI.__eq__, words)) if _is_ali(s, x))})
        for k in given if given is not None else range(len(words)):
            w = words[k]
            if (w not in GIVEN_NAMES and not _ali_given(s, k)) or k in mention_tokens or k in person_tokens or k == 0:
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
        for k in _near_roles(words) if ROLE_WINDOW else range(1, len(words)):
            if k in mention_tokens or k in person_tokens or words[k] in GIVEN_NAMES or words[k] in _COMPOUND_FIRST \
                    and words[k] not in {"عبد"}:
                continue
            comma = s.tokens[k].clause_start or s.tokens[k].soft_break
            prev = words[k - 1]
            after_org = (k - 1) in mention_tokens and mention_tokens[k - 1].kind in {"places", "actors"}
            spoke = prev[:2] == "ال" and k > 2 and words[k - 2] in _SPOKESMAN_FOR
            titled = _ROLE_THEN_NAME and any(x >= 0 and (words[x] in ROLE_HEADS or words[x][:1] == "و" and words[x][
                1:] in ROLE_HEADS) for x in ((k - 2, k - 3) if prev in _HONORIFICS else (k - 3,) if spoke
                                              else (k - 2,) if prev[:2] == "ال" else ()))
            if not (comma or after_org or _is_nisba(prev) or titled):
                continue
            if not _QUOTE_OPENERS.isdisjoint(s.quote(*s.token_span(k - 1, k + 1))):
                continue  # a quotation or an aside opens here, not a name
            if after_org and _is_nisba(words[k]):
                continue
            head = _role_before(s, k, person_tokens)
            if head is None or k - head > (_LONG_TITLE_REACH if _LONG_TITLE and after_org else 8) or any(c in s.quote(*s.token_span(head, k + 1)) for c in '«»"“”'):
                continue
            end = _read_name(s, k, (set(mention_tokens) | person_tokens) - _place_surname(s, k, mention_tokens))
            ends = _name_ends(s, end) or end < len(words) and words[end] in _NOT_NAME_WORDS  # "... نيكولاس هايسوم الهجوم بأنه"
            if titled and not (comma or after_org or _is_nisba(prev)) and not _titled_name(words[k:end], spoke):
                continue  # "وزير الداخلية عزام الدخيل": with no comma or known body, only a plain name and its family
            if _VERB_AFTER_BODY and not comma and _common_first(s, k):
                continue  # "الناطق باسم الجماعة نفى أخبار ...": right after the body, a word (the verb) goes on
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
            if _VERB_AFTER_BODY and _common_first(s, k):
                continue  # "الناطق باسم الجماعة نفى أخبار ...": the verb after the body, no name
            end = _read_name(s, k, set(mention_tokens) | person_tokens)
            has_family = end - k >= 2 and any(words[t].startswith("ال") for t in range(k + 1, end))
            head = _role_before(s, m.i, person_tokens) if has_family else None
            if head is not None and not any(c in s.quote(*s.token_span(head, k + 1)) for c in '«»"“”'):
                out.append(_person(s, k, end, None, ms, person_tokens))  # (a quotation between: its words, no name)
        # a name, then its role ("وقال خليل الحية، عضو المكتب السياسي"، "عن مقتل رامي العطار، زعيم
        # الفصيل"، "وقال نادر سليم وهو قائد ميداني"): a known given name, or any name after a verb of saying
        for k in _name_then_role_at(words, given) if given is not None else range(len(words)):
            if k in mention_tokens or k in person_tokens:
                continue
            said = _SAID_NAME and k > 0 and (words[k - 1] in _SAYING or k > 1 and words[k - 1] in _SAID_ABOUT
                                              and words[k - 2] in _SAYING)
            if words[k] not in GIVEN_NAMES and not (k > 0 and words[k - 1] in _BACK_STOPS) and not said \
                    or k > 0 and words[k - 1] in _LINEAGE:
                continue
            end = _read_name(s, k, set(mention_tokens) | person_tokens)
            if end - k < 2 or any((w in _NOT_NAME_WORDS and not _is_ali(s, t)) or w in KILLED
                                  for t, w in enumerate(words[k:end], start=k)):
                continue
            after = _role_after(s, end)
            if after is None:
                continue
            marked = after[0] > end or s.tokens[end].clause_start  # a comma or "وهو" between name and role
            if not marked and (words[k] not in GIVEN_NAMES and not said or words[after[0]] in _HONORIFICS | {"شيخ"}):
                continue  # (right after a verb of saying the name needs no comma: "وقالت فلانة فلانية المتحدثة")
            out.append(_person(s, k, end, None, ms, person_tokens))
        if _SAID_NAME:  # (a name read after a verb of saying, as the reader of a name then its role does)
            out.extend(_said_spokesman(s, ms, mention_tokens, person_tokens))
    out.extend(_served_by(sentences, mentions, out))
    ends = {(p.sentence, p.j) for p in out}
    out = [p for p in out if not _named_place(sentences[p.sentence], p) and not (
        p.entry is None and (_vocabulary_name(p.norm_tokens) or _vocabulary_start(p.norm_tokens, p.name))
        and not _firm_rank(p)) and not (
        _PLACE_CHECK and p.entry is None and _place_name(p.norm_tokens)) and not (
        p.entry is None and p.i > 0 and sentences[p.sentence].words[p.i - 1] in _KUNYA and (p.sentence, p.i - 1) in ends)]
    # ("سالم الزبيدي المكنى أبو فارس": the nickname of the man just named, no other person)
    out.sort(key=lambda p: p.start)
    out = [p for x, p in enumerate(out) if not _runs_on_repeat(p, out[:x])]
    _trim_roles(out)
    _counterpart_roles(out)
    return out


_ALI_GIVEN = True
"""Switch: the given name علي as written (with ي; the preposition على normalises like it, so the given-name list
leaves it out) counts as a given name after a rank, an honorific or a title ("الفريق علي فلان"، "الشيخ علي فلان
فلان"، "وزير المالية علي فلان فلان"): without it the man is dropped or his name read from his father's name (A/B).
A "name" it opens that is all vocabulary ("علي طلب الحكومة": the preposition spelt so) is still no person."""
_ALI = normalize("علي")


def _ali_given(s: Sentence, k: int) -> bool:
    """True when token k is the given name علي as written (:data:`_ALI_GIVEN`) and the word after it is no common
    noun (with or without the article) that is not also a name: "علي طلب"، "علي الاقتراح" are the preposition spelt
    with ي and its object."""
    if not _ALI_GIVEN or not _is_ali(s, k) or k + 1 >= len(s.words):
        return False
    w = s.words[k + 1]
    bare = w[2:] if w.startswith("ال") else w
    return not ((w in _COMMON_WORDS or bare in _COMMON_WORDS) and w not in _NAME_FIRSTS and bare not in _NAME_FIRSTS)


_PLACE_SURNAME = True
_LONG_TITLE = True
_LONG_TITLE_REACH = 11
"""Switch: a title that ends with a known body right before the name may run longer ("نائب المبعوث الخاص للتحالف
الدولي لمحاربة تنظيم داعش فلان"): its head up to 11 words back, not 8 (A/B)."""
_VERB_AFTER_BODY = True
"""Switch: a title's body or nationality then a common word with no comma between ("المتحدث باسم الحركة نفى
تقارير ..."، "القائد الميداني الكردي أعلن ..."): the sentence goes on with its verb, no name (which the given-name
list does not know) starts there (A/B)."""
_SPOKESMEN = frozenset(normalize(w) for w in ("المتحدث", "المتحدثة", "الناطق", "الناطقة"))


def _said_spokesman(s: Sentence, ms: list[Mention], mention_tokens: dict[int, Mention],
                    person_tokens: set[int]) -> list[Person]:
    """A foreign name of two or three words between a verb of saying and a spokesman's title ("وقال بن رودز المتحدث
    باسم البيت الأبيض"، "وذكر بصير كوهي المتحدث باسم الشرطة"): the speaker, though its first word looks like a word
    behind a glued letter or "بن" opens it. No word with the article, a mark, a known place or body, a rank or a role
    noun; nothing between the verb and the title but the name."""
    words = s.words
    out: list[Person] = []
    for k in range(1, len(words) - 3):
        if words[k - 1] not in _SAYING or k in person_tokens:
            continue
        for n in (2, 3):
            end = k + n
            if end + 1 >= len(words) or words[end] not in _SPOKESMEN or words[end + 1] != _BISM:
                continue
            span = range(k, end)
            if any(t in mention_tokens or t in person_tokens or not words[t].isalpha() or words[t].startswith("ال")
                   or words[t] in RANKS or words[t] in ROLE_HEADS or words[t] in _NOT_NAME_WORDS or words[t] in KILLED
                   or t > k and (s.tokens[t].clause_start or s.tokens[t].soft_break) for t in span) \
                    or s.tokens[end].clause_start or not _QUOTE_OPENERS.isdisjoint(s.quote(*s.token_span(k, end))):
                break
            out.append(_person(s, k, end, None, ms, person_tokens))
            break
    return out


_BISM = normalize("باسم")
_ROLE_THEN_NAME = True
_SPOKESMAN_FOR = frozenset({normalize("باسم")})
"""Between a spokesman's title and the body he speaks for: "المتحدث باسم الوزارة فلان فلان" names the man after the
body (a plain name, as after "وزير الداخلية"), whether or not his given name is listed."""
_FATHER_IN_NAME = True
"""Switch: a known official's name right after "بن", or followed by "بن" and another grandfather, is another man's
name, not him (:func:`_inside_lineage`; A/B)."""
_SON_OF = {normalize("بن"), normalize("ابن"), normalize("بنت")}
OWNER_IN_TITLE = True
"""Switch (pass 65): a known official named right after an adviser's, envoy's or ambassador's title or "حكومة"
("مستشار خادم الحرمين الشريفين أمير المنطقة"، "سفير خادم الحرمين الشريفين لدى"، "حكومة خادم الحرمين") is the man whose
adviser, envoy or government that is, named in someone's title or as a state: not a person acting there (another
mention of him may still be)."""
_TITLE_OWNER_HEADS = rules.words("actors", "title_owner_heads")
NAMESAKE_GIVEN = True
"""Switch (pass 65): a known official named by his family name alone in the registry ("الأعرجي") but written right
after another given name ("بهاء الأعرجي" when the registry's man is "قاسم الأعرجي") is a namesake, not him
(:func:`_namesake`): the mention is no registry person, and the title reader reads the name as written."""


def _common_first(s: Sentence, k: int) -> bool:
    """True when the word at k, right after a title's body or nationality, and the word after it are common
    vocabulary and no given name: the sentence's verb and its object go on there ("الناطق باسم الجماعة نفى أخبار
    ..."). A name whose first word is also a word has a family name that is none ("جيل مارتان"، "حكمة العبيدي").
    Not "علي" (the name, though it normalises like "على") nor a two-letter word (the initial of a transliterated
    name: "جي كي راو")."""
    if k + 1 >= len(s.words):
        return False
    return all(len(w) >= 3 and w in _COMMON_WORDS and w not in _NAME_FIRSTS and not _is_ali(s, x)
               for x, w in ((k, s.words[k]), (k + 1, s.words[k + 1])))


def _inside_lineage(words: list[str], m: Mention) -> bool:
    """True for a known official's name written right after "بن"/"ابن"/"بنت": the name of another man's father or
    grandfather ("ابن فيصل بن بندر"، "تركي بن مقرن بن عبدالعزيز"), so the man named is the son, whose
    name reads on from his own given name, not the official; and a known official's name followed by "بن" and a
    grandfather other than the one his registry names give: a namesake, read as a name of its own."""
    if m.kind != "actors" or m.entry.get("type") != "official":
        return False
    if m.i > 0 and words[m.i - 1] in _SON_OF:
        return True
    if m.j + 1 >= len(words) or words[m.j] not in _SON_OF:
        return False
    # after the name, "بن" and a grandfather who is not his: a namesake ("فيصل بن بندر بن سعد" is not the
    # official written "فيصل بن بندر بن عبدالعزيز")
    last, grandfather = words[m.j - 1], words[m.j + 1]
    for form in _forms(m.entry):
        for x in range(len(form) - 2):
            if form[x] == last and form[x + 1] in _SON_OF:
                return not (form[x + 2].startswith(grandfather) or grandfather.startswith(form[x + 2]))
    return False


def _given_like(s: Sentence, k: int) -> bool:
    """True for the word at k read as a given name: one the given-name list knows, or a word of no vocabulary with no
    article right after a rank or role noun, or after a comma that closes a title ("نائب رئيس الوزراء العراقي، بهاء";
    not a verb after a relative pronoun or a noun: "الذي حاور"، "الأمريكي بفيتو")."""
    words = s.words
    w = words[k]
    if w in GIVEN_NAMES or w[:1] == "و" and w[1:] in GIVEN_NAMES:
        return True
    if k == 0 or len(w) < 3 or not w.isalpha() or w.startswith("ال") or w in _COMMON_WORDS or w in RANKS \
            or w in ROLE_HEADS or w in _HONORIFICS or w[:1] in "وفبل" and w[1:] in _COMMON_WORDS:
        return False
    before = words[k - 1]
    if before in RANKS or before in ROLE_HEADS:
        return True
    return s.tokens[k].clause_start and before.startswith("ال") and before not in _RELATIVES_AL


_RELATIVES_AL = frozenset(normalize(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللاتي"))


def _namesake(s: Sentence, m: Mention) -> bool:
    """True for a known official's one-word name (a family name), written without a glued word, right after a given
    name unlike any his registry names start with (:data:`NAMESAKE_GIVEN`): "بهاء الأعرجي" is not the official
    "قاسم الأعرجي", "جوزف ليبرمان" not "أفيغدور ليبرمان"; a variant spelling of his own ("ايمانيول") is him."""
    if m.kind != "actors" or m.entry.get("type") != "official" or m.j != m.i + 1 or m.i == 0:
        return False
    words = s.words
    forms = _forms(m.entry)
    if not any(f and f[-1] == words[m.i] for f in forms) or not _given_like(s, m.i - 1):
        return False  # "لميركل": a glued preposition, no compound name
    prev = words[m.i - 1].removeprefix("و") if words[m.i - 1] not in GIVEN_NAMES else words[m.i - 1]
    own = {x for f in forms for x in f[:-1]}  # his given names and kunya ("أبو محمد الجولاني" written "محمد الجولاني")
    return not any(prev == x or SequenceMatcher(None, prev, x).ratio() >= _SPELLING_RATIO for x in own)


_SPELLING_RATIO = 0.6
"""Two spellings of one given name are at least this alike ("ايمانيول"/"ايمانويل"، "غاريد"/"جاريد")."""


_FORMS: dict[str, tuple[tuple[str, ...], ...]] = {}


def _forms(entry) -> tuple[tuple[str, ...], ...]:
    """An entry's Arabic names as normalized word tuples (memoised by entry id)."""
    got = _FORMS.get(entry.id)
    if got is None:
        got = _FORMS[entry.id] = tuple(tuple(normalize(n).split()) for n in (entry.canonical, *entry.ar) if n)
    return got


def _titled_name(words: list[str], spoke: bool = False) -> bool:
    """True when words read right after a title and its one genitive ("وزير التعليم عزام الدخيل"، "وزير الإسكان
    الدكتور شويش الضويحي") are a name the given-name list does not know: they end at a family name with the article,
    and no word is common vocabulary or a word glued to a preposition ("رئيس النادي مازال يدفع"، "رئيسة الحكومة
    تيريزا ماي بشأن ..."). After a spokesman's body (``spoke``: "المتحدث باسم الوزارة فريدون مهمند") a foreign name
    with no article is one too, on the same terms."""
    if len(words) < 2 or any(w.startswith("ال") for w in words[:-1]) or not (words[-1].startswith("ال") or spoke):
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


_NAMED_AFTER = True
"""Switch: a known official's name right after a place or institution noun names that place, not him
(:func:`_after_place_noun`; A/B)."""


def _after_place_noun(words: list[str], i: int) -> bool:
    """True when the word before token i is a place or institution noun ("مؤسسة"، "مطار"، "جامعة"، "بمستشفى"):
    a known official's name there, written without a title, is the name of a foundation, airport, university or
    street named after him ("مؤسسة خليفة بن زايد للأعمال الإنسانية"), not the man acting."""
    if i < 1:
        return False
    w = words[i - 1]
    return w in _PLACE_BEFORE_TITLE or w[:1] in {"ب", "و", "ل"} and w[1:] in _PLACE_BEFORE_TITLE


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


def _served_by(sentences: list[Sentence], mentions: list[list[Mention]], persons: list[Person]) -> list[Person]:
    """The holder of a title that serves a known official, named right after him ("المستشار الإعلامي لوزير
    الداخلية سليم داود كريم العلي": the adviser is Karim al-Ali)."""
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
        out.append(Person(written_name(s.quote(start, stop)), tuple(s.words[k:end]), s.index, start, stop, k, end, role, None, None, org,
                          (rs, stop)))
    return out
