"""Answers read from the extracted records: one claim builder per kind of question.

Each builder keeps the records that are about what the question names
(:func:`marsad.agent.qa.matching.about`), states only what a record holds, in the question's
language, and cites the record's own spans; :func:`record_claims` ranks and merges them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from marsad.agent.qa.compose import Claim, excerpt, news_sentences
from marsad.agent.qa.counts import counts_things
from marsad.agent.qa.evidence import Evidence
from marsad.agent.qa.matching import Names, about, overlap, question_terms, record_score, rest_terms, role_cues
from marsad.agent.qa.question import (
    PERSON_TITLES_EN,
    Intent,
    Question,
    asked_kind,
    asked_name,
    asks_who_told,
    content_terms,
    mentions,
    unmapped,
)
from marsad.agent.qa.subject import article_names_enough, names_enough
from marsad.core.arabic import normalize
from marsad.core.lexicon import Lexicon

__all__ = ["record_claims", "claim_limit", "MAX_CLAIMS"]

MAX_CLAIMS = 3


@dataclass
class _Scored:
    score: float
    claim: Claim


def _spans(rec, doc_id: str) -> list[tuple[str, int, int]]:
    return [(c.doc_id or doc_id, c.start, c.end) for c in rec.citations]


def _records(evidence: Evidence, kind: str):
    for doc_id, recs in evidence.records.items():
        for rec in getattr(recs, kind):
            yield doc_id, rec


def _casualty_claims(question: Question, evidence: Evidence, names: Names, field: str) -> list[_Scored]:
    out = []
    for doc_id, rec in _records(evidence, "attacks"):
        count = getattr(rec, field)
        phrase = getattr(rec, f"{field}_text")
        if count is None and not phrase:
            continue
        if not about(question, rec):
            continue
        where = names.place(rec.location)
        other = "injured" if field == "killed" else "killed"
        other_count = getattr(rec, other) if Intent(other) in question.cues else None
        if question.language == "ar":
            what = "عدد القتلى" if field == "killed" else "عدد الجرحى"
            if count is None:
                text = f"لا تذكر المصادر عددا محددا، بل تقول «{phrase}»"
            else:
                text = f"{what}: {count}" + (f" («{phrase}»)" if phrase else "") + (f" في {where}" if where else "")
            if other_count is not None:
                text += f"، و{'عدد الجرحى' if other == 'injured' else 'عدد القتلى'}: {other_count}"
        else:
            verb = "killed" if field == "killed" else "injured"
            if count is None:
                text = f"The sources give no exact number; they say «{phrase}»"
            else:
                text = f"{count} {verb}" + (f" («{phrase}»)" if phrase else "") + (f" in {where}" if where else "")
            if other_count is not None:
                text += f", and {other_count} {other}"
        numbers = ([count] if count is not None else []) + ([other_count] if other_count is not None else [])
        claim = Claim(text, _spans(rec, doc_id), numbers, [x for x in (phrase, rec.target) if x], vague=count is None)
        out.append(_Scored(record_score(question, rec, evidence.rank_of(doc_id)) + (0.5 if count is not None else 0), claim))
    return out


# a source the question names: "بحسب بيان داعش"، "وفقا لتنظيم داعش"، "according to ISIS", "ISIS said"
_SOURCE_AR = r"(?<!\w)(?:بحسب|حسب|وفق|وفقا ل|طبقا ل|كما (?:قال|اعلن|ذكر))\s*(?:\S+\s+){0,2}?(?:ال)?"
_SOURCE_EN = r"\b(?:according to|as (?:claimed|said|stated) by|in a statement by)\s+(?:\w+\s+){0,2}?"


def _sources(question: Question) -> list:
    """The actors a question names as the source of what it asks ("من نفذ الهجوم بحسب بيان داعش", "who carried
    out the attack, according to ISIS"): the one who told it, so its own name does not answer who did it."""
    norm = normalize(question.text)
    out = []
    for actor in question.actors:
        ar = "|".join(re.escape(normalize(a)) for a in actor.ar if len(a) > 2)
        en = "|".join(re.escape(e) for e in actor.en if len(e) > 2)
        if (ar and re.search(_SOURCE_AR + rf"(?:{ar})", norm)) or (en and re.search(
                _SOURCE_EN + rf"(?:{en})", question.text, re.I)):
            out.append(actor)
    return out


PERSON_DOER = True  # switch for A/B measurement (tests patch it)


def _group_for_person(question: Question, rec, evidence: Evidence, doc_id: str) -> bool:
    """A question asking the attacker's name ("who was the gunman", "من هو منفذ الهجوم") and a record whose doer
    is no person the article names (a group, a state's forces): the group claimed or was blamed for the attack,
    the person who did it is another answer (the passages naming him)."""
    if not PERSON_DOER or asked_name(question) != ("name", ()):
        return False
    norm = normalize(rec.perpetrator)
    recs = evidence.records.get(doc_id)
    for actor in getattr(recs, "actors", None) or ():
        kind = str(getattr(actor.type, "value", actor.type))
        if kind in ("official", "other") and len(actor.name.split()) >= 2 and norm in normalize(actor.name):
            return False
    return True


def _perpetrator_claims(question: Question, evidence: Evidence, names: Names) -> list[_Scored]:
    out = []
    sources = _sources(question)
    for doc_id, rec in _records(evidence, "attacks"):
        if not rec.perpetrator or not about(question, rec):
            continue
        if _group_for_person(question, rec, evidence, doc_id):
            continue
        if any(mentions(a, rec.perpetrator) for a in sources):
            continue  # the group that told it ("according to ISIS's statement"): the question asks whom it named
        where = names.place(rec.location)
        who = names(rec.perpetrator)
        if question.language == "ar":
            text = f"نفذ الهجوم{(' في ' + where) if where else ''}: {who}"
        else:
            text = f"The attack{(' in ' + where) if where else ''} was carried out by {who}"
        spans = _spans(rec, doc_id)
        doer = _doer_sentence(rec, evidence, doc_id) if DOER_NAMED else None
        if doer is not None:  # the group claimed it; the article names the man who did it
            start, end, shown = doer
            text += (f"; the attacker the article names: «{shown}»" if question.language == "en"
                     else f"؛ ومنفذه كما يسميه المقال: «{shown}»")
            spans.append((doc_id, start, end))
        claim = Claim(text, spans, keys=[rec.perpetrator])
        out.append(_Scored(record_score(question, rec, evidence.rank_of(doc_id)), claim))
    return out


DOER_NAMED = True  # switch for A/B measurement (tests patch it)
# the one who did an attack, as news names him beside a group that claimed it: "X منفذ الهجوم"، "منفذ العملية X"
# (singular: "منفذي هجمات ..." are the doers of another, earlier attack the article recalls)
_DOER = re.compile(r"(?<!\w)منفذ (?:ال)?(?:هجوم|عمليه|اعتداء|تفجير|هجمه)(?!\w)")
_DOER_WINDOW = 120  # characters either side of the doer word shown in the answer


def _doer_sentence(rec, evidence: Evidence, doc_id: str) -> tuple[int, int, str] | None:
    """(start, end, shown text) of the first sentence of the record's article that names the attack's doer
    ("منفذ الهجوم"), when the record's perpetrator is a group (a person named as the doer is the record's own
    answer), else None. The shown text is the sentence, cut around the doer word when it is long."""
    doc = evidence.docs.get(doc_id)
    if doc is None or not rec.perpetrator:
        return None
    norm = normalize(rec.perpetrator)
    for actor in getattr(evidence.records.get(doc_id), "actors", None) or ():
        kind = str(getattr(actor.type, "value", actor.type))
        if kind in ("official", "other") and len(actor.name.split()) >= 2 and norm in normalize(actor.name):
            return None  # the perpetrator is a person the article names
    for start, end in news_sentences(doc.text):
        said = doc.text[start:end]
        m = _DOER.search(normalize(said))
        if m is None:
            continue
        shown = excerpt(said)
        if len(said) > 300:  # (normalising keeps the length of most text: the match is near the same offset)
            a, b = max(0, m.start() - _DOER_WINDOW), min(len(said), m.end() + _DOER_WINDOW)
            shown = ("…" if a else "") + excerpt(said[a:b], limit=2 * _DOER_WINDOW + 40) + ("…" if b < len(said) else "")
        return start, end, shown
    return None


# a question asking for a person by name: "من هو القيادي الذي قتل"، "ما اسم"، "who was the commander", "which leader"
_ASKS_PERSON_AR = re.compile(r"(?<!\w)(?:من (?:هو|هي|هم)|ما (?:اسم|اسماء))(?!\w)")
_ASKS_PERSON_EN = re.compile(r"\bwho (?:was|were|is)\b|\bnames? of\b|\bwhich (?:\w+ ){0,3}?"
                             rf"(?:(?:{PERSON_TITLES_EN}|leader|chief|general|major|captain|lieutenant|member|governor"
                             r"|soldier|person)s?|man|men|woman|women|people)\b", re.I)
# killing words in a sentence (normalised), and words that make a named person a speaker, not the victim
# (a plural or dual verb too: "قتل 30 منهم بينهم القيادي X" is often told "قتلوا بينهم القيادي X")
_KILLING = re.compile(r"(?<!\w)[وفبل]?(?:ال)?(?:مقتل|قتل|قتلت|قتلي|قتيل|ضحايا|مصرع|مصرعه|حتفه|اغتيال|اغتيل|استشهاد|استشهد|شهيد|اعدام|اعدم|لقي|قضي"
                      r"|قتلوا|قتلا|قتلتا|لقوا|لقيا|مصرعهم|مصرعهما|حتفهم|استشهدوا|اغتيلوا|اعدموا)"
                      r"(?!\w)|\b(?:killed|killing|assassinat\w*|died|death)\b", re.I)
_SPEAKER_ROLE = re.compile(r"المتحدث|الناطق|مراسل|spokes", re.I)
PERSON_FIRST = 100.0  # a named person always ranks above a record's target for "who was the <person> killed"


def _asks_person(question: Question) -> bool:
    if question.language == "ar":
        return bool(_ASKS_PERSON_AR.search(normalize(question.text)))
    return bool(_ASKS_PERSON_EN.search(question.text))


def _person_victim_claims(question: Question, evidence: Evidence, names: Names) -> list[_Scored]:
    """Named people the top articles tell were killed, for "who was the <commander> killed in X".

    A person (an ``official`` actor, or another actor named by two or more words) qualifies when the
    article is about the question's subject and a sentence citing them names them right after a
    killing word ("مقتل القيادي عبدالكريم الغماري") or tells of a killing and gives them a role sharing
    the question's words ("القيادي"). Spokesmen and reporters are speakers, not victims.
    """
    out = []
    told: list[tuple[str, str, str]] = []  # (doc, name, role) of each claim in ``out``, normalised
    terms = set(question_terms(question))
    for doc_id, recs in evidence.records.items():
        doc = evidence.docs.get(doc_id)
        if doc is None or not article_names_enough(question, doc):
            continue
        spans = news_sentences(doc.text)
        for actor in recs.actors:
            kind = str(getattr(actor.type, "value", actor.type))
            if not (kind == "official" or (kind == "other" and len(actor.name.split()) >= 2)):
                continue
            if actor.role and _SPEAKER_ROLE.search(actor.role):
                continue
            best = None
            for cite in actor.citations:
                sent = next(((s, e) for s, e in spans if s <= cite.start < e), None)
                if sent is None:
                    continue
                text = normalize(doc.text[sent[0]:sent[1]])
                name_at = text.find(normalize(actor.name))
                # the victim is named after the killing word ("مقتل القيادي X"، "الشهيد X"); a name before
                # it is the sentence's subject ("وجه الأمير X بمعاملة الشهيد"), unless the role says who
                after = [k for k in _KILLING.finditer(text) if 0 <= name_at - k.end() <= 60]
                if not after and not (actor.role and overlap(tuple(terms), set(content_terms(actor.role)))
                                      and _KILLING.search(text)):
                    continue
                score = 1.0 + (2.0 if after else 0.0)
                if actor.role:
                    score += 0.5 * overlap(tuple(terms), set(content_terms(actor.role)))
                score += 0.3 * overlap(tuple(terms), set(content_terms(text)))
                if best is None or score > best[0]:
                    best = (score, sent)
            if best is None:
                continue
            who = names(actor.name)
            role = actor.role if question.language == "ar" else (names(actor.role) if actor.role else "")
            text = f"{who}" + (f"، {role}" if role and question.language == "ar" else (f" ({role})" if role else ""))
            claim = Claim(text, [(doc_id, best[1][0], best[1][1])], keys=[actor.name])
            out.append(_Scored(PERSON_FIRST + best[0] - 0.1 * evidence.rank_of(doc_id), claim))
            told.append((doc_id, normalize(actor.name), normalize(actor.role or "")))
    if FULLER_NAME:
        _prefer_fuller(out, told)
    return out


FULLER_NAME = True  # switch for A/B measurement (tests patch it)


def _prefer_fuller(out: list[_Scored], told: list[tuple[str, str, str]]) -> None:
    """A person whose name stands, with more of it after, in another victim's role of the same article
    ("أبو حامد" told as "القيادي محمد صالح القاضي") is that victim named in part: the fuller telling ranks first."""
    for i, (doc_id, name, _role) in enumerate(told):
        if not name:
            continue
        part = re.compile(rf"(?<!\w){re.escape(name)} (?!(?:و|في|من|علي|الي|عن|مع|بعد|قبل)(?!\w))[^\W\d]{{3,}}")
        for j, (other_doc, _name, role) in enumerate(told):
            if j != i and other_doc == doc_id and part.search(role):
                out[i].score = min(out[i].score, out[j].score - 0.05)


def _victim_claims(question: Question, evidence: Evidence, names: Names) -> list[_Scored]:
    if _asks_person(question):
        # "ما اسم المسن الذي قتله قناص": a name, which no target ("معسكر الأمن المركزي") is
        return _person_victim_claims(question, evidence, names)
    out = []
    for doc_id, rec in _records(evidence, "attacks"):
        if not rec.target or not about(question, rec):
            continue
        where = names.place(rec.location)
        if question.language == "ar":
            text = f"المستهدف{(' في ' + where) if where else ''}: {rec.target}"
        else:
            text = f"The target{(' in ' + where) if where else ''}: {names(rec.target)}"
        claim = Claim(text, _spans(rec, doc_id), keys=[rec.target])
        out.append(_Scored(record_score(question, rec, evidence.rank_of(doc_id)), claim))
    return out


def _room_label(rec, names: Names, language: str) -> str:
    where = names.place(rec.location)
    if language == "ar":
        return (rec.name or "غرفة العمليات المشتركة") + (f" في {where}" if where else "")
    return "The joint operations room" + (f" in {where}" if where else "")


def _participant_claims(question: Question, evidence: Evidence, names: Names) -> list[_Scored]:
    out = []
    for doc_id, rec in _records(evidence, "joint_rooms"):
        if not rec.participants or not about(question, rec):
            continue
        members = [names(p) for p in rec.participants]
        if question.language == "ar":
            text = f"{_room_label(rec, names, 'ar')} تضم: {'، '.join(members)}"
        else:
            text = f"{_room_label(rec, names, 'en')} brings together: {', '.join(members)}"
        out.append(_Scored(record_score(question, rec, evidence.rank_of(doc_id)) + 0.1 * len(members),
                           Claim(text, _spans(rec, doc_id), keys=list(rec.participants))))
    if "agreements" in question.topics:
        for doc_id, rec in _records(evidence, "agreements"):
            if not rec.parties or not about(question, rec):
                continue
            parties = [names(p) for p in rec.parties]
            text = (f"أطراف الاتفاق: {'، '.join(parties)}" if question.language == "ar"
                    else f"The parties to the agreement: {', '.join(parties)}")
            out.append(_Scored(record_score(question, rec, evidence.rank_of(doc_id)), Claim(text, _spans(rec, doc_id))))
    return out


def _lead_claims(question: Question, evidence: Evidence, names: Names) -> list[_Scored]:
    out = []
    for doc_id, rec in _records(evidence, "joint_rooms"):
        if not rec.lead or not about(question, rec):
            continue
        if question.language == "ar":
            text = f"{_room_label(rec, names, 'ar')} بقيادة {rec.lead}"
        else:
            text = f"{_room_label(rec, names, 'en')} is led by {names(rec.lead)}"
        out.append(_Scored(record_score(question, rec, evidence.rank_of(doc_id)), Claim(text, _spans(rec, doc_id), keys=[rec.lead])))
    return out


_STATUS_AR = {"planned": "مخطط لها أو معلن عنها", "established": "أُنشئت وتعمل", "suspended": "معلّقة",
              "proposed": "مقترح", "agreed": "تم الاتفاق عليه", "implementing": "قيد التنفيذ", "implemented": "نُفّذ",
              "stalled": "متعثر أو مجمّد", "unknown": "غير معروف"}
_STATUS_EN = {"planned": "planned or announced", "established": "set up and operating", "suspended": "suspended",
              "proposed": "proposed", "agreed": "agreed", "implementing": "being implemented",
              "implemented": "implemented", "stalled": "stalled or frozen", "unknown": "unknown"}


def _status_claims(question: Question, evidence: Evidence, names: Names) -> list[_Scored]:
    out = []
    kinds = [k for k in (_TOPIC_KINDS.get(t) for t in question.topics) if k in ("joint_rooms", "agreements")]
    for kind in kinds or ["joint_rooms", "agreements"]:
        for doc_id, rec in _records(evidence, kind):
            status = getattr(rec, "status", None)
            status = str(getattr(status, "value", status) or "")
            if not status or status == "unknown" or not about(question, rec):
                continue
            if kind == "joint_rooms":
                label = _room_label(rec, names, question.language)
            else:
                label = "الاتفاق" if question.language == "ar" else "The agreement"
            if question.language == "ar":
                text = f"{label}: {_STATUS_AR.get(status, status)}"
            else:
                text = f"{label}: {_STATUS_EN.get(status, status)}"
            out.append(_Scored(record_score(question, rec, evidence.rank_of(doc_id)), Claim(text, _spans(rec, doc_id))))
    return out


def _provision_claims(question: Question, evidence: Evidence, names: Names) -> list[_Scored]:
    out = []
    for doc_id, rec in _records(evidence, "agreements"):
        if not rec.provisions or not about(question, rec):
            continue
        items = "، ".join(rec.provisions)
        if question.language == "ar":
            text = f"ينص الاتفاق على: {items}"
        else:
            text = f"The agreement provides for (as written): «{items}»"
        claim = Claim(text, _spans(rec, doc_id), keys=list(rec.provisions))
        out.append(_Scored(record_score(question, rec, evidence.rank_of(doc_id)) + 0.1 * len(rec.provisions), claim))
    return out


def _role_claims(question: Question, evidence: Evidence, names: Names) -> list[_Scored]:
    out = []
    cues = role_cues(question)
    qnorm = normalize(question.text)
    for doc_id, rec in _records(evidence, "actors"):
        if not rec.role:
            continue
        role_norm = normalize(rec.role)
        named = any(
            len(n.split()) >= 2 and normalize(n) in qnorm for n in (rec.name, rec.canonical_name, *rec.aliases) if n
        ) or bool(rec.name_en and rec.name_en.lower() in question.text.lower())
        if named and NAMED_NOT_ASKED and asked_name(question) == ("name", ()):
            # "which UAE official said that Pompeo's strategy ...": the one asked for is not a person the question names
            continue
        if named and SOURCE_NAMED and _named_as_source(question, (rec.name, rec.canonical_name, *rec.aliases, rec.name_en)):
            # "من يقف وراء التفجير بحسب رئيس الحكومة X": X is who says it, not who is asked about
            continue
        # a person the question names whose role is not the office asked about is not the answer
        if named and cues is not None and not cues.search(role_norm):
            # "who is the spokesman for Khalifa Haftar": the person named owns the office asked about; his own
            # titles do not answer who holds it
            continue
        if named:
            if RESTATED_ROLE and _restates(question, rec.role):
                # "من الشخص الذي عينه الرئيس هادي محافظا": Hadi's role, "الرئيس", is the question's own word for
                # him; a role the question already says of the person it names is not what it asks
                continue
            score = 5.0
        else:
            if cues is None or not cues.search(role_norm):
                continue
            # the organisation asked about must be in the role ("spokesman of <the JOC>")
            if not names_enough(question, rec.role):
                continue
            # and so must the question's other words ("وزير النفط" is not any minister)
            if unmapped(question):
                continue
            # in English the other words come as lexicon concepts: each one that is not the role itself
            # ("oil" in "oil minister") must be named in the role or its citations
            if question.language == "en":
                said = rec.role + " " + " ".join(c.quote for c in rec.citations)
                others = [c for c in question.concepts if cues is None or not any(cues.search(normalize(a)) for a in c.ar)]
                if not all(mentions(c, said) for c in others):
                    continue
            rest = rest_terms(question, cues)
            role_terms = set(content_terms(rec.role + " " + " ".join(c.quote for c in rec.citations)))
            if rest and overlap(tuple(rest), role_terms) * 2 < len(rest):
                continue
            score = 1.0 + overlap(question_terms(question), set(content_terms(rec.role)))
        who = names(rec.canonical_name or rec.name) if names.en else rec.name
        text = f"{rec.name}: {rec.role}" if question.language == "ar" else f"{who}: «{rec.role}»"
        out.append(_Scored(score - 0.1 * evidence.rank_of(doc_id), Claim(text, _spans(rec, doc_id), keys=[rec.name])))
    return out


RESTATED_ROLE = True  # switch for A/B measurement (tests patch it)
NAMED_NOT_ASKED = True  # switch for A/B measurement (tests patch it)
SOURCE_NAMED = True  # switch for A/B measurement (tests patch it)

# "according to ...": the words that make the name after them the source of what the question asks about, with
# up to five words (his titles: "رئيس الحكومة التركية") between the cue and the name
_SOURCE_CUE = re.compile(r"(?<!\w)(?:بحسب|حسب|وفق|وفقا ل|طبقا ل|نقلا عن|كما قال|كما ذكر|according to|as told by|citing)"
                         r"(?!\w)((?:\s+\S+){0,5}?)\s+$", re.I)


def _named_as_source(question: Question, names: tuple) -> bool:
    """A name of the person occurs in the question only as its source ("... بحسب الوزير X", "according to X")."""
    qnorm = normalize(question.text)
    seen = False
    for n in names:
        if not n:
            continue
        nn = normalize(n)
        low = qnorm.lower()
        at = low.find(nn.lower())
        while at >= 0:
            seen = True
            if not _SOURCE_CUE.search(qnorm[:at]):
                return False
            at = low.find(nn.lower(), at + 1)
    return seen


def _restates(question: Question, role: str) -> bool:
    """Every content word of ``role`` is already a word of the question (the role adds nothing it asks)."""
    stems = tuple(content_terms(role))
    return bool(stems) and overlap(stems, set(question_terms(question))) == len(stems)


_TOPIC_KINDS = {"attacks": "attacks", "joint_rooms": "joint_rooms", "agreements": "agreements"}


def _date_claims(question: Question, evidence: Evidence, names: Names) -> list[_Scored]:
    out = []
    kinds = [_TOPIC_KINDS[t] for t in question.topics] or list(_TOPIC_KINDS.values())
    for kind in kinds:
        for doc_id, rec in _records(evidence, kind):
            if not rec.date or not about(question, rec):
                continue
            when = rec.date + (f" («{rec.date_text}»)" if rec.date_text else "")
            if kind == "joint_rooms":
                label = _room_label(rec, names, question.language)
            elif kind == "agreements":
                label = "الاتفاق" if question.language == "ar" else "The agreement"
            else:
                where = names.place(rec.location)
                label = ("الهجوم" + (f" في {where}" if where else "")) if question.language == "ar" else (
                    "The attack" + (f" in {where}" if where else ""))
            text = f"{label}: {when}"
            out.append(_Scored(record_score(question, rec, evidence.rank_of(doc_id)), Claim(text, _spans(rec, doc_id))))
    return out


def _location_claims(question: Question, evidence: Evidence, names: Names) -> list[_Scored]:
    out = []
    kinds = [_TOPIC_KINDS[t] for t in question.topics if t != "agreements"] or ["attacks", "joint_rooms"]
    asked = question.places
    if OWN_NAMES:
        from marsad.agent.qa.domain import world_places

        # the places the question names by a transliterated name ("off al-Khokha's coast") or that only the world
        # gazetteer knows ("في القصيم") are as much the asker's own
        asked = (*asked, *question.names, *world_places(question))
    # a place of a kind asked for ("which district", "في أي محافظة"): every kind is finer than a state
    kind_asked = asked_kind(question) if FINER_ASKED else None
    fine = kind_asked is not None and kind_asked[0] == "place" and bool(kind_asked[1])
    for kind in kinds:
        for doc_id, rec in _records(evidence, kind):
            if rec.location is None or not about(question, rec):
                continue
            if any(mentions(e, rec.location.canonical_name or rec.location.name) for e in asked):
                continue  # "where in Iraq ...?" is not answered by "Iraq": the asker named it
            if WIDER_PLACE and _wider_than_asked(question, rec.location):
                continue  # "where near Mogadishu ...?" is not answered by "Somalia": the asker named a place in it
            if fine and (rec.location.admin_level or "") == "country":
                continue  # "في أي محافظة ...؟" is not answered by a country
            where = names.place(rec.location)
            extra = [x for x in dict.fromkeys((rec.location.district, rec.location.governorate)) if x and x not in where]
            if question.language == "en" and extra:
                where = f"{where} ({', '.join(extra)})"
            label = ("المكان" if question.language == "ar" else "Place")
            out.append(_Scored(record_score(question, rec, evidence.rank_of(doc_id)),
                               Claim(f"{label}: {where}", _spans(rec, doc_id), keys=[rec.location.name])))
    return out


WIDER_PLACE = True  # switch for A/B measurement (tests patch it)
FINER_ASKED = True  # switch for A/B measurement (tests patch it)
OWN_NAMES = True  # switch for A/B measurement (tests patch it)


def _wider_than_asked(question: Question, location) -> bool:
    """The record's place is a country and the question names a place inside that country."""
    if (location.admin_level or "") != "country":
        return False
    country = (location.name_en or location.country_name or "").lower()
    return bool(country) and any(
        (e.data or {}).get("admin_level") not in (None, "country") and str((e.data or {}).get("country") or "").lower() == country
        for e in question.places)


def record_claims(question: Question, evidence: Evidence, lexicon: Lexicon) -> list[Claim]:
    """Candidate claims read from the extracted records for the question's intent, best first.

    Records that state the same thing are merged into one claim citing them all. The
    caller keeps the first :func:`claim_limit` claims that survive verification.
    Returns an empty list for general questions and when no record fits.
    """
    names = Names(question, lexicon)
    intent = question.intent
    if intent in (Intent.killed, Intent.injured):
        if asks_who_told(question):
            return []  # "من أعلن مقتل أربعة ...": who told of the deaths, not how many (passages answer)
        if counts_things(question):
            return []  # "بكم طلقة أصيب": bullets are asked, not the toll a record holds
        scored = _casualty_claims(question, evidence, names, intent.value)
    elif intent in _CLAIM_BUILDERS:
        scored = _CLAIM_BUILDERS[intent](question, evidence, names)
    else:
        return []
    scored.sort(key=lambda s: -s.score)
    if not scored:
        return []
    single = intent in (Intent.killed, Intent.injured, Intent.perpetrator, Intent.victim)
    claims: list[Claim] = []
    by_text: dict[str, Claim] = {}
    for s in scored:
        known = by_text.get(s.claim.text)
        if known is not None:
            if single and len(known.spans) < 6:  # other documents reporting the same figure corroborate it
                known.spans.extend(x for x in s.claim.spans if x not in known.spans)
            continue
        claim = replace(s.claim, spans=list(s.claim.spans), numbers=list(s.claim.numbers), keys=list(s.claim.keys))
        by_text[claim.text] = claim
        claims.append(claim)
    return claims


COUNT_PLACE = True  # switch for A/B measurement (tests patch it)


def with_places(question: Question, claims: list[Claim], evidence: Evidence, lexicon: Lexicon) -> list[Claim]:
    """Count claims read from sentences, each with the place of the attack record its sentence tells, when the
    question asks where as well as how many ("how many were killed ..., and in which town did it happen?",
    "كم قتيلا سقط وأين"): the count's sentence often names the province the question names, the record holds the
    town the article names in another sentence. A claim that already names a place is kept as it is."""
    if not COUNT_PLACE or Intent.location not in question.cues or question.intent is Intent.location or not claims:
        return claims
    names = Names(question, lexicon)
    out = []
    for claim in claims:
        where = ""
        for doc_id, start, end in claim.spans:
            recs = evidence.records.get(doc_id)
            for rec in getattr(recs, "attacks", None) or ():
                if rec.location is None or not any(
                        (c.doc_id or doc_id) == doc_id and c.start < end and start < c.end for c in rec.citations):
                    continue
                where = names.place(rec.location)
                spans = [x for x in _spans(rec, doc_id) if x not in claim.spans]
                break
            if where:
                break
        if not where or where in claim.text or (rec.location.name and rec.location.name in claim.text):
            out.append(claim)
            continue
        text = claim.text + (f" in {where}" if question.language == "en" else f" في {where}")
        out.append(replace(claim, text=text, spans=[*claim.spans, *spans]))
    return out


def claim_limit(question: Question) -> int:
    """How many record claims an answer keeps: one event for casualty and perpetrator questions."""
    return 1 if question.intent in (Intent.killed, Intent.injured, Intent.perpetrator, Intent.victim) else MAX_CLAIMS


# intent -> the function that reads its claims from the records (casualties take the intent too)
_CLAIM_BUILDERS = {
    Intent.perpetrator: _perpetrator_claims,
    Intent.victim: _victim_claims,
    Intent.participants: _participant_claims,
    Intent.role: _role_claims,
    Intent.lead: _lead_claims,
    Intent.status: _status_claims,
    Intent.provisions: _provision_claims,
    Intent.date: _date_claims,
    Intent.location: _location_claims,
}
