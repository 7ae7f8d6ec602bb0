"""Who attacked whom, with what: perpetrator, target and weapons of an event frame.

The perpetrator is named only when the text says or attributes it: a force or group after
"نفذه"، "على يد"، "تبنى"، the subject of an attack verb ("قصفت القوات التركية"، "القوة الجوية
نفذت")، or an armed group told as the doer ("هجمات لداعش"، "عناصر داعش") and not as the
counted dead ("مقتل 9 من عناصر داعش"). The target is the force counted among the victims,
else what was aimed at ("استهدف رتلا"، "هجوم على حاجز")، else the victims' noun.
"""

from __future__ import annotations

import re

from marsad.agent.numbers import Quantity, read_quantity
from marsad.agent.offline import rules
from marsad.agent.offline.casualties import COUNTED_NOUNS, INJURED, KILLED, VICTIM_NOUNS
from marsad.agent.offline.context import FORCE_TYPES, DocContext, bare, build_context
from marsad.agent.offline.frames import Frame, find_frames
from marsad.agent.offline.mentions import Mention, get_gazetteer
from marsad.agent.offline.scope import clitic_surfaces
from marsad.agent.offline.vocab import FRONTING_IN, REL_PRONOUNS
from marsad.core.arabic import normalize
from marsad.core.lexicon import Entry
from marsad.schemas.document import Document

__all__ = ["perpetrator", "target", "weapons"]

_ACT_WORDS = rules.words("roles", "act_words")

_PERP_CUES = rules.words("roles", "perp_cues")

_PERP_BLOCKERS = rules.words("roles", "perp_blockers")
"""Words before an armed group that make it the target or the hunted ("غارات على مواقع لحزب العمال")."""
_AIM_VERBS = rules.words("roles", "aim_verbs")
""""استهدف" and its forms: the group after it is what was aimed at ("ضربة جوية استهدفت تنظيم الدولة")."""

_STRONG_PERP_CUES = rules.words("roles", "strong_perp_cues")
_ANNEXED_CUES = rules.words("roles", "annexed_perp_cues")
"""Strong cues that are nouns annexed to the doer ("بنيران الجيش"، "قذائف الحوثيين"): the doer follows them at once."""

_ATTACK_VERBS = rules.words("roles", "attack_verbs")  # not استهدف: its object follows
_SOURCE_WORDS = rules.words("roles", "source_words")

_TARGET_CUES = rules.words("roles", "target_cues")

_DENIALS = rules.words("roles", "denials")
_ADOPT_VERBS = rules.words("roles", "adopt_verbs")
"""Verbs that claim by themselves ("تبنت الجماعة الهجوم"); "أعلن" needs "مسؤولية" after the claimant."""
_CLAIM_NOUNS = rules.words("roles", "claim_nouns")
_CLAIM_NEGATIONS = rules.words("roles", "claim_negations")
_ANAPHORS = rules.words("roles", "anaphoric_groups")
"""Nouns that refer back to a group named before ("هذه المجموعة تبنت")."""
_CLAIM_SUBJECTS = rules.words("roles", "claim_subject_nouns")
"""Head nouns a doer's name may follow ("شنت طائرات التحالف"، "قام به المتمردون الحوثيون")."""
_PRONOUN_CUES = rules.words("roles", "doer_pronoun_cues")
_PRONOUN_VERBS = rules.words("roles", "doer_pronoun_verbs")
_ATTACK_NOUNS = rules.words("roles", "attack_nouns")
_IDAFA_NOUNS = rules.words("roles", "doer_idafa_nouns")
"""Attack nouns whose annexed armed group is its doer ("هجوم داعش"، "اعتداءات الحوثيين")."""
_VICTIM_LINKS = rules.words("roles", "victim_links")
_VICTIM_FILLERS = rules.words("roles", "victim_fillers")
_DEATH_AFTER = rules.words("roles", "death_after")
"""Right after a force or group ("لقي عدد من عناصر ميليشيا الحوثي مصرعهم"): it met its death, it is the dead."""
_BACKGROUND = rules.words("roles", "background_marks")
_DEMONSTRATIVES = rules.words("roles", "demonstratives")
_HABITUAL = rules.words("roles", "habitual")
"""Words of a general statement ("في أحيان كثيرة"، "عادة"): who usually attacks is not this attack's doer."""
_AFFILIATION = rules.words("roles", "affiliation_words")
_NISBA: dict[str, str] = {normalize(k): v for k, v in rules.table("roles", "nisba_doers").items()}
"""A state's adjective after an attack noun -> the registry id of its forces."""
_NISBA_MODIFIED: dict[str, str] = {normalize(k): v for k, v in rules.table("roles", "nisba_doers_after_modifier").items()}
"""State adjectives read as the doer's only after another adjective or aircraft word ("قصف جوي سوري"،
"طائرات حربية سورية"): written alone they also name a person or a country ("اغتيال إيراني"، "قصف سورية")."""
_MANNER = rules.words("roles", "manner_adjectives")
_OWNER_GAP = rules.words("roles", "owner_gap_words")
"""Time words that may stand between an attack noun and its owner ("قصف بنهاية الأسبوع للطيران التركي")."""
_SPEECH_VERBS = rules.words("roles", "speech_verbs")
_PERSON_NOUNS = rules.words("roles", "victim_person_nouns")
"""Words for people killed or wounded, taken as the target when nothing else names it ("شاب"، "مدنيين")."""
_MASDARS = rules.words("roles", "object_masdars")
"""Verbal nouns among the object words: no subject stands between them and their object ("خلال قصفها مدينة")."""
_SELF_PRONOUNS = rules.words("roles", "self_pronouns")
""""إنها"، "أنه": the speaker speaking of itself after a speech verb."""
_BLAST_VERBS = rules.words("roles", "blast_verbs")
_MEANS = rules.words("roles", "means_nouns")
"""Bombs and their carriers: after "تفجير" they are the means ("تفجير سيارة")."""
_CARRIED_TRIGGERS = rules.words("roles", "carried_triggers")
_CARRY = rules.number("roles", "carry_sentences")
_FLYERS = frozenset(rules.phrases("roles", "flyer_types"))
_AIR_SUBJECTS = rules.words("roles", "air_subjects")
_STRIKE_VERBS = rules.words("roles", "strike_verbs")
_FROM_AFAR = rules.phrases("roles", "unclaimed_types")
"""Attack types an article's claim does not reach: strikes from the air or afar are told with their own doer."""
"""Words before a group that deny its part ("نفت الحركة مسؤوليتها"): a denied doer is no perpetrator."""
_CLAIMS_AFTER = rules.words("roles", "claims_after")
_CLAIM_VERBS = rules.words("roles", "claim_verbs")
_CLAIM_SURFACES = clitic_surfaces(_CLAIM_VERBS)
"""Tokens with a claim verb among their :func:`bare` forms."""
_OBJECT_VERBS = rules.words("roles", "object_verbs")
_OBJECT_PREP_AFTER = rules.words("roles", "object_prepositions_after")
"""Attack nouns whose target follows "على" ("هجوم على مسجد"، "غارات على مواقع")."""
_OBJECT_STOPS = rules.words("roles", "object_stops")
_OBJECT_PLACE_CUES = rules.words("roles", "object_place_cues")
_NOT_OBJECT_HEADS = rules.words("roles", "not_object_heads")
_SUBJECT_NOUNS = rules.words("roles", "subject_nouns")
_OBJECT_SKIP = rules.words("roles", "object_skip")
"""Manner words between an attack word and its object ("قصفا عشوائيا على"، "خصوصا")."""
_SITE_NOUNS = rules.words("roles", "site_nouns")
_ATTACK_SUBJECTS = rules.words("roles", "attack_subject_nouns")
"""The attack itself as the subject of "استهدف"/"طال" ("استهدف انفجار خط أنابيب"، "استهدفت غارة أمريكية معسكرا")."""
_ATTACK_SUBJECT_LEADS = rules.words("roles", "attack_subject_leads")
_SUBJECT_BEFORE = rules.words("roles", "subject_before_words")
""""أنها قصفت"، "الطائرات التي قصفت": the verb's subject stands before it, its object right after it."""
_RELATIVE_DOER_VERBS = rules.words("roles", "relative_doer_verbs")
""""هجوم شنه مقاتلو المعارضة على أحياء": the attack's doer told in a relative verb before its "على"."""
_DUAL_ATTACK_VERBS = rules.words("roles", "dual_attack_verbs")
_SUPPORT = rules.words("roles", "support_words")
""""بدعم من طيران التحالف"، "بغطاء جوي من التحالف"، "مسنودة بالقوات": the force named after them backs the doer."""
_NAMED_KILL = rules.words("roles", "named_kill_words")
_TITLES = rules.words("roles", "victim_titles")
"""A person killed by name or title: "مقتل سالم الحداد، أمير كتيبة الفرقان"، "اغتيل القيادي في الحزب ..."."""
_RELATIVES = rules.words("roles", "relative_words")
_DIRECT_VERBS = rules.words("roles", "direct_verbs")
""""وجه ضربات إلى التنظيم" (directed strikes at): "إلى" after the strikes names what they hit, as "على"."""
_EXPOSED_VERBS = rules.words("roles", "exposed_verbs")
_EXPOSED_ATTACKS = rules.words("roles", "exposed_attacks")
""""تعرضت X لهجوم" (X came under attack): X is what was attacked, the noun after "ل" the attack."""
_ATTACK_SUBJECT_ADJS = rules.words("roles", "attack_subject_adjectives")
"""Words before ("أعنف الهجمات") and adjectives after ("هجوم انتحاري مزدوج") an attack told as the subject."""
_SITE_PREPOSITIONS = rules.words("roles", "site_prepositions")
_BELONGING = rules.words("roles", "belonging_words")
"""Words of belonging before "إلى" ("مسلحون ينتمون إلى حركة الشباب"): "إلى" then names the doer's group."""
_ACCUSATION = rules.words("roles", "accusation_words")
"""Words of an accusation or a hedged attribution ("اتهمت الحكومة الحوثيين بتنفيذ"، "نسبت إلى"، "يشتبه"): the
accused is no confirmed doer (the guidelines accept no perpetrator for a hedged attribution)."""
_HAND = rules.words("roles", "hand_words")
""""يد"/"أيدي": a doer cue only after "على" ("على يد"، "على أيدي"), not "في يد" (in the hands of)."""
_ATTACK_HEADS = rules.words("roles", "from_doer_heads")
_FROM_HEADS = _ATTACK_HEADS | rules.words("roles", "ground_subject_nouns")
"""Words before "من" that make what follows it the doer ("بغارات من طائرات التحالف"، "اقتحام من مسلحين"،
"مسلحون من حركة طالبان")."""
_NISBA_SUBJECTS = rules.words("roles", "nisba_subject_nouns")
"""Doer nouns a state's or group's adjective may follow ("المدفعية السعودية"، "مسلحين حوثيين")."""
_GROUND_SUBJECTS = rules.words("roles", "ground_subject_nouns")
"""Doers written before the object of a finite verb ("قصفت مقاتلات التحالف مواقع"، "اقتحم مسلحون قاعدة")."""
_CASUALTY_PLURALS = rules.words("roles", "casualty_plurals")
"""Nouns of the dead and wounded a group is annexed to ("جثث قتلى الميليشيا"، "جرحى الحركة"): the group lost them."""
_TRAINING = rules.words("roles", "training_words")
"""Verbs of learning before "على يد" ("تدرب على يد التنظيم"): the teacher, not the doer."""
_COMMIT_VERBS = rules.words("roles", "commit_verbs")
""""ارتكب" (committed): the actor next to it is the doer of the crime or massacre it names, never its object."""
_EPITHETS: dict[tuple[str, ...], str] = {
    tuple(normalize(k).split()): v for k, v in rules.table("roles", "epithet_doers").items()}
"""Names news gives a force without its registry name ("بنيران الاحتلال"، "الائتلاف الدولي") -> its registry id."""
_COUNTRY_EPITHETS: dict[str, dict[tuple[str, ...], str]] = {}
for _key, _doer in rules.table("roles", "country_epithet_doers").items():
    _cc, _name = _key.split("|", 1)
    _COUNTRY_EPITHETS.setdefault(_cc, {})[tuple(normalize(_name).split())] = _doer
"""Epithets that name a force only in news about one country ("CC|epithet" -> registry id): a bare
"المقاومة" in news about Yemen is the Popular Resistance fighting the Houthis (elsewhere it names others)."""
_EPITHET_INDEX: dict[str, dict[str, list[tuple[tuple[str, ...], str]]]] = {}
"""Per article country, the epithets (general and the country's) by their first word, in table order."""


def _epithets_by_first(country: str) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    index = _EPITHET_INDEX.get(country)
    if index is None:
        index = {}
        for key, doer in {**_EPITHETS, **_COUNTRY_EPITHETS.get(country, {})}.items():
            index.setdefault(key[0], []).append((key, doer))
        _EPITHET_INDEX[country] = index
    return index
_EPITHET_SUBJECTS = rules.words("roles", "epithet_subject_nouns")
_NOT_VICTIM_NOUNS = rules.words("roles", "not_victim_nouns")
_OWNER_WORDS = rules.words("roles", "owner_words")
_DOER_NOUNS = rules.words("roles", "doer_nouns")
"""Attackers a group's "تابع" may describe ("قناص تابع للميليشيا"): the group is then the doer's."""
_GROUP_VERBS = rules.words("roles", "group_subject_verbs")
"""Verbs after a group that make it their subject ("المسلحون هاجموا"، "الميليشيات زرعت")."""
_MADE_IN = rules.words("roles", "made_in_words")
_STATE_DOERS: dict[str, str] = rules.table("roles", "state_doers")
"""A country's registry place id -> its forces, for a state told as the doer ("إسرائيل ضربت"، "شنت تركيا")."""
_ADVANCE_VERBS = rules.words("roles", "advance_verbs")
"""Verbs of a side's advance or operation ("سيطرت"، "حررت"، "تمكنت"، "واصلت"): the force or group whose
verb it is fought the battle the sentence tells, as its initiator."""
_ADVANCE_MASDARS = rules.words("roles", "advance_masdars")
"""Verbal nouns of an advance after "أعلن X عن" ("أعلن الجيش عن تحرير مواقع"): X made the advance."""
_REPEL = rules.words("roles", "repel_words")
"""Words of repelling ("صد"، "التصدي"، "إحباط"): the side that repels is attacked, not the attacker."""
_MILITIA = rules.words("roles", "militia_words")
""""الميليشيا"، "الميليشيات" written bare: the militia the article has named with that word before."""
_ALLIES = rules.words("roles", "ally_words")
""""وحلفاؤها" after a state told as the doer ("الولايات المتحدة وحلفاؤها نفذوا 41 ضربة")."""
_ALLIED_DOERS: dict[str, str] = rules.table("roles", "allied_doers")
"""A state's registry place id -> the coalition it leads, for "<state> وحلفاؤها" (the US and its allies: the
international coalition); other states and their allies stand for the state's forces."""
_CAUSES = rules.words("roles", "cause_words")
"""Words that tell one event as caused by another ("هاجموا مقرا ما أدى إلى اندلاع اشتباكات")."""
_AFFILIATE = rules.words("roles", "affiliate_words")
"""Words that make a claimant an affiliate of the group named after them ("جماعة تابعة لتنظيم القاعدة")."""
_COMMIT_GAP = rules.words("roles", "commit_gap_words")
"""Words between "ارتكب" and its doer ("المنطقة التي ارتكب فيها الحوثيون مجزرة")."""
_UNCLAIMED_VERBS = rules.words("roles", "unclaimed_verbs")
"""Present forms of a claim verb after a negation ("لم تعلن أي جهة مسؤوليتها عن الهجوم"): no one claimed it."""
_OWN_FORCES = rules.words("roles", "own_force_words")
"""A speaker's own forces ("جنوده"، "طائراتها"): "قال الجيش إن جنوده قتلوا مسلحا" is the army's own act."""
_THAT = rules.words("roles", "that_words")
_CLAIM_MASDARS = rules.words("roles", "claim_masdars")
"""Verbal nouns of a claim after their claimant ("وسارع تنظيم داعش إلى إعلان مسؤوليته عن الهجوم")."""
_UNITS = rules.words("roles", "unit_nouns")
"""Nouns of a fighting unit ("الفرقة"، "لواء"، "كتيبة"، "فصيل") that news names with the group it belongs to
("الفرقة الساحلية الأولى التابعة للجيش السوري الحر"): the unit acts for that group."""
_UNIT_SPAN = rules.number("roles", "unit_span")
_PASSIVE_BY = rules.words("roles", "passive_by_nouns")
"""Nouns after "من" that make the actor after them the doer of what came before ("من قبل"، "من جانب"، "من طرف")."""
_FIRE_VERBS = rules.words("roles", "fire_verbs")
_FIRE_NOUNS = rules.words("roles", "fire_nouns")
""""أطلق"/"فتح" and what they fire ("النار"، "الرصاص"، "قذائف"): the actor between the two is who fired
("أطلق الجيش الإسرائيلي النار على مسعفين"، "فتح مسلحو الحركة النار")."""
_UNDERTAKING = rules.words("roles", "undertaking_masdars")
""""إقدام"/"قيام" (undertaking): the actor annexed to it is the doer of the act told after "على"/"ب" ("إقدام
الحوثيين على اختطاف موظفين"، "قيام الجيش بقصف القرية")."""
_UNDERTAKING_VERBS = rules.words("roles", "undertaking_verbs")
""""قام"/"أقدم" (undertook): their subject, past a few words of its own, is the doer of the act after "ب"/"على"
("قامت ثلاث مقاتلات من سلاح الجو التركي بقصف مواقع")."""
_AMBUSH = rules.words("roles", "ambush_nouns")
""""كمين": "في كمين للمقاومة"، "بكمين لحركة الشباب" name the ambusher after "ل" (but "نصب كمينا للدورية" its prey)."""
_STATE_STRIKE_VERBS = rules.words("roles", "state_strike_verbs")
"""Feminine past strike verbs a state's name right after is the subject of ("قصفت تركيا مواقع لداعش")."""
_CLAUSE_OPENERS = rules.words("roles", "clause_openers")
"""Words after which a verb opens its clause ("كما قصفت"، "ثم قصفت")."""
_BATTLE_BACK = rules.words("roles", "battle_back_nouns")
_BATTLE_NOUNS = rules.words("roles", "battle_nouns")
_BATTLE_BACK_SENTENCES = int(rules.number("roles", "battle_back_sentences"))
_DESIGNATION = rules.words("roles", "designation_words")
""""المصنف تنظيما إرهابيا من قبل تركيا": a group's designation, told between it and its verb; its "من قبل" names
who designates the group, no doer."""
_BACK_NOUNS = rules.words("roles", "back_reference_nouns")
"""Definite attack nouns a later sentence uses for an incident already told ("جراء القصف الذي وقع"، "وأسفر الانفجار")."""
_GENERIC_BACK = rules.words("roles", "generic_back_nouns")
"""Of those, the ones that fit any kind of attack ("الهجوم"، "الحادث"); the others refer back to their own kind."""
_OTHER_INCIDENT = rules.words("roles", "other_incident_words")
"""Words after such a noun that make it another incident ("الهجوم الآخر"، "التفجير السابق")."""
_BACK_SENTENCES = int(rules.number("roles", "back_reference_sentences"))
_BACK_TOLL = rules.words("roles", "back_reference_toll_words")
"""Toll words besides the casualty verbs ("وفاة اثنين"، "قتلى"): a retelling with one is a record of its own."""
""""المعارك"، "الاشتباكات" written definite refer back to the battle told just before ("سيطرت القوات على الميناء
بعد معارك عنيفة ... وأسفرت المعارك عن مصرع 38 حوثيا"): the side whose advance that sentence told fought it."""
_UNDERTAKING_SPAN = rules.number("roles", "undertaking_span")
_UNDERTAKING_SURFACES = clitic_surfaces(_UNDERTAKING | _UNDERTAKING_VERBS)
_FIRE_SURFACES = clitic_surfaces(_FIRE_VERBS)
"""Tokens with an undertaking word, or a firing verb, among their :func:`bare` forms (one set test per sentence)."""
_RETALIATION = rules.words("roles", "retaliation_words")
""""ردا على"، "انتقاما ل": an event told after them in a claim's sentence is what the claimed act answered."""
_REVENGE = rules.words("roles", "revenge_words")
"""Revenge nouns ("ثأرا"، "انتقاما"): the group after their "من" is the one avenged upon, not the doer."""
_ATTACKER_HEADS = rules.words("roles", "attacker_heads")
"""Words for the attacker ("انتحاري"، "المهاجمين"): never the head of what was hit ("تفجير انتحاري"، "فجرت
انتحاريتان نفسيهما"، "قتلت الشرطة المهاجم") -- attackers, even killed, are not the attack's target."""
_REFLEXIVE = rules.words("roles", "reflexive_words")
""""نفسه"، "نفسيهما": the bomber blowing himself up; a site told after it with a preposition is the target."""
_NEAR = rules.words("roles", "near_words")
""""على مقربة من"، "بالقرب من": what follows their "من" is what a blast was aimed at, when it is no place name."""
_UNKNOWN_VERBS = rules.words("roles", "unknown_doer_verbs")
_IDENTITY = rules.words("roles", "doer_identity_words")
""""لم تتضح الجهة"، "لم تعرف هوية المهاجمين": after a negation, the doer is said not to be known."""
_MEANS_COUNTS = rules.words("roles", "means_count_words")
""""بعدة غارات"، "بعدة قذائف": a count of strikes written with "ب" is the means, what follows is what was hit."""
_MEANS_PRONOUNS = rules.words("roles", "means_pronouns")
""""به"، "بها": the pronoun of the shelling or strikes ("قصفا استهدفت به الأحياء"), not what was hit."""
_BELONGS_TO = rules.words("roles", "belongs_to_words")
""""تعود ل"، "مملوكة ل" (a word after them with "ل"): a group after them owns what was hit ("سيارات تعود لعناصر
في الحركة"), not "يعود آخر هجوم للحركة إلى مايو" (dates back)."""
_UNKNOWN_SUBJECTS = rules.words("roles", "unknown_subject_words")
""""مجهولون" right after an attack verb ("فجر مجهولون"، "اغتال مسلحون مجهولون"): the doer is not known."""
_SIDES: dict[str, str] = rules.table("roles", "allied_sides")
"""Registry id -> the side it fights on; two forces of one side are allies (:func:`_allied`)."""
_ATTACKER_NOUNS = rules.words("roles", "attacker_nouns")
"""Words for an attack's own doer ("المنفذ"، "المهاجم"): a force that goes on to kill or catch them answered the
attack ("مقتل 3 أشخاص في الهجوم وتمكنت الشرطة من قتل المنفذ"), it did not carry it out."""
_LAUNCH_VERBS = rules.words("roles", "launch_verbs")
"""Verbs whose object is the attack itself ("شنت غارات"، "نفذت ضربة"): what follows them is their subject."""
_NOT_PASSIVE_HEADS = rules.words("roles", "passive_by_not_heads")
"""Nouns whose "من قبل"/"من جانب" names who spoke, accused or freed, not who attacked ("صدر بيان من قبل
الفصيل"، "عقب تحرير الوادي من قبل اللواء")."""
_BETWEEN = rules.words("roles", "between_words")
_CLASH_WITH = rules.words("roles", "clash_with_words")
_CLASH_SPAN = int(rules.number("roles", "clash_span"))
_PROGRESS_VERBS = rules.words("roles", "progress_verbs")
_PROGRESS_NOUNS = rules.words("roles", "progress_nouns")
"""A lead's "أحرزت قوات الجيش تقدما"، "حقق الجيش تقدما": the force made gains at the front."""
_DEAD_COUNTS = rules.words("roles", "dead_count_nouns")
_DEAD_RANKS = rules.words("roles", "dead_rank_words")
_ATTEMPTS = rules.words("roles", "attempt_words")
_ATTEMPT_OBJECTS = rules.words("roles", "attempt_objects")
""""لقي ثلاثة منهم حتفهم خلال محاولتهم اقتحام ثكنة": the dead were the attackers."""
_REPULSE_SURFACES = clitic_surfaces(_REPEL | _ATTEMPTS)
_CLAIM_MASDAR_SURFACES = clitic_surfaces(_CLAIM_MASDARS)
_LEADERS = rules.words("roles", "leader_words")
"""A person's rank before his group ("مقتل فلان أمير كتيبة الفرقان"): the group is the dead man's, not the doer."""
_SPEAKER_NOUNS = rules.words("roles", "speaker_nouns")
"""Who speaks for a group ("مصادر في الفصيل"، "الناطق باسم الجماعة"): the group after them is no doer."""
_AIR_MODIFIERS = rules.words("roles", "aircraft_modifiers")
_AIR_MODIFIER_SPAN = int(rules.number("roles", "aircraft_modifier_span"))
"""Words between an aircraft noun and its state's adjective: "مقاتلات إف-16 تركية"، "طائرة بدون طيار أمريكية"،
"الطيران الحربي التركي" (a model's digits too)."""
_LAUNCH_MASDARS = rules.words("roles", "launch_masdars")
_ANNOUNCED_SPAN = int(rules.number("roles", "announced_launch_span"))
""""أعلنت القيادة المركزية الأمريكية، مساء الأحد، تنفيذ 9 ضربات": a force that announces carrying out strikes
struck -- the verbal noun at most ``announced_launch_span`` words after the force, an attack noun right after
it (past a count)."""
_ARRESTS = rules.words("roles", "arrest_masdars")
""""تمكن الأمن من توقيف المشتبه به": the force caught a suspect, it carried out no attack."""
_SOURCE_LINKS = rules.words("roles", "source_links")
"""Words between a speaker noun and the force it speaks for ("مصادر في المقاومة"، "المتحدث باسم الجيش")."""
_OBJECT_PRONOUN_VERBS = rules.words("roles", "object_pronoun_verbs")
"""Attack verbs with an object pronoun ("قتلهم"، "اختطفته"): the actor right after one is its subject (a passive
takes no object pronoun). Only bare or after "و"/"ف", and after a relative pronoun or a clause opener
(``object_verb_openers``: "أن"، "عندما"): after a preposition the same letters are a verbal noun with its
subject pronoun ("على قتلهم جنود الجيش": the soldiers were killed)."""
_OBJECT_VERB_OPENERS = rules.words("roles", "object_verb_openers")
_LIST_INTROS = rules.words("roles", "list_intro_words")
_LIST_SURFACES = clitic_surfaces(_LIST_INTROS)
_FIRE_MASDARS = rules.words("roles", "announced_fire_masdars")
_CEASEFIRE = rules.words("roles", "ceasefire_words")
_BULLETS = rules.words("roles", "bullet_nouns")
""""برصاص إسرائيلي": bullets with a state's adjective name its forces, as "بنيران إسرائيلية" does."""
_WEAPON_SUBJECTS = rules.words("roles", "weapon_subject_nouns")
"""A force's guns or craft told as the subject between an attack verb and the force ("قصفت مدفعية الجيش")."""
_RESUME_VERBS = rules.words("roles", "resume_verbs")
"""Verbs of resuming or stepping up attacks ("عاودت"، "واصلت"، "صعدت") whose subject owns the attacks that follow."""
_LED_BY = rules.words("roles", "coalition_led_by")
_LEADERS_OF: dict[str, str] = {normalize(k): v for k, v in rules.table("roles", "coalition_leaders").items()}
"""The leader named after "بقيادة"/"الذي تقوده" -> the registry id of the coalition it leads."""
_COALITIONS = frozenset(_LEADERS_OF.values())
_LED_SPAN = int(rules.number("roles", "coalition_led_span"))
_ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")
_BATTLE_SURFACES = clitic_surfaces(_BATTLE_NOUNS)
"""How news counts a side's dead: "تسعة عناصر من الجماعة"، "قتلى من المتمردين"، "في صفوف الميليشيات"."""
"""Words at most between a battle noun and "مع" ("معارك عنيفة مع"، "اشتباكات مسلحة عنيفة مع")."""
"""Words after a count that name no victim ("قتلا"، "حتفهم"، "بجروح"): the target is read elsewhere."""


def _denied(words: list[str], m: Mention, lo: int) -> bool:
    """True when the text denies the actor's part (a denial verb just before it) or only accuses it
    ("اتهمت الحكومة ميليشيات الحوثي بتنفيذ الهجوم"، "حملت السلطات الحركة مسؤولية")."""
    return any(b in _DENIALS or b in _ACCUSATION for w in words[max(lo, m.i - 3):m.i] for b in bare(w))


def _blocked(words: list[str], m: Mention, lo: int) -> bool:
    """True when a word before the group makes it what was acted against or where a blow went: "غارات على
    مواقع لحزب العمال"، "استعادة القرية من داعش"، "وجه ضربة إلى الفصائل" -- but "ينتمون إلى داعش" names
    the doer's group. A group avenged upon ("ثأرا للمسلمين من الرافضة الحوثيين"، "انتقاما من الجيش") is what
    the revenge struck."""
    for x in range(max(lo, m.i - 4, 0), m.i - 1):
        if any(b in _REVENGE for b in bare(words[x])) and "من" in words[x + 1:m.i]:
            return True
    for x in range(max(lo, m.i - 3, 0), m.i):
        forms = bare(words[x])
        if not any(b in _PERP_BLOCKERS or b in _AIM_VERBS for b in forms):
            continue
        if "الي" in forms and x > 0 and any(b in _BELONGING for b in bare(words[x - 1])):
            continue
        if "الي" in forms and x + 1 < len(words) and words[x + 1] in {"ان", "انه", "انها"}:
            continue  # "أشار إلى أن الميليشيا أطلقت": a clause, not a direction
        if "علي" in forms and x + 1 < len(words) and any(b in _HAND for b in bare(words[x + 1])):
            continue  # "على يد داعش": the doer
        return True
    return False


def _from_doer(words: list[str], x: int, lo: int) -> bool:
    """True when the actor starting at ``x`` (past its subject nouns) is told as the doer with "من": "بغارات
    من طائرات التحالف"، "اقتحام من مسلحين"، "هجوم من قبل مسلحي طالبان"، "إطلاق نار من جانب القوات"،
    "مسلحون من حركة الشباب"."""
    if x - 2 >= lo and words[x - 1] in _PASSIVE_BY and words[x - 2] == "من":
        # the passive's "من قبل"، "من جانب"، "من طرف" (by): "إطلاق نار من جانب القوات الإسرائيلية"; not who
        # designates a group ("حزب العمال، المصنف تنظيما إرهابيا من قبل تركيا"), nor who spoke ("صدر بيان
        # من قبل الفصيل") or freed a place ("عقب تحرير الوادي من قبل اللواء")
        return not _has(words, x - 5, x - 2, _DESIGNATION) and not _has(words, x - 4, x - 2, _NOT_PASSIVE_HEADS)
    if x - 1 < lo or words[x - 1] != "من":
        return False
    return any(b in _FROM_HEADS for w in words[max(lo, x - 4):x - 1] for b in bare(w))


def _dated(ctx: DocContext, si: int) -> set[int]:
    """The token indices of sentence ``si`` that belong to a date or day word ("قصفت، السبت، مواقع"): the
    readers of a subject, an object or an owner step over them."""
    return {t for d in ctx.dates[si] for t in range(d.i, d.j)}


def _has(words: list[str], lo: int, hi: int, vocab: frozenset[str]) -> bool:
    return any(b in vocab for w in words[max(0, lo):max(0, hi)] for b in bare(w))


def _claims(words: list[str], m: Mention) -> bool:
    """True for a claim of responsibility: "أعلن تنظيم X مسؤوليته"، "تبنت الجماعة الهجوم"."""
    before = [b for w in words[max(0, m.i - 2):m.i] for b in bare(w)]
    after = [b for w in words[m.j:m.j + 3] for b in bare(w)]
    return any(b in _CLAIM_VERBS for b in before) and any(b in _CLAIMS_AFTER for b in after) or (
        any(b in _ADOPT_VERBS for b in before))


def _claim_at(ctx: DocContext, si: int, known: Mention | None = None) -> Mention | None:
    """The group a sentence says claimed an attack (:func:`_claim_in`), else None."""
    found = _claim_in(ctx, si, known)
    return found[0] if found else None


def _claim_in(ctx: DocContext, si: int, known: Mention | None = None) -> tuple[Mention, bool] | None:
    """(group, of attacks told elsewhere?) for a sentence that says a group claimed an attack: the first
    force or group at most four words after a claim verb ("أعلنت جماعة تابعة لتنظيم القاعدة في مالي مساء
    السبت مسؤوليتها"، "تبنت حركة الشباب"), with "مسؤولية" after it for "أعلن"; "هذه الجماعة تبنت" names
    ``known`` (the group claimed before). The claim is of attacks told elsewhere when what it claims is
    written definite ("مسؤولية الهجمات"، "عن الهجومين"، "هذا الهجوم"), not an incident told in the claim
    itself ("مسؤوليته عن تفجير سيارة خارج مسجد"). A negated claim ("لم تعلن أي جهة مسؤوليتها") and a
    denial name no one."""
    s = ctx.sentences[si]
    words = s.words
    if _CLAIM_SURFACES.isdisjoint(words):
        return _masdar_claim(ctx, si)  # most sentences: no claim verb at all (one set test)
    groups = ctx.actors_in(si, 0, len(words), FORCE_TYPES | {"armed_group"})
    for c, w in enumerate(words):
        if w not in _CLAIM_SURFACES:
            continue
        forms = bare(w)
        if not any(b in _CLAIM_VERBS for b in forms):
            continue
        if _has(words, c - 2, c, _CLAIM_NEGATIONS | _DENIALS):
            continue
        adopt = any(b in _ADOPT_VERBS for b in forms)
        after = [m for m in groups if c < m.i <= c + 4]
        if after:
            m = after[0]
            if adopt or _has(words, m.j, m.j + 8, _CLAIM_NOUNS):
                definite = _definite_object(words, m.j)
                if _has(words, c + 1, m.i + 1, _AFFILIATE):
                    aff = _affiliate(ctx, m)  # "أعلنت جماعة تابعة لتنظيم القاعدة مسؤوليتها"
                    m = Mention(aff.entry, m.i, m.j, m.start, m.end, m.surface) if aff else m
                return m, definite
            continue
        if known is not None and (_has(words, c - 3, c, _ANAPHORS) or _has(words, c + 1, c + 3, _ANAPHORS)) and (
                adopt or _has(words, c + 1, c + 8, _CLAIM_NOUNS)):
            return known, False  # "وكانت هذه المجموعة تبنت هجوما"
    return None


def _affiliate(ctx: DocContext, parent: Mention) -> Mention | None:
    """The one armed group the article names whose registry affiliation is ``parent`` ("جماعة نصرة الإسلام
    والمسلمين" for "جماعة تابعة لتنظيم القاعدة"); None when it names none or several."""
    names = {n.lower() for n in (parent.entry.name_en, *parent.entry.en) if n}
    found: dict[str, Mention] = {}
    for ms in ctx.mentions:
        for m in ms:
            if m.kind == "actors" and m.entry.get("type") == "armed_group" and str(
                    m.entry.get("affiliation") or "").lower() in names:
                found.setdefault(m.entry.id, m)
    return next(iter(found.values())) if len(found) == 1 else None


def _masdar_claim(ctx: DocContext, si: int) -> tuple[Mention, bool] | None:
    """(group, of attacks told elsewhere?) for a claim told with a verbal noun after its claimant: "وسارع
    تنظيم داعش، عقب ساعات، إلى إعلان مسؤوليته عن الهجوم" -- a group at most six words before "إعلان"/"تبني"
    and "مسؤولية" right after it; not a negated or denied one ("نفى التنظيم إعلان مسؤوليته"). Or the claimant
    annexed to the verbal noun, "مسؤولية" right after it: "غداة قتل شرطيين وإعلان حزب العمال الكردستاني
    مسؤوليته عن قتلهما" (not "عدم إعلان"، "نفى إعلان"، "اتهام")."""
    words = ctx.sentences[si].words
    if _CLAIM_MASDAR_SURFACES.isdisjoint(words):
        return None  # most sentences: no "إعلان"/"تبني" at all (one set test)
    for c, w in enumerate(words):
        if not any(b in _CLAIM_MASDARS for b in bare(w)) or not _has(words, c + 1, c + 3, _CLAIM_NOUNS):
            continue
        before = [m for m in ctx.actors_in(si, max(0, c - 6), c, FORCE_TYPES | {"armed_group"})]
        if before and not _has(words, before[-1].i - 3, c, _CLAIM_NEGATIONS | _DENIALS | _ACCUSATION):
            m = before[-1]
            return m, _definite_object(words, c + 1)
    for c, w in enumerate(words):
        if not any(b in _CLAIM_MASDARS for b in bare(w)) or _has(words, c - 3, c, _CLAIM_NEGATIONS | _DENIALS | _ACCUSATION):
            continue
        after = [m for m in ctx.actors_in(si, c + 1, min(len(words), c + 6), FORCE_TYPES | {"armed_group"}) if m.i == c + 1]
        if after and _has(words, after[0].j, after[0].j + 2, _CLAIM_NOUNS):
            return after[0], _definite_object(words, after[0].j)  # "وإعلان حزب العمال الكردستاني مسؤوليته عن قتلهما"
    return None


def _definite_object(words: list[str], x: int) -> bool:
    """True when the first attack word after a claimant (within eight words) is written definite or after
    a demonstrative ("مسؤولية الهجمات"، "عن الهجومين"، "هذا الهجوم"), not "عن تفجير سيارة"."""
    for y in range(x, min(len(words), x + 8)):
        forms = bare(words[y])
        if any(b in _ATTACK_NOUNS for b in forms):
            return words[y - 1] in _DEMONSTRATIVES or any(b.startswith("ال") for b in forms)
    return False


def _article_claim(ctx: DocContext, f: Frame) -> Mention | None:
    """The one group the article says claimed the attacks it tells, for an incident its own sentence tells
    without a doer ("وتبنت حركة الشباب مسؤولية الهجمات" after the blasts are told). Not for an incident told
    as background ("منذ هجوم 14 أكتوبر"), for strikes from the air or afar, for a sentence that names a group
    the rules did not read as the doer, nor when the article names two claimants or only claims of incidents
    told in the claim itself ("أعلن التنظيم مسؤوليته عن تفجير سيارة خارج مسجد")."""
    words = ctx.sentences[f.si].words
    if _has(words, f.lo, f.hi, _BACKGROUND) or set(f.types) & _FROM_AFAR:
        return None
    if ctx.actors_in(f.si, 0, len(words), {"armed_group"}):
        return None
    found: dict[str, Mention] = {}
    told_elsewhere = False
    for si, claim in enumerate(_claims_of(ctx)):
        if si != f.si and claim is not None:
            found.setdefault(claim[0].entry.id, claim[0])
            told_elsewhere = told_elsewhere or claim[1]
    return next(iter(found.values())) if len(found) == 1 and told_elsewhere else None


def _claims_of(ctx: DocContext) -> list[tuple[Mention, bool] | None]:
    """The claim each sentence makes (:func:`_claim_in`, no back-reference), read once per document."""
    return ctx.once("roles.claims", lambda: [_claim_in(ctx, si) for si in range(len(ctx.sentences))])


def _prior_claim(ctx: DocContext, si: int) -> Mention | None:
    """The group claimed in the nearest sentence before ``si`` (what "هذه الجماعة" refers to)."""
    claims = _claims_of(ctx)
    for x in range(si - 1, -1, -1):
        if claims[x] is not None:
            return claims[x][0]
    return None


def _before_subject_nouns(words: list[str], m: Mention, lo: int) -> int:
    """Where the actor at ``m`` begins once at most two subject nouns before it are taken with it ("طائرات
    التحالف"، "مسلحو الحركة"), not before ``lo``: the token a doer cue or relative pronoun stands right before."""
    x = m.i
    while x > lo and x > m.i - 2 and any(b in _CLAIM_SUBJECTS for b in bare(words[x - 1])):
        x -= 1
    return x


def _cued(words: list[str], m: Mention, lo: int) -> bool:
    """True when a doer cue stands before the actor, past at most two subject nouns: "نفذه الجيش"،
    "على يد القوات"، "شنت طائرات التحالف"، "قام به المتمردون الحوثيون"، "بنيران الجيش"."""
    x = _before_subject_nouns(words, m, lo)
    for c in range(max(lo, x - 2), x):
        forms = bare(words[c])
        if any(b in _ANNEXED_CUES for b in forms) and c < x - 1:
            continue  # "قصفت بعدة قذائف مواقع ميليشيات الحوثي": the shells' object stands between, not their owner
        if any(b in _STRONG_PERP_CUES for b in forms) and (
                not any(b in _HAND for b in forms) or c > 0 and words[c - 1] == "علي" and not (
                    c > 1 and any(b in _TRAINING for b in bare(words[c - 2])))):
            return True  # "على يد"، "على أيدي" (not "في يد": in the hands of; not "تدرب على يد": trained by)
    if _from_doer(words, x, lo):
        return True
    if x - 1 > lo and (words[x - 1] in _OBJECT_PRONOUN_VERBS or words[x - 1][:1] in "وف" and words[x - 1][1:] in _OBJECT_PRONOUN_VERBS) \
            and (words[x - 2] in REL_PRONOUNS or words[x - 2] in _OBJECT_VERB_OPENERS):
        return True  # "الذين قتلهم جيش الاحتلال"، "بعد أن استهدفتهم ميليشيا": a verb with its object pronoun, then its subject
    return x >= max(lo, 2) and any(b in _PRONOUN_CUES for b in bare(words[x - 1])) and any(
        b in _PRONOUN_VERBS for b in bare(words[x - 2]))


def _attack_owner(words: list[str], m: Mention, lo: int, clitic: bool) -> bool:
    """True when the actor is the owner of an attack noun: "قصف للطيران التركي"، "غارات للمقاتلات التركية"،
    "بقصف لطيران التحالف"، "قصف بنهاية الأسبوع للطيران التركي"، "هجوم داعش". Between the noun and an
    owner written with "ل" only manner and time words may stand ("هجوم آخر استهدف نقطة للجيش": the
    army owns the checkpoint). A force after "قصف"/"غارات" with no preposition is its doer ("قصف الطيران
    التركي"); a group only after "هجوم" ("قصف داعش" is as often the shelling of it)."""
    glued_l = clitic and words[m.i][0] == "ل" or words[m.i].startswith("لل")
    for x in range(m.i - 1, max(lo, m.i - 4) - 1, -1):
        forms = bare(words[x])
        if any(b in _ATTACK_NOUNS for b in forms):
            if glued_l:
                return True
            if x == m.i - 1:
                if m.entry.get("type") == "armed_group":
                    return any(b in _IDAFA_NOUNS for b in forms)
                return True
            return False
        if not glued_l or not any(b in _MANNER | _OBJECT_SKIP | _OWNER_GAP for b in forms):
            return False  # "غارات على مواقع لحركة حماس": the owner of what was hit
    return False


def _pair_head(ctx: DocContext, si: int, m: Mention) -> Mention | None:
    """The first of two doers joined by "و" ("قصف الحوثيون وقوات صالح"): the one named first; None when the
    first is what the sentence acts against ("عمليات أمنية ضد تنظيم الدولة وحزب العمال")."""
    words = ctx.sentences[si].words
    if words[m.i][0] != "و":
        return m
    if _second_side(ctx, si, m):
        return None
    prev = [p for p in ctx.actors_in(si, 0, m.i, FORCE_TYPES | {"armed_group"}) if p.j == m.i]
    if not prev:
        return m
    if _blocked(words, prev[0], 0) or _is_victim_at(words, prev[0], 0):
        return None
    if prev[0].i > 0 and "بين" in bare(words[prev[0].i - 1]):
        return None  # "اشتباكات بين الجيش اليمني والحوثيين": the two sides of a clash, neither its doer
    return prev[0]


def _second_side(ctx: DocContext, si: int, m: Mention) -> bool:
    """True for the second side of a clash told with "بين ... و": "الاشتباكات الدائرة بين القوات الحكومية،
    مدعومة بالطيران، من ناحية، والمسلحين من ناحية ثانية" -- a force or group right after "بين" at most twelve words before the one
    joined by "و"; neither side is the doer."""
    words = ctx.sentences[si].words
    for b in range(m.i - 1, max(-1, m.i - 13), -1):
        if words[b] in _BETWEEN:
            return any(p.i in (b + 1, b + 2) and p.j <= m.i for p in ctx.actors_in(si, b + 1, m.i, FORCE_TYPES | {"armed_group"}))
    return False


def _answered(words: list[str], m: Mention) -> bool:
    """True when the force named for a frame acted against the attack's own doer: "الشرطة قتلت المهاجم"،
    "قتلت الشرطة المنفذ" -- an attacker noun (``attacker_nouns``) right after the force or after its verb."""
    return any(words[x] in _ATTACKER_NOUNS for x in range(m.j, min(len(words), m.j + 2)))


def _clash_side(ctx: DocContext, f: Frame) -> Mention | None:
    """The other side of a battle the frame's dead fell in: "سقط 11 مسلحا في اشتباكات ضارية مع
    الشرطة" -> the police -- a battle noun, at most ``clash_span`` words, "مع", then a force or group (not one
    counted among the dead, not a clash told "بين" two sides, not an attack told as background)."""
    s = ctx.sentences[f.si]
    words = s.words
    if _BATTLE_SURFACES.isdisjoint(words[f.lo:f.hi]) or _has(words, f.lo, f.hi, _BACKGROUND):
        return None
    for b in range(f.lo, min(f.hi, len(words))):
        if not any(x in _BATTLE_NOUNS for x in bare(words[b])):
            continue
        for w in range(b + 1, min(len(words), b + 2 + _CLASH_SPAN)):
            if s.tokens[w].clause_start:
                break
            if words[w] not in _CLASH_WITH:
                continue
            for m in ctx.actors_in(f.si, w + 1, min(len(words), w + 4), FORCE_TYPES | {"armed_group"}):
                if _before_subject_nouns(words, m, w + 1) == w + 1 and not _is_victim(words, m, f):
                    return m
            break
    return None


def _lead_advance(ctx: DocContext) -> Mention | None:
    """The side whose advance the article's title or lead tells when the lead tells a battle or gains ("أحرز
    اللواء الثالث تقدما إثر قتال مع المتمردين"، "واصلت القوات الحكومية انتصاراتها"; :func:`_advance_subject`), read
    once per document."""
    return ctx.once("roles.lead_advance", lambda: _read_lead_advance(ctx))


def _read_lead_advance(ctx: DocContext) -> Mention | None:
    side = None
    lead = sorted(ctx.lead)
    if not all(_BATTLE_SURFACES.isdisjoint(ctx.sentences[si].words) and not _has(
            ctx.sentences[si].words, 0, len(ctx.sentences[si].words), _PROGRESS_NOUNS) for si in lead):
        for si in lead:
            n = len(ctx.sentences[si].words)
            side = _advance_subject(ctx, Frame(si, 0, 0, 0, n)) or _progress_subject(ctx, si)
            if side is not None:
                side = _principal(ctx, si, side)
                break
    return side


def _progress_subject(ctx: DocContext, si: int) -> Mention | None:
    """The force that made gains: "أحرز الجيش العراقي، صباح الخميس، تقدما"، "الجيش حقق تقدما" -- a force or
    group right after or before a verb of gaining, with a noun of gains at most eight words on."""
    s = ctx.sentences[si]
    words = s.words
    for m in ctx.actors_in(si, 0, len(words), FORCE_TYPES | {"armed_group"}):
        if m.start > s.token_span(m.i, m.i + 1)[0]:
            continue
        x = _before_subject_nouns(words, m, 0)
        verb = x > 0 and any(b in _PROGRESS_VERBS for b in bare(words[x - 1])) or m.j < len(words) and any(
            b in _PROGRESS_VERBS for b in bare(words[m.j]))
        if verb and _has(words, m.j, m.j + 8, _PROGRESS_NOUNS):
            return m
    return None


def _counted_dead(words: list[str], m: Mention, f: Frame) -> bool:
    """True for a side counted among the dead (:func:`_is_victim`), also as news of a front counts them: "تسعة
    مسلحين بينهم قائدان من الجماعة سقطوا قتلى"، "قتلى من المتمردين"، "في صفوف المسلحين"."""
    if _is_victim(words, m, f) or _has(words, m.j, m.j + 3, _DEATH_AFTER):
        return True
    if m.i > 0 and any(b in _DEAD_RANKS for b in bare(words[m.i - 1])):
        return True
    x = _before_subject_nouns(words, m, f.lo)  # "ثلاثة من عناصر الفصيل"
    return x > 0 and words[x - 1] == "من" and (_has(words, x - 5, x - 1, _DEAD_COUNTS) or any(
        read_quantity(words, z) is not None for z in range(max(f.lo, x - 4), x - 1)))


def _repulse(words: list[str], f: Frame) -> bool:
    """True when the frame, or its sentence before it, tells an attack that was repelled or attempted ("صدت
    الشرطة هجوما"، "تصدى الحراس لهجوم على البوابة، وقتل فيه اثنان من المسلحين"، "خلال محاولتهم اقتحام الثكنة"): the side whose
    men died in it attacked."""
    if _REPULSE_SURFACES.isdisjoint(words[:f.hi]):
        return False  # most frames: no word of repelling or attempting (one set test)
    if _has(words, 0, f.hi, _REPEL):
        return True
    return any(any(b in _ATTEMPTS for b in bare(words[x])) and _has(words, x + 1, x + 3, _ATTEMPT_OBJECTS)
               for x in range(0, min(f.hi, len(words))))


def _repelled_side(ctx: DocContext, f: Frame) -> Mention | None:
    """The side that attacked, in a frame telling an attack repelled or attempted whose dead are that side's
    men: "تصدى الحراس لهجوم قتل فيه اثنان من الميليشيات"، "قتل 3 مسلحين خلال محاولتهم اقتحام ثكنة
    للشرطة" -- the one group counted dead, or, for dead told only as "الميليشيات"/"مسلحين", the one militia
    the article has named (:func:`_named_militia`), else the one armed group it has named (:func:`_one_group`)."""
    s = ctx.sentences[f.si]
    words = s.words
    if not _repulse(words, f) or _has(words, f.lo, f.hi, _BACKGROUND):
        return None
    named = ctx.actors_in(f.si, f.lo, f.hi, FORCE_TYPES | {"armed_group"})
    dead = [m for m in named if _counted_dead(words, m, f)]
    if dead:
        return dead[0] if len({m.entry.id for m in dead}) == 1 else None
    for x in range(f.lo, min(f.hi, len(words))):
        forms = bare(words[x])
        militia = any(b in _MILITIA or "ال" + b in _MILITIA for b in forms) and _counted_dead(
            words, Mention(None, x, x + 1, 0, 0, ""), f)
        fighters = any(b in _DEAD_COUNTS for b in forms) and x > 0 and read_quantity(words, x - 1) is not None \
            and _has(words, f.lo, f.hi, KILLED | _DEATH_AFTER)
        if militia or fighters:
            return _named_militia(ctx, f.si, len(words)) or _one_group(ctx, f.si)
    return None


def _one_group(ctx: DocContext, si: int) -> Mention | None:
    """The one armed group the article has named up to sentence ``si`` (any name: "الفرقة الحوثية الخاصة");
    None when it named none or two."""
    found: Mention | None = None
    for sj in range(si + 1):
        for m in ctx.actors_in(sj, 0, len(ctx.sentences[sj].words), {"armed_group"}):
            if found is not None and found.entry.id != m.entry.id:
                return None
            found = m
    return found


def _reported_toll(ctx: DocContext, f: Frame) -> Mention | None:
    """The side that tells the other side's dead in its battles: "قالت الشرطة إن 12 مسلحا من
    الجماعة قتلوا خلال اشتباكات متقطعة" -- a force or group right after a speech verb, "أن"/"إن" at
    most four words on, and in the frame a battle noun and a different group counted dead; not a repelled
    or attempted attack (the dead attacked)."""
    s = ctx.sentences[f.si]
    words = s.words
    if _BATTLE_SURFACES.isdisjoint(words[f.lo:f.hi]) or _repulse(words, f) or _has(words, f.lo, f.hi, _BACKGROUND):
        return None
    named = ctx.actors_in(f.si, 0, len(words), FORCE_TYPES | {"armed_group"})
    for m in named:
        if m.i == 0 or m.start > s.token_span(m.i, m.i + 1)[0] or not any(
                b in _SPEECH_VERBS for b in bare(words[m.i - 1])):
            continue
        that = next((p for p in range(m.j, min(len(words), m.j + 4)) if words[p] in _THAT), None)
        if that is None:
            continue
        dead = [d for d in named if d.i > that and f.lo <= d.i < f.hi and _counted_dead(words, d, f)]
        if dead and all(d.entry.id != m.entry.id for d in dead) and not any(
                d.i > that and d.entry.id != m.entry.id and d not in dead for d in named):
            return m
    return None


def _lead_side(ctx: DocContext, f: Frame) -> Mention | None:
    """The lead's advancing side for the dead of the other side told later without a doer: a story that opens
    "حقق الجيش تقدما ... بعد قتال مع المسلحين" and goes on "وأشار إلى أن تسعة من المسلحين سقطوا
    قتلى" -- news of a front tells the advance first and its toll later. Only for a frame past the lead
    whose sentence counts a named group among the dead, names no force or group but the dead and the
    advancing side, and is not background; the side must not be one of the dead."""
    side = _lead_advance(ctx)
    if side is None:
        return None  # most articles: no front report
    s = ctx.sentences[f.si]
    words = s.words
    if _has(words, f.lo, f.hi, _BACKGROUND) or _repulse(words, f):
        return None
    named = ctx.actors_in(f.si, 0, len(words), FORCE_TYPES | {"armed_group"})
    dead = {m.entry.id for m in named if f.lo <= m.i < f.hi and _counted_dead(words, m, f)}
    if not dead and not named and not any(
            any(b in _MILITIA or "ال" + b in _MILITIA for b in bare(words[x])) and _counted_dead(words, Mention(None, x, x + 1, 0, 0, ""), f)
            for x in range(f.lo, min(f.hi, len(words)))):
        return None  # the dead named only as "الميليشيات" ("قتلى في صفوف الميليشيات") are the other side too
    if side.entry.id in dead or any(m.entry.id not in dead | {side.entry.id} for m in named):
        return None
    return side


def perpetrator(ctx: DocContext, f: Frame) -> Mention | None:
    """The force or group that carried out the event, when the text says so; else None."""
    m = _doer(ctx, f, True)
    return _led_coalition(ctx, m) if m is not None and m.entry.id in _COALITIONS else m


def _led_coalition(ctx: DocContext, m: Mention) -> Mention:
    """The coalition the text says a coalition doer is led by: "طيران التحالف الدولي الذي تقوده المملكة" is the
    Saudi-led coalition, "التحالف بقيادة الولايات المتحدة" the US-led one, whichever the name alone reads as --
    news calls both "التحالف" and even "التحالف الدولي". A word of leading (``coalition_led_by``) at most
    ``coalition_led_span`` words after the name, then the leader (``coalition_leaders``) right after it."""
    after = _ARABIC_WORD.findall(normalize(ctx.text[m.end:m.end + 80]))[:_LED_SPAN + 2]
    for k, w in enumerate(after[:_LED_SPAN]):
        if w in _LED_BY and k + 1 < len(after):
            led = _LEADERS_OF.get(after[k + 1])
            entry = get_gazetteer().lexicon.get("actors", led) if led and led != m.entry.id else None
            return Mention(entry, m.i, m.j, m.start, m.end, m.surface) if entry is not None else m
    return m


def _doer(ctx: DocContext, f: Frame, back: bool) -> Mention | None:
    """:func:`perpetrator`; with ``back``, an event told by a definite noun that refers back to an incident
    already told takes that incident's doer (:func:`_back_reference`)."""
    claimed = _claim_at(ctx, f.si, _prior_claim(ctx, f.si))
    words = ctx.sentences[f.si].words
    if claimed is not None and _has(words, claimed.j, f.i, _RETALIATION):
        claimed = None  # "تبنى الحزب قتل شرطيين ردا على الهجوم الانتحاري": the claim is not of what it answers
    if claimed is not None:
        return claimed  # "أعلن تنظيم داعش مسؤوليته عن التفجير"، "تبنت حركة الشباب الهجوم"
    if any(words[x] in _CLAIM_NEGATIONS and any(b in _CLAIM_VERBS | _UNCLAIMED_VERBS for b in bare(words[x + 1]))
           for x in range(max(0, f.i - 9), f.i - 1)):
        return None  # "ولم تعلن أي جهة مسؤوليتها عن هجوم الأربعاء": nobody is named for it
    if any(
            words[x] in _CLAIM_NEGATIONS and any(b in _UNKNOWN_VERBS for b in bare(words[x + 1]))
            and _has(words, x + 2, x + 5, _IDENTITY) for x in range(max(0, f.i - 9), f.i - 1)):
        return None  # "ولم تتضح بعد الجهة التي تقف وراء الهجوم": the text says the doer is not known
    if any(words[x] in _UNKNOWN_SUBJECTS and any(
            b in _ATTACK_VERBS | _STRIKE_VERBS | _BLAST_VERBS for w in words[max(f.lo, x - 2):x] for b in bare(w))
            for x in range(f.lo, min(f.hi, len(words)))):
        return None  # "فجر مجهولون سيارات"، "اغتال مسلحون مجهولون ضابطا": the text names no doer
    if _has(words, f.lo, f.hi, _HABITUAL):
        return None  # "وتعرضت مقديشو في أحيان كثيرة لهجمات من حركة الشباب": who usually attacks, not this attack
    m = _commit_doer(ctx, f) or _undertaking_doer(ctx, f) or _frame_doer(ctx, f) or _cued_past_frame(ctx, f)
    if m is not None and _answered(words, m):
        return None  # "الشرطة قتلت المهاجم": who answered the attack, not who carried it out
    if m is not None:
        m = _pair_head(ctx, f.si, m)
        if m is not None:
            return _principal(ctx, f.si, m)
    m = _unit_doer(ctx, f) or _militia_doer(ctx, f) or _masdar_subject(ctx, f) or _nisba_doer(ctx, f) or _nisba_subject(ctx, f) or _epithet_doer(ctx, f) or _state_doer(ctx, f) \
        or _clash_side(ctx, f)
    if m is not None:
        return _principal(ctx, f.si, m)
    return (_article_claim(ctx, f) or _carried_doer(ctx, f) or _advance_subject(ctx, f) or _caused_by(ctx, f)
            or _battle_antecedent(ctx, f) or (_back_reference(ctx, f) if back else None) or _repelled_side(ctx, f)
            or _reported_toll(ctx, f) or _lead_side(ctx, f) or _listed_doer(ctx, f) or _title_doer(ctx, f))


_FOILED = rules.words("roles", "title_foil_words")
"""Present forms of foiling and repelling, as titles write them ("الجيش يحبط هجوما"): with ``repel_words``, no
attack of the title's took place after them."""
TITLE_DOER = True
"""Switch for :func:`_title_doer` (on; off only to measure the rule)."""


def _title_doer(ctx: DocContext, f: Frame) -> Mention | None:
    """The doer the document's title names for the incident its lead tells with no doer: a title "الحركة تتبنى
    الهجوم على الفندق" over a body that says only "وقع هجوم على فندق" -- news puts the claim or the doer in the
    headline and leaves it out of the lead. The title (``Document.title``, which is not part of the text) is read
    as a sentence of its own, with the same rules; only a frame of the title and a frame in the lead of the same
    kind, or one of them of no kind ("تبنى الهجوم" over "انفجار سيارة"), are the same incident -- two of no kind
    ("تنديدا بالهجوم التركي" over "اعتداء محتجين على شرطيين") tell nothing that makes them one, nor does a death
    alone in the lead ("لقي القيادي مصرعه في جبهة" under a title of air strikes: he may have died in a clash).
    The doer must be named in the body too (the title is read without the article's country, so a bare
    "التحالف" there is not resolved to the coalition the body means), and not told as a doer in the lead: then
    the lead has given it to the incident it belongs to ("صد هجوم شنه تنظيم داعش، وقتل 12 من عناصره"). The doer is given by its registry entry; it has no
    place in the text (its token indices are -1)."""
    if not TITLE_DOER or f.si not in ctx.lead or not ctx.doc.title:
        return None
    if "roles.title_doer" not in ctx.memo:
        ctx.memo["roles.title_doer"] = {}  # the lead's own doers are read below without the title
        ctx.memo["roles.title_doer"] = _title_match(ctx)
    entry = ctx.memo["roles.title_doer"].get((f.si, f.i))  # type: ignore[attr-defined]
    return None if entry is None else Mention(entry, -1, -1, -1, -1, "")


def _title_match(ctx: DocContext) -> dict[tuple[int, int], Entry]:
    """(sentence, trigger) of the first frame of the lead that each of the title's doers' frames matches -> that
    doer: the title tells the article's incident, which the lead tells first; later frames of the lead tell
    others as often (a past attack recalled, a second incident) and take no doer from the title."""
    out: dict[tuple[int, int], Entry] = {}
    named = {m.entry.id for ms in ctx.mentions for m in ms}
    titled = [(types, entry) for types, entry in _read_title(ctx) if entry.id in named]
    if not titled:
        return out  # the title is read without the article's country: "التحالف" there may be another coalition
    told = {m.entry.id for si in sorted(ctx.lead) for g in find_frames(ctx, si) if (m := _doer(ctx, g, True)) is not None}
    for types, entry in titled:
        if entry.id in told:
            continue  # "صد هجوم شنه تنظيم داعش": the lead tells the doer itself, for the frame it belongs to
        for si in sorted(ctx.lead):
            g = next((g for g in find_frames(ctx, si) if (set(types) & set(g.types) or bool(types) != bool(g.types))
                      and not set(g.concepts) <= {"killed", "injured"}), None)
            if g is not None:
                out.setdefault((g.si, g.i), entry)
                break
    return out


def _read_title(ctx: DocContext) -> list[tuple[list[str], Entry]]:
    """The title's frames that have a doer: (their types, the doer's registry entry), in order."""
    doc = ctx.doc
    tctx = build_context(Document(doc_id=doc.doc_id, text=doc.title or "", published=doc.published), get_gazetteer())
    out = []
    for si in range(len(tctx.sentences)):
        words = tctx.sentences[si].words
        for g in find_frames(tctx, si):
            if _has(words, 0, g.i, _REPEL | _FOILED):
                continue  # "التحالف يحبط إطلاق صواريخ حوثية": no attack took place, the body tells what did
            m = perpetrator(tctx, g)
            if m is not None:
                out.append((list(g.types), m.entry))
    return out


def _listed_doer(ctx: DocContext, f: Frame) -> Mention | None:
    """The doer of attacks told in a sentence for one of them it lists after "من بينها"/"أبرزها"
    (``list_intro_words``): "وشن تنظيم داعش هجمات عديدة في فرنسا، من بينها هجوم على مسرح راح ضحيته 90" -- the
    nearest frame before in the sentence, with the list word and no force or group between them."""
    words = ctx.sentences[f.si].words
    if _LIST_SURFACES.isdisjoint(words[:f.i]):
        return None  # most sentences: no list word before the frame (one set test)
    for g in reversed(find_frames(ctx, f.si)):
        if g.j > f.i:
            continue
        if not _has(words, g.j, f.i, _LIST_INTROS) or ctx.actors_in(f.si, g.j, f.i, FORCE_TYPES | {"armed_group"}):
            return None
        return _doer(ctx, g, False)
    return None


def _back_reference(ctx: DocContext, f: Frame) -> Mention | None:
    """The doer of the incident a definite attack noun refers back to: "قتل فلسطينيان في قصف إسرائيلي على
    القطاع ... وأعلنت الوزارة وفاة اثنين جراء القصف الذي وقع شرق رفح" -- Arabic news retells an incident it
    has told with the definite noun and no doer. The frame's own word must be such a noun (``back_reference_nouns``,
    after "ال" or a demonstrative), not "الهجوم الآخر"/"السابق" (another incident), in a sentence that names no
    force or group and does not open a new place of a round-up ("وفي تعز، ..."), and tells a toll of its own
    (without one, the retelling is no record, and a doer must not make it one). The incident referred to is the
    nearest frame told before, in the ``back_reference_sentences`` sentences before, of the same kind (any kind
    for "الهجوم"/"الحادث"); its doer is read without this rule, and none there means none here -- the rule never
    passes over the incident nearest before to reach another."""
    s = ctx.sentences[f.si]
    words = s.words
    if ctx.actors_in(f.si, 0, len(words), FORCE_TYPES | {"armed_group"}):
        return None
    first = words[0] if words else ""
    if first in FRONTING_IN or _has(words, f.lo, f.hi, _BACKGROUND):
        return None
    if not _has(words, f.lo, f.hi, KILLED | INJURED | _BACK_TOLL):
        return None  # only a retelling with a toll of its own, which is a record anyway: a doer must not make one
    generic = None
    for t in range(f.i, f.j):
        forms = bare(words[t])
        if not any(b in _BACK_NOUNS for b in forms):
            continue
        if t + 1 < len(words) and any(b in _OTHER_INCIDENT for b in bare(words[t + 1])):
            return None  # "الهجوم الآخر": another incident
        generic = any(b in _GENERIC_BACK for b in forms) or not f.types
        break
    if generic is None:
        return None
    for sj in range(f.si, max(-1, f.si - 1 - _BACK_SENTENCES), -1):
        before = [g for g in find_frames(ctx, sj) if g.hi <= f.lo or sj < f.si]
        for g in reversed(before):
            if generic or set(g.types) & set(f.types):
                return _doer(ctx, g, False)
    return None


def _principal(ctx: DocContext, si: int, m: Mention) -> Mention:
    """The force a doer backed, when the doer is told as backing right after it: "وكانت قوات الجيش اليمني،
    بإسناد من التحالف، نفذت عملية"، "القوات العراقية مدعومة بطيران التحالف قصفت" -- the force named right
    before the word of backing carried the attack out, its backer (``support_words``) did not. A backer
    with no force before it ("قصف بدعم من طيران التحالف") stays the doer."""
    s = ctx.sentences[si]
    words = s.words
    glued = m.start > s.token_span(m.i, m.i + 1)[0]
    for p in range(max(0, m.i - 3), m.i):
        if not any(b in _SUPPORT for b in bare(words[p])):
            continue
        if not (words[m.i - 1] == "من" or p == m.i - 1 or glued):
            return m
        for n in ctx.actors_in(si, 0, p, FORCE_TYPES | {"armed_group"}):
            if n.j == p and n.entry.id != m.entry.id and not _blocked(words, n, 0) and not _is_victim_at(words, n, 0):
                return n
        return m
    return m


def _battle_antecedent(ctx: DocContext, f: Frame) -> Mention | None:
    """The side that advanced in the battle a definite "المعارك"/"الاشتباكات" refers back to: "وأكدت مصادر أن
    القوات اليمنية سيطرت على ميناء الحيمة بعد معارك عنيفة مع ميليشيات الحوثي. وأسفرت المعارك عن مصرع 38
    عنصرا" -- the frame's own word is the definite battle noun, its sentence names no force or group before it,
    and one of the ``battle_back_sentences`` sentences before tells a battle with an advance subject
    (:func:`_advance_subject`; not "اشتباكات بين الطرفين"، not a repelled attack)."""
    words = ctx.sentences[f.si].words
    if not any(w in _BATTLE_BACK for w in words[f.i:f.j]) or ctx.actors_in(f.si, 0, f.i, FORCE_TYPES | {"armed_group"}):
        return None
    for sj in range(f.si - 1, max(-1, f.si - 1 - _BATTLE_BACK_SENTENCES), -1):
        prev = ctx.sentences[sj].words
        if not any(b in _BATTLE_NOUNS for w in prev for b in bare(w)):
            continue
        return _advance_subject(ctx, Frame(sj, 0, 0, 0, len(prev)))
    return None


def _caused_by(ctx: DocContext, f: Frame) -> Mention | None:
    """The doer of an earlier event of the same sentence that the text says caused this one ("عناصر من داعش
    هاجموا مقر الفوج ما أدى إلى اندلاع اشتباكات أسفرت عن مقتل جندي"): a cause word between the two and
    no force or group named between them."""
    s = ctx.sentences[f.si]
    words = s.words
    if not _has(words, 0, f.i, _CAUSES):
        return None
    for g in reversed(find_frames(ctx, f.si)):
        if g.i >= f.i:
            continue
        between = [m for m in ctx.actors_in(f.si, g.j, f.i, FORCE_TYPES | {"armed_group"}) if not (
            words[m.i].startswith("لل") or words[m.i][0] == "ل" and m.start > s.token_span(m.i, m.i + 1)[0])]
        # (not "حاجزا للجيش": the owner of what was hit)
        if not _has(words, g.j, f.i, _CAUSES) or between:
            return None
        return perpetrator(ctx, g)
    return None


def _unit_doer(ctx: DocContext, f: Frame) -> Mention | None:
    """The group a fighting unit belongs to, when the unit is told as the doer: "وقصفت الفرقة الساحلية
    الأولى التابعة للجيش السوري الحر مواقع النظام"، "كتيبة تابعة لحركة الشباب هاجمت قاعدة"، "هجوم شنه لواء
    موال لهيئة تحرير الشام" -- a unit noun (``unit_nouns``), at most ``unit_span`` words before a group
    written with "ل" after a word of belonging ("التابعة"، "الموالية"), right after an attack verb, after a
    doer cue, or before an attack verb. Not a unit that was hit or counted dead ("مواقع الفرقة التابعة
    للجيش الحر"، "مقتل 5 من عناصر الفرقة")."""
    s = ctx.sentences[f.si]
    words = s.words
    verbs = _ATTACK_VERBS | _STRIKE_VERBS
    for m in ctx.actors_in(f.si, f.lo, f.hi, FORCE_TYPES | {"armed_group"}):
        if m.i < 2 or words[m.i][0] != "ل" or not any(b in _AFFILIATE for b in bare(words[m.i - 1])):
            continue
        units = [u for u in range(max(f.lo, m.i - 1 - _UNIT_SPAN), m.i - 1) if any(b in _UNITS for b in bare(words[u]))]
        if not units:
            continue
        u = units[0]
        unit = Mention(m.entry, u, m.j, m.start, m.end, m.surface)
        if _denied(words, unit, f.lo) or _blocked(words, unit, f.lo) or _is_victim(words, unit, f):
            continue
        before = u > 0 and words[u][0] != "و" and any(
            b in verbs and b not in _MASDARS for b in bare(words[u - 1]))
        after = m.j < len(words) and any(b in verbs | _GROUP_VERBS for b in bare(words[m.j]))
        if before or after or _cued(words, unit, f.lo) or _from_doer(words, u, f.lo):
            return m
    return None


def _named_militia(ctx: DocContext, si: int, x: int) -> Mention | None:
    """The one armed group the article has named with a militia word before token ``x`` of sentence ``si``
    ("ميليشيات الحوثي"، "ميليشيا حزب الله"); None when it named none or two different ones."""
    found: Mention | None = None
    for sj in range(si + 1):
        for m in ctx.actors_in(sj, 0, x if sj == si else len(ctx.sentences[sj].words), {"armed_group"}):
            if not any(b in _MILITIA or "ال" + b in _MILITIA for w in normalize(m.surface).split() for b in bare(w)):
                continue
            if found is not None and found.entry.id != m.entry.id:
                return None
            found = m
    return found


def _militia_doer(ctx: DocContext, f: Frame) -> Mention | None:
    """A bare "الميليشيا(ت)" told as the doer stands for the militia the article named with that word before
    ("ميليشيا الحوثي ... لافتا إلى أن الميليشيا حاولت الهجوم على مواقع الجيش"، "بنيران الميليشيات"): the
    subject before an attack verb, after a doer cue, or the owner of an attack noun. Not a militia told
    with an adjective of its own ("الميليشيات الكردية"), one named as what was hit or counted dead, nor
    when the article named two militias."""
    s = ctx.sentences[f.si]
    words = s.words
    taken = {t for m in ctx.mentions[f.si] if m.kind == "actors" for t in range(m.i, m.j)}
    for x in range(f.lo, min(f.hi, len(words))):
        if x in taken or not any(b in _MILITIA for b in bare(words[x])):
            continue
        nxt = words[x + 1] if x + 1 < len(words) else ""
        if nxt.startswith("ال") and (nxt.endswith("يه") or nxt.endswith("ي")):
            continue  # "الميليشيات الكردية": another militia
        named = _named_militia(ctx, f.si, x)
        if named is None:
            continue
        start, end = s.token_span(x, x + 1)
        m = Mention(named.entry, x, x + 1, start, end, ctx.quote(start, end))
        clitic = words[x][:2] != "ال"
        if _denied(words, m, f.lo) or _blocked(words, m, f.lo) or _is_victim(words, m, f) or _owned_thing(words, m, f.lo):
            continue
        subject = not clitic and x + 1 < len(words) and any(
            b in _ATTACK_VERBS | _STRIKE_VERBS | _GROUP_VERBS for b in bare(nxt))
        if subject or _cued(words, m, f.lo) or _attack_owner(words, m, f.lo, clitic):
            return m
    return None


def _advance_subject(ctx: DocContext, f: Frame) -> Mention | None:
    """The side whose advance the sentence tells, for a battle told without an attack verb: the subject of
    an advance verb ("القوات اليمنية سيطرت على ميناء ... بعد معارك"، "القوات الأمنية واصلت تطهير ...
    وقتلت قناصا"، "قيادة عمليات بغداد تمكنت من قتل 14"، "سيطرت قوات الشرعية على") or the force that
    announces an advance of its own ("أعلن الجيش عن تحرير مواقع عقب معارك"). Not when the sentence tells
    a repelled attack ("تمكنت القوات من صد هجوم": the other side attacked), nor a side counted among the
    dead or written after a blocker ("مع ميليشيات الحوثي")."""
    s = ctx.sentences[f.si]
    words = s.words

    def advance(v: int) -> bool:  # an advance verb at v, not "تمكنت (القوات) من صد هجوم"
        return 0 <= v < len(words) and any(b in _ADVANCE_VERBS for b in bare(words[v])) and not _has(
            words, v + 1, v + 6, _REPEL | _ATTACKER_NOUNS) and not (  # nor "تمكنت الشرطة من قتل المنفذ": it answered
            any(words[y] == "من" and _has(words, y + 1, y + 2, _ARRESTS) for y in range(v + 1, min(len(words) - 1, v + 5))))
        # nor "تمكن الأمن من توقيف المشتبه به": it caught a suspect

    for m in ctx.actors_in(f.si, f.lo, f.hi, FORCE_TYPES | {"armed_group"}):
        clitic = m.start > s.token_span(m.i, m.i + 1)[0]
        if clitic and words[m.i][0] != "و" or _denied(words, m, f.lo) or _blocked(words, m, f.lo) or _is_victim(words, m, f):
            continue
        before = advance(m.j)
        x = m.i
        while x > max(f.lo, m.i - 2) and any(b in _CLAIM_SUBJECTS for b in bare(words[x - 1])):
            x -= 1  # "استطاعت مدفعيات التحالف استهداف"
        after = not clitic and advance(x - 1) and not _has(words, m.j, m.j + 4, _REPEL)
        own = m.i > 0 and any(b in _SPEECH_VERBS for b in bare(words[m.i - 1])) and any(
            words[x] == "عن" and x + 1 < len(words) and any(b in _ADVANCE_MASDARS for b in bare(words[x + 1]))
            for x in range(m.j, min(len(words) - 1, m.j + 4)))
        if not own and m.j < len(words) and any(b in _SPEECH_VERBS for b in bare(words[m.j])):
            # "وكانت قوات الجيش، أعلنت الجمعة، اقتحام مديرية": the announcer's own advance, past a day word
            dated = _dated(ctx, f.si)
            x = m.j + 1
            while x < len(words) and x in dated:
                x += 1
            x += x < len(words) and words[x] == "عن"
            own = x < len(words) and any(b in _ADVANCE_MASDARS for b in bare(words[x]))
        if before or after or own:
            return m
    return None


def _cued_past_frame(ctx: DocContext, f: Frame) -> Mention | None:
    """The doer whose cue ends the frame though its name starts the next one ("قتل 12 مسلحا في حملة مداهمات
    شنتها القوات المسلحة المصرية لاستهداف ..."): a force or group right after the frame's end, cued by a
    doer word inside the frame (:func:`_cued`)."""
    s = ctx.sentences[f.si]
    words = s.words
    for m in ctx.actors_in(f.si, f.hi, min(len(words), f.hi + 4), FORCE_TYPES | {"armed_group"}):
        if m.i > f.hi + 1:
            break
        if m.start > s.token_span(m.i, m.i + 1)[0] or _denied(words, m, f.lo):
            continue
        if _cued(words, m, f.lo):
            return m
    return None


def _epithet_doer(ctx: DocContext, f: Frame) -> Mention | None:
    """A force named by an epithet (``epithet_doers``) and told as the doer: after a doer cue ("بنيران
    الاحتلال"، "برصاص الاحتلال"، "أطلقه عليه جنود الاحتلال")، as the owner of an attack noun ("قصف الاحتلال")
    or the subject of an attack verb ("الائتلاف الدولي بقيادة أميركية نفذ غارات"); in news about Yemen a bare
    "المقاومة" too ("نفذت المقاومة هجوما على مواقع الحوثيين", ``country_epithet_doers``). Not when a state's
    adjective follows it ("قوات الاحتلال الأمريكي" is another force) nor when it is what was fought."""
    s = ctx.sentences[f.si]
    words = s.words
    verbs = _ATTACK_VERBS | _STRIKE_VERBS
    hi = min(f.hi, len(words))
    epithets = _epithets_by_first(ctx.country or "")
    for x in range(f.lo, hi):
        for key, doer in epithets.get(bare(words[x])[-1], ()):
            y = x + len(key)
            if y > hi or tuple(bare(words[x])[-1:]) + tuple(words[x + 1:y]) != key:
                continue
            if y < len(words) and _NISBA.get(words[y], doer) != doer:
                continue  # "الاحتلال الأمريكي"
            entry = get_gazetteer().lexicon.get("actors", doer)
            if entry is None:
                continue
            start, end = s.token_span(x, y)
            m = Mention(entry, x, y, start, end, ctx.quote(start, end))
            if _denied(words, m, f.lo) or _blocked(words, m, f.lo) or _is_victim(words, m, f):
                continue
            head = x - 1 if x > f.lo and any(b in _EPITHET_SUBJECTS for b in bare(words[x - 1])) else x
            owned = head < x and words[head][0] == "ل" and _attack_owner(
                words, Mention(entry, head, y, start, end, m.surface), f.lo, True)  # "قصف جوي لقوات الائتلاف الدولي"
            told = owned or _cued(words, m, f.lo) or _attack_owner(words, m, f.lo, False) or _ambusher(words, x) or (
                head > 0 and any(b in verbs for b in bare(words[head - 1]))) or _from_doer(words, head, f.lo)
            for z in range(y, min(hi, y + 5)):
                if any(b in verbs for b in bare(words[z])):
                    told = told or z == y or (words[y] in {"بقياده"} or bare(words[y])[-1] == "بقياده")
                    break
            if told:
                return m
    return None


def _opens_clause(ctx: DocContext, si: int, v: int) -> bool:
    """True when the verb at token ``v`` of sentence ``si`` opens its clause, so the name right after it is its
    subject ("وقصفت تركيا"، "كما قصفت تركيا"), not when a noun before it is ("صواريخ قصفت إسرائيل")."""
    s = ctx.sentences[si]
    w = s.words[v]
    return v == 0 or s.tokens[v].clause_start or w[:1] in "وف" or s.words[v - 1] in _CLAUSE_OPENERS


def _state_doer(ctx: DocContext, f: Frame) -> Mention | None:
    """A state told as the doer stands for its forces (``state_doers``): the subject before an attack verb
    ("وكانت إسرائيل ضربت أهدافا"، "تركيا قصفت") or after a verb whose object is the attack ("شنت تركيا
    غارات"، "الغارات التي شنتها إسرائيل") or after a feminine strike verb that opens its clause ("وقصفت
    تركيا مواقع"; ``state_strike_verbs``). Not after other attack verbs, where a state is as often what was
    hit ("استهدفت السعودية").
    "<state> وحلفاؤها نفذوا" is the coalition the state leads (``allied_doers``), else the state's forces."""
    s = ctx.sentences[f.si]
    words = s.words
    verbs = _ATTACK_VERBS | _STRIKE_VERBS
    for m in ctx.places_in(f.si, f.lo, f.hi):
        doer = _STATE_DOERS.get(m.entry.id)
        if doer is None or m.start > s.token_span(m.i, m.i + 1)[0]:
            continue  # "لإسرائيل"، "بتركيا": not a subject
        allies = m.j < len(words) and words[m.j] in _ALLIES
        v = m.j + 1 if allies else m.j
        before = v < len(words) and any(b in verbs or allies and b in _GROUP_VERBS for b in bare(words[v]))
        after = m.i > 0 and (any(b in _LAUNCH_VERBS for b in bare(words[m.i - 1])) or _opens_clause(ctx, f.si, m.i - 1) and (
            words[m.i - 1] in _STATE_STRIKE_VERBS or words[m.i - 1][:1] in "وف" and words[m.i - 1][1:] in _STATE_STRIKE_VERBS))
        if not (before or after) or _has(words, m.i - 3, m.i, _DENIALS | _ACCUSATION | _CLAIM_NEGATIONS):
            continue
        if allies:
            doer = _ALLIED_DOERS.get(m.entry.id, doer)
        entry = get_gazetteer().lexicon.get("actors", doer)
        if entry is not None:
            return Mention(entry, m.i, m.j, m.start, m.end, m.surface)
    return None


def _undertaking_doer(ctx: DocContext, f: Frame) -> Mention | None:
    """The actor annexed to "إقدام"/"قيام"، or the subject of "قام"/"أقدم" (at most ``undertaking_span`` words
    after it, in the same clause, or right before it), when the frame's own trigger is the act undertaken:
    "ميليشيا الحوثي أقدمت على قتل أحد عناصرها"، "استنكرت إقدام الحوثيين
    على اختطاف موظفين"، "قيام القوات التركية بقصف قرى"، "قامت ثلاث مقاتلات من سلاح الجو التركي بقصف مواقع"
    (the trigger right after the actor written with "ب"، or after "على"). Not a denied or accused actor ("نفت
    قيام الجيش بقصف")."""
    s = ctx.sentences[f.si]
    words = s.words
    if _UNDERTAKING_SURFACES.isdisjoint(words):
        return None  # most sentences: no "قام"/"إقدام" at all
    for m in ctx.actors_in(f.si, f.lo, f.hi, FORCE_TYPES | {"armed_group"}):
        if m.i == 0 or m.start > s.token_span(m.i, m.i + 1)[0]:
            continue
        masdar = any(b in _UNDERTAKING for b in bare(words[m.i - 1]))
        verb = [v for v in range(max(0, m.i - _UNDERTAKING_SPAN), m.i) if any(b in _UNDERTAKING_VERBS for b in bare(words[v]))]
        p = m.j  # where the act undertaken is told
        if m.j < len(words) and not s.tokens[m.j].clause_start and words[m.j][0] not in "وفبل" and any(
                b in _UNDERTAKING_VERBS for b in bare(words[m.j])):
            p = m.j + 1  # the subject before its verb: "ميليشيا الحوثي أقدمت على قتل أحد عناصرها"
        elif not masdar and not (verb and not any(s.tokens[t].clause_start for t in range(verb[-1] + 1, m.i + 1))):
            continue
        if not (p <= f.i <= p + 1) or not (f.i == p and words[f.i].startswith("ب") or f.i == p + 1 and words[p] == "علي"):
            continue
        if _has(words, m.i - 4, m.i - 1, _DENIALS | _ACCUSATION | _CLAIM_NEGATIONS):
            continue
        return m
    return None


def _commit_doer(ctx: DocContext, f: Frame) -> Mention | None:
    """The force or group next to "ارتكب" (committed): "ارتكب تنظيم الدولة مذبحة"، "ميليشيا الحوثي ارتكبت
    جريمة بقتل طفل" -- a crime or massacre is committed by its doer, so the actor is never its object."""
    s = ctx.sentences[f.si]
    words = s.words
    for m in ctx.actors_in(f.si, f.lo, f.hi, FORCE_TYPES | {"armed_group"}):
        clitic = m.start > s.token_span(m.i, m.i + 1)[0]
        v = m.i - 2 if m.i > 1 and words[m.i - 1] in _COMMIT_GAP else m.i - 1
        before = v >= 0 and not clitic and any(b in _COMMIT_VERBS for b in bare(words[v]))
        after = m.j < len(words) and any(b in _COMMIT_VERBS for b in bare(words[m.j]))
        if (before or after) and not _denied(words, m, f.lo) and not _is_victim(words, m, f):
            return m
    return None


_OBJECT_NOUNS = _SITE_NOUNS | _MEANS | _PERSON_NOUNS | _PERP_BLOCKERS
"""Nouns of what attacks hit: after a comma they still read as the object of a verbal noun."""


def _masdar_subject(ctx: DocContext, f: Frame) -> Mention | None:
    """The actor annexed to a verbal noun when an object follows it: "بعد استهداف ميليشيا الحوثي، سيارة
    للهلال الأحمر"، "قصف الحوثيين لمواقع الجيش" (the doer; "استهداف داعش في الموصل" names what was hit)."""
    s = ctx.sentences[f.si]
    words = s.words
    dated = _dated(ctx, f.si)
    for m in ctx.actors_in(f.si, f.lo, f.hi, FORCE_TYPES | {"armed_group"}):
        if m.i == 0 or m.j >= min(f.hi, len(words)) or m.start > s.token_span(m.i, m.i + 1)[0]:
            continue
        if words[m.i][0] == "و" or not any(b in _MASDARS for b in bare(words[m.i - 1])):
            continue
        j = m.j + 1 if _NISBA.get(words[m.j]) == m.entry.id and m.j + 1 < min(f.hi, len(words)) else m.j
        nxt = words[j]  # past the force's own adjective: "استخدام قوات الاحتلال الإسرائيلي ذخائر حية"
        forms = bare(nxt)
        if j in dated or s.tokens[j].soft_break or not nxt.isalpha() or nxt[0] in "وفبك" or nxt in _OBJECT_STOPS \
                or any(b in _OBJECT_STOPS | _NOT_OBJECT_HEADS | _OBJECT_SKIP | KILLED | INJURED for b in forms) \
                or any(x.i == j for x in ctx.mentions[f.si] if x.kind in {"actors", "places"}):
            continue
        if s.tokens[j].clause_start and not any(b in _OBJECT_NOUNS for b in forms):
            continue  # "بعد استهداف داعش، أعلن": a new clause, not the object
        if _denied(words, m, f.lo) or _is_victim(words, m, f):
            continue
        return m
    return None


def _nisba_subject(ctx: DocContext, f: Frame) -> Mention | None:
    """A doer noun with a state's or group's adjective (``nisba_doers``), told as the doer: the subject of a
    strike verb ("المدفعية السعودية دكت"، "واصلت المدفعية السعودية دك") or of an advance verb ("تمكنت المدفعية
    السعودية من تدمير رتل"; not "من صد هجوم": it was attacked), after "من" ("اقتحام من مسلحين حوثيين") or
    annexed to an attack noun ("قصف الطائرات الإسرائيلية"; not "قصف مسلحين حوثيين": its object). Not after
    "أطلق" with nothing fired ("أطلقت القوات التركية سراح المعتقلين")."""
    s = ctx.sentences[f.si]
    words = s.words
    verbs = _ATTACK_VERBS | _STRIKE_VERBS
    for y in range(max(f.lo, 1), min(f.hi, len(words))):
        doer = _NISBA.get(words[y]) or (_NISBA_MODIFIED.get(words[y]) if words[y - 1] in _AIR_MODIFIERS else None)
        if doer is None:
            continue  # ("طائرات حربية سورية": the adjective after an aircraft word)
        x = y - 1
        while x > f.lo and x > y - 1 - _AIR_MODIFIER_SPAN and (words[x] in _AIR_MODIFIERS or words[x].isdigit()):
            x -= 1  # "مقاتلات إف-16 تركية"، "طائرة بدون طيار أمريكية"
        if not any(b in _NISBA_SUBJECTS for b in bare(words[x])):
            continue
        while x - 1 > f.lo and x > y - 3 and any(b in _NISBA_SUBJECTS for b in bare(words[x - 1])):
            x -= 1  # "طائرة استطلاع إسرائيلية"
        ground = any(b in _GROUND_SUBJECTS for b in bare(words[x]))
        before = bare(words[x - 1]) if x > f.lo else ()
        z = y + 1 if y + 1 < min(f.hi, len(words)) - 1 and words[y + 1] in _MANNER else y
        after = bare(words[z + 1]) if z + 1 < min(f.hi, len(words)) else ()  # "طائرة إسرائيلية معادية أغارت"
        advanced = any(b in _ADVANCE_VERBS for b in (*before, *after)) and not _has(
            words, y + 1, y + 8, _REPEL | _ATTACKER_NOUNS)  # "تمكنت المدفعية السعودية من تدمير رتل" (not "من صد هجوم")
        if any(b in _FIRE_VERBS for b in before) and not _has(words, y + 1, y + 3, _FIRE_NOUNS):
            before = ()  # "أطلقت القوات التركية سراح المعتقلين": nothing fired
        told = any(b in verbs and b not in _MASDARS or b in _STRONG_PERP_CUES for b in before) or any(
            b in verbs for b in after) or advanced \
            or _from_doer(words, x, f.lo) or (not ground and any(b in _ATTACK_NOUNS for b in before))
        entry = get_gazetteer().lexicon.get("actors", doer) if told else None
        if entry is not None:
            start, end = s.token_span(x, y + 1)
            return Mention(entry, x, y + 1, start, end, ctx.quote(start, end))
    return None


def _nisba_doer(ctx: DocContext, f: Frame) -> Mention | None:
    """The state whose adjective follows an attack noun: "الهجمات الإسرائيلية"، "غارات روسية"، "القصف التركي
    المدفعي" -> that state's forces (``nisba_doers``)."""
    s = ctx.sentences[f.si]
    words = s.words
    for x in range(f.lo, min(f.hi, len(words)) - 1):
        if not any(b in _ATTACK_NOUNS or b in _BULLETS for b in bare(words[x])):
            continue
        y = x + 1
        if y < f.hi - 1 and words[y] in _MANNER:
            y += 1  # "القصف الجوي الروسي"
        doer = _NISBA.get(words[y]) or (_NISBA_MODIFIED.get(words[y]) if y > x + 1 else None)  # "قصف جوي سوري"
        if y + 1 < len(words) and any(b in _MADE_IN for b in bare(words[y + 1])):
            doer = None  # "قذائف روسية الصنع": where the weapon was made, not who fired it
        entry = get_gazetteer().lexicon.get("actors", doer) if doer else None
        if entry is not None:
            start, end = s.token_span(y, y + 1)
            return Mention(entry, y, y + 1, start, end, ctx.quote(start, end))
    return None


def _carried_doer(ctx: DocContext, f: Frame) -> Mention | None:
    """The doer of the strikes told just before, for a strike told with no subject ("حيث تم قصف معسكرين"،
    "كما قصفت مدرسة"، "وتحدثت مصادر عن استهداف معسكر"): Arabic news drops the subject it has just named.
    Only for a sentence that names no force, nor a group before the strike word, and only a force that flies or fires from afar
    named as the subject of a strike in one of the ``carry_sentences`` sentences before."""
    s = ctx.sentences[f.si]
    if ctx.actors_in(f.si, 0, f.i, FORCE_TYPES | {"armed_group"}) or ctx.actors_in(f.si, f.i, len(s.words), FORCE_TYPES):
        return None  # (a group after the strike word is what was struck: "قصف معسكرين موالين للحوثيين")
    if not any(b in _CARRIED_TRIGGERS for w in s.words[f.i:f.j] for b in bare(w)):
        return None
    for si in range(f.si - 1, max(-1, f.si - 1 - _CARRY), -1):
        words = ctx.sentences[si].words
        for m in ctx.actors_in(si, 0, len(words), _FLYERS):
            if _air_subject(words, m):
                return m  # "عاودت طائرات التحالف العربي غاراتها"، "شنت مقاتلات التحالف"
    return None


def _air_subject(words: list[str], m: Mention) -> bool:
    """True for aircraft of a force as the subject of a strike verb: "عاودت طائرات التحالف"، "شنت مقاتلات
    التحالف"، "طيران التحالف أغار" (the aircraft word in the name or just before it)."""
    x = m.i
    while x > 0 and x > m.i - 2 and any(b in _CLAIM_SUBJECTS for b in bare(words[x - 1])):
        x -= 1
    if not any(b in _AIR_SUBJECTS for w in words[x:m.j] for b in bare(w)):
        return False
    verbs = _ATTACK_VERBS | _STRIKE_VERBS
    return (x > 0 and any(b in verbs for b in bare(words[x - 1]))) or (
        m.j < len(words) and any(b in verbs for b in bare(words[m.j])))



def _own_report(words: list[str], m: Mention, trigger: int = -1) -> bool:
    """True when a force or group says it struck: "قالت المعارضة المسلحة إنها كثفت قصفها"، "أعلن الجيش أنه
    قصف مواقع" (a speech verb before it, "إنه/إنها" and a strike word or a strike noun of its own after it)، "قال
    الجيش إن جنوده قتلوا" (its own forces, then a strike or killing verb)."""
    if m.i == 0:
        return False
    if not any(b in _SPEECH_VERBS for b in bare(words[m.i - 1])):
        return False
    if _announced_launch(words, m):
        return True
    group = m.entry.get("type") == "armed_group"  # "الحركة" after "إن" names the speaker only if it is a group
    for p in range(m.j, min(len(words), m.j + 4)):
        if words[p] in _THAT and _has(words, p + 1, p + 4, _CLAIM_NEGATIONS | _DENIALS):
            return False  # "قال المتحدث باسم الحركة إن الحركة لم تنفذ الهجوم"
        if words[p] in _THAT and p + 1 < len(words) and words[p + 1] in _OWN_FORCES:
            # "قال الجيش، في بيان، إن جنوده قتلوا فلسطينيا": its own soldiers did it
            return any(b in _ATTACK_VERBS | _STRIKE_VERBS | KILLED for w in words[p + 2:p + 4] for b in bare(w))
        if group and words[p] in _THAT and p + 2 < len(words) and words[p + 1] in _ANAPHORS:
            # "قال المتحدث باسم حركة طالبان، فلان، إن الحركة نفذت هجوما": the group itself, named again
            return any(b in _ATTACK_VERBS | _STRIKE_VERBS | _GROUP_VERBS for w in words[p + 2:p + 4] for b in bare(w))
        if group and words[p] in _THAT and p + 2 < len(words) and any(b in _CLAIM_SUBJECTS for b in bare(words[p + 1])) \
                and words[p + 2] in _ANAPHORS:
            # "قال المتحدث باسم الحركة إن مقاتلي الحركة هاجموا مركزا": its own fighters did it
            return any(b in _ATTACK_VERBS | _STRIKE_VERBS | _GROUP_VERBS | KILLED for w in words[p + 3:p + 5] for b in bare(w))
        if any(b in _SELF_PRONOUNS for b in bare(words[p])):
            if p < trigger <= p + 3 and not any(b in KILLED | INJURED for b in bare(words[trigger])) and not (
                    trigger + 2 < len(words) and words[trigger + 1] == "من" and words[trigger + 2] in _PASSIVE_BY):
                return True  # "قال تنظيم الدولة الإسلامية إنه خطف ثلاثة": the event's own word follows "إنه"
                # (not a death word, which is as often passive: "قالت الشرطة إنه قتل في الهجوم"; not "خطف من قبل")
            for w in words[p + 1:p + 4]:
                forms = bare(w)
                own = [w[:-len(x)] for x in ("هم", "ها", "ه") if w.endswith(x) and len(w) > len(x) + 2]
                if any(b in _ATTACK_VERBS | _STRIKE_VERBS | _ATTACK_NOUNS for b in forms) or any(
                        b in _ATTACK_NOUNS for o in own for b in bare(o)):
                    return True
            return False
    return False


def _source_report(words: list[str], m: Mention) -> bool:
    """True when sources in a force or group, or its spokesman, say it struck: "أكدت مصادر في المقاومة الشعبية
    بمحافظة مأرب أنها قتلت 11 مسلحا"، "قال المتحدث باسم الحركة إنها هاجمت" -- a speech verb, a speaker noun and
    "في"/"باسم" (``source_links``) right before the force, then a pronoun of the force within four words and an
    attack or strike verb right after it (a verb only: "إنه أصيب في القصف" tells who was hit)."""
    x = m.i
    if x < 3 or words[x - 1] not in _SOURCE_LINKS or not any(b in _SPEAKER_NOUNS for b in bare(words[x - 2])) \
            or not any(b in _SPEECH_VERBS for b in bare(words[x - 3])):
        return False
    for p in range(m.j, min(len(words) - 1, m.j + 4)):
        if any(b in _SELF_PRONOUNS for b in bare(words[p])):
            return any(b in _ATTACK_VERBS | _STRIKE_VERBS for b in bare(words[p + 1]))
    return False


def _announced_launch(words: list[str], m: Mention) -> bool:
    """True for "أعلن الجيش الأمريكي تنفيذ 5 ضربات جوية": a launch verbal noun (``launch_masdars``) after the
    announcing force, then an attack noun past at most a count; not a negated one ("عدم تنفيذ"). Also "أعلنت
    الشرطة إطلاق النار على مسلح": "إطلاق" (``announced_fire_masdars``) and what was fired right
    after it, not a ceasefire ("وقف إطلاق النار", ``ceasefire_words``)."""
    for p in range(m.j, min(len(words) - 1, m.j + _ANNOUNCED_SPAN)):
        if words[p] in _FIRE_MASDARS:
            if _has(words, p - 1, p, _CEASEFIRE | _CLAIM_NEGATIONS | _DENIALS):
                return False
            if any(b in _FIRE_NOUNS for b in bare(words[p + 1])):
                return True
            continue
        if words[p] not in _LAUNCH_MASDARS:
            continue
        if _has(words, p - 1, p, _CLAIM_NEGATIONS | _DENIALS):
            return False
        q = p + 1
        while q < len(words) and q <= p + 2 and read_quantity(words, q) is not None:
            q += 1
        return q < len(words) and any(b in _ATTACK_NOUNS for b in bare(words[q]))
    return False


def _ambusher(words: list[str], x: int) -> bool:
    """True when the actor at ``x``, written with "ل", owns the ambush just before it and the ambush is told with
    "في"/"ب" ("في كمين للمقاومة"، "بكمين لحركة الشباب"): the ambusher. "نصب كمينا لدورية" (accusative, its
    prey) is not."""
    if x < 1 or words[x][:1] != "ل":
        return False
    prev = words[x - 1]
    if prev[:1] == "ب" and prev[1:] in _AMBUSH:
        return True
    return prev in _AMBUSH and x >= 2 and words[x - 2] == "في"


def _fire_subject(words: list[str], m: Mention, clitic: bool) -> bool:
    """True for the subject of a firing verb whose object follows it: "أطلق الجيش الإسرائيلي النار على
    مسعفين"، "فتحت قوات الأمن النار"، "أطلق مسلحو الحركة قذائف" (the actor, past at most two subject nouns,
    right after "أطلق"/"فتح" and before what was fired). Not "أطلقت السلطات سراح" (nothing fired)."""
    x = m.i
    while x > 0 and x > m.i - 2 and any(b in _CLAIM_SUBJECTS for b in bare(words[x - 1])):
        x -= 1
    if x == 0 or (clitic and x == m.i) or not any(b in _FIRE_VERBS for b in bare(words[x - 1])):
        return False
    return any(b in _FIRE_NOUNS for w in words[m.j:m.j + 2] for b in bare(w))


def _frame_doer(ctx: DocContext, f: Frame) -> Mention | None:
    s = ctx.sentences[f.si]
    for m in ctx.actors_in(f.si, 0, len(s.words), FORCE_TYPES | {"armed_group"}):
        if _own_report(s.words, m, f.i) or _source_report(s.words, m):
            return m  # "قالت المعارضة المسلحة إنها كثفت قصفها"
    for m in ctx.actors_in(f.si, f.lo, f.hi, FORCE_TYPES | {"armed_group"}):
        if (f.j <= m.i <= f.j + 5 or _event_antecedent(s.words, m, f.lo)) and _relative_cued(s.words, m, f.lo) \
                and not _has(s.words, f.lo, f.hi, _BACKGROUND):
            return m  # "في العملية الإرهابية التي نفذها تنظيم داعش": before any force told earlier in the sentence
    fired = not _FIRE_SURFACES.isdisjoint(s.words)
    for m in ctx.actors_in(f.si, f.lo, f.hi, FORCE_TYPES | {"armed_group"}):
        if _denied(s.words, m, f.lo) or _is_victim(s.words, m, f):
            continue
        clitic = m.start > s.token_span(m.i, m.i + 1)[0]
        if fired and _fire_subject(s.words, m, clitic):
            return m  # "أطلق الجيش الإسرائيلي النار على مسعفين"
        if clitic and _ambusher(s.words, m.i):
            return m  # "في كمين لحركة الشباب"
        if _cued(s.words, m, f.lo):
            return m  # "نفذه الجيش"، "على يد القوات"، "قام به المتمردون"
        if _attack_owner(s.words, m, f.lo, clitic):
            return m  # "قصف للطيران التركي"، "هجوم داعش"
        if not clitic and (_weapon_subject(s.words, m) or _resumed(s.words, m)):
            return m  # "قصفت مدفعية الجيش اليمني مواقع"، "عاودت ميليشيا الحوثي، الجمعة، قصفها"
        joined = clitic and s.words[m.i][0] == "و"  # "بوارج وطيران التحالف صعدت": the second of two subjects
        if m.entry.get("type") in _FLYERS and (not clitic or joined) and _air_subject(s.words, m):
            return m  # "عاودت طائرات التحالف العربي غاراتها"
        if m.entry.get("type") == "armed_group":
            subject = m.i > 0 and not clitic and s.words[m.i - 1] != "قصف" and any(
                b in _ATTACK_VERBS for b in bare(s.words[m.i - 1])) and bare(s.words[m.i])[-1].endswith("ون")
            if subject:
                return m  # "قصف الحوثيون حي الدمينة": a nominative plural is the subject
            v = m.j + 1 if m.j < len(s.words) - 1 and s.words[m.j] == "قد" else m.j  # "مقاتلو الحركة قد قاموا"
            if v < len(s.words) and any(b in _DESIGNATION for b in bare(s.words[v])):
                # "متمردي حزب العمال الكردستاني، المصنف تنظيما إرهابيا من قبل تركيا ...، هاجموا": past the designation
                v = next((y for y in range(v + 1, min(len(s.words), v + 16)) if s.tokens[y].clause_start), len(s.words))
            if v < len(s.words) and any(b in _ATTACK_VERBS | _STRIKE_VERBS | _GROUP_VERBS for b in bare(s.words[v])) \
                    and not _blocked(s.words, m, f.lo) and not _owned_thing(s.words, m, f.lo) \
                    and not _edge_blocked(ctx, f, m) \
                    and not _has(s.words, m.i - 3, m.i, _TRAINING):  # "تدرب على يد داعش فجر": the trainee blew it
                return m  # the subject before its verb: "ميليشيا الحوثي أطلقت صاروخا"، "مقاتلو الحزب هاجموا موقعا"
            continue  # a group after an attack verb is more often its object ("قصفت مواقع داعش"): below
        if m.i > 0 and not clitic and any(b in _ATTACK_VERBS for b in bare(s.words[m.i - 1])):
            return m  # the subject right after the verb: "قصفت القوات التركية مواقع"
    for m in ctx.actors_in(f.si, f.lo, f.hi, FORCE_TYPES):
        if m.j < len(s.words) and s.words[m.j][0] not in "بل" and any(
                b in _ATTACK_VERBS for b in bare(s.words[m.j])) and m.j <= f.hi and not _denied(s.words, m, f.lo):
            return m  # subject before its verb: "القوة الجوية العراقية نفذت ضربة" (not "قيام الجيش بقصف": a verbal noun)
        if m.j < len(s.words) and m.j <= f.hi and m.start == s.token_span(m.i, m.i + 1)[0] and any(
                b in _STRIKE_VERBS and b not in _UNDERTAKING_VERBS for b in bare(s.words[m.j])) \
                and not _blocked(s.words, m, f.lo) \
                and not _is_victim(s.words, m, f) and not _owned_thing(s.words, m, f.lo):
            return m  # "أن قوات الأمن قتلت مطلوبين": a force written bare before a strike verb is its subject
    for m in ctx.actors_in(f.si, f.lo, f.hi, {"armed_group"}):
        if _denied(s.words, m, f.lo):
            continue  # "نفت الحركة أي علاقة لها بالهجوم"
        before = [b for w in s.words[max(f.lo, m.i - 3):m.i] for b in bare(w)]
        glued_l = m.start > s.token_span(m.i, m.i + 1)[0]  # "لتنظيم الدولة", "لداعش"
        if _blocked(s.words, m, f.lo) or _edge_blocked(ctx, f, m):
            continue
        if any(b in _AFFILIATION for w in s.words[max(f.lo, m.i - 2):m.i] for b in bare(w)):
            continue  # "كتائب القسام، الجناح العسكري لحماس": a description of another actor
        if any(b in _LEADERS for w in s.words[max(f.lo, m.i - (4 if glued_l else 2)):m.i] for b in bare(w)):
            continue  # "مقتل فلان أمير كتيبة الفرقان"، "قتلت قياديا ميدانيا بارزا بتنظيم القاعدة": the dead man's group
        if any(b in _SPEAKER_NOUNS for w in s.words[max(f.lo, m.i - 2):m.i] for b in bare(w)):
            continue  # "نقلت مصادر في الفصيل مقتل ثلاثة من مقاتليه": who told it
        if _owned_thing(s.words, m, f.lo):
            continue  # "قذائف على نقاط تابعة لحماس": the owner of what was hit
        if any(any(b in _BELONGS_TO for b in bare(s.words[x])) and s.words[x + 1][0] == "ل"
               for x in range(max(f.lo, m.i - 4), m.i)):
            continue  # "فجروا سيارات تعود لعناصر في الحركة": the cars' owners, not who blew them up
        if _is_victim(s.words, m, f):
            continue  # "مقتل تسعة من عناصر داعش": the group lost people, it did not attack
        near_trigger = f.j <= m.i <= f.j + 3 or m.j == f.i
        if any(w in _PERP_CUES for w in before) or glued_l or near_trigger:
            return m
    return None


def _edge_blocked(ctx: DocContext, f: Frame, m: Mention) -> bool:
    """True for a group written with "ل"/"ب" at the very start of a frame whose word before it, in the clause
    before the frame, makes it what was hit (:func:`_blocked`): "دكت المروحيات مخازن كثيرة للمتمردين، ودمرت خمس
    آليات" -- the next frame opens at the group, but the group owns the stores, it did not strike."""
    s = ctx.sentences[f.si]
    if m.i >= f.lo + 2 or s.words[m.i][0] not in "لب" or len(bare(s.words[m.i])) < 2:
        return False
    return not _blocked(s.words, m, f.lo) and _blocked(s.words, m, max(0, f.lo - 3))


def _weapon_subject(words: list[str], m: Mention) -> bool:
    """True for a force's guns or craft as the subject right after an attack verb: "قصفت مدفعية الجيش اليمني
    مواقع"، "قصفت دبابات الجيش التركي قرى" -- one ``weapon_subject_nouns`` word between the verb and the force
    (not the verbal noun "قصف": "قصف مدفعية الجيش" may name what was shelled)."""
    if m.i < 2 or not any(b in _WEAPON_SUBJECTS for b in bare(words[m.i - 1])):
        return False
    return words[m.i - 2] != "قصف" and any(b in _ATTACK_VERBS for b in bare(words[m.i - 2]))


def _resumed(words: list[str], m: Mention) -> bool:
    """True for a force or group right after a verb of resuming or stepping up (``resume_verbs``) whose attacks,
    written with its own pronoun, follow within four words: "عاودت ميليشيا الحوثي الانقلابية، الجمعة، قصفها
    الصاروخي"، "صعدت الحركة هجماتها" -- the pronoun on the attack noun tells the force is the subject."""
    if m.i < 1 or not any(b in _RESUME_VERBS for b in bare(words[m.i - 1])):
        return False
    for w in words[m.j:m.j + 4]:
        for x in ("هم", "ها", "ه"):
            if w.endswith(x) and len(w) > len(x) + 2 and any(b in _ATTACK_NOUNS for b in bare(w[:-len(x)])):
                return True
    return False


def _relative_cued(words: list[str], m: Mention, lo: int) -> bool:
    """True for the doer told in a relative clause right after the event's word: "العملية الإرهابية التي نفذها
    تنظيم داعش"، "الهجوم الذي شنته قوات X" (a relative pronoun, a verb of doing with the event's pronoun --
    ``strong_perp_cues`` that are no annexed noun -- then the actor, past its subject nouns)."""
    x = _before_subject_nouns(words, m, lo)
    if x - 2 < lo or words[x - 2] not in REL_PRONOUNS:
        return False
    forms = bare(words[x - 1])
    return any(b in _STRONG_PERP_CUES for b in forms) and not any(b in _ANNEXED_CUES | _HAND for b in forms)


def _event_antecedent(words: list[str], m: Mention, lo: int) -> bool:
    """True when the relative clause naming the actor ("التي نفذها تنظيم داعش") follows an event noun, at most
    one adjective before the relative pronoun ("العملية الإرهابية التي"، "الهجوم الذي")."""
    x = _before_subject_nouns(words, m, lo)
    return any(b in _BACK_NOUNS or b in _ATTACK_NOUNS for w in words[max(lo, x - 4):max(lo, x - 2)] for b in bare(w))


def _owned_thing(words: list[str], m: Mention, lo: int) -> bool:
    """True when the group owns a thing written before it with "تابع" ("نقاط تابعة لحماس"), not when that
    thing is a doer ("قناص تابع لميليشيات الحوثي"، "مسلحون تابعون للتنظيم": the group is the doer's)."""
    for x in range(max(lo, m.i - 2), m.i):
        if any(b in _OWNER_WORDS for b in bare(words[x])):
            return not (x > lo and any(b in _DOER_NOUNS for b in bare(words[x - 1])))
    return False


def _is_victim(words: list[str], m: Mention, f: Frame) -> bool:
    """:func:`_is_victim_at` inside the frame."""
    return _is_victim_at(words, m, f.lo)


def _is_victim_at(words: list[str], m: Mention, lo: int) -> bool:
    """True when a force or group stands as the counted dead or wounded ("مقتل 9 من عناصر داعش"،
    "مقتل 23 عنصرا من تنظيم داعش"، "بينهم ثلاثة من ناشطي كتائب القسام"، "قتلى في صفوف الجيش"، "لقي مسلحو
    التنظيم مصرعهم")."""
    if any(b in _DEATH_AFTER for w in words[m.j:m.j + 2] for b in bare(w)):
        return True  # "لقي عدد من عناصر ميليشيا الحوثي مصرعهم في كمين": the group met its death
    lo = max(lo, m.i - 6, 0)
    x = m.i - 1
    while x >= lo and any(b in _VICTIM_FILLERS for b in bare(words[x])):
        x -= 1
    if x < lo:
        return False
    if any(b in _VICTIM_LINKS for b in bare(words[x])):
        if words[x] == "من" and x > lo and any(b in _ATTACK_HEADS for b in bare(words[x - 1])):
            return False  # "قتل جنديان بقصف من مسلحي الحزب": the attack's doer after "من", not its dead
        y = x - 1
        while y >= lo and any(b in _VICTIM_FILLERS for b in bare(words[y])):
            y -= 1
        back = words[max(lo, y - 3):y + 1]
        return any(read_quantity(words, z) is not None for z in range(max(lo, y - 1), y + 1)) or any(
            b in VICTIM_NOUNS | KILLED | INJURED for w in back for b in bare(w))
    q = read_quantity(words, x)
    if q is not None and q.end > x and any(b in VICTIM_NOUNS for w in words[max(lo, x - 3):x] for b in bare(w)):
        return True
    return any(b in VICTIM_NOUNS or b in _CASUALTY_PLURALS for b in bare(words[x]))

def target(ctx: DocContext, f: Frame, killed: Quantity | None, perp: Mention | None) -> tuple[str | None, bool]:
    """(target, named_actor?): the force or people attacked."""
    t = _target_text(ctx, f, killed, perp)
    if JUNK_TARGET and t[0] is not None and (t[0].isdigit() or normalize(t[0]) in _NOT_TARGET):
        return None, False  # "مقتل 7 يرجح أنهم ..."، "مقتل كل من كانوا على متنها": a word of the sentence, no target
    return t


JUNK_TARGET = True
"""Switch for the ``not_target_words`` check of :func:`target` (on; off only to measure it)."""
_NOT_TARGET = frozenset(normalize(w) for w in rules.words("roles", "not_target_words"))
"""Words that are never a target written alone: quantifiers ("العديد"، "عددا"), "آخر", a verb ("يرجح"، "كانوا"،
"وقع") or "مرتين" -- what the readers of an object or a counted noun may stop at when the sentence names none."""

def _object_span(ctx: DocContext, f: Frame, start: int, skip_subject: bool) -> tuple[int, int] | None:
    """The noun phrase that starts at ``start`` (after an attack verb or "هجوم على"), up to a preposition,
    a place cue, a date or a clause mark: "استهدفت تجمعات للمتمردين غرب ..." -> "تجمعات للمتمردين"."""
    s = ctx.sentences[f.si]
    words = s.words
    dated = _dated(ctx, f.si)
    x = start
    while x < f.hi and x in dated:
        x += 1  # "قصفت، السبت، مواقع"
    attack_subject = skip_subject and _past_attack_subject(ctx, f, x)
    if attack_subject:
        x = attack_subject
    elif skip_subject:
        # the subject between a finite verb and its object: "قصفت مقاتلات التحالف، تعزيزات ..."
        subj = [m for m in ctx.actors_in(f.si, x, f.hi) if m.i == x]
        if subj:
            x = max(m.j for m in subj)
        elif x < f.hi and _nominative_plural(ctx, f, x):
            while x < f.hi and _nominative_plural(ctx, f, x):
                x += 1  # "اقتحم المستعربون المسلحون حرم الجامعة": a plural in -ون after the verb is its subject
        elif x < f.hi and any(b in _SUBJECT_NOUNS for b in bare(words[x])):
            x += 1
            while x < f.hi and x - start < 4 and words[x] in _AIR_MODIFIERS:
                x += 1  # "قصفت الطائرات الحربية موقعا"، "طائرات حربية": the craft's adjective is still the subject
            while x < f.hi and x - start < 4 and not s.tokens[x].clause_start and words[x] not in _OBJECT_STOPS \
                    and any(m.i <= x < m.j for m in ctx.actors_in(f.si, f.lo, f.hi)):
                x += 1
        conj = [m.j for m in ctx.actors_in(f.si, x, f.hi) if m.i == x] if x < f.hi and words[x][0] == "و" else []
        if conj:
            x = max(conj)  # "قصف الحوثيون وقوات صالح"
        group = [m.j for m in ctx.actors_in(f.si, x + 1, f.hi) if m.i == x + 1] if x + 1 < f.hi and words[x] == "من" else []
        if group:
            x = max(group)  # "مسلحون من حركة طالبان"
        where = [m.j for m in ctx.places_in(f.si, x + 1, f.hi) if m.i == x + 1] if subj and x + 1 < f.hi \
            and words[x] == "في" else []
        if where and max(where) < f.hi and not s.tokens[max(where)].clause_start:
            x = max(where)  # "استهدفت طائرات التحالف في اليمن آليات": the subject's "في اليمن"
        if x < f.hi and bare(words[x])[-1] in {"قياده", "تابعه", "التابعه"}:
            # "طائرات التحالف بقيادة المملكة، مخازن": the subject's complement runs to the clause mark
            x = next((t for t in range(x + 1, min(f.hi, x + 5)) if s.tokens[t].clause_start), x)
        while x < f.hi and x in dated:
            x += 1
    while x < f.hi:
        # "قصفا عشوائيا على"، "خصوصا مواقع"، "أربع غارات لمراكز"، "بقذائف الهاون حي": not what was hit
        weapon = [g.j for g in ctx.glossary[f.si] if g.i == x and g.entry.get("weapon") and words[x][0] == "ب"]
        q = read_quantity(words, x)
        if any(b in _OBJECT_SKIP for b in bare(words[x])):
            x += 1
        elif weapon:
            x = max(weapon)
            # "بصواريخ الكاتيوشا وقنابل الهاون": the weapon's name and more weapons joined by "و"
            while x < f.hi and (words[x].startswith("ال") and not any(
                    m.i == x for m in ctx.mentions[f.si] if m.kind in {"actors", "places"})
                    or any(g.i == x and words[x][0] == "و" for g in ctx.glossary[f.si])
                    or x in dated):
                x += 1
        elif words[x][0] == "ب" and x + 1 < f.hi and any(b in _ATTACK_SUBJECTS for b in bare(words[x])[1:]):
            x += 1  # "استهدف الطيران بغارة جوية تجمعا": the strike is the means, what follows it the object
            while x < f.hi and (words[x] in _ATTACK_SUBJECT_ADJS or x in dated):
                x += 1
        elif words[x][0] == "ب" and x + 1 < f.hi and (past := _strike_means(ctx, f, x)):
            x = past  # "قصفت بعدة قذائف مواقع"، "استهدف بغاراته تجمعات": the means, then the object
            while x < f.hi and (words[x] in _ATTACK_SUBJECT_ADJS or x in dated):
                x += 1
        elif x + 2 < f.hi and any(b in _REFLEXIVE for b in bare(words[x])) \
                and words[x + 1] in _SITE_PREPOSITIONS:
            x += 2  # "فجر نفسه أمام مركز": the bomber himself, then the site he blew himself up at
        elif words[x] in _MEANS_PRONOUNS and x + 1 < f.hi:
            x += 1  # "قصفا استهدفت به الأحياء": the pronoun of the shelling, what follows it was hit
        elif q is not None and q.end < f.hi and any(b in _OBJECT_PREP_AFTER for b in bare(words[q.end])):
            x = q.end + 1
        elif x + 1 < len(words) and words[x + 1] == "من" and any(b in _NEAR for b in bare(words[x])):
            x += 2  # "على مقربة من القصر"، "بالقرب من مركز": what it was near is what was aimed at
            if x >= len(words) or not (words[x].startswith("ال") or any(b in _SITE_NOUNS for b in bare(words[x]))) \
                    or any(m.i == x for m in ctx.places_in(f.si, x, len(words))):
                return None  # "بالقرب من خانيونس": only where it fell
        elif words[x] == "علي" and x > start and x + 1 < f.hi:
            x += 1  # "قصفا عشوائيا بقذائف الهاون على حي المنصورة": what follows "على" past manner and weapons
            break
        elif x + 1 < f.hi and any(b in _PRONOUN_VERBS for b in bare(words[x])) and words[x + 1] in _PRONOUN_CUES:
            x = _past_doer(ctx, f, x + 2)  # "قصف عشوائي قام به المتمردون على الأحياء السكنية"
        else:
            break
    if x >= f.hi or x >= len(words):
        return None
    head = words[x]
    if (not head.isalpha() and read_quantity(words, x) is None) or any(b in _NOT_OBJECT_HEADS for b in bare(head)) \
            or head in _OBJECT_STOPS or head[0] in "وف" and head[1:] in _OBJECT_STOPS or any(b in KILLED | INJURED for b in bare(head)):
        return None
    if any(b in _OBJECT_VERBS for b in bare(head)):
        return None  # "قصف استهدف قرية": the next verb tells what was hit
    if any(b in _ATTACKER_HEADS for b in bare(head)):
        return None  # "تفجير انتحاري قرب القصر"، "فجرت انتحاريتان نفسيهما": the attacker, not what was hit
    if any(g.i == x and g.entry.get("weapon") for g in ctx.glossary[f.si]):
        return None  # "تفجير سيارة مفخخة"، "فجروا عبوة": the means, not the target
    if start > 0 and any(b in _BLAST_VERBS for b in bare(words[start - 1])) and any(b in _MEANS for b in bare(head)):
        return None  # "تفجير سيارة خارج مسجد": what was blown up is the bomb; the target is the site
    end = x + 1
    while end < min(f.hi, x + 6) and end < len(words):
        w = words[end]
        tok = s.tokens[end]
        if tok.clause_start or tok.soft_break or end in dated or w in _OBJECT_STOPS:
            break
        forms = bare(w)
        if w != forms[-1] and w[0] in "بف" and any(b in _OBJECT_PLACE_CUES for b in forms[1:]):
            break  # "بمديرية"، "بمدينة": where, not what
        at = s.token_span(end, end + 1)[0]
        if w[0] == "ب" and w != forms[-1] and (any(b in _ATTACK_SUBJECTS | _AMBUSH for b in forms[1:]) or any(
                g.i == end and g.start > at and (g.kind == "places" or g.entry.get("weapon"))
                for g in ctx.mentions[f.si] + ctx.glossary[f.si])):
            break  # "موكب بعبوات ناسفة"، "مطعما بصاروخ"، "سفينة ببنغازي": the means or the place, not what was hit
        if any(b in KILLED | INJURED for b in forms):
            break
        if w[0] in "وف" and (w[1:] in _OBJECT_STOPS or any(b in _OBJECT_STOPS or b in KILLED | INJURED for b in forms[1:])):
            break  # "وأسفر"، "ومقتل"، "ففي"
        end += 1
    return x, end


def _strike_means(ctx: DocContext, f: Frame, x: int) -> int:
    """The token after the means written with "ب" at ``x``: strikes with the doer's pronoun ("بغاراته"،
    "بقذائفها") or a count of strikes or weapons ("بعدة غارات"، "بعدة قذائف هاون"); else 0."""
    words = ctx.sentences[f.si].words
    forms = bare(words[x])[1:]
    if any(b[-2:] in ("ها", "هم") and b[:-2] in _ATTACK_SUBJECTS or b[-1:] == "ه" and b[:-1] in _ATTACK_SUBJECTS
           for b in forms):
        return x + 1  # "بغاراته"، "بقذائفها"
    if any(b in _MEANS_COUNTS for b in forms) and x + 1 < f.hi and (any(
            b in _ATTACK_SUBJECTS for b in bare(words[x + 1])) or any(
            g.i == x + 1 and g.entry.get("weapon") for g in ctx.glossary[f.si])):
        weapon = [g.j for g in ctx.glossary[f.si] if g.i == x + 1 and g.entry.get("weapon")]
        return max(weapon) if weapon else x + 2  # "بعدة غارات"، "بعدة قذائف هاون"
    return 0


def _subject_before(ctx: DocContext, f: Frame, v: int) -> bool:
    """True when the subject of the finite verb at ``v`` is told before it, so what follows it is its object:
    a pronoun or relative word ("أنها قصفت"، "الطائرات التي قصفت") or a doer right before it ("إن الطائرات قصفت
    قوات النظام"، "الجيش التركي قصف")."""
    words = ctx.sentences[f.si].words
    if v <= f.lo or ctx.sentences[f.si].tokens[v].clause_start:
        return False
    prev = bare(words[v - 1])
    return any(b in _SUBJECT_BEFORE | _SUBJECT_NOUNS | _ATTACK_SUBJECTS for b in prev) or any(
        m.j == v for m in ctx.actors_in(f.si, f.lo, v))


def _relative_doer(ctx: DocContext, f: Frame, x: int) -> bool:
    """True when "على" at ``x`` follows an attack noun and a relative verb with its doer ("هجوم شنه مقاتلو
    المعارضة وجبهة النصرة على أحياء"، "غارات نفذتها طائرات التحالف على مواقع")."""
    words = ctx.sentences[f.si].words
    for z in range(max(f.lo, x - 9), x - 1):
        if any(b in _OBJECT_PREP_AFTER for b in bare(words[z])) and words[z + 1] in _RELATIVE_DOER_VERBS:
            return _past_doer(ctx, f, z + 2) == x + 1
    return False


def _nominative_plural(ctx: DocContext, f: Frame, x: int) -> bool:
    """A sound masculine plural in the nominative ("المسلحون"، "مجهولون"، "المستعربون"): after a finite verb it
    is the subject; the object would be written "-ين"."""
    w = ctx.sentences[f.si].words[x]
    return len(w) > 4 and w.endswith("ون") and w.isalpha() and not ctx.sentences[f.si].tokens[x].clause_start \
        and not any(m.i <= x < m.j for m in ctx.mentions[f.si] if m.kind == "places")


def _past_attack_subject(ctx: DocContext, f: Frame, x: int) -> int:
    """The token after an attack told as the subject of a finite verb, with the words of that subject: "استهدف
    انفجار أمس خط أنابيب"، "استهدفت غارة أمريكية معسكرا"، "استهدف أعنف الهجمات دموية حي"، "استهدفت غارة للتحالف
    مواقع"، "استهدفت غارات التحالف مواقع" (an actor right after an indefinite attack noun is its doer; after a
    definite one, "استهدف الهجوم قوات الجيش", it is the object). 0 when no attack is the subject."""
    s = ctx.sentences[f.si]
    words = s.words
    dated = _dated(ctx, f.si)
    y = x
    if y < f.hi and words[y] in _ATTACK_SUBJECT_LEADS:
        y += 1
    if y >= f.hi or words[y] not in _ATTACK_SUBJECTS:
        return 0
    definite = words[y].startswith("ال")
    y += 1
    while y < f.hi and y - x < 7 and not s.tokens[y].clause_start:
        w = words[y]
        actors = [m.j for m in ctx.actors_in(f.si, y, f.hi) if m.i == y]
        if y in dated or w in _ATTACK_SUBJECT_ADJS:
            y += 1
        elif actors and (w[0] == "ل" or not definite) and y == _subject_end(words, x, y):
            y = max(actors)  # "غارة للتحالف"، "غارات التحالف": whose attack it was
        elif len(w) > 4 and w.endswith(("يه", "يين", "يون")) and w.startswith("ال") == definite and not any(
                b in _SITE_NOUNS | _OBJECT_PLACE_CUES for b in bare(w)) and not any(
                m.i == y for m in ctx.mentions[f.si] if m.kind in {"actors", "places"}):
            y += 1  # "غارة أمريكية"، "الهجوم الانتحاري"، "التفجيرات الإرهابية": its adjective
        else:
            break
    return y


def _subject_end(words: list[str], x: int, y: int) -> int:
    """``y`` when only the attack noun (and its lead word) stand between ``x`` and ``y``, else -1: the doer is
    annexed right to the noun ("غارات التحالف")، not told after its adjectives."""
    n = 2 if words[x] in _ATTACK_SUBJECT_LEADS else 1
    return y if y - x == n else -1


def _past_doer(ctx: DocContext, f: Frame, x: int) -> int:
    """The token after a doer written at ``x`` (subject nouns, actors joined by "و") and the "على" after it."""
    words = ctx.sentences[f.si].words
    while x < f.hi:
        at = [m.j for m in ctx.actors_in(f.si, x, f.hi) if m.i == x]
        if at:
            x = max(at)
        elif any(b in _CLAIM_SUBJECTS for b in bare(words[x])):
            x += 1
        else:
            break
    return x + 1 if x < f.hi and words[x] == "علي" else x


def _attack_object(ctx: DocContext, f: Frame, perp: Mention | None, forces: list[Mention]) -> tuple[str | None, bool]:
    """(what the attack was aimed at, as written; whether that is only a place): the object of
    استهدف/قصف/اقتحم/تفجير or what follows "هجوم على"، "غارات على"."""
    s = ctx.sentences[f.si]
    words = s.words
    place, by_verb = None, False
    for x in range(f.lo, f.hi):
        forms = bare(words[x])
        span = None
        if any(b in _OBJECT_VERBS for b in forms):
            masdar = any(b in _MASDARS for b in forms)
            span = _object_span(ctx, f, x + 1, skip_subject=not masdar and not _subject_before(ctx, f, x))
            heads = [m for m in ctx.actors_in(f.si, span[0], f.hi) if m.i == span[0]] if span and masdar else []
            if heads:
                # "قصف التحالف مركز قيادة"، "قصف الحوثيون حي الدمينة": an actor right after the verbal noun
                # is its doer when an object follows it; a force alone is no target either
                after = _object_span(ctx, f, x + 1, skip_subject=True)
                if after is not None:
                    span = after
                elif any(m.entry.get("type") in FORCE_TYPES for m in heads):
                    span = None
        elif ("علي" in forms or words[x] == "الي" and any(
                b in _DIRECT_VERBS for w in words[max(f.lo, x - 5):x] for b in bare(w))) and x > f.lo and (any(
                b in _OBJECT_PREP_AFTER for w in words[max(f.lo, x - 3):x] for b in bare(w)) or _relative_doer(ctx, f, x)):
            span = _object_span(ctx, f, x + 1, skip_subject=False)
        if span is None:
            continue
        if perp is not None and s.start <= perp.start < s.end and perp.i <= span[0] < perp.j:
            continue  # (a doer told in another sentence has other token indices)
        if any(b in _OBJECT_PLACE_CUES for b in bare(words[span[0]])) or any(
                m.i == span[0] for m in ctx.places_in(f.si, span[0], f.hi)):
            if place is None:  # "غارات على محافظة صعدة، استهدفت آليات": the place only when nothing else
                place, by_verb = span, any(b in _OBJECT_VERBS for b in forms)
            continue
        owner = [m for m in forces if m.i == span[0] + 1 and words[m.i].startswith("ل")]
        if owner:
            return owner[0].entry.canonical, False  # "استهدف رتلا للجيش": the force owns what was hit
        return ctx.quote(*s.token_span(*span)), False  # "مركز حدودي للجيش التركي": what was hit, as written
    if place is not None:
        # a place a verb hit ("هاجم الجيش بلدة الغارية") is the target; one the strikes were over ("ركزت الغارات
        # على مدينة دير الزور") yields to what another sentence says they hit there
        return ctx.quote(*s.token_span(*place)), not by_verb
    return _site(ctx, f), False


def _site(ctx: DocContext, f: Frame) -> str | None:
    """A place of the kind attacks aim at, written as where a bomb went off or shots were fired
    ("انفجرت سيارة ملغومة في سوق"، "قرب سوق شعبي"، "عند نقطة تفتيش"، "خارج مسجد")."""
    s = ctx.sentences[f.si]
    words = s.words
    for x in range(max(f.lo, 1), f.hi):
        forms = bare(words[x])
        site = any(b in _SITE_NOUNS for b in forms)
        if not site:
            continue
        glued = words[x] != forms[-1] and words[x][0] == "ب"  # "بسوق"
        if glued or words[x - 1] in _SITE_PREPOSITIONS:
            a = x
            span = _object_span(ctx, f, a, skip_subject=False)
            if span is not None:
                return ctx.quote(*s.token_span(*span))
    return None


def _target_text(ctx: DocContext, f: Frame, killed: Quantity | None, perp: Mention | None):
    s = ctx.sentences[f.si]
    words = s.words
    sources = {m.entry.id for m in ctx.actors_in(f.si, 0, len(words))
               if any(b in _SOURCE_WORDS for w in words[max(0, m.i - 3):m.i] for b in bare(w)) or _speaker(ctx, f.si, m)}
    forces = [m for m in ctx.actors_in(f.si, f.lo, f.hi) if m.entry.get("type") in FORCE_TYPES | {"civilian"}
              and m.entry.id not in sources  # the source ("المتحدث باسم قوات التحالف، تحالف دعم الشرعية")
              and (perp is None or m.entry.id != perp.entry.id) and not _same_state(m, perp) and not _allied(m, perp)
              and not _acting(ctx, f, m)]
    if killed is not None and killed.start >= 0:
        near = [m for m in forces if killed.start <= m.i <= killed.end + 6]
        if near:
            return near[0].entry.canonical, True
    exposed = _exposed(ctx, f)
    if exposed:
        return exposed, True  # "تعرضت ناقلة نفط لهجوم"
    aimed, where = _attack_object(ctx, f, perp, forces)
    if aimed:
        # "اقتحم مسلحون قاعدة عسكرية"، "هجوم على مسجد للشيعة"; a place alone ("ركزت الغارات على مدينة دير
        # الزور") gives way, in the record, to what another sentence says was hit there
        return aimed, not where
    for x in range(f.lo, f.hi):
        if any(b in _TARGET_CUES for b in bare(words[x])):
            for m in forces:
                if x < m.i <= x + 5:
                    return m.entry.canonical, True
            for g in ctx.glossary[f.si]:
                if x < g.i <= x + 3 and g.entry.get("category") == "target":
                    return ctx.quote(*s.token_span(g.i, g.j)), False
    if forces:
        before = [m for m in forces if m.j <= f.i]
        return (before[-1] if before else forces[0]).entry.canonical, True
    counted = killed is not None and 0 <= killed.start < len(words) and (
        words[killed.start].isdigit() or read_quantity(words, killed.start) is not None)
    if counted and killed.start != f.i and killed.end < len(words):
        group = _counted_group(ctx, f, killed.end, perp)
        if group is not None:
            return group.entry.canonical, True  # "13 عنصرا من ميليشيات الحوثي": the group lost them
        noun = words[killed.end]
        if noun.isalpha() and len(noun) > 2 and noun not in {"اخرين", "اخرون", "اشخاص"} and not noun.startswith("و") \
                and noun not in _SITE_PREPOSITIONS and noun not in _OBJECT_STOPS and not any(
                b in KILLED | INJURED | COUNTED_NOUNS | _NOT_VICTIM_NOUNS for b in bare(noun)):
            return ctx.quote(*s.token_span(killed.end, killed.end + 1)), False
    return _named_victim(ctx, f) or _victim_person(ctx, f), False


def _named_victim(ctx: DocContext, f: Frame) -> str | None:
    """A person killed told by title or by name with a title after it: "اغتيل القيادي في الحزب فلان،" (the
    title up to the clause mark), "مقتل سالم الحداد، أمير كتيبة الفرقان،" (the name and its title)."""
    s = ctx.sentences[f.si]
    words = s.words
    hi = len(words)  # the name and its title run to the clause mark that may end the frame
    named = {t for m in ctx.mentions[f.si] if m.kind in {"actors", "places"} for t in range(m.i, m.j)}

    def to_mark(a: int, limit: int) -> int:
        b = a + 1
        while b < min(hi, a + limit) and not s.tokens[b].clause_start and not s.tokens[b].soft_break and not any(
                c in _PERP_CUES | _STRONG_PERP_CUES for c in bare(words[b])):
            b += 1
        return b

    for x in range(f.lo, min(f.hi, hi - 1)):
        if not any(b in _NAMED_KILL for b in bare(words[x])):
            continue
        y = x + 1
        if words[y] in _TITLES:
            return ctx.quote(*s.token_span(y, to_mark(y, 12)))
        for z in range(y + 1, min(hi - 1, y + 4)):
            if any(t in named or not words[t].isalpha() or words[t] in _OBJECT_STOPS or any(
                    b in KILLED | INJURED | VICTIM_NOUNS | _PERSON_NOUNS for b in bare(words[t])) for t in range(y, z)):
                break
            if (s.tokens[z].clause_start or s.tokens[z].soft_break) and words[z] in _TITLES:
                return ctx.quote(*s.token_span(y, to_mark(z, 8)))
        break
    return None


def _speaker(ctx: DocContext, si: int, m: Mention) -> bool:
    """True when a force is told between a speech verb and its "إن/أن" ("قال فلان مفوض الشرطة في المدينة إن
    انتحاريين قتلوا 18 شخصا"): it reports the attack, it is not what was hit."""
    s = ctx.sentences[si]
    words = s.words
    said = [x for x in range(max(0, m.i - 6), m.i) if any(b in _SPEECH_VERBS for b in bare(words[x]))]
    if not said:
        return False
    for t in range(m.j, min(len(words), m.j + 6)):
        if words[t] in _THAT:
            return True
        if any(b in KILLED | INJURED | _OBJECT_VERBS for b in bare(words[t])):
            return False
    return False


def _acting(ctx: DocContext, f: Frame, m: Mention) -> bool:
    """True when a force is written as the subject of an attack verb, right before it ("إن الجيش التركي شن ما
    يشتبه بأنه هجوم"، "طيران الجيش والتحالف الدولي وجها ضربات", past forces joined by "و") or right after a
    launching verb ("شنت القوات الأمريكية غارات"): it attacked, it is no target, whoever the record's doer is."""
    s = ctx.sentences[f.si]
    words = s.words
    verbs = _ATTACK_VERBS | _STRIKE_VERBS | _GROUP_VERBS | _LAUNCH_VERBS | _DUAL_ATTACK_VERBS
    if m.i > 0 and not s.tokens[m.i].clause_start and any(b in _LAUNCH_VERBS for b in bare(words[m.i - 1])):
        return True
    if any(b in _SUPPORT for w in words[max(0, m.i - 3):m.i] for b in bare(w)) and (
            words[m.i - 1] == "من" or any(b in _SUPPORT for b in bare(words[m.i - 1])) or m.start > s.token_span(m.i, m.i + 1)[0]):
        return True  # "قصف مدفعي بدعم من طيران التحالف"، "قوات مسنودة بالتحالف": the doer's backing
    if words[m.i][0] == "ل" and m.start > s.token_span(m.i, m.i + 1)[0] and any(
            b in _ATTACK_SUBJECTS | _ATTACK_NOUNS | _AMBUSH for w in words[max(0, m.i - 2):m.i] for b in bare(w)):
        return True  # "في قصف مدفعي للجيش اليمني وغارات لمقاتلات التحالف": the attack's "ل" names its doer
    x = m.j
    while x < len(words) and words[x][0] == "و" and not s.tokens[x].clause_start:
        joined = [n.j for n in ctx.actors_in(f.si, x, len(words)) if n.i == x]
        if not joined:
            break
        x = max(joined)  # "طيران الجيش العراقي والتحالف الدولي وجها"
    # "إن قوات النخبة، تمكنت من اقتحام الموقع": after "إن/أن" the force is the subject even past a comma
    opened = m.i > 0 and words[m.i - 1] in _THAT
    return x < len(words) and (not s.tokens[x].clause_start or opened) and any(
        b in verbs | _ADVANCE_VERBS for b in bare(words[x]))


def _allied(m: Mention, perp: Mention | None) -> bool:
    """True when a force fights on the doer's side (``allied_sides``: the Saudi-led coalition and the Yemeni
    government's army and resistance forces): "غارات للتحالف ومواجهات مع الجيش اليمني" -- the coalition's
    strikes are not aimed at the army it backs."""
    if perp is None:
        return False
    side = _SIDES.get(m.entry.id)
    return side is not None and _SIDES.get(perp.entry.id) == side


def _same_state(m: Mention, perp: Mention | None) -> bool:
    """True when a force belongs to the state whose force is the doer ("شنت طائرات سلاح الجو الليبي غارات ...
    في إطار محاولات الجيش إحكام سيطرته": the army is the air force's side, not its target)."""
    if perp is None or perp.entry.get("type") not in FORCE_TYPES or m.entry.get("type") not in FORCE_TYPES:
        return False
    code = perp.entry.get("country_code")
    return bool(code) and m.entry.get("country_code") == code


def _exposed(ctx: DocContext, f: Frame) -> str | None:
    """X in "تعرضت X لهجوم/لقصف" (X came under attack), up to the attack: "تعرضت إحدى ناقلات النفط لهجوم"."""
    s = ctx.sentences[f.si]
    words = s.words
    for x in range(f.lo, f.hi - 2):
        if not any(b in _EXPOSED_VERBS for b in bare(words[x])):
            continue
        cut = None  # "تعرض مقر الحزب في المدينة، فجر الأحد، للقصف": what came under attack ends at "في"
        for y in range(x + 2, min(f.hi, x + 10)):
            if cut is None and (s.tokens[y].clause_start or s.tokens[y].soft_break or words[y] in _OBJECT_STOPS):
                cut = y
            if words[y][0] == "ل" and (words[y][1:] in _EXPOSED_ATTACKS or words[y][1:].startswith("ل") and
                                       "ال" + words[y][2:] in _EXPOSED_ATTACKS):
                dated = _dated(ctx, f.si)
                end = y if cut is None else cut
                while end > x + 1 and (end - 1 in dated or not words[end - 1].isalpha()):
                    end -= 1
                a = x + 1
                while a < end and a in dated:
                    a += 1
                if a < end and not any(b in _NOT_OBJECT_HEADS for b in bare(words[a])):
                    return ctx.quote(*s.token_span(a, end))
                break
    return None


def _counted_group(ctx: DocContext, f: Frame, x: int, perp: Mention | None) -> Mention | None:
    """The force or group whose members a count names: "13 عنصرا من ميليشيات الحوثي"، "عشرة من مقاتلي
    الحركة"، "5 جنود من الجيش" (member nouns and "من" between the count and the actor), not the doer."""
    s = ctx.sentences[f.si]
    words = s.words
    y = x
    while y < min(f.hi, len(words), x + 4) and (
            any(b in _VICTIM_FILLERS for b in bare(words[y])) or words[y] == "من"):
        y += 1
    if y == x or "من" not in words[x:y]:
        return None
    for m in ctx.actors_in(f.si, y, f.hi, FORCE_TYPES | {"armed_group"}):
        if m.i == y and (perp is None or m.entry.id != perp.entry.id):
            return m
    return None


def _victim_person(ctx: DocContext, f: Frame) -> str | None:
    """The person killed or wounded, as written, when no count names them: "قتل شاب فلسطيني برصاص"،
    "مقتل جندي إسرائيلي"، "قتلت عبوة ناسفة ثلاثة مدنيين" (a word for a person, with its nisba after it)."""
    s = ctx.sentences[f.si]
    words = s.words
    for x in range(f.lo, min(f.hi, len(words))):
        if not any(b in KILLED | INJURED | VICTIM_NOUNS for b in bare(words[x])):
            continue
        before = words[x - 2] if x >= 2 else ""
        if words[x - 1] in _RELATIVES and before.startswith("ال") and before[2:] in _PERSON_NOUNS:
            return ctx.quote(*s.token_span(x - 2, x - 1))  # "وكان الجندي، الذي قتل بالرصاص"
        for y in range(x + 1, min(f.hi, len(words), x + 6)):
            if s.tokens[y].clause_start:
                break
            if any(b in _PERSON_NOUNS for b in bare(words[y])) and words[y][0] not in "بل":
                end = y + 1
                nxt = words[end] if end < len(words) and not s.tokens[end].clause_start else ""
                if nxt.isalpha() and nxt.endswith(("ي", "يه", "يين", "يون")) and len(nxt) > 3 and not any(
                        m.i == end for m in ctx.mentions[f.si]) and nxt not in _OBJECT_STOPS:
                    end += 1  # "شاب فلسطيني"
                return ctx.quote(*s.token_span(y, end))
    return None

def weapons(ctx: DocContext, f: Frame) -> list[str]:
    """Weapons and means as written ("ثلاث عبوات ناسفة"), without the act ("انفجار")."""
    s = ctx.sentences[f.si]
    out = []
    for g in ctx.glossary[f.si]:
        if f.lo <= g.i < f.hi and g.entry.get("weapon"):
            while g.i < g.j - 1 and any(b in _ACT_WORDS for b in bare(s.words[g.i])):
                g = Mention(g.entry, g.i + 1, g.j, s.token_span(g.i + 1, g.j)[0], g.end, "")  # "انفجار عبوة" -> "عبوة"
            if any(b in _ACT_WORDS for b in bare(s.words[g.i])):
                continue  # "قصفت": the act, not the weapon
            a = g.i
            if a > 0 and read_quantity(s.words, a - 1) is not None and read_quantity(s.words, a - 1).value:
                a -= 1
            start = s.token_span(a, g.j)[0] if a < g.i else g.start
            out.append(ctx.quote(start, g.end))
    return out
