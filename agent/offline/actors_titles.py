"""Actors: the role phrase that goes with a person's name, before it ("المتحدث باسم ..."، "وزير الدفاع") or
after it (", عضو المكتب السياسي"، "وهو قائد ميداني"), and :func:`_person`, which makes a :class:`Person` of a name
with its rank, role and organisation (and the title of a man a known official is served by).
"""

from __future__ import annotations

from marsad.agent.dates import DAY_NAMES
from marsad.agent.offline import rules
from marsad.agent.offline.actors_home import nisba_country
from marsad.agent.offline.actors_names import (
    _BACK_STOPS,
    _NAME_END_WORDS,
    _RANK_SUFFIX,
    GIVEN_NAMES,
    NEVER_NAME_VERBS,
    RANKS,
    ROLE_HEADS,
    Person,
    _is_verb_amr,
    _norm,
    glued_title,
    unglued_title,
    written_name,
)
from marsad.agent.offline.mentions import Mention
from marsad.agent.offline.text import Sentence
from marsad.core.arabic import normalize
from marsad.core.lexicon import Entry

_CLEAN_NAME = True


_ROLE_FIRST_WORDS = frozenset(h.split(" ")[0] for h in ROLE_HEADS if " " in h)
"""First words of the two-word role heads: only they can open one (the pair is built only for them)."""


_WITH = frozenset({"مع", "ومع"})


_OWN_TITLE_EPITHETS = tuple(tuple(p.split("_")) for p in rules.words("actors", "own_title_epithets"))
"""Epithets that are a ruler's own title ("خادم الحرمين الشريفين"): the role read back before one is another
man's ("قلّد رئيس جمهورية النيجر خادم الحرمين الشريفين وساما"، "رفع رئيس البلدية التهاني لمقام خادم الحرمين")."""


_ROLE_CHAIN_BREAKS = rules.words("actors", "role_chain_breaks")
"""Prepositions and nouns of speech that never stand between two titles of one man ("بين"، "إلى جانب"، "تصريحات"):
a role read back from a name, its head found, ends at one."""


def _own_title_epithet(s: Sentence, r: int) -> bool:
    """True when the words from token r are an epithet of :data:`_OWN_TITLE_EPITHETS`, a glued "و"/"ل" allowed."""
    for words in _OWN_TITLE_EPITHETS:
        first = s.words[r]
        if first[:1] in {"و", "ل"} and first[1:] == words[0]:
            first = first[1:]
        if first == words[0] and tuple(s.words[r + 1:r + len(words)]) == words[1:]:
            return True
    return False


def _role_before(s: Sentence, r: int, blocked_persons: set[int], with_stop: bool = False) -> int | None:
    """Index of the role head noun whose phrase ends just before token r, or None. With ``with_stop`` (the title
    of a man already found) a role noun after "مع" is his whole title."""
    if r < len(s.words) and (glued_title(s.words[r]) or _own_title_epithet(s, r)):
        return None  # "بعث الوزير برقية للأمير فلان": the man after a preposition is an object, the title before not his
    a, _ = s.clause_bounds(max(0, r - 1)) if r > 0 else (0, 0)
    head = None
    x = r - 1
    while x >= max(a, r - 14):
        w = s.words[x]
        if w in _BACK_STOPS or x in blocked_persons or _is_verb_amr(s, x):
            break  # "أمر خادم الحرمين": the verb "ordered", no commander
        if w in NEVER_NAME_VERBS or w[:1] == "و" and w[1:] in NEVER_NAME_VERBS:
            break  # "وأشاد به الرئيس وأثنى عليه وزير الدفاع فلان": a new clause, the title before it another man's
        if with_stop and head is not None and w in _WITH:
            break  # "التقى الوزير مع الرئيس الأميركي فلان": the title after "مع" is his, the one before another's
        if head is not None and w in _ROLE_CHAIN_BREAKS:
            break  # "المتحدث باسم الرئاسة ... عقب اجتماع بين الرئيس الأميركي فلان": his title starts after "بين"
        bare = w[1:] if w.startswith("و") and w[1:] in ROLE_HEADS else w
        if _COUNTERPART and w[:1] == "ب" and w[1:].startswith("نظير") and w[1:] in ROLE_HEADS:
            bare = w[1:]  # "اتصل الوزير بنظيره الكويتي فلان": the counterpart's title, the "ب" of the verb glued on
        if _GLUED_OWN_TITLE and _glued_head(w):
            head = x  # "في تصريح لوزير الداخلية، فلان": his own title (a glued "ل" is no adjective of "تصريح")
            x -= 1
            continue
        if x > 0 and s.words[x - 1] in _ROLE_ADJ_AFTER:
            x -= 1
            continue  # "مؤتمر صحفي مع نظيره": an adjective ("press conference"), not the journalist
        if bare in ROLE_HEADS or (x + 1 < r and bare in _ROLE_FIRST_WORDS and f"{bare} {s.words[x + 1]}" in ROLE_HEADS):
            head = x
            if bare.startswith("نظير"):
                break  # "مع نظيره الإماراتي": the counterpart's title starts here
        x -= 1
    return head


_LONG_TITLE_FOE = True
"""Switch: in a title naming his body and then, after a word of fighting ("لمحاربة"، "ضد"), the group it fights, his
affiliation is his body, not the group (A/B)."""
_AGAINST = rules.words("agreements", "against") - {normalize("على")}
"""Words of fighting before a group in a title (agreements' list, without "على": "المشرف على الشرطة" is his)."""
_GLUED_NOT_TITLES = rules.words("actors", "glued_heads_not_titles")
"""Words that read as a role noun with a glued "ل" but are mostly another word ("لأمر قضائي": for an order)."""
_GLUED_OWN_TITLE = True
"""Switch: a role noun with a glued "ل" ("لوزير"، "للمتحدث") heads a title too ("في تصريح لوزير الداخلية، فلان":
the minister is the man named), read without the preposition; a title farther back still wins ("المستشار الإعلامي
لرئيس الوزراء فلان": the adviser's title, the man named is the premier). A/B."""

_HONORIFIC_LIST = True
"""Switch: an honorific glued to "و" between a role and a name opens a new item of a list of dignitaries, so the
role before it is the previous man's ("ولي العهد وزير الدفاع وصاحب السمو الأمير فلان"); an honorific
without "و" ends the role phrase of its own man ("ولي العهد صاحب السمو فلان" -> "ولي العهد"). A/B."""
_LISTED_HONORIFICS = frozenset(normalize("و" + w) for w in ("صاحب", "معالي", "سمو", "فضيلة", "سعادة", "سماحة"))
"""Honorifics glued to "و" that open the next dignitary of a list ("وصاحب السمو الملكي"، "ومعالي"، "وفضيلة")."""
_SAHIB, _SUMUW, _MAALI = normalize("صاحب"), normalize("السمو"), normalize("معالي")

_ON_BEHALF = frozenset({normalize("باسم"), normalize("عن")})
"""Right before a known official after a title: he is whom the title serves ("المتحدث باسم"، "نائبا عن")."""
_ROLE_ADJ_AFTER = rules.words("actors", "role_adjective_after")
"""Nouns after which a role word is an adjective ("مؤتمر صحفي")."""


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
    if intro is None and rank_at is None and i > 0 and (s.words[i - 1] in RANKS | _RANK_SUFFIX or glued_title(s.words[i - 1])):
        r = i - 1
        while r > 0 and s.words[r - 1] in RANKS:
            r -= 1
        rank_at = (r, i)
    if rank_at is not None:
        r = rank_at[0]
        rank = s.quote(*s.token_span(rank_at[0], rank_at[1]))
        if rank[:1] == "و" and s.words[r] not in RANKS:
            rank = rank[1:]  # "والأمير" -> "الأمير"
        elif glued_title(s.words[r]):
            rank = unglued_title(rank)  # "بالشيخ" -> "الشيخ"
    head = _role_before(s, r, person_tokens, with_stop=True)
    if rank_at is not None and s.words[r] not in RANKS and s.words[r][1:] in RANKS:
        head = None  # "... رئيس جهاز أمن الدولة فلان، والشيخ خالد": a new item of a list, the title before is another's
    role_end = r
    if _HONORIFIC_LIST and head is not None:
        listed = next((x for x in range(r - 1, head, -1) if s.words[x] in _LISTED_HONORIFICS), None)
        if listed is not None:  # "... وزير المالية وصاحب السمو فلان": a new item of a list
            head = next((y for y in range(listed + 1, r) if s.words[y] in ROLE_HEADS or y + 1 < r
                         and s.words[y] in _ROLE_FIRST_WORDS and f"{s.words[y]} {s.words[y + 1]}" in ROLE_HEADS),
                        None)  # "ومعالي رئيس الاستخبارات العامة فلان": his own title after the honorific
        else:
            role_end = next((x for x in range(head + 1, r) if s.words[x] == _MAALI or s.words[x] == _SAHIB
                             and x + 1 < len(s.words) and s.words[x + 1] == _SUMUW), r)
    if head is not None:  # "وزير الخارجية منذ عام 2015 فلان": the role ends before the time
        role_end = next((x for x in range(head + 1, role_end) if s.words[x] in _ROLE_TIME_BEFORE), role_end)
    if entry is not None and head is not None and head == r - 1 and _construct_head(s.words[head]):
        head = None  # "مستشار خادم الحرمين الشريفين": the known official is whom the title serves, not its holder
    if entry is not None and head is not None and r > 0 and s.words[r - 1] in _ON_BEHALF:
        head = None  # "متحدث باسم خليفة حفتر": the known official is whom the spokesman speaks for
    outer = None
    if entry is not None and head is not None:
        inner = next((x for x in range(r - 1, head, -1) if _glued_head(s.words[x])
                      or s.words[x] in ROLE_HEADS and s.words[x - 1] in _ON_BEHALF), None)
        if inner is not None:  # "المستشار الإعلامي لرئيس الوزراء فلان"، "المتحدث باسم رئيس الوزراء ...": he is the PM
            outer, head = (head, r), inner
    if head is not None:
        clause = next((x for x in range(role_end - 1, head, -1) if s.words[x] in _ROLE_CLAUSE), None)
        if clause is not None:  # "وبحسب الوزير فإن الرئيس الفرنسي فلان": his role is after the clause word
            head = clause + 1 if clause + 1 < role_end and (s.words[clause + 1] in ROLE_HEADS or s.words[
                clause + 1] in _ROLE_FIRST_WORDS) else None
    role = None
    org = None
    ev_start = start
    if head is not None and head < role_end:
        rs, re_ = s.token_span(head, role_end)
        role = s.quote(rs, re_).strip(" ،,")
        if role.startswith(("و", "ب")) and s.words[head][1:] in ROLE_HEADS:
            role = role[1:]  # "ورئيس العراق السابق"، "بنظيره الكويتي"
        if (outer is not None or _GLUED_OWN_TITLE) and _glued_head(s.words[head]):
            role = "ال" + role[2:] if role.startswith("لل") else role[1:]  # "لرئيس مجلس الوزراء" -> "رئيس مجلس الوزراء"
        ev_start = rs
        for m in ms:
            if m.kind == "actors" and head <= m.i and m.j <= r and m.entry.get("type") != "official":
                if m.entry.id in _POSTED_AT_BODIES and m.i > head and s.words[m.i - 1] in _POSTED_AT \
                        and _ENVOY_HEADS.intersection((s.words[head], s.words[head][1:])):
                    continue  # "السفير الكويتي في مجلس الأمن": the council he sits at, not the body he serves
                if _LONG_TITLE_FOE and org is not None and m.i > 0 and s.words[m.i - 1] in _AGAINST:
                    continue  # "المبعوث الخاص للتحالف الدولي لمحاربة تنظيم داعش": the body fought, not his
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
    return Person(written_name(s.quote(start, end)), tuple(s.words[i:j]), s.index, start, end, i, j, role, rank, entry, org,
                  (ev_start, ev_end), outer=outer)


_COUNTERPART = True
"""Switch: a counterpart's title ("نظيره الأميركي"، "بنظيره الكويتي") is the office of the man whose counterpart he
is, of his own country: "وزير الخارجية السعودي فلان ... نظيره الأميركي فلان" -> "وزير الخارجية الأميركي"
(:func:`_counterpart_roles`); a glued "ب" opens such a title too (A/B)."""


_DIRECTIONS = frozenset(normalize(w) for w in ("الشمالي", "الشمالية", "الجنوبي", "الجنوبية"))
_NAZIRA = normalize("نظيرت")


def _counterpart_roles(persons: list[Person]) -> None:
    """Give a man titled only as a counterpart ("نظيره الأردني") the office of the man named before him in the sentence,
    with the counterpart's nationality adjective in place of that man's: "وزير الخارجية المصري فلان مع نظيره
    الأردني فلان" -> "وزير الخارجية الأردني". Left as written when the earlier title names a state elsewhere than at
    its end ("السفير السعودي لدى اليمن") or is itself a counterpart's, or the counterpart's title is more than the
    word and its adjective."""
    if not _COUNTERPART:
        return
    for p in persons:
        words = (p.role or "").split()
        if len(words) != 2 or not _norm(words[0]).startswith("نظير") or nisba_country(words[1]) is None:
            continue
        q = next((q for q in sorted(persons, key=lambda q: -q.start) if q.sentence == p.sentence and q.end <= p.start
                  and q.role), None)
        if q is None:
            continue
        theirs = q.role.split()
        if _norm(theirs[0]).lstrip("وبل").startswith("نظير") or _norm(theirs[0]) not in ROLE_HEADS and \
                _norm(theirs[0])[1:] not in ROLE_HEADS:
            continue
        if len(theirs) > 2 and _norm(theirs[-1]) in _DIRECTIONS:
            theirs = theirs[:-2]  # "الرئيس الكوري الشمالي": the adjective of a country named with a direction
        elif nisba_country(theirs[-1]) is not None:
            theirs = theirs[:-1]
        if not theirs or any(nisba_country(w) is not None or _norm(w) in _DIRECTIONS for w in theirs[1:]):
            continue
        head = theirs[0]
        feminine = _norm(words[0]).startswith(_NAZIRA)
        if feminine and not head.endswith("ة") and _norm(head + "ة") in ROLE_HEADS:
            head += "ة"  # "الوزير فلان ونظيرته الفرنسية فلانة" -> "وزيرة ..."
        elif not feminine and head.endswith("ة") and _norm(head[:-1]) in ROLE_HEADS:
            head = head[:-1]  # "رئيسة الوزراء فلانة ونظيرها الإسرائيلي فلان" -> "رئيس الوزراء ..."
        p.role = " ".join([head, *theirs[1:], words[1]])


def _glued_head(w: str) -> bool:
    """A role noun with a glued "ل" ("لرئيس"، "للرئيس"، "لوزير"): the title after it is another man's."""
    return w[:1] == "ل" and w not in _GLUED_NOT_TITLES and (w[1:] in ROLE_HEADS and not w[1:].startswith("ال") or w[:2] == "لل" and "ال" + w[2:] in ROLE_HEADS)


def _construct_head(w: str) -> bool:
    """A role noun in the construct state ("مستشار"، "ومبعوث"): the name right after it is its genitive."""
    bare = w[1:] if w[:1] in {"و", "ل"} and w[1:] in ROLE_HEADS else w
    return bare in ROLE_HEADS and not bare.startswith("ال") and not bare.startswith("نظير")


_APPOSITION = frozenset({"وهو", "وهي", "هو", "هي"})
_POSTED_AT_BODIES = rules.phrases("actors", "acting_only_body_ids")
_POSTED_AT = frozenset({"في", "لدي", "امام"})
"""Before an international body inside an envoy's title: where he is posted ("السفير الكويتي في مجلس الأمن"); in
another title the body is where he works ("الخبير في منظمة الصحة العالمية")."""
_ENVOY_HEADS = rules.words("actors", "envoy_heads")
"""Titles of a state's envoy ("السفير"، "مندوب"، "الممثل"، "المبعوث"): a body after "في/لدى" is where he is posted."""
_ROLE_TIME_BEFORE = rules.words("actors", "role_time_before_name")
"""Words of time inside a title before the name ("وزير الخارجية منذ عام 2015 فلان"): the role ends before them
(not a day's name nor "اليوم": "خطيب الجمعة"، "صحيفة اليوم" are titles)."""
_ROLE_TIME = rules.words("actors", "role_time_words") | DAY_NAMES | rules.words("actors", "role_after_ends")
"""Words of time after an office ("المتحدث باسم الوزارة مساء الأربعاء"، "قائد القوات حاليا"، "منذ عام 2015"), and
words of purpose, occasion or replacement that no title holds ("لحضور"، "بمناسبة"، "بدلاً من"، "وذلك"): the role
ends before them."""
_ROLE_CHANNEL = rules.words("actors", "role_channel_after_in")
"""After "في" at a role's end, words of time or of the channel of a statement ("في وقت سابق"، "في مقابلة"، "في
برنامج تلفزيوني"، "في إفادة صحفية"): the role ends before "في"."""
_ROLE_CLAUSE = rules.words("actors", "role_clause_words")
"""Words that open a reported clause ("وبحسب الوزير فإن الرئيس الفرنسي فلان"): a role read back across one begins
after it."""


def _role_after(s: Sentence, j: int) -> tuple[int, int] | None:
    """Token range of a role phrase that follows the name ending at token j, or None.

    News often names first and gives the office after, with a comma or "وهو" ("وقال سامر الخطيب،
    عضو المكتب السياسي للحزب"، "وقال نادر سليم وهو قائد ميداني"، "رنا الأسعد وزيرة الدولة
    لشؤون البيئة"). The phrase runs from the role noun to the clause's end; one that runs into another
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
        if s.words[end] == "في" and end + 1 < n and s.words[end + 1] in _ROLE_CHANNEL:
            break  # "... باسم الحكومة في وقت سابق": the role ends before the time or the channel
        if s.words[end] in _ROLE_TIME or s.words[end] in _ROLE_CLAUSE:
            break  # "... باسم وزارة الصحة مساء الأربعاء"، "قائد القوات الخاصة حاليا": the role ends before the time
        end += 1
    return x, end
