"""The domain gate: is a question about security and politics news at all, and do the cited sentences
fit the constraints the question sets (its year, its weekday, the kind of thing it names)?

Marsad answers from news about attacks, armed forces, agreements and the politics around them.
A question whose content words are all outside that domain ("what is the capital of Canada",
"the score of the World Cup final", a recipe) is not answered from whatever sentence shares a
word with it: the answerer abstains. The gate is general: the question's words are compared
with the domain lexicon (the intent and topic cues, the bilingual registry's actors and
glossary terms, and the security/politics vocabulary below), never with a list of questions.

The constraint checks are what a reader applies to a candidate answer: a question about 2019
is not answered by an article of 2015 that never names 2019; a question about Thursday's
clashes is not answered by a sentence about Monday's; a question about a joint operations
room is not answered by a sentence that names no room.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from itertools import pairwise

from marsad.agent.offline import rules
from marsad.agent.offline.vocab import PLACE_NOUNS
from marsad.agent.qa.question import MONTH_WORD, TOPIC_AR, Intent, Question, mentions, name_like
from marsad.core.arabic import ascii_digits, normalize, tokenize
from marsad.core.lexicon import Entry

__all__ = ["in_domain", "WEEKDAY_AR", "question_years", "question_month", "month_total", "published_in_month", "published_after_month", "question_day_month", "question_weekday", "Constraints", "constraints_of", "dated_constraints", "span_fits",
           "world_places", "asks_age", "states_age"]

_W = r"(?<!\w)[وفبلك]{0,2}(?:ال|لل)?"  # word start: glued conjunction/preposition and article allowed
# Security and politics vocabulary (normalised Arabic word starts). A question naming none of these,
# no intent cue, no topic and no registry actor/term is outside what the archive is about.
_DOMAIN_AR = re.compile(_W + r"(?:" + "|".join([
    r"امن", r"عسكر", r"جيش", r"جيوش", r"جند", r"قوات", r"قوه", r"شرط", r"ارهاب", r"مسلح", r"هجوم", r"هجم", r"تفجير",
    r"انفجار", r"فجر", r"قتل", r"قتيل", r"قتلي", r"مقتل", r"اغتيال", r"اختطاف", r"خطف", r"معارك", r"معركه", r"اشتباك",
    r"قصف", r"غاره", r"غارات", r"صاروخ", r"صواريخ", r"هدنه", r"اطلاق النار", r"اتفاق", r"حكوم", r"وزير", r"وزار",
    r"رييس", r"رياس", r"برلمان", r"نايب", r"نواب", r"انتخاب", r"حزب", r"تنظيم", r"ميليشي", r"مليشي", r"فصايل", r"فصيل",
    r"حشد", r"تحرير", r"عمليه", r"عمليات", r"سجن", r"سجون", r"اعتقال", r"معتقل", r"مداهم", r"حدود", r"سفار", r"قنصلي",
    r"لاجي", r"نازح", r"تحالف", r"مفاوض", r"عقوبات", r"دبلوماس", r"محكمه", r"اعدام", r"اعدم", r"جريمه", r"جرايم",
    r"ضحايا", r"ضحيه", r"سلاح", r"اسلحه", r"ذخير", r"متفجر", r"عبوه", r"عبوات", r"انتحاري", r"خليه", r"شبكه", r"متهم",
    r"قايد", r"قاده", r"قياد", r"زعيم", r"جماعه", r"حركه", r"متمرد", r"معارض", r"احتجاج", r"تظاهر", r"انقلاب",
    r"نزاع", r"صراع", r"حرب", r"حروب", r"غزو", r"احتلال", r"سياس", r"مجلس", r"دستور", r"استفتاء", r"مسوول",
    r"استخبار", r"مخابرات", r"حاجز", r"نقطه تفتيش", r"قاعده عسكري", r"جبهه", r"مقاتل", r"داعش", r"طالبان",
    r"القاعده", r"كتايب", r"لواء", r"فرقه", r"محافظ", r"والي", r"بيان", r"مسووليه", r"تبني", r"تبنت", r"شهيد",
    r"استشهد", r"جرحي", r"جريح", r"اصيب", r"مصاب", r"اسري", r"رهاين", r"رهين", r"حصار", r"اقتحام", r"اقتحم",
    r"انسحاب", r"هدن", r"تسويه", r"سلام", r"امير", r"خلافه", r"بغدادي", r"دفاع", r"داخليه", r"خارجيه",
    # people fleeing violence ("فر نحو 700 ألف من ..."، "نزوح"، "تهجير"), as the refugees and the displaced are
    r"فرار", r"نزوح", r"تهجير", r"مهجر", r"فر(?:وا|ت)?(?!\w)",
]) + r")")
_DOMAIN_EN = re.compile(r"\b(?:" + "|".join([
    r"secur\w*", r"militar\w*", r"arm(?:y|ies|ed)", r"forces?", r"troops?", r"soldiers?", r"police\w*", r"terror\w*",
    r"militan\w*", r"insurg\w*", r"rebels?", r"attack\w*", r"bomb\w*", r"explo\w*", r"kill\w*", r"assassin\w*",
    r"kidnap\w*", r"abduct\w*", r"fight\w*", r"battles?", r"clash\w*", r"shell\w*", r"strikes?", r"airstrikes?",
    r"raids?", r"truce", r"cease-?fire", r"agreements?", r"accords?", r"treat(?:y|ies)", r"govern\w*", r"minist\w*",
    r"president\w*", r"parliament\w*", r"elect\w*", r"part(?:y|ies)", r"militias?", r"factions?", r"isis", r"isil",
    r"liberat\w*", r"operations?", r"prison\w*", r"arrest\w*", r"detain\w*", r"borders?", r"embass(?:y|ies)",
    r"consulates?", r"refugees?", r"displaced", r"coalition", r"negotiat\w*", r"sanctions?", r"diplomat\w*",
    r"courts?", r"execut\w*", r"crimes?", r"victims?", r"casualt\w*", r"weapons?", r"arms", r"ammunition",
    r"suicide", r"cells?", r"commanders?", r"leaders?", r"groups?", r"opposition", r"protest\w*", r"coup",
    r"conflicts?", r"wars?", r"invasion", r"occupation", r"politic\w*", r"councils?", r"constitution\w*",
    r"referend\w*", r"dead", r"died", r"deaths?", r"wounded", r"injur\w*", r"hostilit\w*", r"spokes\w*",
    r"governors?", r"intelligence", r"checkpoints?", r"convoys?", r"hostages?", r"siege", r"storm\w*",
    r"withdraw\w*", r"peace", r"defen[cs]e", r"claim\w*", r"responsib\w*", r"jihad\w*", r"extremis\w*",
    r"gunmen", r"fighters?", r"mortars?", r"rockets?", r"missiles?", r"drones?", r"mines?", r"ied",
])+ r")\b", re.I)
# espionage and poisoning ("a double agent", "a nerve agent", "spies"): security news, as an attack is
_SPY_EN = re.compile(r"\b(?:spy|spies|spying|espionage|poison\w*|(?:double|secret|nerve|intelligence) agents?)\b", re.I)
SPY_WORDS = True  # switch for A/B measurement (tests patch it)
# the same in Arabic, with the weapons of such attacks and the strikes an army makes: a spy ("جاسوس"), spying,
# a poisoning, a nerve gas, chemical or nuclear arms ("مفاعل نووي"), an air/missile strike ("ضربة جوية"; a bare
# "ضربة" is also a penalty kick or a blow, so the kind of strike must be said)
_SPY_AR = re.compile(_W + r"(?:" + "|".join([
    r"جاسوس", r"جواسيس", r"تجسس", r"تسميم", r"مسموم", r"غاز (?:ال)?اعصاب", r"غازات سامه", r"كيمياوي", r"كيميايي",
    r"كيماوي", r"نووي", r"مفاعل", r"ضربه (?:ال)?(?:جويه|عسكريه|صاروخيه)", r"ضربات (?:ال)?(?:جويه|عسكريه|صاروخيه)",
]) + r")")
SPY_WORDS_AR = True  # switch for A/B measurement (tests patch it)
# Intents whose cue alone says the question is about the domain (casualties, perpetrators, rooms, agreements...).
_DOMAIN_INTENTS = {Intent.killed, Intent.injured, Intent.perpetrator, Intent.victim, Intent.provisions, Intent.lead,
                   Intent.participants}


PROTEST_WORDS = True  # switch for A/B measurement: a protest told by its form (a sit-in, a strike, a march) is politics
_PROTEST = re.compile(_W + r"(?:اعتصام|اعتصم|اضراب|مظاهر|مسيره احتجاج)|\b(?:sit-ins?|demonstrat\w*|rall(?:y|ies)"
                      r"|general strikes?)\b", re.I)

# switch for A/B measurement (tests patch it): people who went missing -- a disappearance ("اختفاء"، "اختفى"), contact
# or news of them lost ("انقطعت أخبارهم"، "انقطع الاتصال بهم"), their fate unknown ("مجهول المصير"), the missing
# ("مفقودين") -- is security news as an abduction is (journalists missing in a war zone), though no attack is named.
# Unseen slice articles: اختفاء/اختفى/اختفت/اختفوا 39, انقطع(ت) أخبار/الاتصال 2, مجهول(ة) المصير 1, مفقود... 45
DISAPPEAR_WORDS = True
_DISAPPEAR = re.compile(_W + r"(?:اختف(?:اء|ي|ت|وا)|مختف(?:ين|ون|يا|ي)|انقطع(?:ت)? (?:اخبار|الاتصال)"
                        r"|مجهول(?:ي|ه)? المصير"
                        r"|مفقود)|\b(?:disappear\w*|vanish\w*|went missing|(?:are|is|were|was|remain|remained) missing"
                        r"|(?:lost|lose) (?:contact|touch))\b", re.I)

SHOOTING_WORDS = True  # switch for A/B measurement: a shooting told by its Arabic verb or a sniper is a security event
# "أطلق فلان النار على ..." (the verb parted from "النار" by its subject: the vocabulary holds the verbal noun
# "اطلاق النار" only), a sniper and his fire ("قناص"، "قنص")
_SHOOTING = re.compile(_W + r"(?:اطلق(?:ت|وا|ا)?(?: \S+){0,3} النار|قناص|قنص(?!ل))")  # (not "القنصل"، "القنصلية": a consul)
# switch for A/B measurement (tests patch it): a question tells who opened fire by a name of several words ("أطلق طالب
# جامعة سنترال ميشيجين النار"): "أطلق ... النار" with up to six words between
SHOOTING_FAR = True
_SHOOTING_FAR = re.compile(_W + r"اطلق(?:ت|وا|ا)?((?: \S+){4,6}) النار(?!\w)")
# ... and not when النار belongs to the words between: a preposition's object ("يطهى على النار") or a fire's verbal
# noun's ("حملة للتوعية بمخاطر إشعال النار"), nor when "أطلق" has its own indefinite object between ("أطلق الطباخ طبقا
# جديدا": launched a dish; a shooter's name is no accusative)
_FAR_BEFORE_FIRE = frozenset(normalize(w) for w in (
    "على", "في", "من", "إلى", "عن", "فوق", "تحت", "إشعال", "إضرام", "إخماد", "إطفاء", "اندلاع", "مكافحة", "لهيب"))


def _indefinite_object(word: str) -> bool:
    """Whether a normalised word reads as an indefinite accusative ("طبقا"، "جديدا"); a pair of them is an object and
    its adjective (one alone may be a dual verb: "رجلان كانا في سيارة")."""
    return len(word) > 3 and word.endswith("ا") and not word.startswith("ال") and not word.endswith(("وا", "انا"))


def _shooting_far(norm: str) -> bool:
    """Whether a normalised question tells "أطلق <a subject of four to six words> النار" (:data:`SHOOTING_FAR`)."""
    for m in _SHOOTING_FAR.finditer(norm):
        between = m.group(1).split()
        if between[-1] in _FAR_BEFORE_FIRE:
            continue
        if any(_indefinite_object(a) and _indefinite_object(b) for a, b in pairwise(between)):
            continue
        return True
    return False


# switch for A/B measurement (tests patch it): security events told by words the vocabulary above lacks, each a general
# class (unseen slice articles, raw text, with clitics):
# - taking a place back: the verb "حرر" (حررت/حرروا/حررها: 38 articles, all but one fronts), "استعاد(ت) السيطرة" (8);
#   "recaptured", "retook", "retaken"; "regained control", "retake/retaking" only of a place (_place_taken)
# - a court and a killing: "murder(ed)", "manslaughter"; "pleaded guilty", "convicted", "sentenced" only with a cue
#   of violence (_VIOLENCE_EN); "أدين ب" (8, also only with a cue), "محاكمة" (98), "اعترف بقتل/بذنبه" (1), a killer "قاتل" (32)
# - a blade or a fire weapon: "stabbed", "incendiary"; "knife" only with a cue of violence; "سكين/سكاكين/ساطور" (29,
#   the blade also only with a cue), "طعن" (23: stabbing, or a court appeal), "حارقة" (15: incendiary balloons, kites,
#   bombs)
# - a military base: "air/military/naval base"; "قاعدة جوية/بحرية" (11)
# - armed units and captives: "brigade", "battalion", "regiment", "militiamen", "captive(s)", "captivity", "captors"
# - envoys: "ambassador", "envoy"; "سفير/سفراء" (179 + 20), "مبعوث" (83): diplomacy, as "embassy" and "diplomat" are
# None of the readable sets' off-domain questions (capitals, scores, recipes, mountains, a novel) holds one.
# Each Arabic word is closed at its end (fix55): "سكين" is not "السكينة" (serenity) nor the name سكينة, "طعن" is not
# "طعنة" read as any word it begins, "محاكم" not any word it begins; "قاتل في صفوف/مع/ضد" is the verb "fought" (a
# footballer "played for"), so only the noun, "القاتل" or "قاتل" not followed by those, is a killer.
EVENT_CLASSES = True
_EVENT_EN = re.compile(r"\b(?:" + "|".join([
    r"recaptur\w*", r"retook", r"retaken",
    r"murder\w*", r"manslaughter", r"stab(?:s|bed|bing|bings)?", r"incendiar\w*",
    r"(?:air|military|naval|army|militia) bases?", r"airbases?", r"brigades?", r"battalions?", r"regiments?",
    r"militiam[ae]n", r"captives?", r"captivity", r"captors?", r"ambassadors?", r"envoys?",
]) + r")\b", re.I)
_EVENT_AR = re.compile(_W + r"(?:" + "|".join([
    r"حرر(?:ت|وا|نا)?(?:ها|هم|ه)?", r"حررو(?:ها|هم|ه)",
    r"محاكم(?:ه|ات|ها|ته|تهم|تها|تهما)?", r"اعترف(?:ت|وا)? ب(?:قتل|ذنب|ارتكاب)\S*", r"اقر(?:ت|وا)? ب(?:قتل|ذنب|ارتكاب)\S*",
    r"قاتل(?!\w)(?! (?:في|مع|الي|ضد))", r"(?<=ال)قاتل", r"طعن(?:ا|ه|ت|وا|ات|ها|هم|هما)?", r"حارقه", r"قاعده (?:ال)?(?:جويه|بحريه)",
    r"سفير(?:ها|ه|هم|ي|ين|ا)?", r"سفراء", r"مبعوث(?:ه|ها|ين|ون|ان|ا|ي)?",
]) + r")(?!\w)")
# taking a place back told by a verb that is also sport or business ("regained control of the league table", "took
# control of Twitter", "retake the exam"): only when what is taken is a place noun, or a place the question names
_PLACE_NOUNS_EN = (r"(?:town|city|village|area|district|province|region|territory|base|airport|port|border|crossing|"
                   r"hill|mountain|neighbou?rhood|front|road|highway|island|oil field|refinery|dam|bridge|camp)s?")
_PLACE_TAKEN_EN = re.compile(r"\b(?:regain\w*|retak(?:e|ing)) (?:(?:full |complete )?control (?:of|over) )?"
                             r"(?:the |a |an )?(?:(" + _PLACE_NOUNS_EN + r")\b|([A-Z][\w'-]+))", re.I)
_PLACE_NOUNS_AR = r"(?:مدين|بلد|قري|منطق|حي|احياء|مطار|قاعد|معبر|ميناء|جبل|تل|جزير|سد|جسر|مخيم|طريق|حقل|مصفا)"
_PLACE_TAKEN_AR = re.compile(_W + r"استعاد(?:ت|وا|ه)? (?:\S+ )?السيطره علي (?:\S+ )?(?:(?:ال)?" + _PLACE_NOUNS_AR
                             + r"|(\S+))")
# a court word and a blade that are also sport, cooking or an ordinary verdict ("convicted of doping", "the best knife for
# sushi", "ما أفضل سكين لتقطيع اللحم"): only with a cue of violence in the question (unseen slice sentences naming a
# blade: 32, 27 of them with one of these cues; the others a razor, a metaphor, a purchase, a gun compared)
_COURT_BLADE_EN = re.compile(r"\b(?:plead(?:s|ed)? (?:not )?guilty|pled guilty|guilty plea|convict\w*|sentenc(?:ed|ing)"
                             r"|knife|knives)\b", re.I)
_VIOLENCE_EN = re.compile(r"\b(?:murder\w*|manslaughter|kill\w*|stab\w*|attack\w*|assault\w*|assailant\w*|"
                          r"wound\w*|injur\w*|hurt|victims?|dead|death|died|shoot\w*|shot|gun\w*|bomb\w*|"
                          r"terror\w*|robb\w*|threat\w*|rap(?:e|ed|ing)|kidnap\w*|spy\w*|spies|espionage|massacre\w*|rampage)\b", re.I)
_BLADE_AR = re.compile(_W + r"(?:سكين(?:ا|ين)?|سكاكين|ساطور(?:ا)?|ادين(?:ت|وا)? ب\S+)(?!\w)")
_VIOLENCE_AR = re.compile(_W + r"(?:هجوم|هجم|هاجم|سطو|هدد|تهديد|مهاجم|اعتد|اصاب|اصيب|اصابه|جرح|جريح|قتل|قتيل|مقتل|طعن|ضحي|ضحايا|"
                          r"مسلح|ارهاب|شرط|ذبح|نحر)")

# Violent crime is security news: a murder, a stabbing, an armed robbery, a man beating his wife to death, a rape --
# what a police or security desk reports -- is in the domain (off-domain is a capital city, a football score, a
# recipe). Its words, by their forms that are no sport, cooking or arithmetic ("beat" is a football result, a bare
# "ضرب" a strike or a sum: only "ضربها"، "ضربوه" -- someone beaten -- counts; "robbed the title" is sport, "rob a
# shop" is not; unseen slice text: 4 articles, 2 of them
# a beating). (A/B switch, tests patch it.)
VIOLENT_CRIME = True
_CRIME_EN = re.compile(r"\b(?:murder\w*|homicides?|manslaughter|stab(?:s|bed|bing|bings)?|robber(?:y|ies|s)?|rob(?:s|bed|bing)? (?:a|an)"
                       r"|rap(?:e|ed|es|ist|ists)|assault\w*|strangl\w*|carjack\w*|gunpoint|knifepoint|bled to death)\b")
_CRIME_AR = re.compile(_W + r"(?:سطو|طعن|طعنه|طعنها|اغتصاب|اغتصب\w*|خنق|خنقها|خنقه"
                       r"|عنف اسري|العنف الاسري|ضربوها|ضربوه|ضربوهم|سرقه مسلحه|بالاكراه)(?!\w)")
# ... and words that tell a crime only beside a victim or a killing (pass 56 review, finding 11; A/B switch, tests
# patch it): a bleeding is a person's ("تركها تنزف"، "نزيف الجريح") -- a currency bleeds too ("نزيف الليرة") --, a
# body is a killing's or a find's ("العثور على جثة"، "جثة القتيل") -- a late artist's is a funeral --, and
# "ضربها/ضربهم" is a beating when its doer is a person ("ضربها زوجها"، "الرجل الذي ضربه") -- an earthquake or a storm
# strikes a city too. (A plural doer, "ضربوها"، "ضربوه", is people.)
CRIME_TIED = True
_BLEED_AR = re.compile(_W + r"(?:نزيف|ت?نزف|ينزف|نزفت|نزف\w*)(?!\w)")
_HURT_AR = re.compile(_W + r"(?:جرح\w*|جريح\w*|اصاب\w*|اصيب\w*|مصاب\w*|جسد\w*|جسم\w*|دم|دماء\w*|راس\w*|ضرب\w+|طعن\w*"
                      r"|رصاص\w*|طلق\w*|قتل\w*|سكين\w*)(?!\w)")
_BODY_AR = re.compile(_W + r"(?:جثه|جثث|جثمان|جثته|جثتها|جثامين)(?!\w)")
_KILLING_AR = re.compile(_W + r"(?:قتل\w*|مقتل\w*|مقتول\w*|قاتل\w*|اغتيال|اغتيل\w*|اغتال\w*|عثر\w*|العثور|وجد\w*|جريمه"
                         r"|ذبح\w*|مذبوح\w*|طعن\w*|رصاص\w*|خنق\w*|مشوه\w*|مجهول\w*)(?!\w)")
_STRUCK_AR = re.compile(_W + r"ضرب(?:ها|ه|هم|هما)(?!\w)")
_PERSON_PLURAL_AR = re.compile(r"(?:مسلح|مجهول|شرطي|حارس|سجان|رجال|جنود|عناصر)\w*")


_NOT_PERSON = frozenset({"امام", "ام", "وامام"})  # ("in front of", "or": the same letters as an imam, a mother)


@lru_cache(maxsize=1)
def _persons() -> frozenset[str]:
    """casualties.json's kin_nouns, kin_heads and single_persons, joined once (read for every word of a question)."""
    return (rules.words("casualties", "kin_nouns") | rules.words("casualties", "kin_heads")
            | rules.words("casualties", "single_persons"))


def _person_word(word: str) -> bool:
    """A normalised word names a person (casualties.json kin_nouns, kin_heads, single_persons; an armed man, guards)."""
    if word in _NOT_PERSON:
        return False
    bare = re.sub(r"^[وف]?(?:ال|لل)?", "", word)
    persons = _persons()
    return (word in persons or bare in persons or bare.rstrip("ا") in persons or bare + "ا" in persons
            or bool(_PERSON_PLURAL_AR.fullmatch(bare)))


def _struck_by_person(norm: str) -> bool:
    """"ضربها زوجها"، "الرجل الذي ضربه": a beating by a person -- the word after the verb, or one of the two words
    before it ("الذي"/"التي" skipped), names a person (:data:`CRIME_TIED`)."""
    words = norm.split()
    for m in _STRUCK_AR.finditer(norm):
        i = len(norm[:m.start()].split())
        after = words[i + 1:i + 2]
        before = [w for w in words[max(0, i - 3):i] if w not in ("الذي", "التي", "الذين", "اللذان", "اللتان")][-2:]
        if any(_person_word(w) for w in (*after, *before)):
            return True
    return False


def _crime_tied(norm: str) -> bool:
    """A bleeding beside a wound or a person, a body beside a killing or a find, a beating by a person
    (:data:`CRIME_TIED`)."""
    if _BLEED_AR.search(norm) and (_HURT_AR.search(norm) or any(_person_word(w) for w in norm.split())):
        return True
    if _BODY_AR.search(norm) and _KILLING_AR.search(norm):
        return True
    return _struck_by_person(norm)


def _violent_crime(question: Question) -> bool:
    """The question tells of a violent crime (:data:`VIOLENT_CRIME`)."""
    if _CRIME_EN.search(question.text):
        return True
    norm = normalize(question.text)
    if _CRIME_AR.search(norm):
        return True
    if not CRIME_TIED:  # (as first written: the bleeding, the body and the singular beating alone)
        return bool(_BLEED_AR.search(norm) or _BODY_AR.search(norm) or re.search(_W + r"ضرب(?:ها|هم)(?!\w)", norm))
    return _crime_tied(norm)


def _place_taken(question: Question) -> bool:
    """A place taken back by a verb that is also sport or business: "regained control of the town", "retaking Mosul",
    "استعادت القوات السيطرة على المدينة" -- the word after the verb is a place noun, or a place the question names."""
    named = {w.lower() for p in question.places for n in (p.name_en, *p.en) for w in (n or "").replace("-", " ").split()}
    m = _PLACE_TAKEN_EN.search(question.text)
    if m and (m.group(1) or (m.group(2) and m.group(2)[0].isupper() and m.group(2).lower() in named)):
        return True
    m = _PLACE_TAKEN_AR.search(normalize(question.text))
    return bool(m and (not m.group(1) or question.places))


def _event_class(question: Question) -> bool:
    """One of EVENT_CLASSES' words, a place taken back, or a court word or blade with a cue of violence."""
    norm = normalize(question.text)
    if _EVENT_AR.search(norm) or _EVENT_EN.search(question.text) or _place_taken(question):
        return True
    if _COURT_BLADE_EN.search(question.text) and _VIOLENCE_EN.search(question.text):
        return True
    return bool(_BLADE_AR.search(norm) and _VIOLENCE_AR.search(norm))


HAPPENED_AT = True
"""Switch (ux63): "ما الذي حدث في سنجار؟" / "what happened in Sinjar?" -- a question asking only what happened in (to,
at) a place, actor or person it names -- asks for the news of that place: in the domain, although a place alone
does not make a question so ("the capital of Canada"). It was called out of scope while search found the place's
articles. A question with words of its own beside the name ("what happened in Paris at the fashion show?") is
left to the other rules."""

_HAPPENED_AR = re.compile(r"^\W*[وف]?(?:ما الذي|ماذا|ما ذا|ما هو الذي|ما اللذي)\s+(?:قد\s+)?(?:حدث|جري|حصل|يحدث|يجري|"
                          r"يحصل)(?:ت)?\s+(?:في|ل|لل|مع|ب|على|عند|داخل|قرب)\s*(?P<rest>.+?)[\W_]*$")
_HAPPENED_EN = re.compile(r"^\W*(?:and\s+|so\s+)?what\s+(?:has\s+|had\s+|is\s+|was\s+)?(?:happened|happens|happening|"
                          r"went on|is going on|was going on)\s+(?:in|to|at|on|with|near|inside)\s+(?P<rest>.+?)\W*$",
                          re.I)
# words a place's name may bring beside it ("the town of", "مدينة") and the date or day it may be asked for
_HAPPENED_FILLER = re.compile(r"(?<!\w)(?:the|town|city|village|district|province|of|on|in|at|during|last|year|month|"
                              r"yesterday|today|recently|this|week|night|morning|"
                              r"عام|سنه|العام|شهر|يوم|في|خلال|مدينه|بلده|قضاء|ناحيه|محافظه|قريه|منطقه|"
                              r"امس|البارحه|اليوم|الليله|مساء|صباح|موخرا|الاسبوع|الماضي|هذا|"
                              r"\d{1,4})(?!\w)", re.I)


def _happened_at(question: Question) -> bool:
    """The question asks only what happened in (to, at) a place, actor or person it names, perhaps on a date."""
    if not question.entities:
        return False
    if question.language == "ar":
        match = _HAPPENED_AR.match(normalize(question.text))
    else:
        match = _HAPPENED_EN.match(question.text.strip())
    if not match:
        return False
    rest = match.group("rest")
    if not any(mentions(e, rest) for e in question.entities):
        return False
    left = _HAPPENED_FILLER.sub(" ", MONTH_WORD.sub(" ", rest))
    for entity in question.entities:  # the name's own words
        for form in (*entity.ar, *entity.en):
            left = re.sub(rf"(?<!\w)[وفبل]?(?:ال)?{re.escape(normalize(form))}(?!\w)", " ", normalize(left), flags=re.I)
    # nothing beside it but a name's particle ("al-" spelt apart, a glued letter): a word of its own ("the weather",
    # "a match", "اقتصاد") asks about something else of the place (review63 finding 26)
    return all(len(w) <= 2 for w in re.findall(r"\w+", left))


def in_domain(question: Question) -> bool:
    """True when the question is about security/politics news: it names a registry actor or term,
    asks a casualty/perpetrator/room/agreement question, names an attack kind or a topic, or one of
    its words is in the domain vocabulary. Places alone do not make a question in-domain ("the
    capital of Canada"), nor do bare "who"/"when"/"where" words."""
    # a general news word (the lexicon's "context" concepts: capital, meeting, hours...) does not make a
    # question about security or politics; the domain's concepts (events, weapons, roles, institutions) do
    domain_concepts = [c for c in question.concepts if c.get("category") != "context"]
    if question.actors or domain_concepts or question.topics or question.attack_types:
        return True
    if question.intent in _DOMAIN_INTENTS:
        return True
    if PROTEST_WORDS and _PROTEST.search(normalize(question.text)):
        return True
    if SHOOTING_WORDS and _SHOOTING.search(normalize(question.text)):
        return True
    if SHOOTING_FAR and _shooting_far(normalize(question.text)):
        return True
    if DISAPPEAR_WORDS and _DISAPPEAR.search(normalize(question.text)):
        return True
    if EVENT_CLASSES and _event_class(question):
        return True
    if VIOLENT_CRIME and _violent_crime(question):
        return True
    if HAPPENED_AT and _happened_at(question):
        return True
    if question.language == "ar":
        norm = normalize(question.text)
        return bool(_DOMAIN_AR.search(norm)) or SPY_WORDS_AR and bool(_SPY_AR.search(norm))
    return (bool(_DOMAIN_EN.search(question.text)) or SPY_WORDS and bool(_SPY_EN.search(question.text))
            or bool(_DOMAIN_AR.search(normalize(question.text))))


# ---------------------------------------------------------------- constraints on cited text
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)")
_WEEKDAYS_AR = {"السبت": 5, "الاحد": 6, "الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4}
_WEEKDAYS_EN = {"saturday": 5, "sunday": 6, "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4}
WEEKDAY_AR = re.compile(r"(?<!\w)[وفبل]?(?:يوم )?(" + "|".join(_WEEKDAYS_AR) + r")(?!\w)")
_WEEKDAY_EN = re.compile(r"\b(" + "|".join(_WEEKDAYS_EN) + r")\b", re.I)
# a room named in the text (stricter than the topic cue: "مركز" alone is any centre, "تنسيق" any coordination)
_ROOM = re.compile(r"(?<!\w)[وفبل]?(?:ال)?(غرفه|غرف|خليه|خلايا|قياده عمليات|مقر عمليات|مركز عمليات|مركز تنسيق)(?!\w)")
_AGREEMENT = re.compile(TOPIC_AR["agreements"])


def question_years(question: Question) -> tuple[int, ...]:
    """The years a question names ("in 2019", "عام 2015")."""
    return tuple(dict.fromkeys(int(y) for y in _YEAR.findall(normalize(question.text))))


def _weekdays(text: str) -> set[int]:
    norm = normalize(text)
    days = {_WEEKDAYS_AR[m.group(1)] for m in WEEKDAY_AR.finditer(norm)}
    days |= {_WEEKDAYS_EN[m.group(1).lower()] for m in _WEEKDAY_EN.finditer(text)}
    return days


def question_weekday(question: Question) -> int | None:
    """The weekday a question names (0 = Monday), when it names exactly one."""
    days = _weekdays(question.text)
    return next(iter(days)) if len(days) == 1 else None


@dataclass(frozen=True)
class Constraints:
    """What every cited sentence of an answer must fit: years, a weekday, a day, a room or an agreement."""

    years: tuple[int, ...] = ()
    weekday: int | None = None
    room: bool = False
    agreement: bool = False
    day: date | None = None
    month: tuple[int, int] | None = None  # (year, month) a question names without a day: "في مايو 2018"
    day_month: tuple[int, int] | None = None  # (month, day) a question names without a year: "on November 1"
    places: tuple[Entry, ...] = ()  # places only the world gazetteer knows ("نواكشوط", "Reykjavik"): see world_places
    age: bool = False  # "how old was ...": the cited sentence must state an age
    # the finer places asked about (below a country), each as (Arabic spellings, governorate, coordinates): a
    # cited sentence naming only places far from all of them tells another place's event (see other_place)
    where: tuple[tuple[tuple[str, ...], str | None, tuple[tuple[float, float], ...]], ...] = ()
    since: tuple[int, ...] = ()  # years that open a span of time ("since 2014", "منذ عام 2011"), not an event's year


# words after which a name is a place ("في نواكشوط"، "بمدينة نواذيبو"، "قرب تطاوين"), normalised
_PLACE_CUES_AR = {"في", "قرب", "بقرب", "عند", "مدينه", "بمدينه", "لمدينه", "بلده", "ببلده", "قريه", "بقريه", "محافظه",
                  "بمحافظه", "ولايه", "بولايه", "اقليم", "باقليم", "مقاطعه", "بمقاطعه", "العاصمه", "عاصمه", "بالعاصمه",
                  "ضواحي", "بضواحي", "حي", "بحي", "مخيم", "بمخيم", "جزيره", "بجزيره", "منطقه", "بمنطقه", "ميناء", "بميناء",
                  "لميناء"}
PLACE_NOUN_CUES = True  # switch for A/B measurement (tests patch it)
# every place-kind noun the extractor reads (vocab.PLACE_NOUNS: مديرية، جبهة، ناحية، قضاء، معسكر ...), bare or glued
# to ب/ل/و ("بمديرية الملاجم"، "جبهة مقبنة"): a name after one is a place, as after "مدينة"
_NOUN_CUES_AR = frozenset(c + n for n in PLACE_NOUNS for c in ("", "ب", "ل", "و", "وب"))


def _place_cue(token: str) -> bool:
    return token in _PLACE_CUES_AR or (PLACE_NOUN_CUES and token in _NOUN_CUES_AR)


WORLD_COUNTRIES = True  # switch for A/B measurement (tests patch it): a state only the world gazetteer knows
NISBA_COUNTRIES = True  # switch for A/B measurement (tests patch it): a state named by its adjective only
FOREIGN_G = True  # switch for A/B measurement (tests patch it): a foreign town spelled with غ/ج/ك or another vowel
# switch for A/B measurement (tests patch it): a town whose name ends in a long a is written with ا or with ة by
# different papers ("أريحا"/"أريحة"، "حماة"/"حماه"): an article spelling it the other way names the same town
FINAL_A = True
# words after which a name is a town ("مدينة بيرغن"): a foreign town's spelling may differ from the gazetteer's
_CITY_CUES_AR = {"مدينه", "بمدينه", "لمدينه", "العاصمه", "عاصمه", "بالعاصمه"}
# nationality adjectives that are also ordinary words ("وزارة المالية": financial, not Malian)
_NISBA_ORDINARY = {"المالي", "الماليه", "المالية"}
_FOREIGN_MIN_POP = 20000  # towns this large may be matched by a variant spelling (smaller names are words)
_G_LETTERS = str.maketrans({"ج": "غ", "ك": "غ"})
_INNER_VOWELS = re.compile(r"(?<=.)[اوي](?=.)")


def _skeleton(word: str) -> str:
    """A foreign name as its consonants: the g written غ, ج or ك as one letter, the inner long vowels dropped
    ("بيرغن", "برجن" -> "برغن"): Arabic news spells foreign towns in several ways."""
    return _INNER_VOWELS.sub("", word.translate(_G_LETTERS))


@lru_cache(maxsize=1)
def _skeletons() -> dict[str, str]:
    """The gazetteer's one-word names of towns of _FOREIGN_MIN_POP+ people by skeleton (the most populous)."""
    from marsad.core.gazetteer import get_world_gazetteer

    best: dict[str, tuple[int, str]] = {}
    for key, pop in get_world_gazetteer().town_names(min_population=_FOREIGN_MIN_POP):
        if " " in key or len(key) < 4 or key.startswith("ال"):
            continue
        sk = _skeleton(key)
        if pop > best.get(sk, (-1, ""))[0]:
            best[sk] = (pop, key)
    return {sk: key for sk, (_, key) in best.items()}


def _nisba_code(tok: str, before: str) -> str | None:
    """The country a nationality adjective names ("النرويجيه" -> NO; "مدينه باكستانيه" -> PK), or None."""
    from marsad.agent.offline.actors import nisba_country

    w = tok[1:] if tok.startswith(("وال", "فال")) else tok
    if not w.startswith("ال"):
        if before not in _PLACE_CUES_AR:
            return None
        w = "ال" + w
    code = None if w in _NISBA_ORDINARY else nisba_country(w)
    return None if code is None or _lexicon_state(code) else code


NISBA_NOT_PLACE = True  # switch for A/B measurement (tests patch it)


def _is_nisba(tok: str) -> bool:
    """``tok`` is a state's nationality adjective, with its article or without ("عراقيه"، "التركيه"): after a place
    word it says whose the place is ("مدينة عراقية"), it is no place's name."""
    from marsad.agent.offline.actors import nisba_country

    w = tok[1:] if tok.startswith(("وال", "فال")) else tok
    w = w if w.startswith("ال") else "ال" + w
    return w not in _NISBA_ORDINARY and nisba_country(w) is not None


@lru_cache(maxsize=256)
def _lexicon_state(code: str) -> bool:
    """True when the lexicon knows the state of that code by its name (its questions name it as an entity)."""
    from marsad.agent.qa.question import find_entities
    from marsad.core.gazetteer import get_world_gazetteer
    from marsad.core.lexicon import get_lexicon

    country = get_world_gazetteer().country(code)
    return country is None or any(e.kind == "places" for e in find_entities(normalize(country.ar), get_lexicon(),
                                                                            question=True))


_EN_PLACE_WORDS = {"the", "in", "of", "near", "at", "from", "to", "outside"}
# switch for A/B measurement (tests patch it): an unknown capitalised word before the noun of an institution ("at
# Osmangazi University", "at the Hamad Hospital") names the institution, not a town no article spells: an article
# naming the place otherwise may still tell of it (it was read as "in Reykjavik", and every article was ruled out)
INSTITUTION_NAMES = True
_INSTITUTION_AFTER = re.compile(r"\s+(?:University|College|School|Academy|Institute|Hospital|Clinic|Mosque|Church|Cathedral"
                                r"|Synagogue|Temple|Stadium|Museum|Library|Hotel|Mall|Market|Centre|Center|Company|Bank"
                                r"|Foundation)\b")
_MIN_PLACE_LEN = 3  # letters of a one-word place name (shorter GeoNames names are ordinary words)


@lru_cache(maxsize=512)
def _world_places(text: str, language: str, known: tuple[tuple[str, ...], ...],
                  uncovered: tuple[str, ...], names: tuple[tuple[str, tuple[str, ...]], ...],
                  countries: tuple[str, ...]) -> tuple[Entry, ...]:
    from marsad.core.gazetteer import get_world_gazetteer

    gaz = get_world_gazetteer()
    # (an entry's pattern is cached by its id: the id must tell its spellings)
    known_entries = [Entry(kind="places", id="q:" + "|".join(forms), canonical=forms[0], name_en=None, ar=forms, en=())
                     for forms in known if forms]

    def covered(name: str) -> bool:
        return any(mentions(e, name, normalized=True) for e in known_entries)

    found: dict[str, Entry] = {}
    if language == "ar":
        toks = tokenize(normalize(text))
        for i in range(1, len(toks)):
            if not _place_cue(toks[i - 1]):
                continue
            if MONTH_WORD.fullmatch(toks[i]) or _place_cue(toks[i]):
                continue
            for cand in (" ".join(toks[i:i + 2]), toks[i]):
                if (" " not in cand and len(cand) < _MIN_PLACE_LEN) or (" " in cand and (
                        len(toks) <= i + 1 or _place_cue(toks[i + 1]) or MONTH_WORD.fullmatch(toks[i + 1]))):
                    continue
                if NISBA_NOT_PLACE and " " not in cand and _is_nisba(cand):
                    continue  # "مدينة عراقية": an Iraqi city, not a town spelled like the adjective ("عراقيه")
                rows = [p for p in gaz.lookup(cand) if p.admin_level != "country"]
                if (not rows and FOREIGN_G and " " not in cand and toks[i - 1] in _CITY_CUES_AR
                        and not cand.startswith("ال") and len(cand) >= 4):
                    same = _skeletons().get(_skeleton(cand))  # "بيرغن" for the gazetteer's "برغن"
                    rows = [p for p in gaz.lookup(same) if p.admin_level == "city"] if same else []
                    if rows:
                        cand = same if covered(same) else cand
                        rows = rows if not covered(cand) else []
                        if rows:
                            found.setdefault(rows[0].id, Entry(kind="places", id=rows[0].id, canonical=cand,
                                                              name_en=rows[0].name_en, ar=(cand, same),
                                                              en=(rows[0].name_en,)))
                        break
                if not rows and WORLD_COUNTRIES and " " not in cand:
                    # a state the lexicon lacks ("في الكاميرون"): its events are not another state's
                    rows = [p for p in gaz.lookup(cand) if p.admin_level == "country"][:1]
                if rows and not covered(cand):
                    forms = (cand, normalize(rows[0].ar)) if rows[0].admin_level == "country" else (cand,)
                    if FINAL_A and rows[0].admin_level != "country" and " " not in cand and len(cand) >= 4:
                        forms = (*forms, *_final_a(cand))
                    forms = tuple(dict.fromkeys(forms))
                    found.setdefault(rows[0].id, Entry(kind="places", id=rows[0].id,
                                                      canonical=cand, name_en=rows[0].name_en, ar=forms,
                                                      en=(rows[0].name_en,)))
                    break
        for i, tok in enumerate(toks if NISBA_COUNTRIES else ()):
            code = _nisba_code(tok, toks[i - 1] if i else "")
            country = gaz.country(code) if code else None
            if country is None or covered(tok) or covered(normalize(country.ar)):
                continue  # the lexicon knows the state ("الباكستانية": Pakistan): the question's entities hold it
            found.setdefault(country.id, Entry(kind="places", id=country.id, canonical=normalize(country.ar),
                                               name_en=country.name_en, ar=tuple(dict.fromkeys(
                                                   (normalize(country.ar), tok))), en=(country.name_en,)))
    else:
        words = [(m.group(), m.start()) for m in re.finditer(r"(?<![A-Za-z'-])[A-Za-z]+", text)]
        for j, (word, start) in enumerate(words):
            key = word.lower()
            own = [extra for en, extra in names if en.lower() == key]  # the index's spellings the name finder found
            if (key not in uncovered and not own) or not name_like(word, start):
                continue
            before = words[j - 1][0] if j else ""
            if before[:1].isupper() and not gaz.arabic_names(before) and before.lower() not in _EN_PLACE_WORDS:
                continue  # a family name after a given name ("Steve Warren"), not the town of that name
            ars = gaz.arabic_names(word)
            if own:
                # a name the index spells: a place only when the gazetteer's town of that name lies in a country
                # the question names ("near Tataouine in southern Tunisia"; "the town of Hays" may be Yemen's Hays)
                if not ars or not any(p.country_en in countries for a in ars for p in gaz.lookup(a)
                                      if (p.name_en or "").lower() == key):
                    continue
                forms = [*ars, *own[0]]
            elif ars:
                forms = list(ars)
            elif INSTITUTION_NAMES and _INSTITUTION_AFTER.match(text, start + len(word)):
                continue  # "at Osmangazi University": the name of a university, a hospital..., not a place's
            elif before.lower() in _EN_PLACE_WORDS - {"the", "of", "to", "from"}:
                forms = []  # "in Reykjavik": a place no article of the index spells (nothing can be about it)
            else:
                continue
            found.setdefault(key, Entry(kind="places", id=f"en:{key}:" + "|".join(forms),
                                        canonical=forms[0] if forms else word, name_en=word,
                                        ar=tuple(dict.fromkeys(forms)), en=(word,)))
    return tuple(found.values())


def _final_a(name: str) -> tuple[str, ...]:
    """The other spelling of a (normalised) one-word town name ending in a long a: "اريحا" <-> "اريحه" (ة is
    normalised to ه); () for any other ending, and for "اه" ("حماة" is written "حماه" already)."""
    if name.endswith("ا"):
        return (name[:-1] + "ه",)
    if name.endswith("ه") and not name.endswith("اه"):
        return (name[:-1] + "ا",)
    return ()


def world_places(question: Question) -> tuple[Entry, ...]:
    """The places a question names that the lexicon does not know but the world gazetteer does: an Arabic
    name after a place word ("في نواكشوط"، "بمدينة نواذيبو"; countries excepted), an English capitalised
    word the lexicon left uncovered that names a town of 20,000+ people ("Reykjavik", "Tataouine").

    An article that names none of its spellings tells another place's events: a question about a
    bombing in Nouakchott is not answered by the toll of one in Mogadishu."""
    known = tuple(tuple(e.ar) for e in (*question.entities, *question.concepts))
    names = tuple((e.name_en or "", tuple(e.ar)) for e in question.names)
    countries = tuple(e.name_en for e in question.places if e.get("admin_level") == "country" and e.name_en)
    return _world_places(question.text, question.language, known, tuple(question.uncovered), names, countries)


_AGE_AR = re.compile(r"(?<!\w)(?:كم (?:يبلغ |كان |كانت )?(?:عمر|سن)|ما (?:عمر|سن)|كم عاما|في اي سن)(?!\w)")
_AGE_EN = re.compile(r"\bhow old\b|\bwhat age\b|\bat what age\b|\bage of\b|\bhow many years old\b", re.I)
# an age told: "(21 عاما)"، "65 عاما"، "في الثامنة والعشرين من عمره"، "aged 40", "22-year-old"
_STATES_AGE = re.compile(r"\d+\s*(?:عاما|عام|سنه|سنوات|ربيعا)(?!\w)|(?<!\w)(?:من عمر|من العمر|عمره|عمرها|بعمر|يبلغ من)"
                         r"|(?<!\w)[وفب]?(?:ال)?(?:عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين)(?:ي|يه|يات|ات)(?!\w)"
                         r"|\(\s*\d{1,3}\s*\)|\byears?[ -]old\b|\baged\s+\d|\b\d+-year-old\b", re.I)


def asks_age(question: Question) -> bool:
    """The question asks how old someone is ("كم عمر"، "how old")."""
    if question.language == "ar":
        return bool(_AGE_AR.search(normalize(question.text)))
    return bool(_AGE_EN.search(question.text))


def states_age(text: str) -> bool:
    """A sentence states someone's age."""
    return bool(_STATES_AGE.search(normalize(text)))


# month number -> its names (English; Arabic normalised: the Levantine/Iraqi and the Egyptian/Gulf names)
_MONTH_NAMES = {
    1: ("january", "jan", "كانون الثاني", "يناير"), 2: ("february", "feb", "شباط", "فبراير"),
    3: ("march", "mar", "اذار", "مارس"), 4: ("april", "apr", "نيسان", "ابريل"), 5: ("may", "ايار", "مايو"),
    6: ("june", "jun", "حزيران", "يونيو"), 7: ("july", "jul", "تموز", "يوليو"), 8: ("august", "aug", "اب", "اغسطس"),
    9: ("september", "sep", "sept", "ايلول", "سبتمبر"), 10: ("october", "oct", "تشرين الاول", "اكتوبر"),
    11: ("november", "nov", "تشرين الثاني", "نوفمبر"), 12: ("december", "dec", "كانون الاول", "ديسمبر"),
}
_MONTH_OF = {name: n for n, names in _MONTH_NAMES.items() for name in names}
_MONTH_ALT = "|".join(sorted(_MONTH_OF, key=len, reverse=True))
_FULL_DATE = re.compile(rf"(?<!\d)(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_ALT})[\s,/]+(?:عام\s+)?((?:19|20)\d\d)"
                        rf"|(?<!\w)({_MONTH_ALT})\s+(\d{{1,2}}),?\s+((?:19|20)\d\d)", re.I)
DAY_CONTEXT = 200  # characters before a cited sentence in which the day it tells of may be stated
DAY_REACH = 3  # days after the date asked about in which an article may still report it without restating it
# days after the month asked about in which an article may still report its events without naming the month: a
# week (news tells the last days' events; a report of the second week of the next month that names no month tells
# that month's own, pass 47: it was 10)
MONTH_REACH = 7
_MONTH_YEAR = re.compile(rf"(?<!\w)({_MONTH_ALT})[\s,/]+(?:عام\s+|of\s+)?((?:19|20)\d\d)(?!\d)", re.I)


def question_month(question: Question) -> tuple[int, int] | None:
    """The month a question names with its year and no day ("in July 2015", "في مايو 2018"), or None."""
    if question_day(question) is not None:
        return None
    m = _MONTH_YEAR.search(normalize(question.text))
    return (int(m.group(2)), _MONTH_OF[m.group(1).lower()]) if m else None


def _published_day(published: str | None) -> date | None:
    """The day an article was published (its ``published`` field's date part), or None when it has none."""
    try:
        return date.fromisoformat((published or "")[:10])
    except ValueError:
        return None


def _month_after(month: tuple[int, int]) -> date:
    """The first day after the month ``(year, month)``."""
    return date(month[0] + month[1] // 12, month[1] % 12 + 1, 1)


def _month_fits(month: tuple[int, int], published: str | None, text: str) -> bool:
    """An article published in the month asked about (or within MONTH_REACH days after it), or naming it."""
    year, mon = month
    pub = _published_day(published)
    if pub is not None:
        start = date(year, mon, 1)
        end = _month_after(month) + timedelta(days=MONTH_REACH)
        if start <= pub < end:
            return True
    names = "|".join(_MONTH_NAMES[mon])
    return bool(re.search(rf"(?<!\w)(?:{names})(?!\w)", normalize(text), re.I))


# a number asked over a whole month: "خلال شهر مايو 2018", "during the month of May 2018"; its total is published in the
# days after the month (review67: the month's own single incidents must not come before the monthly report)
# "لشهر/في شهر/حصيلة شهر مايو", "for May 2018", "in the month of May" too; a second name of the month may stand between
# the marker and the month matched ("في شهر أيار/مايو 2018")
_OVER_MONTH = re.compile(r"(?:(?:(?<!\w)(?:خلال|طوال|طيله|علي مدي|علي مدار)|\b(?:during|throughout|over|across|for))\s+"
                         r"(?:(?:ال)?شهر\s+|(?:the\s+)?(?:(?:whole|entire|course)\s+of\s+)?(?:the\s+)?(?:month\s+of\s+)?)?"
                         r"|(?<!\w)ل?(?:ال)?شهر\s+|\bmonth\s+of\s+)"
                         rf"(?:(?:{_MONTH_ALT})\s*/\s*)?$", re.I)
_ASKS_NUMBER = re.compile(r"(?<!\w)(?:كم|عدد|حصيله|اجمالي|مجموع)(?!\w)|\bhow\s+many\b|\b(?:total|number|toll)s?\b", re.I)


def month_total(question: Question) -> bool:
    """A question asking a number over the whole month it names ("كم مدنيا قتل ... خلال شهر مايو 2018؟")."""
    text = normalize(question.text)
    m = _MONTH_YEAR.search(text)
    return bool(m and _ASKS_NUMBER.search(text) and _OVER_MONTH.search(text[:m.start()]))


def published_in_month(month: tuple[int, int] | None, published: str | None, text: str = "") -> bool:
    """An article published within the month asked about itself (not the days after it :func:`_month_fits` allows),
    or one published in the first :data:`DAY_REACH` days after it whose ``text`` names the month: the report of an
    incident of the month's last night ("مساء الحادي والثلاثين من مايو", published 1 June) is the month's own news."""
    pub = _published_day(published)
    if month is None or pub is None:
        return False
    if (pub.year, pub.month) == month:
        return True
    after = _month_after(month)
    return bool(text) and 0 <= (pub - after).days < DAY_REACH and bool(_month_named(month[1]).search(normalize(text)))


def published_after_month(month: tuple[int, int] | None, published: str | None) -> bool:
    """An article published after the month asked about has ended (a later report recalling it)."""
    pub = _published_day(published)
    return month is not None and pub is not None and pub >= _month_after(month)


@lru_cache(maxsize=12)
def _month_named(month: int) -> re.Pattern[str]:
    """The month's name as a word of a normalised text (names of 3+ letters: "اب" is also a word of its own)."""
    names = "|".join(n for n in _MONTH_NAMES[month] if len(n) > 2)
    return re.compile(rf"(?<!\w)(?:{names})(?!\w)", re.I)


def question_day(question: Question) -> date | None:
    """The full date a question names ("on 25 July 2015", "في 25 تموز 2015"), or None."""
    m = _FULL_DATE.search(normalize(question.text))
    if not m:
        return None
    day, month, year = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(5), m.group(4), m.group(6))
    try:
        return date(int(year), _MONTH_OF[month.lower()], int(day))
    except (ValueError, KeyError):
        return None


@lru_cache(maxsize=64)
def _day_pattern(day: int, month: int) -> re.Pattern[str]:
    """The day ``day`` of ``month`` written in a normalised text, compiled once per day of the year."""
    names = "|".join(_MONTH_NAMES[month])
    # "1 نوفمبر"، "November 1"، "الأول من تشرين الثاني/نوفمبر"
    first = r"|(?<!\w)(?:الاول|مطلع) من\s*(?:" + names + r")(?!\w)" if day == 1 else ""
    return re.compile(rf"(?<!\d){day}\s*(?:{names})(?!\w)|(?<!\w)(?:{names})\s*{day}(?!\d){first}", re.I)


def _states_day(day: date, text: str, normalised: bool = False) -> bool:
    """``text`` (normalised already when ``normalised``) states the day of the month ``day``."""
    return bool(_day_pattern(day.day, day.month).search(text if normalised else normalize(text)))


# span_fits reads the same article for each of its sentences: its digits made ASCII once, and whether it states a day
# read once per article and day (not a rescan of the whole text per sentence)
_ascii_article = lru_cache(maxsize=16)(ascii_digits)


@lru_cache(maxsize=256)
def _article_states(text: str, day: date, published: date) -> bool:
    """The article's text states ``day`` (:func:`_states_day`, :func:`_states_this_month`)."""
    norm = normalize(text)
    return _states_day(day, norm, normalised=True) or _states_this_month(day, published, norm)


# news of the days before writes a coming day by its number in the current month ("سيتوجه غدا 25 الجاري"، "يوم
# 25 من الشهر الجاري"): an article of that month stating it states the day (digits only: an ordinal day written in
# words, "العاشر من الشهر الجاري", is not read)
_THIS_MONTH_DAY = re.compile(r"(?<![\d/])(\d{1,2})\s*(?:الجاري|الحالي|من الشهر الجاري|من الشهر الحالي|من هذا الشهر)"
                             r"(?!\w)")


def _states_this_month(day: date, published: date, text: str) -> bool:
    """The normalised ``text``, of an article published in ``day``'s month before it, writes ``day`` as the day of
    the current month ("25 الجاري")."""
    if (published.year, published.month) != (day.year, day.month) or published > day:
        return False
    return any(int(m.group(1)) == day.day for m in _THIS_MONTH_DAY.finditer(text))


# a day of a month without a year ("on November 1", "في 15 مايو", "في الأول من نوفمبر")
_DAY_MONTH = re.compile(rf"(?<![\d/])(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_ALT})(?!\w)"
                        rf"|(?<!\w)(?:on\s+)({_MONTH_ALT})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?![\d\w])"
                        rf"|(?<!\w)(?:الاول) من\s+({_MONTH_ALT})(?!\w)", re.I)
_YEAR_AFTER = re.compile(r"^[\s,/]*(?:عام\s+|of\s+)?(?:19|20)\d\d(?!\d)")


def question_day_month(question: Question) -> tuple[int, int] | None:
    """(month, day) a question names without a year ("on November 1"), or None (see :func:`question_day`)."""
    if question_day(question) is not None:
        return None
    norm = normalize(question.text)
    for m in _DAY_MONTH.finditer(norm):
        if _YEAR_AFTER.match(norm[m.end():]):
            continue
        if m.group(1):
            day, month = int(m.group(1)), m.group(2)
        elif m.group(3):
            day, month = int(m.group(4)), m.group(3)
        else:
            day, month = 1, m.group(5)
        mon = _MONTH_OF.get(month.lower())
        if mon and 1 <= day <= 31 and not (month.lower() == "may" and not m.group(1) and not m.group(3)):
            return mon, day
    return None


def _day_month_fits(day_month: tuple[int, int], published: str | None, text: str) -> bool:
    """An article published on that day of the month (or within DAY_REACH days after it), or ``text`` stating it."""
    mon, day = day_month
    pub = _published_day(published)
    if pub is not None:
        for year in (pub.year, pub.year - 1):
            try:
                asked = date(year, mon, day)
            except ValueError:
                continue
            if asked <= pub <= asked + timedelta(days=DAY_REACH):
                return True
    try:
        return _states_day(date(2000, mon, day), text)
    except ValueError:
        return False


def constraints_of(question: Question) -> Constraints:
    """The constraints a question sets on the sentences that may answer it."""
    room = "joint_rooms" in question.topics and bool(_ROOM.search(normalize(question.text))) if question.language == "ar" \
        else "joint_rooms" in question.topics and bool(re.search(r"\brooms?\b|\bcells?\b", question.text, re.I))
    return Constraints(years=question_years(question), weekday=question_weekday(question), room=room,
                       agreement="agreements" in question.topics and question.intent is not Intent.provisions,
                       day=question_day(question), month=question_month(question),
                       places=world_places(question), age=asks_age(question), day_month=question_day_month(question),
                       where=_asked_where(question), since=_since_years(question))


def dated_constraints(question: Question) -> Constraints | None:
    """The question's constraints (:func:`constraints_of`) when it names a day ("on 8 April 2018", "on November 1"),
    else None: the readers that quote a few sentences skip the other days' before choosing them
    (:data:`marsad.agent.qa.actions.FITTING_FIRST`)."""
    cons = constraints_of(question)
    return cons if cons.day is not None or cons.day_month is not None else None


INDIC_DIGITS = True  # switch for A/B measurement (tests patch it)


def span_fits(c: Constraints, quote: str, doc_text: str = "", published: str | None = None,
              title: str | None = None) -> bool:
    """A cited sentence fits the question's constraints.

    - every year asked about is stated in the sentence, the article (title or text), or is the
      article's publication year (news of 2015 answers "in 2015" without restating it);
    - a full date asked about ("25 July 2015") is the article's: published on it or within
      DAY_REACH days after, or the article states that day;
    - a weekday asked about is not contradicted: a sentence naming other weekdays and not the
      one asked about reports another day's events;
    - a question about a joint room or an agreement is answered by a sentence that names one
      (or whose article's title does);
    - a day asked about without its year ("on November 1") is the article's day, or the article states it;
    - a place asked about that only the world gazetteer knows is named by the article (title or text);
    - an age asked about ("how old") is stated by the sentence.

    Digits are read alike in both scripts: news writes years and days with Arabic-Indic digits too ("عام ٢٠١٧").
    """
    if INDIC_DIGITS:
        quote, title = (ascii_digits(x) if x else x for x in (quote, title))
        doc_text = _ascii_article(doc_text) if doc_text else doc_text
    where = quote + " " + (title or "") + " " + doc_text
    if c.month is not None and not _month_fits(c.month, published, where):
        return False
    if c.month is not None and quote and MONTH_NEAR and not _month_fits(c.month, published, "") \
            and not _month_near(c.month, quote, doc_text, title):
        return False
    if c.years:
        year = (published or "")[:4]
        for y in c.years:
            if c.month is not None and y == c.month[0] and _month_fits(c.month, published, ""):
                continue  # published in the month asked about or just after it (December's news in January)
            if str(y) != year and not re.search(rf"(?<!\d){y}(?!\d)", where):
                return False
    if c.day is not None and published:
        pub = _published_day(published)
        if pub is not None and not c.day <= pub <= c.day + timedelta(days=DAY_REACH):
            told = normalize(quote + " " + (title or ""))
            if not _states_day(c.day, told, normalised=True) and not _states_this_month(c.day, pub, told) \
                    and not _article_states(doc_text, c.day, pub):
                return False
    if c.weekday is not None:
        days = _weekdays(quote)
        if days and c.weekday not in days:
            return False
    if c.day_month is not None and not _day_month_fits(c.day_month, published, (title or "") + " " + quote):
        # an article of another day that tells several days' events ("وفي الأول من نوفمبر قتل ثلاثة ..."): the
        # cited sentence must be that day's, stated in it or just before it (a day opening its paragraph)
        at = doc_text.find(quote) if quote else -1
        before = doc_text[max(0, at - DAY_CONTEXT):at] if at > 0 else ""
        if not (_day_month_fits(c.day_month, None, before + " " + quote) if quote
                else _day_month_fits(c.day_month, None, doc_text)):
            return False
    if c.places:
        whole = normalize(where)
        if not all(mentions(p, whole, normalized=True) or capital_told(p, whole) for p in c.places):
            return False
    if c.age and quote and not states_age(quote):
        return False
    if c.where and quote and OTHER_PLACE and other_place(c, quote):
        return False
    if c.years and quote and OTHER_YEAR and not _year_near(c, quote, doc_text, published, title):
        return False
    if c.years and quote and OTHER_MONTH_YEAR and _dated_elsewhen(c, quote, published):
        return False
    norm = normalize(quote + " " + (title or ""))
    if c.room and not _ROOM.search(norm):
        return False
    return not c.agreement or bool(_AGREEMENT.search(norm)) or AGREED_VERB and _agreed(norm)


# switch for A/B measurement (tests patch it): "agreed to" is answered by a sentence telling the agreement by its verb
# ("اتفقا على توطيد التعاون") or consent ("بموافقة الطرفين على تبادل الأسرى"), not only by the noun: the agreement
# rules' words of agreeing and consenting (agreements.json "agreed", "accept": the forms of اتفق، وافق، موافقة; not
# "signed"/"announced"/"reached" -- "وقع" also tells an attack -- nor "قبول": "قبول الآخر", 88 slice articles) and
# their present tense; not the date word "الموافق"
# ("يوم الاثنين الموافق 12 آذار": corresponding to), nor a verb negated or refused ("لم يوافق"، "رفضت الحكومة
# الموافقة"، "دون موافقة")
AGREED_VERB = True
_AGREED_ROOTS = ("اتفق", "وافق", "موافق")
_AGREED_PRESENT = ("يتفق", "يتفقون", "يتفقان", "يتفقوا", "تتفق", "تتفقان", "يوافق", "يوافقون", "يوافقان", "توافق",
                   "توافقت", "توافقا", "توافقوا")
_AGREED_NOT = frozenset(normalize(w) for w in ("الموافق", "موافق"))
# a negator or a refusal among the two words before the verb ("لم يوافق"، "رفضت الحكومة الموافقة")
_AGREED_NEGATED = re.compile(r"(?<!\w)[وف]?(?:لم|لن|لا|عدم|دون|بدون|رفض\w*|يرفض\w*|ترفض\w*)(?!\w)")


@lru_cache(maxsize=1)
def _agreed_pattern() -> re.Pattern[str]:
    """The words of agreeing and accepting (:data:`AGREED_VERB`), with their conjunction and preposition clitics."""
    found = {w for w in rules.words("agreements", "agreed") | rules.words("agreements", "accept")
             if any(r in w for r in _AGREED_ROOTS)}
    found |= {normalize(w) for w in _AGREED_PRESENT}
    found -= _AGREED_NOT
    alts = "|".join(re.escape(w) for w in sorted(found, key=len, reverse=True))
    return re.compile(rf"(?<!\w)[وف]?[بل]?(?:{alts})(?!\w)")


def _agreed(norm: str) -> bool:
    """Whether a normalised sentence tells an agreement by a word of agreeing or accepting not negated or refused."""
    for m in _agreed_pattern().finditer(norm):
        before = norm[:m.start()].split()[-2:]
        if not any(_AGREED_NEGATED.fullmatch(w) for w in before):
            return True
    return False


# switch for A/B measurement: a state's capital is named by "عاصمة <the state>" as surely as by its own name ("هجوم على
# ثكنة للجيش في عاصمة بوركينا فاسو" tells of Ouagadougou): a world place the gazetteer places within
# 0.3 degrees of its state's capital is named by a text writing "عاصمة" before one of the state's names
CAPITAL_NAMED = True
_CAPITALS: dict[str, re.Pattern[str] | None] = {}


def capital_told(place: Entry, norm: str) -> bool:
    """Whether normalised ``norm`` names the world place ``place`` as its state's capital (:data:`CAPITAL_NAMED`)."""
    if not CAPITAL_NAMED or place.get("admin_level") == "country":
        return False
    if place.id not in _CAPITALS:
        from marsad.core.gazetteer import get_world_gazetteer

        world, pattern = get_world_gazetteer(), None
        found = world.resolve(place.canonical)
        state = world.country(found.country_code) if found is not None and found.admin_level != "country" else None
        if state is not None and found.lat is not None and state.lat is not None \
                and abs(found.lat - state.lat) < 0.3 and abs(found.lon - state.lon) < 0.3:
            names = sorted({normalize(n) for n in world.country_names(found.country_code) if n}, key=len, reverse=True)
            if names:
                alt = "|".join(re.escape(n).replace(r"\ ", "[ _]") for n in names)
                pattern = re.compile(rf"(?<!\w)[وفبل]?(?:ال)?عاصمه[ _]#?(?:{alt})(?!\w)")
        _CAPITALS[place.id] = pattern
    pattern = _CAPITALS[place.id]
    return pattern is not None and bool(pattern.search(norm))


# ---------------------------------------------------------------- another place, another year
OTHER_PLACE = True  # switch for A/B measurement (tests patch it)
OTHER_YEAR = True
MONTH_NEAR = True  # an asked month not the article's must be stated near the cited sentence
NEAR_KM = 75.0  # a place this close to the one asked about may be its suburb, district or neighbour town
_FINE_LEVELS = {"city", "district", "subdistrict"}  # places small enough that their distance tells apart


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    from math import asin, cos, radians, sin, sqrt

    (la1, lo1), (la2, lo2) = a, b
    h = sin(radians(la2 - la1) / 2) ** 2 + cos(radians(la1)) * cos(radians(la2)) * sin(radians(lo2 - lo1) / 2) ** 2
    return 12742.0 * asin(sqrt(min(1.0, h)))


def _entry_where(e: Entry) -> tuple[tuple[str, ...], str | None, tuple[tuple[float, float], ...]] | None:
    lat, lon = e.get("lat"), e.get("lon")
    coords = ((float(lat), float(lon)),) if lat is not None and lon is not None else ()
    return (tuple(e.ar), e.get("governorate"), coords) if coords or e.get("governorate") else None


# switch for A/B measurement (tests patch it): a place a question names only in a phrase dating the event by a
# conference, a summit, a meeting or talks held there ("يوم المؤتمر الصحفي للوزيرين في جدة"، "during the summit in
# Sochi") is where the meeting was, not where the event asked happened: a sentence on a town far from it still answers
ANCHOR_PLACE = True
# the openers that date an event by a meeting, and those ("في"، "خلال"، "during", "at") that tell as often where an
# attack fell ("التفجير الذي وقع خلال اجتماع لشيوخ العشائر في ..."): after these the meeting dates the event only when
# it is someone's own or a press conference ("في مؤتمره الصحفي ببرلين"، "during his press conference")
_MEETINGS_AR = r"(?:ال)?(?:موتمر|موتمره|قمه|اجتماع|اجتماعات|محادثات|مباحثات|مفاوضات|لقاء|ندوه)"
_ANCHOR_AR = re.compile(r"(?<!\w)(?:يوم|عشيه|غداه|ابان|بعد|قبل)\s+" + _MEETINGS_AR + r"(?!\w)"
                        r"|(?<!\w)(?:خلال|اثناء|في)\s+(?:(?:ال)?موتمر\s+صحفي|الموتمر\s+الصحفي|موتمره\s+الصحفي"
                        r"|(?:موتمر|قمه|اجتماع|اجتماعات|محادثات|مباحثات|مفاوضات|لقاء|ندوه)(?:ه|ها|هم|هما|يه|يها|يهم|اته"
                        r"|اتها|اتهم))(?!\w)")
_ANCHOR_EN = re.compile(r"\b(?:on the day of|after|before|ahead of|on the eve of)\s+(?:the|his|her|their|a|an)?"
                        r"\s*(?:[\w'-]+\s+){0,3}?(?:conference|summit|meeting|talks|symposium)\b"
                        r"|\b(?:during|at)\s+(?:(?:his|her|their)\s+(?:[\w'-]+\s+){0,3}?(?:conference|summit|meeting|talks)"
                        r"|(?:the|a)\s+(?:press|news)\s+conference)\b", re.I)
_ANCHOR_REACH = 8  # most words from the meeting's noun to the place
# a verb or noun of the event between the meeting and the place makes the place the event's ("... ثم انفجرت في ...")
_EVENT_BETWEEN = re.compile(r"(?<!\w)(?:وقع|وقعت|انفجر|انفجرت|استهدف|استهدفت|هاجم|هاجمت|قتل|قتلت|اغتيل|exploded|"
                            r"attacked|struck|targeted|killed|bombed|stormed)(?!\w)", re.I)


def _anchors_only(question: Question, place: Entry) -> bool:
    """Every mention of ``place`` in the question follows, within :data:`_ANCHOR_REACH` words, a phrase dating the
    event by a meeting (:data:`ANCHOR_PLACE`), with no verb of the event between ("يوم المؤتمر الصحفي ... في جدة")."""
    en = question.language == "en"
    text = question.text if en else normalize(question.text)
    forms = [f for f in ((place.name_en, *place.en) if en else (normalize(a) for a in (place.canonical, *place.ar))) if f]
    anchors = list((_ANCHOR_EN if en else _ANCHOR_AR).finditer(text))
    if not anchors or not forms:
        return False
    spots = [m.start() for f in forms for m in re.finditer(rf"(?<!\w)[وفبل]?{re.escape(f)}(?!\w)", text, re.I if en else 0)]
    return bool(spots) and all(any(a.end() <= at and len(text[a.end():at].split()) <= _ANCHOR_REACH
                                   and not _EVENT_BETWEEN.search(text[a.end():at]) for a in anchors) for at in spots)


def _asked_where(question: Question):
    """The finer places a question is about, with where they lie; () when it names a place no distance can
    place (a province, a region: what lies in it is unknown) or asks where something is or came from."""
    if question.intent is Intent.location:
        return ()  # "which district south of Hodeidah": the answer is another place
    out = []
    for e in question.places:
        level = e.get("admin_level")
        if level == "country":
            continue
        if ANCHOR_PLACE and _anchors_only(question, e):
            continue  # ("... يوم المؤتمر الصحفي في جدة": where another event dated it, not where it happened)
        if level not in _FINE_LEVELS and not (level == "governorate" and e.get("governorate")):
            return ()
        got = _entry_where(e)
        if got is None:
            return ()
        out.append(got)
    return tuple(out)


@lru_cache(maxsize=4096)
def _quote_places(norm: str):
    """The finer places a cited sentence names: the lexicon's (a common-word name only after an administrative
    word) and, after a place word ("في الجوف"، "بمدينة ..."), the world gazetteer's towns. (Memoised: the same
    sentences are checked by every reader of a question.)"""
    from marsad.agent.qa.question import find_entities
    from marsad.core.gazetteer import get_world_gazetteer
    from marsad.core.lexicon import get_lexicon

    found = []
    for e in find_entities(norm, get_lexicon(), question=True):
        if e.kind == "places" and e.get("admin_level") in _FINE_LEVELS | {"governorate"}:
            got = _entry_where(e)
            if got is not None:
                found.append((e.get("admin_level"), got))
    gaz = get_world_gazetteer()
    toks = tokenize(norm)
    for i in range(1, len(toks)):
        if toks[i - 1] not in _PLACE_CUES_AR or len(toks[i]) < _MIN_PLACE_LEN or MONTH_WORD.fullmatch(toks[i]):
            continue
        rows = [p for p in gaz.lookup(toks[i]) if p.admin_level == "city" and p.lat is not None and p.lon is not None]
        if rows:
            found.append(("city", ((toks[i],), None, tuple((p.lat, p.lon) for p in rows))))
    return tuple(found)


def _near(x, q) -> bool:
    _, xgov, xco = x
    _, qgov, qco = q
    if xgov and qgov:
        return xgov == qgov
    return not xco or not qco or any(_km(a, b) <= NEAR_KM for a in xco for b in qco)


def other_place(c: Constraints, quote: str) -> bool:
    """The cited sentence tells of another place than the one asked about: it names none of the question's finer
    places and names a town, district or governorate lying far from all of them (another province of Iraq, a
    town more than NEAR_KM away): the toll of a bombing in al-Jawf does not answer a question about Saada."""
    norm = normalize(quote)
    asked = [Entry(kind="places", id="w:" + "|".join(forms), canonical=forms[0], name_en=None, ar=forms, en=())
             for forms, _, _ in c.where if forms]
    if any(mentions(e, norm, normalized=True) for e in asked):
        return False
    for level, x in _quote_places(norm):
        if level == "governorate" and not x[1]:
            continue
        if level == "governorate":
            if all(q[1] and q[1] != x[1] for q in c.where):
                return True
            continue
        if not any(_near(x, q) for q in c.where):
            return True
    return False


_SINCE = re.compile(r"(?:\bsince|\bfrom|\bbetween|(?<!\w)منذ|(?<!\w)بين)\s+(?:عام\s+|عامي\s+|the year\s+)?"
                    r"((?:19|20)\d\d)(?!\d)", re.I)


def _since_years(question: Question) -> tuple[int, ...]:
    """The years a question names as the start of a span ("since 2014", "منذ عام 2011", "between 2014 and ...")."""
    return tuple(int(y) for y in _SINCE.findall(normalize(question.text)))


YEAR_CONTEXT = 600  # characters before a cited sentence in which the year it tells of may be stated


def _told_before(quote: str, doc_text: str) -> tuple[int, str]:
    """Where the cited sentence stands in the article (-1 when not found) and the YEAR_CONTEXT characters before it."""
    at = doc_text.find(quote)
    return at, doc_text[max(0, at - YEAR_CONTEXT):at] if at > 0 else ""


def _month_near(month: tuple[int, int], quote: str, doc_text: str, title: str | None) -> bool:
    """The month asked about, in an article of another month, is stated by the cited sentence, the title or the
    text just before the sentence (YEAR_CONTEXT characters) or just after it (DAY_CONTEXT: 'the attack had taken place in May'): an August report recalling July in one paragraph
    tells of July there, not in its other sentences (which are of its own days)."""
    at, before = _told_before(quote, doc_text)
    after = doc_text[at + len(quote):at + len(quote) + DAY_CONTEXT] if at >= 0 else ""
    return _month_fits(month, None, quote + " " + (title or "") + " " + before + " " + after)


OTHER_MONTH_YEAR = True  # switch for A/B measurement (tests patch it)
# (a month may be written twice: "منذ يوليو/تموز 2017")
_SINCE_BEFORE = re.compile(r"(?:(?<!\w)منذ|(?<!\w)بين|\bsince|\bbetween|\bfrom)\s*(?:\w+\s*/\s*)?$", re.I)


def _dated_elsewhen(c: Constraints, quote: str, published: str | None = None) -> bool:
    """The cited sentence dates what it tells to a month of another year ("في أبريل عام 1983") and names no year
    asked about: it recalls another time (an article of this year looking back), not the event asked about.
    ("منذ مارس 2015": a span's start says nothing of when the sentence's own event was; in an article of a year
    asked about, nor does a date inside a relative clause: "اعتقلت الشرطة 150 جنديا ... غولن الذي تحمله مسؤولية
    الانقلاب في يوليو 2016" dates the coup the clause recalls, not the arrests.)"""
    norm = normalize(quote)
    if any(re.search(rf"(?<!\d){y}(?!\d)", norm) for y in c.years):
        return False
    pub = _published_day(published)
    current = RELATIVE_DATE and pub is not None and pub.year in c.years
    return any(int(m.group(2)) not in c.years and not _SINCE_BEFORE.search(norm[max(0, m.start() - 24):m.start()])
               and not (current and _RELATIVE_BEFORE.search(norm[max(0, m.start() - RELATIVE_REACH):m.start()]))
               and not (current and _DOCUMENT_DATED.search(norm[max(0, m.start() - DOCUMENT_REACH):m.start()]))
               for m in _MONTH_YEAR.finditer(norm))


RELATIVE_DATE = True  # switch for A/B measurement (tests patch it)
RELATIVE_REACH = 80  # characters before a month-year in which a relative pronoun opens the clause it dates
# a relative pronoun with no clause break between it and the date after it (normalised)
_RELATIVE_BEFORE = re.compile(r"(?<!\w)(?:الذي|التي|الذين|اللذين|اللتين|اللذان|اللتان)(?!\w)[^،,.؛;:!?؟]*$")
# a document dated by its participle ("الاتفاقية الأمنية الموقعة مع الأردن في مارس 2013"، "الاتفاق المبرم في"، "القرار
# الصادر في") is dated as a relative clause dates what it tells: the sentence's own event is not of that month. The
# document noun comes first: a bare "الموقع" is as often "the site" ("قصفت الطائرات الموقع العسكري في نوفمبر 2014")
DOCUMENT_REACH = 120  # characters before a month-year in which a document noun and its participle date it
_DOCUMENT_DATED = re.compile(
    r"(?<!\w)[وفبل]{0,2}(?:ال)?(?:اتفاق|اتفاقيه|اتفاقات|اتفاقيات|مذكره|مذكرات|قرار|قرارات|قانون|مرسوم|وثيقه|معاهده|بروتوكول"
    r"|عقد|عقود|صفقه|ميثاق|بيان|اعلان|تفاهم|هدنه)(?!\w)[^،,.؛;:!?؟]{0,40}?"
    r"(?<!\w)(?:ال)?(?:موقع|موقعه|مبرم|مبرمه|صادر|صادره|مورخ|مورخه|معقود|معقوده)(?!\w)[^،,.؛;:!?؟]{0,40}$")


def _year_near(c: Constraints, quote: str, doc_text: str, published: str | None, title: str | None) -> bool:
    """Each year asked about that is not the article's own is stated by the cited sentence, the title, or the
    text just before the sentence: an article of 2018 recalling 2016 in one paragraph tells that year's events
    there, not in its other sentences (which are of its own days)."""
    pub = _published_day(published)
    before = None
    for y in c.years:
        if y in c.since:
            continue  # the start of a span: an article of its end tells of it without restating when it began
        if pub is None or pub.year == y or (pub.year == y + 1 and pub.month == 1 and pub.day <= MONTH_REACH):
            continue
        if c.month is not None and y == c.month[0] and _month_fits(c.month, published, ""):
            continue
        if before is None:
            before = _told_before(quote, doc_text)[1]
        if not re.search(rf"(?<!\d){y}(?!\d)", quote + " " + (title or "") + " " + before):
            return False
    return True
