""":func:`_parties`: the parties of an agreement mention, and whether the text names them as such ("بين X و Y").

The readers of ``agreements_sides`` and ``agreements_named`` in their order: the sides after "بين", the signers
of a relative clause, the forces right after the agreement noun, two states' adjectives, the declarer of a truce,
the duals of the story, then the forces and states around the agreement word and the side after "مع".
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from marsad.agent.offline import agreements_duals, agreements_named, agreements_sides, rules
from marsad.agent.offline.actors import state_acting, state_entry, state_of
from marsad.agent.offline.actors_home import (
    GENERIC_GROUPS,
    bare_generic,
    fold_prefix,
    generic_abroad,
    national_body,
    nisba_country,
)
from marsad.agent.offline.agreements_capitals import capital_state
from marsad.agent.offline.agreements_cues import (
    _AGREE,
    _AGREE_VERBS,
    _AGREED,
    _CAPITALS,
    _COOPERATION,
    _MEDIATION,
    _PARTY_HEADS,
    _PARTY_TYPES,
    _POLITICAL_AFTER,
    _SECURITY_CONTEXT,
    _THAT,
    ON,
    PROPOSAL_HEADS,
    SIGNED_PARTICIPLES,
    _truce_at,
    is_giving,
    party_entry,
    party_mentions,
)
from marsad.agent.offline.agreements_duals import (
    _chained_forces,
    _dual_adjective_states,
    _joined_with,
    met_states,
)
from marsad.agent.offline.agreements_leaders import story_officials
from marsad.agent.offline.agreements_named import (
    _SIDE_VERBS,
    _allied,
    _as_party,
    _bare_government,
    _counterparts,
    _declarer,
    _each_of,
    _leader_states,
    _list_head,
    _parties_told_before,
    _peace_with,
    _relative_signers,
    _venue,
    _verb_subject,
    _welcoming,
    _with_counterpart,
    _with_written_parties,
    _written_counterpart,
    window_parties,
)
from marsad.agent.offline.agreements_sides import (
    _FOREIGN_SIDES,
    _fought_only,
    _government,
    _last_groups,
    _last_officials,
    _last_parties,
    _sides,
)
from marsad.agent.offline.context import DocContext, bare, bare_in
from marsad.agent.offline.locations import place_at
from marsad.agent.offline.mentions import Mention
from marsad.agent.offline.rooms import state_adjective_pair
from marsad.core.arabic import ascii_digits, clitic_variants, normalize
from marsad.core.gazetteer import registry_country
from marsad.core.lexicon import Entry, get_lexicon

_DUAL_STATES = rules.words("agreements", "dual_states")
"""Duals standing for the two states of the story ("البلدين"، "المملكتين"، "الدولتين")."""
_AGAINST = rules.words("agreements", "against")
"""Right before a group: the group is what the agreement is against ("لمحاربة داعش"), never a party."""
_DUAL_PARTIES = rules.words("agreements", "dual_parties")
""""الطرفان"، "الجانبين": the two sides named before."""
_DUAL_LEADERS = rules.words("agreements", "dual_leaders")
""""الزعيمان"، "الرئيسين"، "الخصمين": the two leaders named before (switch ``agreements_sides.DUAL_LEADERS``)."""
_DUAL_CONSTRUCT = rules.words("agreements", "dual_sides_construct")
""""طرفي النزاع"، "طرفا الاتفاق": the two sides named before, as "الطرفان" (switch ``agreements_sides.DUAL_LEADERS``)."""
_DUAL_GROUPS = rules.words("agreements", "dual_groups")
""""الحركتان"، "الفصيلين": the two movements or factions named before, never a state."""
_DUAL_STATE_SUBJECTS = rules.words("agreements", "dual_state_subjects")
"""Close to the agreement word ("واتفقت الدولتان الجارتان على فتح المعبر"، "اتفاق الدولتين على"): the two states told before."""
_STATE_REACH = 9
"""Words before an agreement word where a state can still be its side ("وأعلنت روسيا والولايات المتحدة الأسبوع الماضي
التوصل إلى اتفاق")."""


STORY_BODIES = True
"""Switch: :func:`_story_view`: a generic body ("التحالف"، "القاعدة"، "البرلمان") is read as the body of the story it is
told in (the Arab coalition and AQAP in a Yemeni story, Libya's House of Representatives in a Libyan one)."""
_STORY_BODIES = rules.table("agreements", "story_bodies")
"""Registry id a bare generic name reads as -> the id of the same kind of body in another story ("coalition" ->
"arab_coalition")."""
_STORY_BODY_COUNTRY = rules.table("agreements", "story_body_country")
"""That other body -> the country whose story it is ("arab_coalition" -> YE)."""
_STORY_MARKS = rules.table("agreements", "story_marks")
"""Registry bodies of no country code that tell a story's country ("houthis" -> YE, "isis" -> IQ)."""
_STORY_HOME = {k: frozenset(str(v).split()) for k, v in rules.table("agreements", "story_home").items()}
"""The countries of the registry's own reading of a generic name ("coalition" -> IQ SY): told there, it stays."""
_STORY_EXPLICIT = rules.words("agreements", "story_explicit")
"""A word in the name that makes the registry's reading explicit ("التحالف الدولي"، "القاعدة في العراق")."""
_LEGISLATURES = rules.table("agreements", "legislatures")
"""A country -> the registry id of its parliament ("LY" -> Libya's House of Representatives)."""
_LEGISLATURE_WORDS = frozenset(normalize(w) for w in rules.phrases("agreements", "legislature_words"))
"""Bare names of a parliament ("البرلمان"، "مجلس النواب"): any state's."""
BARE_INSTITUTIONS = rules.phrases("agreements", "bare_institutions")
"""Registry ids of Iraqi institutions whose names are also any state's ("البرلمان"، "مجلس الوزراء"، "الحكومة المركزية")."""
HOME_MARKERS = rules.words("agreements", "home_markers")
"""In a name, what makes it the Iraqi one ("البرلمان العراقي"، "حكومة بغداد")."""
_STORY_REACH = 2
"""Sentences before a generic name whose places and bodies tell its story, with its own sentence."""



MEDIATOR_SCOPE = True
"""Switch (pass 37): a word of mediation ("بوساطة"، "برعاية") before a name makes it the mediator, not a party, only up
to a verb of reaching or signing: "وبوساطة قطرية، توصلت حماس وإسرائيل إلى اتفاق" names the sides after the verb."""
_REACHED = _AGREE_VERBS | frozenset(normalize(w) for w in (
    "توصل", "توصلت", "توصلا", "توصلتا", "توصلوا", "وقع", "وقعت", "وقعا", "وقعتا", "وقعوا", "أبرم", "أبرمت", "أبرما",
    "أبرمتا", "أبرموا"))


DUAL_OFFICIALS = True
"""Switch (pass 37): a state told as the complement of a ministry after two officials in the dual ("وزيرا داخلية
العراق والأردن"، "رئيسا أركان الجيشين"، "وزيري خارجية مصر والسودان") is a side, not a noun's complement."""
_DUAL_TITLES = frozenset(normalize(w) for w in (
    "وزيرا", "وزيري", "رئيسا", "رئيسي", "قائدا", "قائدي", "مديرا", "مديري", "وزيرتا", "وزيرتي"))


PEOPLE_OF_STATE = True
"""Switch (pass 41): a state named as the people it qualifies ("للشعب اليمني"، "أبناء الشعب السوري"، "شعوب المنطقة")
is whom an agreement serves or helps, not a side of it."""
_PEOPLE = rules.words("agreements", "people_words")


def _people_of(words: list[str], x: int) -> bool:
    """True when a word for a people or its members ("الشعب"، "للشعب"، "أبناء") is the word right before token x."""
    return x > 0 and bare_in(words[x - 1], _PEOPLE)


def _complement(words: list[str], x: int) -> bool:
    """True when the state at token x completes the noun before it ("أمن محافظات العراق"): no side. Not after two
    officials in the dual and their ministry (:data:`DUAL_OFFICIALS`)."""
    if not (x > 0 and words[x - 1].endswith(("ات", "ه")) and not words[x - 1].startswith("ال")):
        return False
    return not (DUAL_OFFICIALS and x > 1 and bare_in(words[x - 2], _DUAL_TITLES))


def _mediated(words: list[str], x: int) -> bool:
    """True when a word of mediation stands within four words before token x with no verb of reaching between."""
    if PROPOSER_NOT_SIDE and x > 0 and bare_in(words[x - 1], PROPOSAL_HEADS):
        return True  # "المقترح المصري للتهدئة"، "مبادرة قطرية": who proposed it, no side
    for t in range(max(0, x - 4), x):
        if bare_in(words[t], _MEDIATION):
            if MEDIATOR_SCOPE and any(bare_in(w, _REACHED) for w in words[t + 1:x]):
                continue  # "بوساطة مصرية توصلت حماس": the verb's subject is a side
            return True
    return False

def _told_countries(ctx: DocContext, sentences: range, adjective_cities: bool = False) -> Counter[str]:
    """The countries the places and bodies of ``sentences`` belong to, each mention one vote. With
    ``adjective_cities`` (:data:`STORY_FORCES`), a city told with another country's adjective right after it
    ("طرابلس اللبنانية") votes only for that country, by its adjective."""
    votes: Counter[str] = Counter()
    for sj in sentences:
        ms = ctx.mentions[sj]
        for n, m in enumerate(ms):
            if m.kind == "places":
                code = registry_country(m.entry)
                nxt = ms[n + 1] if adjective_cities and n + 1 < len(ms) else None
                if nxt is not None and nxt.i == m.j and nxt.kind == "places" and (
                        adj := nisba_country(normalize(nxt.surface))) is not None and adj != code:
                    continue  # the city of that other country, voted by its adjective
            elif m.kind == "actors":
                code = _STORY_MARKS.get(m.entry.id) or m.entry.get("country_code")
            else:
                code = None
            if code:
                votes[str(code).upper()] += 1
    return votes


def _story_entry(ctx: DocContext, si: int, m: Mention) -> Entry | None:
    """The body a generic name stands for in the story it is told in, or None when the registry's reading stays.

    "التحالف"/"دول التحالف" or "القاعدة" told where the sentence and the two before it name Yemen's places or sides
    (and not Iraq's or Syria's), or in an article about Yemen when those sentences name no country, is the Arab
    coalition or AQAP. In an article of no one country, a bare parliament, government or cabinet ("مجلس النواب"،
    "الحكومة المركزية") told where its sentence (else the two before it) names another country's places and no
    Iraqi one is that country's: its parliament when the registry knows it, else its state; its government. A name that says which body it is ("التحالف الدولي") stays."""
    surface = normalize(m.surface.replace("#", "").replace("_", " "))
    lex = get_lexicon()
    target = _STORY_BODIES.get(m.entry.id)
    if target is not None:
        if not _STORY_EXPLICIT.isdisjoint(surface.split()):
            return None
        code = _STORY_BODY_COUNTRY[target]
        home = _STORY_HOME.get(m.entry.id, frozenset())
        votes = _told_countries(ctx, range(max(0, si - _STORY_REACH), si + 1))
        if not votes[code] and not any(votes[h] for h in home):
            votes = ctx.once("agreements_story_countries", lambda: _told_countries(ctx, range(len(ctx.sentences))))
        if votes[code] > sum(votes[h] for h in home):
            return lex.get("actors", target)
        return None
    if m.entry.id not in BARE_INSTITUTIONS or ctx.country is not None:
        return None  # an article with a country: ``_national_view`` has read a bare institution as its state's
    if m.entry.id == "parliament" and surface not in _LEGISLATURE_WORDS or any(k in surface for k in HOME_MARKERS):
        return None
    votes = _told_countries(ctx, range(si, si + 1))  # its own sentence first, then the two before it
    if not votes:
        votes = _told_countries(ctx, range(max(0, si - _STORY_REACH), si + 1))
    code = next((c for c, _ in votes.most_common(1) if c != "IQ" and not votes["IQ"]), None)
    if code is None:
        return None
    if m.entry.id != "parliament":
        return _government(code)  # "الحكومة" told in a Yemeni paragraph: Yemen's government
    found = lex.get("actors", _LEGISLATURES[code]) if code in _LEGISLATURES else None
    return found or state_of(code)


def remap_actors(ctx: DocContext, entry_for) -> DocContext:
    """The document with actor mentions read as other registry entries: ``entry_for(sentence index, mention)`` gives
    the entry a mention stands for, or None to keep it. Rows are copied only where a mention changes; the same
    context when none does."""
    rows: list[list[Mention]] = []
    changed = False
    for si, ms in enumerate(ctx.mentions):
        row = ms
        for n, m in enumerate(ms):
            if m.kind != "actors":
                continue
            found = entry_for(si, m)
            if found is not None and found.id != m.entry.id:
                if row is ms:
                    row = list(ms)
                row[n] = replace(m, entry=found)
                changed = True
        rows.append(row)
    return replace(ctx, mentions=rows) if changed else ctx


GENERIC_ABROAD = True
"""Switch (pass 55): a generic name the registry reads as another country's group ("المعارضة المسلحة" -> the Syrian
opposition), told in an article that names nothing of that country, is as a party the article's country's group of
that kind, else the name as written (actors_home ``generic_abroad``): "وقعت الحكومة الفنزويلية وقوات المعارضة
اتفاقا" has no Syrian side. Independent of actors_home.FOREIGN_GENERIC (the actors' list): each turns off only its
own rule."""


def _generic_side(ctx: DocContext, m: Mention) -> Entry | None:
    """The party a generic name of another country's group stands for (:data:`GENERIC_ABROAD`), or None to keep the
    registry's reading."""
    found = generic_abroad(m, ctx.mentions, ctx.country, enabled=GENERIC_ABROAD)
    if found is None:
        return None
    if not found[1]:
        return found[0]
    name = " ".join(m.surface.replace("#", " ").replace("_", " ").split())
    if name[:1] in {"و", "ل", "ب", "ف"} and name[1:3] == "ال":
        name = name[1:]  # "والمعارضة المسلحة"
    return Entry(kind="actors", id=f"text:{name}", canonical=name, name_en=None, ar=(name,), en=(),
                 data={"type": "armed_group"})


STORY_FORCES = True
"""Switch (pass 64): a bare army, police or ministry ("الجيش"، "الشرطة"، "وزارة الداخلية") as an agreement's side in an
article of no one country (the registry would read the Iraqi one) is the force of the country its story names: the
country the sentence names (else the two before it, else the whole article) more than any other, and the article
names nothing Iraqi. A city told with another country's adjective ("طرابلس اللبنانية") votes for that country only.
A story of two countries named as often keeps the name as written ("الجيش"), not Iraq's army; one naming no country
at all stays the registry's home reading."""


def _bare_force(m: Mention) -> str | None:
    """The id prefix ("army_") of a bare home force the registry reads as Iraq's ("الجيش"، "للشرطة"), or None."""
    if m.kind != "actors" or not bare_generic(m.surface):
        return None
    prefix = fold_prefix(m.entry)
    return prefix if prefix is not None and m.entry.get("country_code") in (None, "IQ") else None


def _story_force(ctx: DocContext, si: int, m: Mention) -> Entry | None:
    """The force a bare home force stands for in its story (:data:`STORY_FORCES`), or None to keep Iraq's."""
    whole = ctx.once("agreements_force_votes", lambda: _told_countries(ctx, range(len(ctx.sentences)), True))
    if not whole or whole["IQ"] or any("عراق" in normalize(x.surface) for ms in ctx.mentions for x in ms):
        return None  # a story naming no country at all is the registry's home
    prefix = _bare_force(m) or ""
    for reach in (range(si, si + 1), range(max(0, si - _STORY_REACH), si + 1), None):
        votes = whole if reach is None else _told_countries(ctx, reach, True)
        top = votes.most_common(2)
        if top and (len(top) == 1 or top[0][1] > top[1][1]):
            found = national_body(prefix, top[0][0])
            if found is not None:
                return found
            break
    name = _bare_name_of(m.surface)
    return Entry(kind="actors", id=f"text:{name}", canonical=name, name_en=None, ar=(name,), en=(),
                 data={"type": m.entry.get("type") or "state_military"})


def _bare_name_of(surface: str) -> str:
    """A bare force's name as written, without "#" or a glued conjunction or preposition before its article ("وللجيش"
    -> "الجيش"; the clusters of :data:`marsad.core.arabic.CLITICS`)."""
    name = " ".join(surface.replace("#", " ").replace("_", " ").split())
    return next((form for prefix, form in clitic_variants(name) if form.startswith("ال") and len(form) > 4), name)


def _story_view(ctx: DocContext) -> DocContext:
    """The document with each generic body read as its story's (:func:`_story_entry`); the same context when none
    changes."""
    if not STORY_BODIES:
        return ctx

    def entry_for(si: int, m: Mention) -> Entry | None:
        if STORY_FORCES and ctx.country is None and _bare_force(m) is not None:
            return _story_force(ctx, si, m)
        if m.entry.id in _STORY_BODIES or m.entry.id in BARE_INSTITUTIONS:
            return _story_entry(ctx, si, m)
        if m.entry.id in GENERIC_GROUPS:
            return _generic_side(ctx, m)
        return None

    return ctx.once("agreements_story_view", lambda: remap_actors(ctx, entry_for))


def _parties(ctx: DocContext, si: int, i: int, j: int) -> tuple[list[Entry], bool]:
    """The parties of an agreement mention, and whether the text names them as such ("بين X و Y")."""
    ctx = _story_view(ctx)
    s = ctx.sentences[si]
    words = s.words
    a, b = s.clause_bounds(i)
    out: list[Entry] = []
    between = next((x for x in range(i, min(len(words), j + 8)) if words[x] == "بين"), None)
    if between is None:
        # "جرى الاتفاق أثناء اللقاء على ضرورة توسيع الشراكة ... بين المملكتين": the parties close the
        # provision, in the same clause
        between = next((x for x in range(j, min(b, j + 22)) if words[x] == "بين"), None)
        if between is not None and not (between + 1 < len(words) and words[between + 1] in _DUAL_STATES or any(
                m.i == between + 1 and m.kind == "places" and m.entry.get("admin_level") == "country"
                for m in ctx.mentions[si]) or (not _PARTY_HEADS.isdisjoint(bare(words[between + 1])) and any(
                w.startswith("و") for w in words[between + 2:between + 5]))):
            between = None  # far from the agreement word, only states close it ("الطرق الرابطة بين كركوك وأربيل" do not)
    lex = get_lexicon()
    if DUAL_ADJECTIVES and between is None:
        paired = _dual_adjective_states(words, max(a, i - 6), min(b, j + 4))
        if paired:
            return paired, False  # "وتوصل الجانبان العراقي والتركي إلى اتفاق لسحب القوات التركية"
    if between is not None:
        end = between + 1
        while end < len(words) and end - between < 14 and not s.tokens[end].clause_start and not any(
                bb in _MEDIATION for bb in bare(words[end])):  # "بوساطة مصر" closes the parties
            end += 1
        if between + 1 < len(words) and words[between + 1] in _DUAL_STATES:
            out.extend(_dual_states(ctx, si, between, legacy_leaders=False))  # "بين البلدين"، "بين المملكتين": the two states told before
        for m in ctx.mentions[si]:
            if between < m.i < end:
                if len(out) >= 2 and not (words[m.i].startswith("و") or words[m.i - 1] == "و"):
                    continue  # "بين أنقرة وواشنطن يسمح للتحالف الدولي": the list of sides joined by "و" has ended
                if m.kind == "actors" and BODY_IN_STATE and (state := _body_state(ctx, si, m)) is not None:
                    out.append(state)  # "بين وزارة الداخلية في المملكة ووزارة الداخلية في جمهورية موريتانيا"
                elif m.kind == "actors" and (party_entry(m.entry) or m.entry.id in _FOREIGN_SIDES):
                    # "بين الاتحاد الأوروبي والحلف الأطلسي": a bloc of states is a side when named after "بين"
                    out.append(m.entry)
                elif LEADERS_BETWEEN and m.kind == "actors" and m.entry.get("type") == "official" and (
                        side := _as_party(m.entry)) is not None:
                    out.append(side)  # "بين ترامب وبوتين": each leader for his state
                elif m.kind == "places" and not (m.i > 0 and words[m.i - 1] in {"في", "الي"}):
                    # "بين البلدين في سوريا": where, not a side
                    key = place_at(ctx, si, m).key
                    gov = _CAPITALS.get(key) or _CAPITALS.get(m.entry.id)
                    if gov and lex.get("actors", gov):
                        out.append(lex.get("actors", gov))
                    elif state_entry(m) is not None:
                        out.append(state_entry(m))  # "بين باكستان والهند"، "بين واشنطن وأنقرة"
                    elif (cap := capital_state(m)) is not None:
                        out.append(cap)  # "بين الخرطوم وجوبا": a capital the state names do not list
        if LEADERS_BETWEEN and len(_sides(out)) < 2:
            out = _leaders_between(words, between, end, out)
        if len(out) < 2:
            out = _with_written_parties(ctx, si, between, end, out)
        if len(_sides(out)) < 2 and not _AGREE_VERBS.isdisjoint(bare(words[i])):
            # "إيطاليا واليابان اتفقتا على تشكيل لجنة متابعة بين دول مانحة ... في اليمن": after a verb of agreeing,
            # a "بين" naming fewer than two sides belongs to what was agreed; the sides are the verb's subjects
            out, between = [], None
    if not out and agreements_named.RELATIVE_SIGNERS:
        out = _relative_signers(ctx, si, j)
        if out:
            between = j
    if not out and RELATIVE_DECLARER and _truce_at(words, i):
        declared = _relative_declarer(ctx, si, j)
        if declared is not None:
            return [declared], False  # "وقف إطلاق النار الذي أعلنه النظام": a unilateral truce, its declarer (D-13)
    if not out:
        # "اتفاق القيادات الأمنية والحشد الشعبي على ...": the parties right after the agreement noun
        run = [m for m in ctx.mentions[si] if m.kind == "actors" and party_entry(m.entry) and m.i >= j]
        chain = []
        at = j
        for m in run:
            if m.i - at <= (0 if not chain else 1):
                chain.append(m)
                at = m.j
            else:
                break
        if chain:
            out = [m.entry for m in chain]
            if JOINT_DECLARERS:  # "اتفقت القوات التركية والأمريكية": the second state's forces too
                out += [e for _, e in _chained_forces(ctx, si, chain[0].i, chain[-1].j + 4)]
            between = j
    pair: list[Entry] = []
    if not out:
        # "الاتفاق الأمريكي التركي"، "والتفاهمات الأخيرة لتوسيع التعاون الأمريكي التركي": two states' adjectives
        # side by side, right after the agreement or after the cooperation it is about, are its two sides when
        # the clause does not name two sides otherwise
        found_pair = state_adjective_pair(words, j, j + 2)
        if not found_pair:
            rel = next((x for x in range(j, min(b, j + 5)) if not _COOPERATION.isdisjoint(bare(words[x]))), None)
            found_pair = state_adjective_pair(words, rel + 1, rel + 2) if rel is not None else []
        pair = [e for _, e in found_pair]
    if not out and _truce_at(words, i):
        declared = _declarer(ctx, si, i)
        if declared is None and WRITTEN_DECLARER and WRITTEN_SUBJECT:
            declared = _written_subject(ctx, si, i)  # "وأعلنت الفصائل المسلحة هدنة مع القوات الحكومية"
        if declared is not None:
            other = _standing_truce_with(ctx, si, i, j, declared) if TRUCE_WITH else None
            if other is not None:
                return [declared, other], False  # "أعلن الجيش انتهاء الهدنة مع الحزب": the truce of both sides
            co = _joined_with(ctx, si, declared, i) if JOINT_DECLARERS else []
            return [declared, *co], False  # a unilateral truce: the side that declared it (D-13); or those together
    if not out:
        dual = next((x for x in range(max(a, i - 3), min(b, j + 3)) if words[x] in _DUAL_STATE_SUBJECTS), None)
        if dual is not None:
            out = _dual_states(ctx, si, dual)  # "واتفقت الدولتان الجارتان": the two states of the story
    if not out:
        leaders = agreements_sides.DUAL_LEADERS
        dual = next((x for x in range(max(a, i - 6), min(b, j + 8)) if words[x] in _DUAL_PARTIES or leaders and (
            words[x] in _DUAL_LEADERS or words[x] in _DUAL_CONSTRUCT)), None)
        if dual is not None and DUAL_WELCOMED and _welcoming(words, dual):
            dual = None  # "رحب الجانبان ببدء الهدنة": the two who welcome a truce are not its sides
        if dual is not None:
            if leaders and words[dual] in _DUAL_LEADERS:
                out = _last_officials(ctx, si, min(i, dual), 2)  # "واتفق الزعيمان": the two leaders told before
            if not out and DUAL_MEETING and words[dual] in _DUAL_PARTIES:
                out = met_states(ctx, si, min(i, dual))  # "التقى وزير الدفاع الأمريكي نظيره العراقي ... واتفق الجانبان"
            if not out:
                upto = a if DUAL_BETWEEN_UNTOLD and dual > 0 and words[dual - 1] == "بين" else min(i, dual)
                # "تسعى قطر إلى هدنة بين الطرفين": the two sides are told before the clause of who seeks it
                out = _last_parties(ctx, si, upto, 2)  # "هدنة كان يلتزمها الطرفان": the two sides told before
            if len(out) < 2:
                out = []
            if not out and leaders:
                out = _last_officials(ctx, si, min(i, dual), 2)  # "واتفق الجانبان" after two leaders and no force
            if not out and leaders:
                out = story_officials(ctx, si, min(i, dual), 2)  # the two leaders the story opened with
    if not out and agreements_sides.GROUP_SIDES:
        dual = next((x for x in range(max(a, i - 6), min(b, j + 8)) if words[x] in _DUAL_GROUPS), None)
        if dual is not None:
            out = _last_groups(ctx, si, min(i, dual), 2)  # "واتفقت الحركتان": the two movements told before
    if not out and MEETING_SIDES and _collective_subject(words, i, j):
        out = _meeting_sides(ctx, si, i)  # "اجتمع وزراء خارجية A مع نظيرهم B ... واتفق الوزراء على": A and B
    if not out and DUAL_BETWEEN_UNTOLD and between is not None and between + 1 < len(words) and (
            words[between + 1] in _DUAL_PARTIES or words[between + 1] in _DUAL_GROUPS) and _truce_at(words, i):
        return [], False  # "تسعى قطر إلى التوصل إلى هدنة بين الطرفين": who seeks it is not one of the two sides
    if not out:
        lo = max(0, i - 12)
        hi = min(b, j + 12)
        verb = not _AGREE_VERBS.isdisjoint(bare(words[i]))  # "اتفق أوباما وأردوغان": the leaders are its subject
        found = [(m.i, e) for m in party_mentions(ctx, si, lo, hi, ({"official"} if verb else set()))
                 for e in [_as_party(m.entry)] if e is not None
                 and not _mediated(words, m.i)
                 and not _welcoming(words, m.i)
                 and not _voted(words, m.i)
                 and not _allied(words, m.i)
                 and not (m.entry.get("type") == "armed_group" and any(
                     b in _AGAINST for w in words[max(0, m.i - (6 if m.i > 0 and words[m.i - 1] == "من" else 3)):m.i] for b in bare(w)))]
        # "لتطهير المنطقة من التنظيم": the group the agreement is against, a few words after the verb
        prev_state = None
        reach = min(len(words), j + 4)
        if STATE_LIST_ON:
            for m in ctx.places_in(si, reach - 1, min(b, len(words))):
                if m.i <= reach and words[m.i].startswith("و") and state_entry(m) is not None:
                    reach = max(reach, m.j)  # "اتفقت عليها روسيا والولايات المتحدة والأردن": the list goes on
        for m in ctx.places_in(si, max(0, i - _STATE_REACH), reach):
            if m.i < i - 6 and not _verb_subject(words, m.i) and not _with_counterpart(words, m.j - 1):
                continue  # further back only the subject of the verb that tells it ("وأعلنت روسيا والولايات المتحدة")
            gov = _CAPITALS.get(place_at(ctx, si, m).key) or _CAPITALS.get(m.entry.id)
            if _venue(ctx, si, m) and not _each_of(words, m.i):
                continue  # "جنوب سوريا": a place; "وقعت كل من الدوحة وباريس": each of the sides
            if PEOPLE_OF_STATE and _people_of(words, m.i):
                continue  # "لرفع المعاناة عن الشعب اليمني": the people the agreement serves, not a side
            if _mediated(words, m.i) or _welcoming(words, m.i) or _allied(words, m.i) or _voted(words, m.i):
                continue  # "بوساطة قامت بها مصر": the mediator is no party; nor is who welcomed it ("بترحيب عمّان"),
                # nor the signers' ally ("الفصائل الموالية لإيران")
            if gov and lex.get("actors", gov):
                found.append((m.i, lex.get("actors", gov)))
            elif state_entry(m) is not None and (state_acting(s, m, prev_state) or not (
                    _complement(words, m.i))):
                # "اتفقت تركيا والولايات المتحدة"; not a noun's complement ("أمن محافظات العراق")
                found.append((m.i, state_entry(m)))
                prev_state = m.j
            elif (cap := capital_state(m)) is not None and not (
                    _complement(words, m.i)):
                found.append((m.i, cap))  # "وقعت جوبا والخرطوم اتفاقا"
                prev_state = m.j
        found += _counterparts(words, lo, hi)  # "وزير الدفاع الأردني ونظيره الفرنسي وقعا مذكرة"
        if LEADER_SIGNERS and not verb:
            found += _leader_signers(ctx, si, lo, i, {x for x, _ in found})  # "وقع ماكرون ونظيره التشادي اتفاقية"
        if JOINT_DECLARERS:
            found += _chained_forces(ctx, si, lo, hi)  # "اتفقت القوات التركية والأمريكية على تسيير دوريات"
        if agreements_named.LEADER_NISBA:
            # "وقع الرئيس التركي وأمير قطر اتفاقية": a leader told by his title and adjective stands for his state;
            # not one who mediated or welcomed it, nor one far before it who is no verb's subject
            found += [(x, e) for t, x, e in _leader_states(words, max(0, i - _STATE_REACH), min(len(words), j + 4))
                      if not _mediated(words, t)
                      and not _welcoming(words, t)
                      and not (t < i - 6 and not _verb_subject(words, t) and not _with_counterpart(words, x)
                               and not _his_country(words, x, i))]
        found.sort(key=lambda t: t[0])
        told = next((x for x in range(i - 1, lo - 1, -1) if words[x] in _THAT), None)
        if told is not None and len(_sides([e for x, e in found if told < x])) >= 2:
            found = [(x, e) for x, e in found if x > told]  # "أعلنت وزارة الدفاع أن البلدين اتفقا": the teller is no party
        out = [e for _, e in found]
        with_at = next((x for x in range(j, min(len(words), j + 3)) if words[x] == "مع"), None)
        if with_at is None and TRUCE_THEN_WITH:
            with_at = _truce_then_with(words, j)  # "وقعت الحكومة اتفاقا لوقف إطلاق النار مع الحركة"
        if with_at is None and SIGNED_WITH:
            with_at = _signed_with(words, j, b)  # "اتفاقية فصل القوات الموقعة مع سوريا": the side it was signed with
        if with_at is None and NAME_YEAR_WITH:
            with_at = _name_year_with(words, j, b)  # "اتفاق فض الاشتباك لعام 1974 مع إسرائيل": past its name and year
        if with_at is None and MEDIATOR_WITH:
            with_at = _mediator_with(words, j, len(words))  # "بالتهدئة التي رعتها مصر مع إسرائيل": past the mediator
        if with_at is not None and len({e.id for e in out}) < 2:  # one state told twice is one side
            # "أعلنت حماس التوصل لتوافق مع إسرائيل": the subject and the side after "مع"
            after = [(m.i, m.entry) for m in party_mentions(ctx, si, with_at, with_at + 6)]
            after += [(m.i, state_entry(m)) for m in ctx.places_in(si, with_at, min(len(words), with_at + 6))
                      if state_entry(m) is not None and not _venue(ctx, si, m)]  # "مع حركة فتح في القاهرة": where
            subject = [(m.i, m.entry) for m in party_mentions(ctx, si, 0, i)
                       if not _not_subject(words, m.i)]
            subject += [(m.i, state_entry(m)) for m in ctx.places_in(si, max(0, i - (_WITH_REACH if WITH_REACH else 8)), i) if state_entry(m) is not None
                        and not _venue(ctx, si, m) and not _not_subject(words, m.i)]
            # "أرسلت جنودا إلى مالي ثم اتفقت مع فرنسا": where forces go is no side
            after.sort(key=lambda t: t[0])
            subject.sort(key=lambda t: t[0])
            if agreements_named.BARE_GOVERNMENT and not after:
                home = _bare_government(ctx, si, with_at)
                if home is not None:
                    after = [(with_at + 1, home)]  # "التزمت بهدنة مع الحكومة": the government of the story's country
            if PEOPLE_SUBJECT and not subject:
                told = _people_subject(ctx, si, i)
                if told is not None:
                    subject = [(i - 1, told)]  # "أعلن مسؤولون أكراد إبرام اتفاق مع دمشق"
            if WRITTEN_SUBJECT and not subject and (after or _written_counterpart(ctx, si, with_at) is None):
                told = _written_subject(ctx, si, i)
                if told is not None:
                    subject = [(i - 1, told)]  # "ووقع مجلس أعيان البلدة اتفاقا مع الحركة"
            if LEADER_WITH and not subject:
                subject = [(x, e) for x, e in found if x < i and e.id not in {a.id for _, a in after}]
                # "وأكد رئيس الوزراء الصومالي تمسك حكومته باتفاق السلام المبرم مع كينيا": his state, told by his title
            written = None if after else _written_counterpart(ctx, si, with_at)
            pair = [e for _, e in subject[-1:] + (after[:1] or ([(with_at + 1, written)] if written else []))]
            if len({e.id for e in pair}) == 2:
                out = pair
    if pair and len(_sides(out)) < 2:
        out = pair
    if SIGNATORY_BEFORE and (signer := _signatory_before(ctx, si, i)) is not None and signer.id not in {e.id for e in out}:
        out = [signer, *out]  # "وقالت الفصائل الموقعة على اتفاق خفض التصعيد": who signed it is a side
    if WRITTEN_CO_SIDE and len(_sides(out)) == 1:
        co = _written_co_side(ctx, si, i, out)
        if co is not None:
            out = [*out, co]  # "ووقعت الحكومة الليبية وقبائل الجنوب اتفاقا": the tribes are the other side
        elif WRITTEN_FIRST_SIDE and (first := _written_first_side(ctx, si, i, out)) is not None:
            out = [first, *out]  # "وتوصلت الفصائل المسلحة والنظام السوري إلى اتفاق": the factions are a side
    if not out:
        out = _parties_told_before(ctx, si, i)
    if IN_RETURN_SIDE and len(_sides(out)) == 1 and not _truce_at(words, i) and (giver := _in_return_giver(ctx, si, j)) is not None \
            and giver.id not in {e.id for e in out}:
        out = [*out, giver]  # "صفقة للإفراج عن (أسير) مقابل تسليم (الدولة ب) (مطلوبا)": state B
    if between is None and len(_sides(out)) >= 2 and _peace_with(words, j):
        between = j
    if between is None and len(_sides(out)) >= 2 and SIGNED_YEAR_WITH and _peace_signed_with(words, j, b):
        between = j  # "اتفاق السلام المبرم سنة 2009 مع كينيا": a peace deal signed with a side names its two sides
    seen: list[Entry] = []
    for e in out:
        if e.id not in {x.id for x in seen}:
            seen.append(e)
    return seen, between is not None


STATE_LIST_ON = True
"""Switch (pass 61): states named as an agreement's sides in a list joined by "و" are all read, however far the list
goes past the four words after the agreement word that the reader looks at ("التي اتفقت عليها روسيا والولايات
المتحدة والأردن": the third state was cut off)."""


SIGNATORY_BEFORE = True
"""Switch (pass 61): the body told right before a participle of signing "على" an agreement ("الفصائل الموقعة على اتفاق خفض
التصعيد"، "الحركات المسلحة الموقعة على اتفاق السلام") signed it, so it is a side: a force, group or state the
registry knows, else the words as written when they open with a word for a party (data keys party_heads,
signing_groups; the participles: signed_participles)."""
_SIGNING_GROUPS = rules.words("agreements", "signing_groups")
"""Plural words for armed groups that may open a signatory's name besides the party heads ("الحركات المسلحة")."""


def _signatory_before(ctx: DocContext, si: int, i: int) -> Entry | None:
    """The side told right before "الموقعة على" + the agreement word at i (:data:`SIGNATORY_BEFORE`), or None."""
    words = ctx.sentences[si].words
    if i < 3 or words[i - 1] not in ON or words[i - 2] not in SIGNED_PARTICIPLES:
        return None
    k = i - 2
    for m in ctx.mentions[si]:
        if m.j == k and m.kind == "actors" and (e := _as_party(m.entry)) is not None:
            return e
        if m.j == k and m.kind == "places" and (e := state_entry(m)) is not None:
            return e
    a, _ = ctx.sentences[si].clause_bounds(k)
    start = next((x for x in range(k - 1, max(a - 1, k - 4), -1) if not _PARTY_HEADS.isdisjoint(bare(words[x]))
                  or not _SIGNING_GROUPS.isdisjoint(bare(words[x]))), None)
    if start is None or not all(w.startswith("ال") for w in words[start:k]):
        return None  # "الفصائل المسلحة": a word for a party and its definite adjectives, nothing else
    name = ctx.quote(*ctx.sentences[si].token_span(start, k)).strip(" ،,.")
    return agreements_named.written_side(ctx, si, name[1:] if name.startswith("و") else name)


LEADERS_BETWEEN = True
"""Switch (pass 62): after "بين", a head of state or minister stands for his state as a side, as a state's name does:
one the registry knows by name ("الاتفاق بين ترامب وبوتين"، an armed movement's leader for his movement) or one told
by his title and his people's adjective ("بين الرئيس الفرنسي والرئيس التشادي"، "والزعيم الكوري الشمالي"); before,
only states, capitals and bodies were read there, so such an agreement had one side or none."""


def _leaders_between(words: list[str], between: int, end: int, out: list[Entry]) -> list[Entry]:
    """``out`` and the states of the leaders told by title and adjective in words (between, end) joined by "و"
    (:data:`LEADERS_BETWEEN`), in the order told."""
    have = {e.id for e in out}
    for t, _, e in _leader_states(words, between + 1, end):
        if e.id not in have and (t == between + 1 or words[t].startswith("و")):
            out = [*out, e]
            have.add(e.id)
    return out


LEADER_SIGNERS = True
"""Switch (pass 62): a head of state or minister the registry knows by name is a side of the agreement whose noun
his clause tells, when he is the subject of a verb of signing or agreeing ("وقع ترامب وبوتين اتفاقا"، the list
after the verb), is told with a counterpart ("وقع ماكرون ونظيره التشادي اتفاقية": France and Chad) or says that
"his country" signed it ("قال ماكرون إن بلاده وقعت اتفاقية مع اليونان", :data:`HIS_COUNTRY`); before, a
named leader was read only as the subject of a verb of agreeing that is the agreement word itself ("اتفق أوباما
وأردوغان"). Not one who announces ("أعلن ترامب توصل البلدين إلى اتفاق"), mediates or welcomes it."""
_SIGN_VERBS = _AGREED - rules.words("agreements", "declare")


def _leader_signers(ctx: DocContext, si: int, lo: int, i: int, taken: set[int]) -> list[tuple[int, Entry]]:
    """(token, side) of the registry officials before the agreement word at i (from lo) who sign or agree it
    (:data:`LEADER_SIGNERS`)."""
    words = ctx.sentences[si].words
    out = []
    signer_end = -1
    for m in sorted(ctx.actors_in(si, lo, i, {"official"}), key=lambda m: m.i):
        if m.i in taken or _mediated(words, m.i) or _welcoming(words, m.i):
            continue
        y = _list_head(words, m.i, 4, _SIGN_VERBS)
        signs = y >= 0 and bare_in(words[y], _SIGN_VERBS) or m.i == signer_end and words[m.i].startswith("و")
        if (signs or _with_counterpart(words, m.j - 1) or _his_country(words, m.j - 1, i)) and (
                e := _as_party(m.entry)) is not None:
            out.append((m.i, e))  # "وقع ترامب وبوتين": the second name is in the list after the verb too
            signer_end = m.j
    return out


LEADER_WITH = True
"""Switch (pass 61): an agreement made "مع" a side whose clause names no force, group or state before it but a
leader told by his title and nationality ("أعلن رئيس الوزراء الصومالي التزامه باتفاق السلام الموقع مع كينيا") has
that leader's state as the other side; before this, the side after "مع" replaced it and the agreement had one side."""


DUAL_BETWEEN_UNTOLD = True
"""Switch (pass 61): a truce told "بين الطرفين" / "بين الجانبين" has as sides the two told before the clause that
tells it, never the state or body that seeks, mediates or hopes for it in that clause ("تسعى قطر إلى التوصل إلى
هدنة بين الطرفين"، "تبذل مصر جهودا لتهدئة بين الطرفين"); when the story tells no two sides, the truce has no known
party rather than the seeker."""


WRITTEN_CO_SIDE = True
"""Switch (pass 44): a side the registry does not know, joined with "و" right after a known side in the clause that
tells the agreement and headed by a word for a party ("ووقعت الحكومة الليبية وقبائل الجنوب اتفاقا"، "توصلت الحكومة
وعشائر المحافظة إلى اتفاق"), is the other side, named as written: tribes, councils and other bodies outside the
registry are parties too (GUIDELINES §7: the sides). Only when a verb of signing or agreeing is in the clause."""


def _written_co_side(ctx: DocContext, si: int, i: int, have: list[Entry]) -> Entry | None:
    """The side named as written after "و" right behind a mention of a side in ``have``, before the agreement word
    at i and in its clause: a word for a party (data key party_heads) and at least one word of name after it, up to
    three, stopping at a preposition, a verb of agreeing or the agreement word; a place may be part of it ("قبائل
    مأرب"). None when a known actor stands there."""
    s = ctx.sentences[si]
    words = s.words
    a, _ = s.clause_bounds(i)
    if not any(bare_in(words[x], _SIDE_VERBS) for x in range(a, i)):
        return None
    ids = {e.id for e in have}
    known = {x for m in ctx.mentions[si] if m.kind == "actors" for x in range(m.i, m.j)}  # a place may end the name
    for m in ctx.mentions[si]:
        if not a <= m.i < m.j < i:
            continue
        e = _as_party(m.entry) if m.kind == "actors" else state_entry(m)
        y = m.j
        if e is None or e.id not in ids or y in known or not words[y].startswith("و") or not bare_in(words[y], _PARTY_HEADS):
            continue
        b = y + 1
        while b < min(i, y + 4) and b not in known and not s.tokens[b].clause_start and words[b] not in _NAME_ENDS and not any(
                x in _SIDE_VERBS for x in bare(words[b])):
            b += 1
        if b == y + 1:
            return None  # "والحكومة": a head alone names no one
        name = ctx.quote(*s.token_span(y, b)).strip(" ،,.")
        name = name[1:] if name.startswith("و") else name
        return agreements_named.written_side(ctx, si, name)
    return None


HIS_COUNTRY = True
"""Switch (pass 44): "بلاده"/"بلادها" ("his/her country") close before the agreement word, after a leader told by his
title and adjective ("قال وزير الخارجية التركي إن بلاده توصلت إلى اتفاق مع روسيا"), is the leader's state as a side,
however far before the agreement the title stands (data key his_country)."""
_HIS_COUNTRY = rules.words("agreements", "his_country")


HIS_COUNTRY_READY = True
"""Switch (pass 60): under :data:`HIS_COUNTRY`, "بلاده" may also be the subject of a word of readiness or intent ("قال
وزير الخارجية الإيراني إن بلاده مستعدة لتوقيع اتفاق أمني مع العراق"، "بلاده تعتزم إبرام اتفاقية"): the state that offers
the agreement is one of its sides (the offer makes it proposed). Data key his_country_ready."""
_HIS_COUNTRY_READY = rules.words("agreements", "his_country_ready")


def _his_country(words: list[str], x: int, i: int) -> bool:
    """True when a word of "his country" stands after token x (a leader's adjective), at most four words before the
    agreement word at i, as the subject of a verb of signing or agreeing right after it ("بلاده وقعت"، "بلاده توصلت");
    not of one of welcoming or backing ("بلاده تدعم الاتفاق")."""
    return HIS_COUNTRY and any(words[y] in _HIS_COUNTRY and (bare_in(words[y + 1], _SIDE_VERBS) or HIS_COUNTRY_READY and (
        bare_in(words[y + 1], _HIS_COUNTRY_READY))) for y in range(max(x + 1, i - 4), i - 1))


IN_RETURN_SIDE = True
"""Switch (pass 63): an agreement with one side whose terms say what is given in return ("مقابل") by a state or a
party told right after the verbal noun of giving ("صفقة للإفراج عن (أسير) مقابل تسليم (الدولة ب) (مطلوبا)"،
"مقابل إفراج إسرائيل عن الأسرى"، "مقابل انسحاب الجيش من البلدة") has that giver as its other side. Not a truce: a
truce one side declares in return for something keeps its declarer alone (D-13)."""
_IN_RETURN = rules.words("agreements", "in_exchange")
_IN_RETURN_REACH = 16


def _in_return_giver(ctx: DocContext, si: int, j: int) -> Entry | None:
    """The state or party told right after "مقابل" + a verbal noun of giving, within sixteen words after the agreement
    ending at j (:data:`IN_RETURN_SIDE`); None when none is."""
    s = ctx.sentences[si]
    words = s.words
    k = next((x for x in range(j, min(len(words) - 2, j + _IN_RETURN_REACH)) if bare_in(words[x], _IN_RETURN)), None)
    if k is None or not any(is_giving(f) for f in bare(words[k + 1])):
        return None
    for m in ctx.mentions[si]:
        if m.i != k + 2:
            continue
        if m.kind == "actors" and party_entry(m.entry):
            return m.entry
        if m.kind == "places":
            gov = _CAPITALS.get(place_at(ctx, si, m).key) or _CAPITALS.get(m.entry.id)
            if gov and get_lexicon().get("actors", gov):
                return get_lexicon().get("actors", gov)
            return state_entry(m) or capital_state(m)
    return None


TRUCE_THEN_WITH = True
"""Switch (pass 63): an agreement told with the truce it makes right after it ("اتفاقا لوقف إطلاق النار مع الحركة"،
"اتفاق وقف إطلاق النار مع المتمردين"، "اتفاق هدنة مع الجيش") has its other side after the "مع" that closes the truce
words, as "اتفاقا مع الحركة" has; before, only a "مع" within three words of the agreement was read."""
_TRUCE_WITH_REACH = 5


def _truce_then_with(words: list[str], j: int) -> int | None:
    """The "مع" right after the truce words that follow the agreement ending at j (:data:`TRUCE_THEN_WITH`), or None:
    the truce opens at j or j+1 ("اتفاق بشأن وقف إطلاق النار مع ...") and every word up to "مع" is of the truce
    ("لوقف شامل لإطلاق النار"), at most five."""
    start = next((x for x in (j, j + 1) if x < len(words) and _truce_at(words, x)), None)
    if start is None:
        return None
    for x in range(start + 1, min(len(words), start + 1 + _TRUCE_WITH_REACH)):
        if words[x] == "مع":
            return x
        if not bare_in(words[x], _TRUCE_WORDS):
            return None
    return None


_TRUCE_WORDS = frozenset(normalize(w) for w in (
    "إطلاق", "اطلاق", "لإطلاق", "لاطلاق", "النار", "شامل", "دائم", "فوري", "كامل", "الأعمال", "الاعمال", "القتالية",
    "العدائيات", "القتال", "هدنة", "الهدنة", "تهدئة", "التهدئة", "وقف"))
"""Words a truce is told in, after its first word ("وقف إطلاق النار"، "وقف شامل لإطلاق النار"، "وقف الأعمال القتالية")."""


SIGNED_WITH = True
"""Switch (pass 34): "مع" after a participle of signing or concluding that follows the agreement ("الاتفاقية الموقعة
مع سوريا"، "الاتفاق المبرم مع الحكومة") names its other side, however long the agreement's name before it."""
_RELATIVES = rules.words("agreements", "relative_pronouns")


def _signed_with(words: list[str], j: int, b: int) -> int | None:
    """The "مع" right after a participle of signing within four words after the agreement (in its clause), or None."""
    for x in range(j, min(b, len(words) - 1, j + 4)):
        if words[x] in SIGNED_PARTICIPLES and words[x + 1] == "مع":
            return x + 1
        if SIGNED_YEAR_WITH and words[x] in SIGNED_PARTICIPLES:
            # "اتفاق السلام المبرم سنة 2009 مع كينيا": the year it was signed told before "مع"
            y = x + 1
            while y < min(b, len(words), x + 5) and (words[y] in _YEAR_WORDS or ascii_digits(words[y]).isdigit()):
                y += 1
            if y > x + 1 and y < len(words) and words[y] == "مع" and any(
                    ascii_digits(words[z]).isdigit() for z in range(x + 1, y)):
                return y
    return None


SIGNED_YEAR_WITH = True
"""Switch (pass 61): the side an agreement was signed with is read past the year of its signing ("اتفاق السلام
المبرم سنة 2009 مع كينيا"، "الموقعة عام 1994 مع الأردن"), as right after the participle (:data:`SIGNED_WITH`);
only "في"، "عام"، "العام"، "سنة" and a number may stand between (data key signed_year_words)."""


def _peace_signed_with(words: list[str], j: int, b: int) -> bool:
    """True when a peace or reconciliation word follows the agreement word and a participle of signing then names
    the side it was signed with (:func:`_signed_with`)."""
    return any(w in _POLITICAL_AFTER for w in words[j:j + 2]) and _signed_with(words, j, b) is not None


_YEAR_WORDS = rules.words("agreements", "signed_year_words")

NAME_YEAR_WITH = True
"""Switch (pass 65): an agreement named by its kind and the year it dates from ("اتفاق فض الاشتباك لعام 1974 مع
إسرائيل"، "اتفاقية الدفاع المشترك لسنة 2008 مع تركيا") has its other side after the "مع" that closes the year, as
one signed that year has (:data:`SIGNED_YEAR_WITH`): at most three words of its name, then "لعام"/"عام"/"سنة" and a
year of four digits, then "مع"."""
_NAME_YEAR_WORDS = rules.words("agreements", "name_year_words")


def _name_year_with(words: list[str], j: int, b: int) -> int | None:
    """The "مع" right after a year that closes the agreement's name (:data:`NAME_YEAR_WITH`), or None."""
    end = min(b, len(words))
    for x in range(j, min(end - 2, j + 4)):
        if words[x] == "مع":
            return None
        digits = ascii_digits(words[x + 1])
        if words[x] in _NAME_YEAR_WORDS and len(digits) == 4 and digits.isdigit() and words[x + 2] == "مع":
            return x + 2
    return None


DUAL_STATE_LEADERS = True
"""Switch (pass 33): "البلدان"، "الدولتين" with no two states named before stand for the states of the last two
leaders told before ("استقبل الملك سلمان الرئيس المصري ... وأكد البيان أن البلدين اتفقا"): a named official of a
state, or a title with his people's adjective ("الرئيس المصري")."""


LEADERS_FIRST = True
"""Switch (pass 34): the two states a dual refers to ("البلدان"، "بين البلدين") are those of the two leaders who met,
told before it, when two are told (:func:`_leaders_states_back`, the first told first), and only else the states the
text names most (:func:`_last_states`): the states whose situation the leaders discussed ("استقبل الملك سلمان الرئيس
المصري ... وبحثا الأوضاع في اليمن وسوريا ... واتفق البلدان") are no sides. Off: the states named most first, the
leaders' states only when fewer than two states are named (pass 33)."""


MEDIATOR_WITH = True
"""Switch (pass 38): "مع" right after a relative clause of mediation that follows the agreement ("الهدنة التي رعتها
مصر مع إسرائيل"، "التهدئة التي توسطت فيها قطر مع الاحتلال") names its other side: the mediator is skipped, not the
side after it."""


def _mediator_with(words: list[str], j: int, b: int) -> int | None:
    """The "مع" after a relative pronoun and a word of mediation (within two words after the agreement), the
    mediator's name (at most three words, "فيها" aside) between them; or None."""
    for x in range(j, min(b, j + 2)):
        if words[x] not in _RELATIVES or x + 1 >= b or not bare_in(words[x + 1], _MEDIATION):
            continue
        y = x + 2 + (1 if x + 2 < b and words[x + 2] in {"فيها", "فيه", "عليها"} else 0)
        return next((z for z in range(y + 1, min(b, y + 4)) if words[z] == "مع"), None)
    return None


def _dual_states(ctx: DocContext, si: int, before: int, legacy_leaders: bool = True) -> list[Entry]:
    """The two states a dual before token ``before`` of sentence ``si`` refers to: :func:`agreements_duals.dual_states`
    with this module's switches (:data:`LEADERS_FIRST`, :data:`DUAL_STATE_LEADERS`)."""
    return agreements_duals.dual_states(ctx, si, before, legacy_leaders, leaders=DUAL_STATE_LEADERS,
                                        leaders_first=LEADERS_FIRST)


JOINT_DECLARERS = True
"""Switch (pass 34): sides told together with "و" are all sides: a truce declared by two ("أعلنت روسيا والولايات
المتحدة وقف الأعمال العدائية") is theirs, not the first one's alone; the forces of a second state told by a chained
adjective ("القوات التركية والأمريكية") are a side of their own."""


TRUCE_WITH = True
"""Switch (pass 33): a standing truce told by one of its sides with the other after "مع" ("أعلن الجيش التركي
انتهاء الهدنة مع حزب العمال"، "أعلنت الحركة التزامها بالتهدئة مع إسرائيل") has both sides; a truce declared anew
("أعلنت طالبان وقفاً لإطلاق النار مع قوات الأمن") stays the declarer's own (D-13)."""
_STANDING_BEFORE = frozenset(normalize(w) for w in (
    "انتهاء", "إنهاء", "انهيار", "تعليق", "إلغاء", "خرق", "التزام", "التزامها", "التزامه", "التزامهم", "التزامنا",
    "احترام", "تمسك", "تمسكها", "تمسكه", "استمرار", "تمديد", "تثبيت"))


def _standing_truce_with(ctx: DocContext, si: int, i: int, j: int, declared: Entry) -> Entry | None:
    """The other side of a standing truce at token i: a definite truce ("الهدنة"، "التهدئة") or one right after a
    word that ends, keeps or breaks it ("انتهاء"، "التزامها"), then "مع" within three words and a force, group or
    state right after it (not a place where it is)."""
    words = ctx.sentences[si].words
    definite = any(b.startswith("ال") for b in bare(words[i]))
    if not definite and not (i > 0 and bare_in(words[i - 1], _STANDING_BEFORE)):
        return None
    with_at = next((x for x in range(j, min(len(words), j + 3)) if words[x] == "مع"), None)
    if with_at is None and MEDIATOR_WITH:
        with_at = _mediator_with(words, j, len(words))  # "التزامها بالتهدئة التي رعتها مصر مع إسرائيل"
    if with_at is None:
        return None
    after = [(m.i, m.entry) for m in party_mentions(ctx, si, with_at + 1, with_at + 5)]
    after += [(m.i, state_entry(m)) for m in ctx.places_in(si, with_at + 1, min(len(words), with_at + 5))
              if state_entry(m) is not None and not _venue(ctx, si, m)]
    after.sort(key=lambda t: t[0])
    if not after or after[0][0] != with_at + 1 or _sides([after[0][1]]) == _sides([declared]):
        return None
    return after[0][1]


DUAL_WELCOMED = True
"""Switch (pass 31): a dual ("الجانبان"، "الطرفان") right after a word of welcoming or support ("رحب الجانبان ببدء
الهدنة") names who welcome the agreement, not its sides."""

PROPOSER_NOT_SIDE = True
"""Switch (pass 60): a state told by its people's adjective right after a proposal noun ("رفضت الحركة المقترح المصري
للتهدئة مع إسرائيل"، "مبادرة قطرية لوقف إطلاق النار") proposed the agreement: it is no side, as a mediator is not
(:func:`_mediated`). Data key proposal_heads (agreements_cues.PROPOSAL_HEADS)."""

RESOLUTION_VOTERS = True
"""Switch (pass 60): a state that voted for, backed or approved a resolution calling for a truce ("قرار مجلس الأمن
الذي صوتت لصالحه روسيا والصين ودعا إلى هدنة"، "أيدت فرنسا القرار") is no side of that truce: a vote is no signature.
A voting word at most three words before the state (or before the list it heads), in a sentence that tells a
resolution. Data keys resolution_words, resolution_voting.
Only a word of voting itself ("صوتت"، "لصالحه") counts wherever the
sentence tells the resolution; a verb of backing or agreeing ("أيدت"، "وافقت"، "تبنت"، "عارضت") counts only when the
resolution is its object, told within a few words after it before any agreement or truce ("أيدت فرنسا القرار"،
"وافقت روسيا على مشروع القرار"). "وافقت الحكومة على الهدنة الإنسانية التي يطلبها القرار الأممي": the government agreed to
the truce itself and is its side. Data key resolution_backing."""
_RESOLUTION = rules.words("agreements", "resolution_words")
_VOTING = rules.words("agreements", "resolution_voting")
_BACKING = rules.words("agreements", "resolution_backing")
_RELATIVE = frozenset({normalize("الذي"), normalize("التي")})
_OBJECT_REACH = 8
"""How many words after a verb of backing its object, the resolution, may come (after the list of its subjects)."""


def _voted(words: list[str], x: int) -> bool:
    """True when the state at token x voted for or backed the resolution its sentence tells (:data:`RESOLUTION_VOTERS`)."""
    if not RESOLUTION_VOTERS or not any(bare_in(w, _RESOLUTION) for w in words):
        return False
    y = _list_head(words, x, 6, _VOTING | _BACKING)
    for v in range(y, max(-1, y - 4), -1):
        if bare_in(words[v], _VOTING):
            return True  # "الذي صوتت لصالحه روسيا والصين"
        if bare_in(words[v], _BACKING):
            return _resolution_object(words, v)
    return False


def _resolution_object(words: list[str], v: int) -> bool:
    """True when a resolution word comes within a few words after the verb at token v, before any agreement or truce
    word and any relative pronoun: the resolution is what the verb backs ("أيدت فرنسا وبريطانيا القرار"، "وافقت روسيا
    على مشروع القرار"), not the truce ("وافقت تركيا على وقف إطلاق النار الذي دعا إليه القرار")."""
    for k in range(v + 1, min(len(words), v + 1 + _OBJECT_REACH)):
        if bare_in(words[k], _RESOLUTION):
            return True
        if words[k] in _RELATIVE or bare_in(words[k], _AGREE) or _truce_at(words, k):
            return False
    return False


WRITTEN_DECLARER = True
"""Switch (pass 60): a truce declared by a side the registry does not know, named as written after the verb with a
word for a party at its head ("وأعلنت الفصائل المسلحة هدنة مع القوات الحكومية"، "أعلن مجلس العشائر وقفا لإطلاق النار"),
has that side as its declarer (:func:`_written_subject`), and the side after "مع" as the other (TRUCE_WITH); before,
only the side after "مع" was read (GUIDELINES §7, D-13 and D-14: the collective is one party)."""

DUAL_MEETING = True
"""Switch (pass 60): a dual of sides ("الجانبان"، "الطرفين") told after a meeting, a reception or a call of two states'
leaders or ministers (this sentence and the two before; :func:`agreements_duals.met_states`) stands for those two
states ("التقى وزير الدفاع الأمريكي نظيره العراقي في بغداد. واتفق الجانبان على ..." are the United States and Iraq),
not for the forces or bodies named last, which are often what the two discussed ("وبحث الوزيران التعاون بين الجيش
والبيشمركة"). Data keys meeting_words, meeting_receiving.
But when two sides are named between the last meeting word and the
dual, outside what the meeting discussed, the dual refers to them ("استقبل الملك ... نظيره ... وأفاد بيان بأن حركة حماس
وإسرائيل تحترمان التهدئة وأن الطرفين اتفقا على تمديدها" is Hamas and Israel, not the host and his guest). Data keys
discussing_verbs, meeting_topics."""

MEETING_SIDES = True
"""Switch (pass 31): a verb of agreeing whose subject is the people who met ("واتفق الوزراء"، "واتفق المجتمعون"،
"كما اتفقوا على" with no subject written) takes as its sides those the last meeting told before it brought together
(:func:`_meeting_sides`)."""
_COLLECTIVE_SUBJECTS = rules.words("agreements", "collective_subjects")
"""Right after a verb of agreeing ("واتفق الوزراء"، "اتفق القادة"، "واتفق المجتمعون"): the people of the meeting told before."""
_MEETING_WORDS = rules.words("agreements", "meeting_words")
"""In a sentence ("اجتمع"، "التقى"، "اجتماعا"، "قمة"، "محادثات"): a meeting, whose sides are named there."""
_PLURAL_AGREE = frozenset({normalize("اتفقوا")})


def _collective_subject(words: list[str], i: int, j: int) -> bool:
    """True when the agreement word at i is a verb of agreeing on an action ("على" + a noun, not "على أن": a
    shared view is no agreement) whose subject is the people who met: a collective noun ("الوزراء"، "القادة") or no
    subject written after a plural verb ("كما اتفقوا على وضع خطوات")."""
    forms = bare(words[i])
    if _AGREE_VERBS.isdisjoint(forms) or j >= len(words):
        return False
    at = j + 1 if words[j] in _COLLECTIVE_SUBJECTS else j if not _PLURAL_AGREE.isdisjoint(forms) else None
    return at is not None and at + 1 < len(words) and words[at] in ON and words[at + 1] not in _THAT_WORDS


NOT_SUBJECT = True
"""Switch (pass 52): before an agreement "مع" another side, a body that is what someone joins ("انضمامها إلى التحالف
الدولي"، :func:`agreements_named.joined`, under its switch JOINED_NOT_SIDE) or what is fought ("ضد داعش"، data
key against, two words before) is not the subject that signs with that side ("وأعلنت الحكومة انضمامها إلى التحالف
الدولي ضد داعش، ووقعت اتفاقاً أمنياً مع العراق": neither the coalition nor ISIS is the party)."""


def _not_subject(words: list[str], x: int) -> bool:
    """True when token x is what is joined or fought, not the subject of the agreement verb (:data:`NOT_SUBJECT`)."""
    if not NOT_SUBJECT:
        return False
    return agreements_named.joined(words, x) or any(
        b in _AGAINST for w in words[max(0, x - 2):x] for b in bare(w))


_THAT_WORDS = frozenset(normalize(w) for w in ("أن", "ان", "بأن", "بان"))


def _meeting_sides(ctx: DocContext, si: int, i: int) -> list[Entry]:
    """The sides the meeting told before token i of sentence si brought together: the forces, bodies, officials'
    states and states named in the nearest sentence before that tells a meeting (a meeting word) of people named
    by office ("اجتمع وزراء خارجية ..."، "عقد قادة ... قمة") and names two sides or more. Only when the agreement's
    sentence has a security word ("وضع خطوات لدحر داعش"; not "عقد اجتماعهم القادم"). Where they met (after "في",
    with the clitic "ب") and a group the article only fights are no side. Empty unless two sides are found."""
    if _SECURITY_CONTEXT.isdisjoint(ctx.sentences[si].words):
        return []
    for sj in range(si, -1, -1):
        words = ctx.sentences[sj].words
        end = i if sj == si else len(words)
        if _MEETING_PEOPLE.isdisjoint(words[:end]) or not any(
                f in _MEETING_WORDS for w in words[:end] for f in bare(w)):
            continue
        found: list[tuple[int, Entry]] = []
        for m in ctx.mentions[sj]:
            if m.i >= end or _where_met(words, m.i):
                continue
            if m.kind == "actors" and (party_entry(m.entry) or m.entry.get("type") == "official"):
                e = _as_party(m.entry)
                if e is not None and e.get("type") == "armed_group" and (e.id in _fought_only(ctx) or any(
                        bb in _AGAINST for w in words[max(0, m.i - 3):m.i] for bb in bare(w))):
                    continue  # "لبحث الحرب على داعش": the enemy they talked of is no side
            elif m.kind == "places" and not _venue(ctx, sj, m):
                e = state_entry(m)
            else:
                continue
            if e is not None:
                found.append((m.i, e))
        sides: list[Entry] = []
        for _, e in sorted(found, key=lambda t: t[0]):
            if all(agreements_sides._side(x) != agreements_sides._side(e) for x in sides):
                sides.append(e)
        if len(sides) >= 2:
            return sides
    return []


def _where_met(words: list[str], x: int) -> bool:
    """True when the place at token x tells where the meeting was: right after "في", or after a place noun that
    follows it or carries the clitic "ب" ("في مدينة الدوحة بدولة قطر"، "في العاصمة الأردنية")."""
    for y in range(x - 1, max(-1, x - 5), -1):
        w = words[y]
        if w in {"في", "وفي"}:
            return True
        if w[:1] == "ب" and w[1:] in _PLACE_NOUNS:
            return True
        if w not in _PLACE_NOUNS and y < x - 1:
            return False
    return False


_PLACE_NOUNS = frozenset(normalize(w) for w in (
    "مدينة", "دولة", "الدولة", "المملكة", "مملكة", "جمهورية", "الجمهورية", "العاصمة", "عاصمة", "محافظة", "إمارة", "امارة"))


_MEETING_PEOPLE = rules.words("agreements", "meeting_people")
"""People named by office as they meet ("وزراء خارجية"، "قادة"، "وفد"): the meeting of those the collective subject
("الوزراء"، "القادة") refers to."""


PEOPLE_SUBJECT = True
WITH_REACH = True
"""Switch: the state that made an agreement "مع" another may stand ``_WITH_REACH`` words before it (A/B measurement)."""
_WITH_REACH = 14
"""Switch: :func:`_people_subject` (A/B measurement)."""
_PEOPLE_NOUNS = rules.words("agreements", "people_nouns")
"""Plural nouns of people who speak for a side ("مسؤولون"، "قادة"، "ممثلو")."""
_PEOPLE_ADJECTIVES = rules.words("agreements", "people_adjectives")
"""Plural adjectives of a people or movement after them ("أكراد"، "حوثيون"، "فلسطينيون")."""


def _people_subject(ctx: DocContext, si: int, i: int) -> Entry | None:
    """The side named by a plural noun of people and a people's plural adjective, right after a verb of declaring or
    agreeing that tells the agreement ("أعلن مسؤولون أكراد إبرام اتفاق مع دمشق"، "وقع قادة حوثيون
    اتفاقاً مع ..."), as written ("مسؤولون أكراد"): the registry knows no such body, yet they are the side that made
    it with the one after "مع". None when the words before the agreement are not so."""
    s = ctx.sentences[si]
    words = s.words
    a, _ = s.clause_bounds(i)
    for x in range(max(a, i - 6), i - 2):
        if not bare_in(words[x], _SIDE_VERBS):
            continue
        if words[x + 1] in _PEOPLE_NOUNS and words[x + 2] in _PEOPLE_ADJECTIVES and not any(
                m.i <= x + 2 < m.j for m in ctx.mentions[si]):
            name = ctx.quote(*s.token_span(x + 1, x + 3)).strip(" ،,.")
            return Entry(kind="actors", id=f"text:{name}", canonical=name, name_en=None, ar=(name,), en=(),
                         data={"type": "other"})
    return None


BODY_IN_STATE = True
"""Switch: :func:`_body_state` (A/B measurement)."""


def _body_state(ctx: DocContext, si: int, m) -> Entry | None:
    """The state a government body after "بين" is told to be in ("وزارة الداخلية في المملكة العربية السعودية"،
    "وزارة الدفاع في جمهورية العراق"): that body stands for its state, as the two ministries of one name do for
    two states in a memorandum between them. None when no "في" and a state follow it."""
    words = ctx.sentences[si].words
    if m.entry.get("type") != "government_body" or m.j >= len(words) or words[m.j] != "في":
        return None
    for p in ctx.places_in(si, m.j + 1, min(len(words), m.j + 6)):
        if p.i in (m.j + 1, m.j + 2) and (e := state_entry(p)) is not None:
            return e
    return None


WRITTEN_FIRST_SIDE = True
"""Switch (pass 63): as :data:`WRITTEN_CO_SIDE`, the side the registry does not know told first, joined to a known
side by "و" right after it ("وتوصلت الفصائل المسلحة والنظام السوري إلى اتفاق"، "ووقعت الحركات المسلحة والحكومة
اتفاقا"): a word for a party (data key party_heads) right after the verb of signing or agreeing, with one to three
definite words after it, up to the known side. Before, only the known side was read."""


def _written_first_side(ctx: DocContext, si: int, i: int, have: list[Entry]) -> Entry | None:
    """The side named as written right after the verb of signing or agreeing and before "و" + a mention of a side in
    ``have``, before the agreement word at i and in its clause (:data:`WRITTEN_FIRST_SIDE`); None otherwise."""
    s = ctx.sentences[si]
    words = s.words
    a, _ = s.clause_bounds(i)
    ids = {e.id for e in have}
    named = {x for m in ctx.mentions[si] for x in range(m.i, m.j)}
    for m in ctx.mentions[si]:
        e = _as_party(m.entry) if m.kind == "actors" else state_entry(m)
        if e is None or e.id not in ids or not a < m.i < i or not words[m.i].startswith("و"):
            continue
        start = next((y for y in range(m.i - 1, max(a, m.i - 5) - 1, -1) if bare_in(words[y], _SIDE_VERBS)), None)
        if start is None or start + 2 >= m.i or not bare_in(words[start + 1], _PARTY_HEADS) or not words[start + 1].startswith("ال"):
            return None  # "وتوصلت الفصائل ..." only: a head right after the verb, and a word of name after it
        if any(y in named or not words[y].startswith("ال") for y in range(start + 1, m.i)):
            return None
        name = ctx.quote(*s.token_span(start + 1, m.i)).strip(" ،,.")
        return agreements_named.written_side(ctx, si, name)
    return None


DUAL_ADJECTIVES = True
"""Switch: :func:`_dual_adjective_states` (A/B measurement)."""


WRITTEN_SUBJECT = True
"""Switch: :func:`_written_subject` (A/B measurement)."""


def _written_subject(ctx: DocContext, si: int, i: int) -> Entry | None:
    """The side the registry does not know, named as written right after a verb of declaring, signing or reaching
    that tells the agreement at token i, when a word for a party heads it ("ووقع مجلس أعيان البلدة اتفاقا مع"،
    "وأعلن المجلس العسكري في المدينة التوصل إلى اتفاق مع"): it made the agreement with the side after "مع". None
    when no such verb, a known actor or a head alone ("أعلنت الحكومة") follows the verb."""
    s = ctx.sentences[si]
    words = s.words
    a, _ = s.clause_bounds(i)
    for x in range(max(a, i - 8), i - 1):
        if bare_in(words[x], _SIDE_VERBS) and x + 1 < i:
            # the name ends before the next verb or preposition ("وأعلنت الحكومة التوصل إلى اتفاق")
            stop = next((y for y in range(x + 2, i) if words[y] in _NAME_ENDS or any(
                b in _SIDE_VERBS for b in bare(words[y]))), i)
            return agreements_named._written_counterpart(ctx, si, x, stop=stop)
    return None


_NAME_ENDS = frozenset(normalize(w) for w in ("إلى", "الى", "على", "علي", "عن", "مع", "في"))


RELATIVE_DECLARER = True
"""Switch: :func:`_relative_declarer` (A/B measurement)."""
_DECLARED_IT = frozenset(normalize(w) for w in (
    "أعلنه", "أعلنته", "أعلنها", "أعلنتها", "أعلنوها", "أعلنوه", "اقترحه", "اقترحته", "اقترحها", "اقترحتها",
    "فرضه", "فرضته", "فرضها", "فرضتها", "عرضه", "عرضته", "عرضها", "عرضتها"))
"""A verb of declaring, proposing or imposing with the pronoun of the truce ("التي أعلنتها"، "الذي اقترحه")."""
_REL_WORDS = frozenset({"الذي", "التي", "الذى"})


def _relative_declarer(ctx: DocContext, si: int, j: int) -> Entry | None:
    """The side that declared, proposed or imposed the truce ending at token j, told in a relative clause right after
    it ("الهدنة التي أعلنتها روسيا في حلب"، "وقف إطلاق النار الذي أعلنه النظام السوري"، "هدنة الساعات الخمس التي
    اقترحتها موسكو"): a unilateral truce has that side alone (D-13), not the one who tells of it ("قال المتحدث
    باسم الخارجية الأمريكية إن ..."). None when no such clause or no side in it."""
    s = ctx.sentences[si]
    words = s.words
    rel = next((x for x in range(j, min(len(words) - 2, j + 6)) if words[x] in _REL_WORDS), None)
    if rel is None or words[rel + 1] not in _DECLARED_IT:
        return None
    lo = rel + 2
    hi = next((y for y in range(lo + 1, min(len(words), lo + 6)) if s.tokens[y].clause_start), min(len(words), lo + 6))
    # (a place after "في"/"إلى" is where it holds, not who declared it)
    found = window_parties(ctx, si, lo, hi, skip=lambda m: m.i > 0 and words[m.i - 1] in {"في", "الي"})
    return min(found, key=lambda t: t[0])[1] if found else None


ACCESS_GRANTOR = True
"""Switch: the state that lets another use its bases is a party of the grant (:func:`access_grantor`) (A/B
measurement)."""
_GRANTOR_REACH = 20
"""Words before the permission word where the state granting it may be told ("وبدأت تركيا ... عمليات ... في أعقاب
تفجير ... وافقت بعده على السماح")."""


def access_grantor(ctx: DocContext, si: int, i: int, have: list[Entry]) -> Entry | None:
    """The state letting another use its bases, airports or airspace ("ووافقت باكستان على السماح للقوات البريطانية
    باستخدام مطار"): the party named closest before the permission word at ``i`` on a side not among ``have`` (the
    side let in, written right after it). Not a place where something is, a mediator, a welcomer, nor a group the
    strikes are against ("عمليات ضد التنظيم"). None when no such party is told before it in the sentence."""
    ctx = _story_view(ctx)
    words = ctx.sentences[si].words
    taken = {agreements_sides._side(e) for e in have}
    lex = get_lexicon()
    found: list[tuple[int, Entry]] = []
    for m in ctx.mentions[si]:
        if not max(0, i - _GRANTOR_REACH) <= m.i < i:
            continue
        before = [b for w in words[max(0, m.i - 4):m.i] for b in bare(w)]
        if any(b in _MEDIATION or b in _AGAINST for b in before) or _welcoming(words, m.i):
            continue
        e = None
        if m.kind == "places" and not _venue(ctx, si, m):
            gov = _CAPITALS.get(place_at(ctx, si, m).key) or _CAPITALS.get(m.entry.id)
            e = lex.get("actors", gov) if gov and lex.get("actors", gov) else state_entry(m)
        elif m.kind == "actors" and m.entry.get("type") in _PARTY_TYPES and m.entry.get("type") != "armed_group":  # no movement either
            e = _as_party(m.entry)
        if e is not None and agreements_sides._side(e) not in taken:
            found.append((m.i, e))
    return max(found, key=lambda t: t[0])[1] if found else None
