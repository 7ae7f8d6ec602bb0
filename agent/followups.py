"""The chat's follow-up questions: a question that names no incident of its own is read with the previous turn's.

An analyst asks "How many were killed in the Kirkuk attack?", then "and who claimed it?" or "ومن تبنى الهجوم؟".
Asked on its own, the follow-up is answered about whatever attack the archive ranks first (pass 62 found the chat
answering with another country's bombing). :func:`read_follow_up` reads such a question with the incident of the
nearest earlier turn that named one -- its place, actors, names, attack noun and date, as the user wrote them -- and
says how it read it; a question that names anything of its own (a place, a name, a date, a number, any word that is
neither a question word nor a word of what is asked) is asked as is.

This is the chat's session logic, kept apart from the QA readers: the answerer is asked the question as read, and
the app shows the reading under the question so the analyst sees what was asked.
"""

from __future__ import annotations

import re

from marsad.core.arabic import detect_language, normalize

__all__ = ["FOLLOW_UPS", "incident_phrase", "names_own_incident", "read_follow_up", "reading_note"]

FOLLOW_UPS = True
"""Switch (ux63): read a follow-up with the previous turn's incident; off, every question is asked on its own."""

EARLIER_TURNS = 6
"""How many earlier turns a follow-up looks back through for the incident it continues."""


def _wordset(text: str) -> frozenset[str]:
    """The normalised, lower-case words of ``text``."""
    return frozenset(normalize(text).lower().split())


# The words a follow-up is made of (normalised: ة->ه, ى->ي, أ/إ/آ->ا; after a glued و/ف, ال, ب/ل and a pronoun
# are taken off): question words, what a question asks (killed, wounded, who claimed it, who leads it), the
# generic words of an incident already named ("the attack", "it", "happen") and the victims it asks about.
_WORDS_AR = _wordset("""
    من ما ماذا متى اين كيف كم هل لماذا لم اي ايه الذي التي الذين اللذين هو هي هم هما ذلك تلك هذا هذه هناك عن في على
    الى مع ب بعد ثم ايضا كذلك اذن اذا كان كانت قد تم عدد اسم اسماء سبب هدف الهدف نوع حصيله اجمالي كل جميع بين منهم
    منها فيه فيها عنه عنها به بها له لها لهم فيهم وقع وقعت حدث حدثت جرى جرت حصل حصلت
    قتل قتلت قتلوا قتيل قتيلا قتلى مقتل ضحيه ضحايا شهيد شهداء مات ماتوا توفي لقي حتفه حتفهم مصرع
    جرح جرحى جريح جريحا اصيب اصيبوا اصابه اصابات مصاب مصابين مصابا
    تبنى تبنت تبني نفذ نفذت نفذه نفذها نفذوه منفذ منفذو منفذي يقف تقف وراء خلف شن شنت هاجم المسوول مسوول مسووليه
    الجهه جهه اعلن اعلنت اعلنوا اتهم اتهمت يقود تقود يقودها يتولى يراس يدير يشرف قياده قاده قائد القائد
    يشارك تشارك يشارك مشارك المشاركه المشاركون تضم يضم القوات قوات الاطراف اطراف
    متحدث الناطق اين مكان موقع تاريخ يوم وقت ساعه
    الهجوم هجوم الهجمات التفجير تفجير التفجيرات الانفجار انفجار الحادث حادث الحادثه حادثه العمليه عمليه الاعتداء اعتداء
    الغاره غاره القصف قصف الاغتيال اغتيال الاختطاف اختطاف الكمين كمين الواقعه الجريمه جريمه
    مدني مدنيا مدنيين مدنيون شرطي شرطيا شرطه عنصر عناصر جندي جنديا جنود عسكري عسكريين شخص شخصا اشخاص طفل اطفال
    امراه نساء رجل رجال احد اخرين اخرون
""")

_WORDS_EN = _wordset("""
    and so but then also too else what who whom whose which when where why how many much was were is are be been did do
    does done it its they them their there that this those these the a an of in on at by about for from to with any all
    total number name names reason cause kind type time date day place exactly
    happen happened happens occur occurred take took taken place carried carry out behind responsible responsibility
    claim claimed claims blamed blame accused attacker attackers perpetrator perpetrators lead leads led leading head
    heads command commands commander runs run take part part parts involved join joined joins forces members sides
    spokesman target targeted victim victims casualties casualty toll
    kill killed killing dead died die death deaths lives lost wound wounded injured injury injuries hurt
    attack attacks bombing bombings blast explosion incident operation assault raid strike shelling ambush
    assassination kidnapping abduction
    civilians civilian people person persons police policemen soldiers soldier troops fighters members children women men
""")

# the generic noun of an incident already named, which the previous turn's incident may stand in for
_INCIDENT_NOUNS_AR = _wordset("""
    هجوم هجمات تفجير تفجيرات انفجار حادث حادثه عمليه اعتداء غاره قصف اغتيال اختطاف كمين واقعه جريمه
""")
_INCIDENT_NOUNS_EN = _wordset("""
    attack attacks bombing bombings blast explosion incident operation assault raid strike shelling ambush
    assassination kidnapping abduction
""")

_MONTHS = _wordset("""
    يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر كانون شباط اذار نيسان ايار حزيران
    تموز اب ايلول تشرين
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
""")

_PREPOSITIONS = frozenset({"في", "على", "الى", "قرب", "شمال", "جنوب", "شرق", "غرب", "وسط", "in", "on", "at", "near",
                           "of", "the", "against", "north", "south", "east", "west"})
_WORD = re.compile(r"[\w\u064b-\u0652\u0640]+(?:[-'’][\w\u064b-\u0652\u0640]+)*")
_POSSESSIVE = re.compile(r"['’]s$")  # "who's", "who’s": the word before it
_CONJ = re.compile(r"^[وف](?=\w\w)")
_ARTICLE = re.compile(r"^(?:بال|وال|فال|لل|كال|ال)(?=\w\w)")
_PRONOUN = re.compile(r"(?<=\w\w)(?:هما|هم|ها|ه)$")
_PREP = re.compile(r"^[بل](?=\w\w\w)")
_DIGITS = re.compile(r"^\d+$")


def _forms(word: str) -> list[str]:
    """``word`` (normalised, lower case) and its forms without a glued conjunction, article, preposition, pronoun."""
    out = [word]
    if _POSSESSIVE.search(word):
        out.append(_POSSESSIVE.sub("", word))
    bare = _CONJ.sub("", word)
    for w in (bare, _ARTICLE.sub("", bare), _PREP.sub("", bare), _PRONOUN.sub("", bare),
              _PRONOUN.sub("", _ARTICLE.sub("", bare))):
        if w not in out:
            out.append(w)
    return out


def _words(text: str) -> list[tuple[str, int, int]]:
    """The words of ``text``: (normalised lower-case word, start, end)."""
    return [(normalize(m.group(0)).lower(), m.start(), m.end()) for m in _WORD.finditer(text)]


def _is_common(word: str) -> bool:
    """A word a follow-up may be made of (no incident of its own)."""
    return any(f in _WORDS_AR or f in _WORDS_EN for f in _forms(word))


def _is_incident_noun(word: str) -> bool:
    return any(f in _INCIDENT_NOUNS_AR or f in _INCIDENT_NOUNS_EN for f in _forms(word))


def _is_date_word(word: str) -> bool:
    return any(f in _MONTHS for f in _forms(word)) or bool(re.fullmatch(r"(?:19|20)\d\d", word))


# a plural incident noun asks about incidents in general ("كم عدد الهجمات؟", "how many attacks?"), not the one named
_PLURAL_INCIDENTS = _wordset("هجمات تفجيرات انفجارات حوادث عمليات اعتداءات غارات اغتيالات attacks bombings blasts "
                             "explosions incidents operations assaults raids strikes ambushes assassinations")


def names_own_incident(question: str) -> bool:
    """Whether ``question`` names anything of its own: a place, an actor, a name, a date, a number, a plural incident
    noun (a question about incidents in general), or any word that is not a question word, a word of what is asked
    or a generic word of an incident already named."""
    words = _words(question)
    return not words or any(_DIGITS.match(w) or _is_date_word(w) or not _is_common(w)
                            or any(f in _PLURAL_INCIDENTS for f in _forms(w)) for w, _, _ in words)


# a word opening a clause that tells the incident ("when gunmen attacked a checkpoint in Samarra")
_CLAUSE_OPENERS = frozenset({"when", "after", "عندما", "حين", "حينما", "لدى"})
_GLUED_PLACE = re.compile(r"^[وف]?(?:بال|لل)(?=\w\w)")  # "بالموصل": a preposition glued to a place's name


def _is_own(word: str) -> bool:
    """A word of the incident's own: a name, a place, a date (not a question word, a verb of what is asked, a number)."""
    return _is_date_word(word) or not _is_common(word) and not _DIGITS.match(word)


def _opening(words: list[tuple[str, int, int]]) -> int | None:
    """Where the incident a question names opens: its first attack noun, a preposition (or a glued "بال") followed by
    a word of its own (a place, a name, a date), or a "when ..." clause holding one; None when it names no incident.
    A word of its own standing alone (a verb such as سقط/أسفر, "gunmen", "the Popular Mobilization") opens none."""
    for i, (w, _, _) in enumerate(words):
        if _is_incident_noun(w):
            return i
        if w in _CLAUSE_OPENERS and any(_is_own(v) for v, _, _ in words[i + 1:]):
            return i
        if _GLUED_PLACE.match(w) and _is_own(w):
            return i
        if w in _PREPOSITIONS and w != "the":
            j = i + 1
            while j < len(words) and (words[j][0] == "the" or _DIGITS.match(words[j][0])):
                j += 1  # "in the Kirkuk attack", "في 5 حزيران"
            if j < len(words) and _is_own(words[j][0]):
                return i
    return None


def incident_phrase(question: str) -> str | None:
    """The incident ``question`` names, as written in it: from where it opens (its first attack noun, a preposition
    before a place, name or date, a "when ..." clause) to its last incident word; None when it names none.

    "How many were killed in the Kirkuk attack?" -> "in the Kirkuk attack"; "كم قتيلا في تفجير الموصل؟" -> "في
    تفجير الموصل"; words of what is asked before the incident ("how many policemen were killed", "كم قتيلا سقط")
    are left out; "Who leads the Popular Mobilization Forces?" names no incident (None)."""
    words = _words(question)
    first = _opening(words)
    if first is None:
        return None
    anchors = [i for i, (w, _, _) in enumerate(words)
               if i >= first and (_is_incident_noun(w) or _is_own(w))]
    if not any(_is_own(words[i][0]) for i in anchors):
        return None  # only a generic "the attack": no incident of its own to carry
    last = anchors[-1]
    if last + 1 < len(words) and _DIGITS.match(words[last + 1][0]):
        last += 1  # "June 2015"'s year, "حزيران 2014"
    if first > 0 and _DIGITS.match(words[first - 1][0]) and _is_date_word(words[first][0]):
        first -= 1  # "12 June"
    while first > 0 and words[first - 1][0] in _PREPOSITIONS:
        first -= 1
    return question[words[first][1]: words[last][2]].strip()


def _incident_first(phrase: str) -> tuple[str, bool]:
    """``phrase`` without its leading prepositions, and whether it then opens with an attack noun."""
    words = _words(phrase)
    i = 0
    while i < len(words) and words[i][0] in _PREPOSITIONS and words[i][0] != "the":
        i += 1
    if i == len(words):
        return phrase, False
    rest = phrase[words[i][1]:]
    j = i + (1 if words[i][0] == "the" else 0)
    opens = j < len(words) and _is_incident_noun(words[j][0])
    if not opens and words[i][0] == "the":  # "the Kirkuk attack": the noun after the place
        opens = any(_is_incident_noun(w) for w, _, _ in words[j: j + 3])
    if not opens and _words(rest) and not _is_common(_words(rest)[0][0]):
        opens = any(_is_incident_noun(w) for w, _, _ in _words(rest)[:3])  # "هجوم كركوك" / "Kirkuk bombing"
    return rest, opens


def _with_incident(question: str, phrase: str) -> str:
    """``question`` with ``phrase``: in place of its trailing generic incident noun ("who claimed the attack?" +
    "in the Kirkuk bombing" -> "who claimed the Kirkuk bombing?"), else after it."""
    body = question.rstrip().rstrip("?؟").rstrip()
    mark = "؟" if re.search(r"[\u0600-\u06ff]", question) else "?"
    words = _words(body)
    bare, opens = _incident_first(phrase)
    if words and opens and _is_incident_noun(words[-1][0]):
        start = words[-1][1]
        if len(words) > 1 and words[-2][0] == "the":
            start = words[-2][1]
        return f"{body[:start]}{bare}{mark}"
    head = _words(phrase)[0][0]
    if head not in _PREPOSITIONS - {"the"} and head not in _CLAUSE_OPENERS and not _GLUED_PLACE.match(head):
        # "ISIS's attack" -> "in ISIS's attack", "the Kirkuk attack" -> "in the Kirkuk attack"
        phrase = ("في " if mark == "؟" else "in ") + phrase
    return f"{body} {phrase}{mark}"


def read_follow_up(question: str, earlier: list[str]) -> str | None:
    """``question`` as read with the incident of the nearest of the ``earlier`` questions (oldest first, as asked)
    that names its own, or None when it is asked as is (it names its own incident, that turn named none or was asked
    in the other language, or :data:`FOLLOW_UPS` is off). Earlier follow-ups are passed over, so a third question still continues the first
    one's incident."""
    if not FOLLOW_UPS or names_own_incident(question):
        return None
    language = detect_language(question)
    for asked in reversed(list(earlier)[-EARLIER_TURNS:]):
        if not names_own_incident(asked):
            continue  # an earlier follow-up: it continued the incident of a turn before it
        if detect_language(asked) != language:
            return None  # another language: carrying the incident as written would mix both in one question
        phrase = incident_phrase(asked)
        return _with_incident(question, phrase) if phrase else None
    return None


def reading_note(read: str) -> str:
    """What the chat tells under a follow-up it read with the previous turn's incident (both languages, as the app's
    other notes): the question it asked, so the analyst sees which incident the answer is about."""
    return f"سُئل متابعةً للسؤال السابق: «{read}» · Asked as a follow-up of the previous question: “{read}”"
