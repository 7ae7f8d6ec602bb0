"""The offline answerer: answers from extracted records first, then from the best sentences; never invents.

For each intent it picks the records that are about what the question names (every
key place/actor must be in the record's fields or quotes), ranks them by how many of
the question's words their evidence shares, and states only what the record holds,
citing the record's own spans. With no fitting record it quotes the best sentence of
the top documents that names every key entity and shares most of the question's
words. With neither, :func:`agent.qa.compose.assemble` abstains.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agent.grounding import numbers_in
from agent.qa.compose import Claim
from agent.qa.evidence import Evidence
from agent.qa.question import _STOP_AR, Intent, Question, content_terms, mentions
from marsad.arabic import normalize, split_sentences, stem_tokens, tokenize
from marsad.lexicon import Lexicon

__all__ = ["record_claims", "passage_claims", "claim_limit", "MAX_CLAIMS"]

MAX_CLAIMS = 3
MIN_PASSAGE_OVERLAP = 0.5  # share of the question's content words a quoted sentence must contain

# What a sentence quoted for an intent must contain (normalised Arabic).
_CUE = {
    Intent.killed: re.compile(r"قتل|قتيل|قتلي|مقتل|ضحايا|شهيد|شهداء|حتف|مصرع|اودت بحياه"),
    Intent.injured: re.compile(r"جرح|جريح|اصيب|اصابه|مصاب"),
    Intent.perpetrator: re.compile(r"نفذ|(?<!\w)شن|تبني|تبنت|يقف وراء|مسووليته|علي يد|من قبل"),
    Intent.participants: re.compile(r"تضم|يضم|بين|مشترك|بمشارك|بحضور|ممثل"),
    Intent.victim: re.compile(r"اغتيال|اغتال|اغتيل|مقتل|قتل|اختطاف|اختطف|خطف|استهدف|استهداف|اصابه|اصيب"),
    Intent.lead: re.compile(r"قياده|يقود|تقود|يتولي|تتولي|برئاسه|يراس|يترأس|يشرف|امره"),
    Intent.provisions: re.compile(r"ينص|تنص|يتضمن|تتضمن|تضمن|بنود|بند|اتفق|الاتفاق|اتفاق"),
    Intent.role: re.compile(r"المتحدث|الناطق|وزير|محافظ|قائد|رئيس|مدير|الامين العام|ممثل|نائب|مستشار"),
    Intent.date: re.compile(r"\d|امس|اليوم|غدا|الماضي|الحالي|الجاري|السبت|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه"
                            r"|كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين"),
}
# "محافظ" (governor), not "محافظة" (governorate).
_GOVERNOR = r"(?<!\w)[وف]?(?:ال)?محافظ(?:ها)?(?!\w)"
# English role words -> the Arabic they are written as.
_ROLE_EN = {
    r"spokes(man|person|woman)": "المتحدث|الناطق",
    r"governor": _GOVERNOR,
    r"minister": "وزير",
    r"command(er|ant)": "قائد",
    r"secretary": "الامين العام|امين",
    r"representative": "ممثل",
    r"deputy": "نائب",
    r"head|chief|president|chairman|leader|prime": "رئيس",
    r"advis[eo]r": "مستشار",
    r"director": "مدير",
    r"\bmp\b|member of parliament|lawmaker": "النائب",
}
_ROLE_AR = re.compile(r"المتحدث|الناطق|(?<!\w)[وف]?(?:ال)?محافظ(?:ها)?(?!\w)|وزير|قائد|الامين العام|ممثل|نائب|رئيس|مستشار|مدير")


@dataclass
class _Scored:
    score: float
    claim: Claim


def _overlap(terms: tuple[str, ...], text_terms: set[str]) -> int:
    """How many question stems a text shares (a stem matches another that starts with it, 3+ letters)."""
    count = 0
    for t in terms:
        if t in text_terms or (len(t) >= 3 and any(x.startswith(t) or (len(x) >= 3 and t.startswith(x))
                                                   for x in text_terms)):
            count += 1
    return count


def _q_terms(question: Question) -> tuple[str, ...]:
    return question.terms if question.language == "ar" else question.expansion


def _loc_text(loc) -> str:
    if loc is None:
        return ""
    return " ".join(str(x) for x in (loc.name, loc.canonical_name, loc.name_en, loc.district, loc.governorate) if x)


def _fields_text(rec) -> str:
    parts: list[str] = []
    for name in ("name", "canonical_name", "name_en", "role", "affiliation", "perpetrator", "target", "lead",
                 "purpose", "agreement_type", "killed_text", "injured_text", "date_text"):
        value = getattr(rec, name, None)
        if isinstance(value, str):
            parts.append(value)
    for name in ("participants", "parties", "provisions", "weapons", "aliases"):
        parts.extend(str(x) for x in getattr(rec, name, None) or [])
    parts.append(_loc_text(getattr(rec, "location", None)))
    for loc in getattr(rec, "locations", None) or []:
        parts.append(_loc_text(loc))
    return " ".join(p for p in parts if p)


def _about(question: Question, rec) -> bool:
    """Every key entity of the question is named in the record's fields or quotes.

    A place asked about must be the record's own location when it has one: a room in
    Nineveh does not answer a question about Kirkuk because its article also names Kirkuk.
    """
    if not _kind_fits(question, rec):
        return False
    text = _fields_text(rec) + " " + " ".join(c.quote for c in rec.citations)
    located = [loc for loc in [getattr(rec, "location", None), *(getattr(rec, "locations", None) or [])] if loc]
    where = " ".join(_loc_text(loc) for loc in located)
    for entity in question.entities:
        if entity.kind == "places" and located:
            if not mentions(entity, where):
                return False
        elif not mentions(entity, text):
            return False
    return True


def _kind_fits(question: Question, rec) -> bool:
    """An attack record is of the kind the question names (a car bomb question skips assassinations).

    A record typed ``other`` fits when its quotes use one of the question's attack words.
    """
    if not question.attack_types or not hasattr(rec, "attack_type"):
        return True
    kind = str(getattr(rec.attack_type, "value", rec.attack_type))
    if kind in question.attack_types:
        return True
    if kind != "other":
        return False
    from agent.qa.question import ATTACK_TYPE_CUES

    quotes = normalize(" ".join(c.quote for c in rec.citations))
    return any(re.search(ar, quotes) for ar, _, types in ATTACK_TYPE_CUES.values() if types & question.attack_types)


def _score(question: Question, rec, doc_rank: int) -> float:
    text = " ".join(c.quote for c in rec.citations) + " " + _fields_text(rec)
    overlap = _overlap(_q_terms(question), set(content_terms(text)))
    return overlap - 0.1 * doc_rank - (0.5 if getattr(rec, "background", False) else 0.0)


def _spans(rec, doc_id: str) -> list[tuple[str, int, int]]:
    return [(c.doc_id or doc_id, c.start, c.end) for c in rec.citations]


class _Names:
    """Names in the question's language: English from the lexicon when the question is English."""

    def __init__(self, question: Question, lexicon: Lexicon):
        self.en = question.language == "en"
        self.lexicon = lexicon

    def __call__(self, name: str | None) -> str:
        if not name:
            return ""
        if not self.en:
            return name
        for entry in self.lexicon.lookup_ar(name):
            if entry.name_en:
                return entry.name_en
        return name

    def place(self, loc) -> str:
        if loc is None:
            return ""
        if self.en:
            name = loc.name_en or self(loc.canonical_name or loc.name)
            if not loc.name_en and name == (loc.canonical_name or loc.name) and loc.governorate:
                name = f"{name} ({loc.governorate})"  # an Arabic-only place: say where it is in English
            return name
        return loc.name or loc.canonical_name or ""


def _records(evidence: Evidence, kind: str):
    for doc_id, recs in evidence.records.items():
        for rec in getattr(recs, kind):
            yield doc_id, rec


def _casualty_claims(question: Question, evidence: Evidence, names: _Names, field: str) -> list[_Scored]:
    out = []
    for doc_id, rec in _records(evidence, "attacks"):
        count = getattr(rec, field)
        phrase = getattr(rec, f"{field}_text")
        if count is None and not phrase:
            continue
        if not _about(question, rec):
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
        claim = Claim(text, _spans(rec, doc_id), numbers, [x for x in (phrase, rec.target) if x])
        out.append(_Scored(_score(question, rec, evidence.rank_of(doc_id)) + (0.5 if count is not None else 0), claim))
    return out


def _perpetrator_claims(question: Question, evidence: Evidence, names: _Names) -> list[_Scored]:
    out = []
    for doc_id, rec in _records(evidence, "attacks"):
        if not rec.perpetrator or not _about(question, rec):
            continue
        where = names.place(rec.location)
        who = names(rec.perpetrator)
        if question.language == "ar":
            text = f"نفذ الهجوم{(' في ' + where) if where else ''}: {who}"
        else:
            text = f"The attack{(' in ' + where) if where else ''} was carried out by {who}"
        claim = Claim(text, _spans(rec, doc_id), keys=[rec.perpetrator])
        out.append(_Scored(_score(question, rec, evidence.rank_of(doc_id)), claim))
    return out


def _victim_claims(question: Question, evidence: Evidence, names: _Names) -> list[_Scored]:
    out = []
    for doc_id, rec in _records(evidence, "attacks"):
        if not rec.target or not _about(question, rec):
            continue
        where = names.place(rec.location)
        if question.language == "ar":
            text = f"المستهدف{(' في ' + where) if where else ''}: {rec.target}"
        else:
            text = f"The target{(' in ' + where) if where else ''}: {names(rec.target)}"
        claim = Claim(text, _spans(rec, doc_id), keys=[rec.target])
        out.append(_Scored(_score(question, rec, evidence.rank_of(doc_id)), claim))
    return out


def _room_label(rec, names: _Names, language: str) -> str:
    where = names.place(rec.location)
    if language == "ar":
        return (rec.name or "غرفة العمليات المشتركة") + (f" في {where}" if where else "")
    return "The joint operations room" + (f" in {where}" if where else "")


def _participant_claims(question: Question, evidence: Evidence, names: _Names) -> list[_Scored]:
    out = []
    for doc_id, rec in _records(evidence, "joint_rooms"):
        if not rec.participants or not _about(question, rec):
            continue
        members = [names(p) for p in rec.participants]
        if question.language == "ar":
            text = f"{_room_label(rec, names, 'ar')} تضم: {'، '.join(members)}"
        else:
            text = f"{_room_label(rec, names, 'en')} brings together: {', '.join(members)}"
        out.append(_Scored(_score(question, rec, evidence.rank_of(doc_id)) + 0.1 * len(members),
                           Claim(text, _spans(rec, doc_id), keys=list(rec.participants))))
    if "agreements" in question.topics:
        for doc_id, rec in _records(evidence, "agreements"):
            if not rec.parties or not _about(question, rec):
                continue
            parties = [names(p) for p in rec.parties]
            text = (f"أطراف الاتفاق: {'، '.join(parties)}" if question.language == "ar"
                    else f"The parties to the agreement: {', '.join(parties)}")
            out.append(_Scored(_score(question, rec, evidence.rank_of(doc_id)), Claim(text, _spans(rec, doc_id))))
    return out


def _lead_claims(question: Question, evidence: Evidence, names: _Names) -> list[_Scored]:
    out = []
    for doc_id, rec in _records(evidence, "joint_rooms"):
        if not rec.lead or not _about(question, rec):
            continue
        if question.language == "ar":
            text = f"{_room_label(rec, names, 'ar')} بقيادة {rec.lead}"
        else:
            text = f"{_room_label(rec, names, 'en')} is led by {names(rec.lead)}"
        out.append(_Scored(_score(question, rec, evidence.rank_of(doc_id)), Claim(text, _spans(rec, doc_id), keys=[rec.lead])))
    return out


_STATUS_AR = {"planned": "مخطط لها أو معلن عنها", "established": "أُنشئت وتعمل", "suspended": "معلّقة",
              "proposed": "مقترح", "agreed": "تم الاتفاق عليه", "implementing": "قيد التنفيذ", "implemented": "نُفّذ",
              "stalled": "متعثر أو مجمّد", "unknown": "غير معروف"}
_STATUS_EN = {"planned": "planned or announced", "established": "set up and operating", "suspended": "suspended",
              "proposed": "proposed", "agreed": "agreed", "implementing": "being implemented",
              "implemented": "implemented", "stalled": "stalled or frozen", "unknown": "unknown"}


def _status_claims(question: Question, evidence: Evidence, names: _Names) -> list[_Scored]:
    out = []
    kinds = [k for k in (_TOPIC_KINDS.get(t) for t in question.topics) if k in ("joint_rooms", "agreements")]
    for kind in kinds or ["joint_rooms", "agreements"]:
        for doc_id, rec in _records(evidence, kind):
            status = getattr(rec, "status", None)
            status = str(getattr(status, "value", status) or "")
            if not status or status == "unknown" or not _about(question, rec):
                continue
            if kind == "joint_rooms":
                label = _room_label(rec, names, question.language)
            else:
                label = "الاتفاق" if question.language == "ar" else "The agreement"
            if question.language == "ar":
                text = f"{label}: {_STATUS_AR.get(status, status)}"
            else:
                text = f"{label}: {_STATUS_EN.get(status, status)}"
            out.append(_Scored(_score(question, rec, evidence.rank_of(doc_id)), Claim(text, _spans(rec, doc_id))))
    return out


def _provision_claims(question: Question, evidence: Evidence, names: _Names) -> list[_Scored]:
    out = []
    for doc_id, rec in _records(evidence, "agreements"):
        if not rec.provisions or not _about(question, rec):
            continue
        items = "، ".join(rec.provisions)
        if question.language == "ar":
            text = f"ينص الاتفاق على: {items}"
        else:
            text = f"The agreement provides for (as written): «{items}»"
        claim = Claim(text, _spans(rec, doc_id), keys=list(rec.provisions))
        out.append(_Scored(_score(question, rec, evidence.rank_of(doc_id)) + 0.1 * len(rec.provisions), claim))
    return out


def _role_cues(question: Question) -> re.Pattern[str] | None:
    if question.language == "ar":
        found = [_GOVERNOR if "محافظ" in m.group() else re.escape(m.group())
                 for m in _ROLE_AR.finditer(normalize(question.text))]
    else:
        found = [ar for en, ar in _ROLE_EN.items() if re.search(en, question.text, re.I)]
    return re.compile("|".join(found)) if found else None


_GENERIC_AR = {"عراق", "عراقي", "عراقيه", "اسم", "حاليا", "حالي", "منصب", "متحدث", "هو", "هي", "يشغل"}
# Words of a question that name no fact (normalised): its verbs of happening and filler.
_GENERIC_WORDS = {"العراق", "العراقي", "العراقيه", "باسم", "اسم", "حاليا", "الحالي", "منصب", "هو", "هي", "يشغل", "سقط",
                  "سقطوا", "وقع", "وقعت", "حدث", "حدثت", "جري", "جرت", "شهد", "شهدت", "الذي", "التي", "الذين", "تم",
                  "اليوم", "امس", "ماذا", "ما", "هل", "كم", "عدد", "اعداد"}


def _rest_terms(question: Question, cues: re.Pattern[str] | None) -> list[str]:
    """Stems of the question's words other than entity names, role/cue words and generic words (Arabic)."""
    if question.language != "ar":
        return []
    entity_words = {w for e in question.entities for a in e.ar for w in tokenize(a)}
    words = []
    for w in tokenize(question.text):
        if len(w) < 2 or w in entity_words or w in _STOP_AR or w in _GENERIC_WORDS or _ROLE_AR.search(w):
            continue
        if cues is not None and cues.search(w):
            continue
        words.append(w)
    return [t for t in stem_tokens(words) if t not in _GENERIC_AR]


def _role_claims(question: Question, evidence: Evidence, names: _Names) -> list[_Scored]:
    out = []
    cues = _role_cues(question)
    qnorm = normalize(question.text)
    for doc_id, rec in _records(evidence, "actors"):
        if not rec.role:
            continue
        role_norm = normalize(rec.role)
        named = any(
            len(n.split()) >= 2 and normalize(n) in qnorm for n in (rec.name, rec.canonical_name, *rec.aliases) if n
        ) or bool(rec.name_en and rec.name_en.lower() in question.text.lower())
        if named:
            score = 5.0
        else:
            if cues is None or not cues.search(role_norm):
                continue
            # the organisation asked about must be in the role ("spokesman of <the JOC>")
            if not all(mentions(e, rec.role) for e in question.entities):
                continue
            # and so must the question's other words ("وزير النفط" is not any minister)
            if question.language == "en" and question.uncovered:
                continue
            rest = _rest_terms(question, cues)
            role_terms = set(content_terms(rec.role + " " + " ".join(c.quote for c in rec.citations)))
            if rest and _overlap(tuple(rest), role_terms) * 2 < len(rest):
                continue
            score = 1.0 + _overlap(_q_terms(question), set(content_terms(rec.role)))
        who = names(rec.canonical_name or rec.name) if names.en else rec.name
        text = f"{rec.name}: {rec.role}" if question.language == "ar" else f"{who}: «{rec.role}»"
        out.append(_Scored(score - 0.1 * evidence.rank_of(doc_id), Claim(text, _spans(rec, doc_id), keys=[rec.name])))
    return out


_TOPIC_KINDS = {"attacks": "attacks", "joint_rooms": "joint_rooms", "agreements": "agreements"}


def _date_claims(question: Question, evidence: Evidence, names: _Names) -> list[_Scored]:
    out = []
    kinds = [_TOPIC_KINDS[t] for t in question.topics] or list(_TOPIC_KINDS.values())
    for kind in kinds:
        for doc_id, rec in _records(evidence, kind):
            if not rec.date or not _about(question, rec):
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
            out.append(_Scored(_score(question, rec, evidence.rank_of(doc_id)), Claim(text, _spans(rec, doc_id))))
    return out


def _location_claims(question: Question, evidence: Evidence, names: _Names) -> list[_Scored]:
    out = []
    kinds = [_TOPIC_KINDS[t] for t in question.topics if t != "agreements"] or ["attacks", "joint_rooms"]
    for kind in kinds:
        for doc_id, rec in _records(evidence, kind):
            if rec.location is None or not _about(question, rec):
                continue
            where = names.place(rec.location)
            extra = [x for x in (rec.location.district, rec.location.governorate) if x and x != where]
            if question.language == "en" and extra:
                where = f"{where} ({', '.join(extra)})"
            label = ("المكان" if question.language == "ar" else "Place")
            out.append(_Scored(_score(question, rec, evidence.rank_of(doc_id)),
                               Claim(f"{label}: {where}", _spans(rec, doc_id))))
    return out


def record_claims(question: Question, evidence: Evidence, lexicon: Lexicon) -> list[Claim]:
    """Candidate claims read from the extracted records for the question's intent, best first.

    Records that state the same thing are merged into one claim citing them all. The
    caller keeps the first :func:`claim_limit` claims that survive verification.
    Returns an empty list for general questions and when no record fits.
    """
    names = _Names(question, lexicon)
    intent = question.intent
    if intent in (Intent.killed, Intent.injured):
        scored = _casualty_claims(question, evidence, names, intent.value)
    elif intent is Intent.perpetrator:
        scored = _perpetrator_claims(question, evidence, names)
    elif intent is Intent.victim:
        scored = _victim_claims(question, evidence, names)
    elif intent is Intent.participants:
        scored = _participant_claims(question, evidence, names)
    elif intent is Intent.role:
        scored = _role_claims(question, evidence, names)
    elif intent is Intent.lead:
        scored = _lead_claims(question, evidence, names)
    elif intent is Intent.status:
        scored = _status_claims(question, evidence, names)
    elif intent is Intent.provisions:
        scored = _provision_claims(question, evidence, names)
    elif intent is Intent.date:
        scored = _date_claims(question, evidence, names)
    elif intent is Intent.location:
        scored = _location_claims(question, evidence, names)
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
        claim = Claim(s.claim.text, list(s.claim.spans), list(s.claim.numbers), list(s.claim.keys))
        by_text[claim.text] = claim
        claims.append(claim)
    return claims


def claim_limit(question: Question) -> int:
    """How many record claims an answer keeps: one event for casualty and perpetrator questions."""
    return 1 if question.intent in (Intent.killed, Intent.injured, Intent.perpetrator, Intent.victim) else MAX_CLAIMS


def _topic_cue(question: Question) -> re.Pattern[str] | None:
    from agent.qa.question import _TOPIC_AR

    pats = [_TOPIC_AR[t] for t in question.topics]
    return re.compile("|".join(pats)) if pats else None


def passage_claims(question: Question, evidence: Evidence, *, limit: int = 2) -> list[Claim]:
    """Quote the best sentences of the top documents, if any fits the question well enough.

    A sentence qualifies when it names every key entity, contains the cue words of the
    question's intent and topic (a casualty question needs a casualty sentence), and
    shares at least half of the question's other content words. A general question
    must share at least one such word; an English question whose words the lexicon
    cannot map to Arabic is never answered from passages.
    """
    if question.language == "en" and question.uncovered:
        return []
    cue = _CUE.get(question.intent)
    if question.intent is Intent.role:
        cue = _role_cues(question) or cue  # "governor" asks for a governor, not any official
    topic = _topic_cue(question)
    english = question.language == "en"
    drop = "|".join(p.pattern for p in (cue, topic) if p is not None)
    terms = [] if english else _rest_terms(question, re.compile(drop) if drop else None)
    concepts = question.concepts if english else ()
    specific = cue is not None or topic is not None or bool(question.entities)
    if question.intent is Intent.general and not terms and not concepts:
        return []
    if not specific and not terms and not concepts:
        return []
    candidates: list[tuple[float, str, int, int]] = []
    for doc_id, doc in evidence.docs.items():
        rank = evidence.rank_of(doc_id)
        for s, e in split_sentences(doc.text):
            sentence = doc.text[s:e]
            if len(sentence) < 15:
                continue
            norm = normalize(sentence)
            if cue is not None and not cue.search(norm):
                continue
            if topic is not None and not topic.search(norm):
                continue
            if not all(mentions(ent, norm, normalized=True) for ent in question.entities):
                continue
            if english:
                # each English concept maps to alternatives in Arabic: count the concepts the sentence names
                named = sum(1 for c in concepts if mentions(c, norm, normalized=True))
                if concepts and named * 2 < len(concepts):
                    continue
                share = named / len(concepts) if concepts else 1.0
                share += 0.1 * _overlap(question.expansion, set(content_terms(sentence)))
            else:
                overlap = _overlap(tuple(terms), set(content_terms(sentence))) if terms else 0
                if terms and (overlap == 0 or overlap / len(terms) < MIN_PASSAGE_OVERLAP):
                    continue
                share = overlap / len(terms) if terms else 1.0
            if question.how_many and numbers_in(sentence):
                share += 0.5  # a "how many" question wants the sentence that states a number
            candidates.append((share - 0.05 * rank, doc_id, s, e))
    candidates.sort(key=lambda c: -c[0])
    claims: list[Claim] = []
    used_docs: set[str] = set()
    for _, doc_id, s, e in candidates:
        if doc_id in used_docs:
            continue
        used_docs.add(doc_id)
        quote = evidence.docs[doc_id].text[s:e]
        short = quote if len(quote) <= 300 else quote[:297].rstrip() + "…"
        text = f"تقول المصادر: «{short}»" if question.language == "ar" else f"The sources say (in Arabic): «{short}»"
        claims.append(Claim(text, [(doc_id, s, e)]))
        if len(claims) >= limit:
            break
    return claims
