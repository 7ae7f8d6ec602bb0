"""Session 38: target readers, on sentences written for the tests (no corpus text).

- ``roles_launched.LAUNCHED_AT``: what a missile or shell was fired at ("أطلقه X باتجاه مدينة Y") is the target, and
  the force that shot it down is not.
- ``roles_launched.SELF_BLAST``: the bomber who blew himself up ("فجر انتحاري نفسه") is no target; the site is.
- ``roles_launched.COUNTED_BODIES``: "N جثث من قتلى X" -> X, and "جثث" alone is no target.
- ``roles_lead.LEAD_ATTACKS_OF``: the group whose attacks the lead tells ("هجمات حركة X في ...") is the doer of the
  attacks told after it with no doer, until another group is named.
- ``roles_losses.INFLICTED_ON`` / ``CAPTIVES``: the side losses were inflicted on ("تكبيد X خسائر") or whose man was
  captured ("أسرت القوات أحد عناصر X") is no doer.
- ``roles_objects.VAGUE_OBJECT``: "قصفت عددا من X" -> X; ``SUBJECT_EPITHETS``: the doer's epithet ("المتمردة") is no
  target; ``MANNER_PHRASE``: "بصورة مكثفة" before the object is skipped.
- ``roles_forces.STATE_COMMITTED``: "مذبحة ارتكبتها إسرائيل" -> the state's forces.
- ``roles_targets.SPEAKER_WIDE``: a force in a long speaker's title is no target; ``NISBA_COUNT``: "مقتل 15 حوثيا" gives
  the side ("الحوثيين") as the target.
- ``roles_objects.WEAPON_CLASS``: "بالأسلحة المتوسطة والثقيلة" before the object is the means; "بسلسلة غارات" too
  (``means_count_words``).
- ``roles_sides.MILITIA_BY_TYPE``: "اشتباكات بين الحوثيين وقوات الجيش ... مقتل ستة من عناصر الميليشيات" -> the army,
  the militia being the one armed group of the two sides.
- Registry (actors_world.json): twelve armed groups and forces (Ansar Dine, al-Mourabitoun, ISWAP, JeM, LeT, the
  Al-Aqsa Martyrs' Brigades, the BLA, the MILF, the NPA, JAD, Ajnad Misr, the Quds Force).
"""

from marsad.agent.offline import (
    OfflineExtractor,
    roles_forces,
    roles_launched,
    roles_lead,
    roles_losses,
    roles_objects,
    roles_sides,
    roles_targets,
)
from marsad.schemas import Document

DAY = "2016-11-20"


def _run(text: str):
    return OfflineExtractor().extract(Document(doc_id="snn:t-s38", title=None, text=text, published=DAY))


def _pairs(text: str) -> list[tuple[str | None, str | None]]:
    return [(a.perpetrator, a.target) for a in _run(text).attacks]


# --- LAUNCHED_AT -------------------------------------------------------------------------------------------------

FIRED_ON_CITY = "أسقطت الدفاعات الجوية السعودية فجر الأحد صاروخا باليستيا أطلقته جماعة الحوثي على مدينة جازان."
FIRED_TOWARD = "اعترضت منظومة باتريوت التابعة للتحالف مساء الثلاثاء صاروخا أطلقه الحوثيون صوب مدينة خميس مشيط."
SHOT_DOWN_ONLY = "اعترضت قوات التحالف العربي صباح السبت صاروخا باليستيا أطلقته الميليشيا الحوثية من محافظة صعدة."


def test_the_place_a_missile_was_fired_at_is_the_target(monkeypatch):
    assert _pairs(FIRED_ON_CITY) == [("الحوثيين", "مدينة جازان")]
    assert _pairs(FIRED_TOWARD) == [("الحوثيين", "مدينة خميس مشيط")]
    monkeypatch.setattr(roles_launched, "LAUNCHED_AT", False)
    assert _pairs(FIRED_ON_CITY) != [("الحوثيين", "مدينة جازان")]
    assert _pairs(FIRED_TOWARD) == [("الحوثيين", "التحالف العربي")]


def test_the_force_that_shot_the_missile_down_is_no_target(monkeypatch):
    assert [t for _, t in _pairs(SHOT_DOWN_ONLY)] != ["التحالف العربي"]
    monkeypatch.setattr(roles_launched, "LAUNCHED_AT", False)
    assert [t for _, t in _pairs(SHOT_DOWN_ONLY)] == ["التحالف العربي"]


# --- SELF_BLAST --------------------------------------------------------------------------------------------------

BOMBER = "فجرت امرأة انتحارية نفسها ظهر الجمعة داخل سوق للخضار في بلدة كوندوغا شمال شرق نيجيريا فقتلت سبعة أشخاص."


BOMBER_GIRL = BOMBER.replace("امرأة", "فتاة")
"""(Since pass 61 "امرأة" right after the verb is read as its subject (``subject_nouns``), so the market is the
target of BOMBER with SELF_BLAST off too; the switch is shown on a bomber noun that list does not hold.)"""


def test_the_bomber_who_blew_herself_up_is_no_target(monkeypatch):
    assert [t for _, t in _pairs(BOMBER)] == ["سوق للخضار"]
    assert [t for _, t in _pairs(BOMBER_GIRL)] == ["سوق للخضار"]
    monkeypatch.setattr(roles_launched, "SELF_BLAST", False)
    assert [t for _, t in _pairs(BOMBER_GIRL)] == ["فتاة انتحارية نفسها"]


# --- COUNTED_BODIES ----------------------------------------------------------------------------------------------

BODIES = "واستقبل مستشفى باجل الاثنين 15 جثة من قتلى الحوثيين سقطوا في معارك ضارية مع الجيش بمديرية الجراحي."


def test_bodies_counted_of_a_side_give_the_side_as_target(monkeypatch):
    assert [t for _, t in _pairs(BODIES)] == ["الحوثيين"]
    monkeypatch.setattr(roles_launched, "COUNTED_BODIES", False)
    assert [t for _, t in _pairs(BODIES)] == ["جثة"]

SHELLS_ABOUT = "وذكر سكان أن مسلحين أطلقوا نحو 40 صاروخا من القطاع في اتجاه بلدات حدودية صباح الأحد."


def test_about_before_a_count_is_no_direction(monkeypatch):
    assert [t for _, t in _pairs(SHELLS_ABOUT)] == ["بلدات حدودية"]
    monkeypatch.setattr(roles_launched, "LAUNCHED_AT", False)
    assert [t for _, t in _pairs(SHELLS_ABOUT)] != ["بلدات حدودية"]


GIRL = ("قالت الشرطة إن فتاة تبلغ اثني عشر عاما فجرت حزاما ناسفا. وفي هجوم آخر فجرت فتاة تبلغ أحد عشر "
        "عاما نفسها عند مدخل سوق للماشية في بلدة بيو فقتلت خمسة أشخاص.")


def test_the_bomber_told_with_her_age_is_no_target(monkeypatch):
    assert not any(t and t.startswith("فتاة") for _, t in _pairs(GIRL))
    monkeypatch.setattr(roles_launched, "SELF_BLAST", False)
    assert any(t and t.startswith("فتاة") for _, t in _pairs(GIRL))


# --- LEAD_ATTACKS_OF ---------------------------------------------------------------------------------------------

ROUNDUP = ("ندد الاتحاد الأفريقي الأحد بهجمات حركة الشباب الدامية في الصومال وكينيا. وقتل 11 شخصا السبت في انفجار "
           "سيارة ملغومة قرب فندق في مقديشو. كما قتل ستة مدنيين في هجوم استهدف حافلة في مقاطعة لامو الكينية.")
MOVED_ON = ("ندد الاتحاد الأفريقي الأحد بهجمات حركة الشباب الدامية في الصومال. وتبنى تنظيم داعش هجوما في بونتلاند. "
            "كما قتل ستة مدنيين في هجوم استهدف حافلة في بلدة أفغوي.")


def test_the_group_whose_attacks_the_lead_tells_is_their_doer(monkeypatch):
    assert [p for p, _ in _pairs(ROUNDUP)][-2:] == ["حركة الشباب", "حركة الشباب"]
    monkeypatch.setattr(roles_lead, "LEAD_ATTACKS_OF", False)
    assert [p for p, _ in _pairs(ROUNDUP)][-2:] == [None, None]


def test_not_when_another_group_is_named_in_between(monkeypatch):
    on = _pairs(MOVED_ON)
    monkeypatch.setattr(roles_lead, "LEAD_ATTACKS_OF", False)
    assert _pairs(MOVED_ON) == on


# --- INFLICTED_ON / CAPTIVES -------------------------------------------------------------------------------------

INFLICTED = "وذكر ضابط في اللواء الثالث أن المعارك انتهت بتكبيد ميليشيا الحوثي عشرات القتلى في مديرية صرواح."
CAPTURED = ("وأفاد ضابط ميداني بأن اللواء الخامس أسر أحد عناصر الميليشيا الحوثية أثناء المعارك الدائرة منذ الجمعة في "
            "مديرية باقم، وسقط فيها قتلى.")


def test_the_side_losses_were_inflicted_on_is_no_doer(monkeypatch):
    assert [p for p, _ in _pairs(INFLICTED)] == [None]
    monkeypatch.setattr(roles_losses, "INFLICTED_ON", False)
    assert [p for p, _ in _pairs(INFLICTED)] == ["الحوثيين"]


def test_the_side_whose_man_was_captured_is_no_doer(monkeypatch):
    assert "الحوثيين" not in [p for p, _ in _pairs(CAPTURED)]
    monkeypatch.setattr(roles_losses, "CAPTIVES", False)
    assert "الحوثيين" in [p for p, _ in _pairs(CAPTURED)]


# --- VAGUE_OBJECT -----------------------------------------------------------------------------------------------

VAGUE = "إلى ذلك قصفت طائرات التحالف عددا من مواقع تجمع الميليشيات في مديرية باقم خلال اليومين الماضيين."


def test_a_vague_count_before_the_object_is_skipped(monkeypatch):
    assert [t for _, t in _pairs(VAGUE)] == ["مواقع تجمع الميليشيات"]
    monkeypatch.setattr(roles_objects, "VAGUE_OBJECT", False)
    assert [t for _, t in _pairs(VAGUE)] != ["مواقع تجمع الميليشيات"]


VAGUE_MEANS = "وقالت مصادر محلية إن طائرة مسيرة إسرائيلية قصفت بعدد من القذائف مخزنا قرب بلدة خزاعة فجر الاثنين."


def test_a_vague_count_of_weapons_is_the_means(monkeypatch):
    assert [t for _, t in _pairs(VAGUE_MEANS)] == ["مخزنا"]
    monkeypatch.setattr(roles_objects, "VAGUE_OBJECT", False)
    assert [t for _, t in _pairs(VAGUE_MEANS)] != ["مخزنا"]


# --- SUBJECT_EPITHETS / MANNER_PHRASE ----------------------------------------------------------------------------

EPITHET = "قصفت جماعة الحوثي المتمردة ظهر الخميس مدرسة للبنات في مديرية صبر الموادم فأصيب ثلاثة تلاميذ."
MANNER = "قصفت قوات النظام السوري ظهر الخميس بصورة مكثفة مدرسة للبنات في بلدة كفرنبل فأصيب ثلاثة تلاميذ."


def test_the_subjects_epithet_is_no_target(monkeypatch):
    assert _pairs(EPITHET) == [("الحوثيين", "مدرسة للبنات")]
    monkeypatch.setattr(roles_objects, "SUBJECT_EPITHETS", False)
    assert _pairs(EPITHET) == [("الحوثيين", "المتمردة")]


def test_a_manner_phrase_before_the_object_is_skipped(monkeypatch):
    assert [t for _, t in _pairs(MANNER)] == ["مدرسة للبنات"]
    monkeypatch.setattr(roles_objects, "MANNER_PHRASE", False)
    assert [t for _, t in _pairs(MANNER)] == ["بصورة مكثفة مدرسة للبنات"]


MANNER_DATED = "قصفت جماعة الحوثي المتمردة، بشكل عشوائي ومتواصل، الخميس، مدرسة للبنات في مديرية ذي ناعم."


def test_the_day_after_a_manner_phrase_is_no_target(monkeypatch):
    assert [t for _, t in _pairs(MANNER_DATED)] == ["مدرسة للبنات"]
    monkeypatch.setattr(roles_objects, "MANNER_PHRASE", False)
    assert [t for _, t in _pairs(MANNER_DATED)] != ["مدرسة للبنات"]


# --- STATE_COMMITTED / SPEAKER_WIDE / NISBA_COUNT ----------------------------------------------------------------

COMMITTED = "وقتل 12 فلسطينيا في بلدة بيت حانون الجمعة في مذبحة ارتكبتها إسرائيل بحق المزارعين."
SPEAKER = ("وقال جون أوكافور مفوض الشرطة في إقليم يوبي بشمال شرق نيجيريا إن انتحاريتين قتلتا 9 أشخاص مساء الأحد في "
           "بلدة دامبوا.")
NISBA_DEAD = "وأعلنت المقاومة الشعبية مقتل 15 حوثيا في اشتباكات عنيفة يوم السبت في محافظة لحج."


def test_a_state_that_committed_the_massacre_is_its_forces(monkeypatch):
    assert [p for p, _ in _pairs(COMMITTED)] == ["الجيش الإسرائيلي"]
    monkeypatch.setattr(roles_forces, "STATE_COMMITTED", False)
    assert [p for p, _ in _pairs(COMMITTED)] == [None]


def test_a_speaker_with_a_long_title_is_no_target(monkeypatch):
    assert [t for _, t in _pairs(SPEAKER)] == [None]
    monkeypatch.setattr(roles_targets, "SPEAKER_WIDE", False)
    assert [t for _, t in _pairs(SPEAKER)] != [None]


def test_dead_counted_by_a_sides_adjective_give_the_side(monkeypatch):
    assert _pairs(NISBA_DEAD) == [("المقاومة الشعبية", "الحوثيين")]
    monkeypatch.setattr(roles_targets, "NISBA_COUNT", False)
    assert _pairs(NISBA_DEAD) == [("المقاومة الشعبية", "حوثيا")]


# --- WEAPON_CLASS and the means words (data: means_count_words "سلسلة", object_skip "بالتزامن") --------------------

ARMS_CLASS = "وردت الميليشيا بقصف مكثف بالأسلحة المتوسطة والثقيلة على مساكن الأهالي في قرية الشقب."
SERIES = "ودمرت مقاتلات التحالف العربي مساء الاثنين بسلسلة غارات جوية مخازن أسلحة للميليشيا في مديرية الجراحي."


def test_arms_told_by_their_class_are_the_means(monkeypatch):
    assert [t for _, t in _pairs(ARMS_CLASS)] == ["مساكن الأهالي"]
    monkeypatch.setattr(roles_objects, "WEAPON_CLASS", False)
    monkeypatch.setattr(roles_targets, "MEANS_OR_FLYER_HEAD", False)  # (pass 59: the means as a head is no target)
    assert [t for _, t in _pairs(ARMS_CLASS)] == ["بالأسلحة المتوسطة والثقيلة"]


def test_a_series_of_strikes_is_the_means():
    assert [t for _, t in _pairs(SERIES)] == ["مخازن أسلحة للميليشيا"]


# --- registry: armed groups of the Sahel, South Asia, the Philippines, Indonesia, Egypt, Palestine, Iran -----------

NEW_GROUPS = {
    "جماعة أنصار الدين": "ansar_dine",
    "ولاية غرب أفريقيا": "iswap",
    "لشكر طيبة": "lashkar_e_taiba",
    "جيش محمد": "jaish_e_mohammed",
    "كتائب شهداء الأقصى": "al_aqsa_martyrs",
    "جيش تحرير بلوشستان": "bla_pakistan",
    "جبهة تحرير مورو الإسلامية": "milf",
    "الجيش الشعبي الجديد": "npa_philippines",
    "جماعة أنصار الدولة": "jad_indonesia",
    "أجناد مصر": "ajnad_misr",
    "فيلق القدس": "quds_force",
    "كتيبة المرابطون": "al_mourabitoun",
}
CLAIMED = "وتبنت كتائب شهداء الأقصى إطلاق النار على حافلة للمستوطنين قرب نابلس ليلة الأحد فأصيب ثلاثة ركاب."


def test_the_registry_knows_these_armed_groups():
    from marsad.core.lexicon import get_lexicon

    lex = get_lexicon()
    for name, ident in NEW_GROUPS.items():
        assert ident in {e.id for e in lex.lookup_ar(name) if e.kind == "actors"}, name


def test_a_claim_by_a_registered_group_gives_its_name():
    assert _pairs(CLAIMED) == [("كتائب شهداء الأقصى", "حافلة للمستوطنين")]


# --- MILITIA_BY_TYPE ---------------------------------------------------------------------------------------------

BARE_MILITIA = "اندلعت الخميس اشتباكات بين الحوثيين وقوات الجيش في مديرية حرض أسفرت عن مقتل ستة من عناصر الميليشيات."


def test_a_bare_militia_among_the_dead_is_the_armed_group_side(monkeypatch):
    assert _pairs(BARE_MILITIA) == [("الجيش اليمني", "عناصر الميليشيات")]
    monkeypatch.setattr(roles_sides, "MILITIA_BY_TYPE", False)
    monkeypatch.setattr(roles_sides, "EITHER_SIDE", False)  # (pass 46: else the first side, either accepted, D-31)
    from marsad.agent.offline import roles_targets
    monkeypatch.setattr(roles_targets, "CLASH_NO_FORCE", False)  # (pass 64: a battle with no doer read takes no force
    # of its sentence as its target)
    assert _pairs(BARE_MILITIA) == [(None, "الجيش اليمني")]
