"""The act a "who" question asks about, and whether an answering sentence tells it (pass 58).

"Who assassinated <official>?" asked over an archive where an article quotes that official alive was answered by
the quote's speaker: the sentence named a person of the asked kind but did not report the asked act. Every reader's
person or doer answer is checked here, in one place (answerer._stage_claims, sentence_pick.has_filler): when the
question asks who did (or suffered) an act of the families news tells a security story by -- a killing or
assassination, a kidnapping, an arrest, an attack, a claim of responsibility -- the sentence of the answer must
tell that act itself, in any of its forms (the verb active or passive, its verbal noun: اغتال/اغتيل/اغتيال،
قتل/مقتل، خطف/اختطاف، اعتقل/اعتقال/القبض على، تبنى/أعلن مسؤوليته).

The act is the question's first act word after its question word, unless a verb of saying comes before it ("who is
the spokesman who announced the killing of ...": the holder is asked, and his sentence need not tell the act); a
claim of responsibility is told by a claim or by the doer's words ("نفذ"، "يقف وراء").

The title asked (:func:`titled_claims`): a holder asked by his office and what it is of ("the army's spokesman") is
answered by no sentence naming that office only of another body ("the health ministry's spokesman")."""

from __future__ import annotations

import re
from functools import lru_cache

from marsad.agent.qa.actions import act_starts, names_act
from marsad.agent.qa.compose import news_sentences, readable
from marsad.agent.qa.question import Question
from marsad.core.arabic import normalize

__all__ = ["ACT_TOLD", "asked_act_family", "tells_asked_act"]

# switch for A/B measurement (tests patch it): a person or doer answer's sentence tells the act the question asks
ACT_TOLD = True

# a claim of responsibility, in the question and in a sentence (normalised Arabic): the claim or the doer's words
_CLAIM_Q_AR = re.compile(r"(?<!\w)[وف]?(?:تبني|تبنت|يتبني|تتبني|تبنوا|اعلن\w* (?:ال)?مسوولي\w*|المسوول\w* عن)")
_CLAIM_Q_EN = re.compile(r"\bclaim\w*|\bresponsib\w*", re.I)
_CLAIM_TOLD = re.compile(r"(?<!\w)[وف]?(?:تبني|تبنت|يتبني|تتبني|تبنوا|تبنيه|بتبني|(?:بال|ال)?مسوولي[هت]\w*|نفذ\w*"
                         r"|منفذ\w*|ب?تنفيذ\w*|[يت]قف وراء|يقفون وراء|(?:بال|ال)?وقوف وراء|علي يد)")
# where a "who" question tells the act it asks: right after its question word ("من اغتال"، "who killed", "who was
# kidnapped", "من الذي خطف") or right after the relative pronoun of "who is the X who ..." ("من هو القيادي الذي قتل
# ..."، "who is the man who stabbed ..."); the act is read from the next :data:`ACT_WORDS` words (after a verb of doing,
# "نفذ"، "carried out", from its object's: "من نفذ الهجوم" asks the attack's doer). "Who pleaded guilty to murdering
# ..." asks no act of the families (the plea is told in its own sentence), nor "who is the spokesman who announced ..."
_WHO_AR = re.compile(r"^\W*[وف]?(?:من|لمن|بمن)(?!\w)(?:\s+(?:هو|هي|هم|الذي|التي|الذين)(?!\w))?")
_WHO_EN = re.compile(r"^\W*(?:who|whom)\b(?:\s+(?:was|were|is|are|has been|have been|had been|did|had|has)\b)?", re.I)
_REL_AR = re.compile(r"(?<!\w)(?:الذي|التي|الذين|اللذين|اللذان)(?!\w)")
_REL_EN = re.compile(r"\s(?:who|that|whom)\b(?:\s+(?:was|were|is|are|has been|have been|had been|had|has)\b)?", re.I)
_DOING_AR = re.compile(r"^[وف]?(?:نفذ\w*|شن\w*|ارتكب\w*|يقف|تقف|يقفون|وراء|قام|قامت|تم)$")
_DOING_EN = re.compile(r"^(?:carried|carry|out|staged|launched|committed|behind|was|were|is|responsible|for|the|a|an)$",
                       re.I)
ACT_WORDS = 2
_COPULA_EN = re.compile(r"\b(?:was|were|is|are)$", re.I)
_SAYING_AR = re.compile(r"^[وف]?(?:قال|قالت|اعلن|اعلنت|صرح|صرحت|ذكر|ذكرت|اكد|اكدت|وصف|وصفت|روي|نعي|نعت|اشار|افاد|افادت)$")
_SAYING_EN = re.compile(r"^(?:said|says|announced|reported|told|described|confirmed|stated|gave|spoke)$", re.I)


@lru_cache(maxsize=256)
def asked_act_family(question: Question) -> str | None:
    """The family of the act a "who" question asks about ("kill", "kidnap", "arrest", "attack", "wound" or
    "claim"), or None when it asks none there."""
    en = question.language == "en"
    text = question.text if en else normalize(question.text)
    opening = (_WHO_EN if en else _WHO_AR).match(text)
    if opening is None:
        return None
    anchors = [opening.end()]
    # (the relative clause tells the act only of "who is the X who ...": a copula or a noun after the question word,
    # not a verb -- "who pleaded guilty to suggesting that extremists target ..." asks the plea)
    head = text[opening.end():].split()[:1]
    rel = (_REL_EN if en else _REL_AR).search(text, opening.end())
    if rel is not None and (_COPULA_EN.search(opening.group(0)) if en else (
            re.search(r"(?:هو|هي|هم)$", opening.group(0)) or (head and head[0].startswith("ال")))):
        anchors.append(rel.end())
    doing = _DOING_EN if en else _DOING_AR
    for at in anchors:
        words = re.findall(r"[^\s?؟.!,،]+", text[at:])
        n = 0
        while n < len(words) and n < 6 and doing.match(words[n]):
            n += 1  # (past a verb of doing: the act is its object's)
        if ACT_FORMS and n < len(words) and (_VICTIMS_EN if en else _VICTIMS_AR).match(words[n]):
            return None  # ("من هم ضحايا الهجوم؟": the persons the act befell are asked, not its doer)
        if n == 0 and words and (_SAYING_EN if en else _SAYING_AR).match(words[0]) and not (
                _CLAIM_Q_EN if en else _CLAIM_Q_AR).search(" ".join(words[:ACT_WORDS])):
            continue  # ("who is the spokesman who announced the killing of ...": what he said, not what he did)
        window = " ".join(words[: n + ACT_WORDS])
        found = act_starts(window, "en" if en else "ar")
        claim = (_CLAIM_Q_EN if en else _CLAIM_Q_AR).search(window)
        if claim is not None:
            found.append((claim.start(), "claim"))
        if found:
            return min(found)[1]
    return None


# a death told without a killing verb ("لقي حتفه"، "الشهيد"، "توفي")، and an attack told by its fire or its toll
# ("برصاص قناص"، "أصيب"): what the sentence of a killing or an attack says besides the family's own words
_DEATH_TOLD = re.compile(r"(?<!\w)[وفبل]?(?:ال)?(?:شهيد|شهداء|قتيل|قتلي|قضي|قضوا|لقي|لقوا|توفي|وفاه|اغتيل\w*|استشهاد)(?!\w)")
_FIRE_TOLD = re.compile(r"(?<!\w)[وفبل]{0,2}(?:ال)?(?:رصاص|رصاصه|نيران|النار|غاره|غارات|عبوه|مفخخه|انتحاري)(?!\w)")

_CLAIM_TOLD_EN = re.compile(r"\bclaim\w*|\bresponsib\w*|\bcarr(?:ied|y|ies|ying) out\b|\bbehind\b|\bperpetrat\w*",
                            re.I)

# switch for A/B measurement (tests patch it; review58 finding 5): the other ordinary ways news tells an act -- an
# attack by an ambush ("كمين نصبه مسلحون")، a kidnapping by its doers ("الخاطفون"، "خاطفي")، an arrest by a seizure
# ("ضبطت الشرطة")، a killing by the body found ("جثة"، "جثث") or by its victims ("الضحايا هم ...")؛ and a question
# asking the persons an act befell ("من هم ضحايا الهجوم؟"، "who were the victims") asks no doer: it is not checked
ACT_FORMS = True
_MORE_TOLD_AR = {
    "attack": re.compile(r"(?<!\w)[وفبل]{0,2}(?:ال)?(?:كمين|كماين|نصب\w*)(?!\w)"),
    "kidnap": re.compile(r"(?<!\w)[وفبل]{0,2}(?:ال)?(?:خاطف\w*|مخطوف\w*|مختطف\w*|رهين\w*|رهاين)(?!\w)"),
    "arrest": re.compile(r"(?<!\w)[وف]?(?:ضبط\w*|[يت]ضبط\w*|[بل]?ال?ضبط)(?!\w)"),
    "kill": re.compile(r"(?<!\w)[وفبل]{0,2}(?:ال)?(?:جثه|جثث|جثمان|جثامين|ضحايا|ضحيه)(?!\w)"),
}
_MORE_TOLD_EN = {
    "attack": re.compile(r"\bambush\w*", re.I),
    "kidnap": re.compile(r"\b(?:kidnapper|abductor|captor|hostage)s?\b", re.I),
    "arrest": re.compile(r"\bseiz\w*", re.I),
    "kill": re.compile(r"\b(?:body|bodies|corpses?|victims?)\b", re.I),
}
# the persons an act befell, asked right after the question word ("ضحايا/قتلى/جرحى/رهائن الهجوم")
_VICTIMS_AR = re.compile(r"^[وف]?(?:ال)?(?:ضحايا|ضحيه|قتلي|جرحي|مصاب(?:ين|ون|و|ي)|رهاين|رهينه|مخطوف\w*|مختطف(?:ين|ون|و|ي)"
                         r"|اسري)$")
_VICTIMS_EN = re.compile(r"^(?:victims?|casualties|hostages?|captives?|dead|fatalities)$", re.I)
_DEATH_TOLD_EN = re.compile(r"\b(?:died|dead|death|slain|martyr\w*)\b", re.I)


def tells_asked_act(family: str, norm: str) -> bool:
    """Whether the normalised Arabic sentence tells an act of ``family`` (a claim: the claim or the doer's words; a
    killing: a death word too; an attack: its fire, a killing or a wound too)."""
    if family == "claim":
        return bool(_CLAIM_TOLD.search(norm) or _CLAIM_TOLD_EN.search(norm))
    if names_act(norm, family) or names_act(norm, family, "en"):
        return True  # (an archive may hold English articles too)
    if ACT_FORMS and family in _MORE_TOLD_AR and (_MORE_TOLD_AR[family].search(norm)
                                                   or _MORE_TOLD_EN[family].search(norm)):
        return True
    if ACT_FORMS and family == "attack" and any(t[k].search(norm) for t in (_MORE_TOLD_AR, _MORE_TOLD_EN)
                                                for k in ("kill", "kidnap")):
        return True  # (an attack told by its ambush is in the attack table; by its victims or hostages here)
    if family == "kill":
        return bool(_DEATH_TOLD.search(norm) or _DEATH_TOLD_EN.search(norm))
    if family == "attack":
        return bool(_FIRE_TOLD.search(norm) or _DEATH_TOLD.search(norm) or _DEATH_TOLD_EN.search(norm)
                    or any(names_act(norm, k, lang) for lang in ("ar", "en") for k in ("kill", "wound")))
    return False


# the asked types (sentence_pick.asked_type) whose answer is a person or a doer
PERSON_KINDS = frozenset({"person", "doer", "identity"})


def _told_around(text: str, start: int, end: int) -> str:
    """The normalised sentences of ``text`` a span ``start:end`` falls in (a reader may cite a name, not its sentence)."""
    parts = [text[s:e] for s, e in news_sentences(text) if s < end and start < e]
    return normalize(readable(" ".join(parts) or text[start:end]))


def acted_claims(question: Question, kind: str | None, claims: list, evidence) -> list:
    """(:data:`ACT_TOLD`) The claims of a person or doer answer (``kind``, sentence_pick.asked_type's) one of whose
    cited sentences tells the act the question asks (:func:`asked_act_family`); every claim otherwise."""
    if not ACT_TOLD or kind not in PERSON_KINDS or not claims:
        return claims
    family = asked_act_family(question)
    if family is None:
        return claims
    return [claim for claim in claims
            if any(tells_asked_act(family, _told_around(doc.text, s, e))
                   for doc_id, s, e in claim.spans for doc in [evidence.docs.get(doc_id)] if doc is not None)]


# ------------------------------------------------------------------ the title asked: "the army's spokesman"
# switch for A/B measurement (tests patch it): a holder asked by his office and what it is of ("من هو المتحدث باسم
# الجيش ..."، "who is the Yemeni army spokesman", "the commander of the Saada axis") is answered by a sentence naming
# that office of that body: one naming the office only of another ("المتحدث باسم وزارة الصحة") tells of another man
TITLE_TOLD = True
TITLE_REACH = 5  # most words from the office word to what it is of
_OFFICES_AR = {"متحدث": r"متحدث|ناطق", "ناطق": r"متحدث|ناطق", "قايد": r"قايد", "وزير": r"وزير"}
_TITLE_Q_AR = re.compile(r"^\W*[وف]?من\s+(?:هو\s+|هي\s+)?(?:ال)?(متحدث|ناطق|قايد|وزير)(?:ه)?\s+([^؟?]*)")
_OFFICES_EN = {"spokes": r"متحدث|ناطق", "commander": r"قايد", "minister": r"وزير"}
_TITLE_Q_EN = re.compile(r"^\W*who\s+(?:is|was)\s+the\s+([^?]*?)\b(spokes(?:man|woman|person)|commander|minister)"
                         r"(?:\s+(?:of|for)\s+(?:the\s+)?([^?]*))?", re.I)
# words of the office itself, not what it is of
_OFFICE_WORDS_AR = frozenset({"باسم", "الرسمي", "الرسميه", "الاعلامي", "الاعلاميه", "العام", "السابق", "الجديد", "الحالي"})
_GENERIC_BODIES = frozenset({"وزاره", "محافظه", "حكومه", "مجلس", "هييه", "قياده", "قوات", "سلطه", "سلطات", "ولايه",
                             "منطقه", "مديريه", "اداره", "جهاز", "مكتب"})
_CLAUSE_END_AR = re.compile(r"(?<!\w)(?:الذي|التي|الذين|في|عن|خلال|عندما|حين|بعد|قبل|علي|من)(?!\w)")


def _bare(word: str) -> str:
    """A normalised word without its article (and a conjunction or preposition glued before it)."""
    w = re.sub(r"^(?:[وف]?(?:[بلك]?ال|لل))", "", word)
    return w if len(w) >= 2 else word


def _title_ar(question: Question) -> tuple[str, tuple[str, ...]] | None:
    """(the office's pattern, the bare words of what it is of) of an Arabic "من هو <office> <body> ..." question."""
    from marsad.agent.qa.compose import nisba_code

    m = _TITLE_Q_AR.match(normalize(question.text))
    if m is None:
        return None
    rest = m.group(2)
    end = _CLAUSE_END_AR.search(rest)
    words = [w for w in (rest[: end.start()] if end else rest).split() if w not in _OFFICE_WORDS_AR]
    body = [_bare(w) for w in words[:3] if not (w.startswith("ال") and nisba_code(w[2:]))][:2]
    # (a body's generic noun is named by another as often: "المتحدث باسم حكومة الأنبار" for the governorate's)
    body = [b for b in body if b not in _GENERIC_BODIES] or body
    return (_OFFICES_AR[m.group(1)], tuple(body)) if body else None


def _title_en(question: Question) -> tuple[str, tuple] | None:
    """(the office's pattern, the entities and concepts of what it is of) of an English "who is the <body> spokesman
    / the spokesman of <body>" question."""
    m = _TITLE_Q_EN.match(question.text)
    if m is None:
        return None
    office = next(v for k, v in _OFFICES_EN.items() if m.group(2).lower().startswith(k))
    body_text = (m.group(1) + " " + re.split(r"\b(?:who|that|which|when|in|on|at|during)\b", m.group(3) or "")[0]).lower()
    items = []
    for e in (*question.entities, *question.concepts):
        names = [n.lower() for n in (e.name_en, *e.en) if n and len(n) >= 3]
        if e.get("admin_level") == "country":
            continue  # (a state's adjective: news names its office without it, "المتحدث العسكري")
        if any(re.search(rf"\b{re.escape(n)}", body_text) for n in names) and not re.search(office, normalize(e.canonical or "")):
            items.append(e)
    return (office, tuple(items)) if items else None


def _office_of(office: str, body, norm: str, en: bool) -> bool | None:
    """None when the normalised sentence names no ``office``; else whether one of its mentions is followed, within
    :data:`TITLE_REACH` words, by what it is of (every bare word; in English any entity or concept)."""
    from marsad.agent.qa.question import mentions

    seen = False
    for m in re.finditer(rf"(?<!\w)[وفبل]?(?:ال)?(?:{office})\w*", norm):
        seen = True
        after = norm[m.end():].split()[:TITLE_REACH]
        if en:
            if any(mentions(e, " ".join(after), normalized=True) for e in body):
                return True
        elif all(any(b in w for w in after) for b in body):
            return True
    return False if seen else None


def titled_claims(question: Question, claims: list, evidence) -> list:
    """(:data:`TITLE_TOLD`) The claims, but those whose cited sentences name the office the question asks only of
    another body than the question names."""
    if not TITLE_TOLD or not claims:
        return claims
    en = question.language == "en"
    title = _title_en(question) if en else _title_ar(question)
    if title is None:
        return claims
    office, body = title
    out = []
    for claim in claims:
        said = [_office_of(office, body, _told_around(doc.text, s, e), en)
                for d, s, e in claim.spans for doc in [evidence.docs.get(d)] if doc is not None]
        if any(x is True for x in said) or not any(x is False for x in said):
            out.append(claim)
    return out
