"""Pass 67, review of roles67 mended. Sentences written for these tests.

* a side that tried to fend an attack off ("محاولة قوات الجيش صد الهجوم") is not its doer; taking back calm or order
  is no attack; an attempt the article rules out or only reports as claimed names no doer (``roles_attempts``);
* "بين الطرفين" does not look back past a sentence that turns to other sides or another place (``roles_parties``),
  and reads an earlier battle's doer once;
* a demonstrative before a part of the day ("هذا الصباح") or a date is a time, and the object follows it;
* "X الذي تعرض ل<attack>": not when X is the speaker, nor when the relative tells an attack before the news;
* an attack repelled with no attacker in its sentence is not the group the article tells fighting beside the force.
"""

from __future__ import annotations


def _attacks(offline_extract, text: str):
    return offline_extract(text).attacks


# -- the side whose attempt set off the fighting ----------------------------------------------------------------


def test_a_side_that_tried_to_repel_the_attack_is_not_its_doer(offline_extract):
    text = "ودارت اشتباكات بين ميليشيا الحوثي وقوات الجيش عقب محاولة قوات الجيش صد الهجوم على مواقعها في جبهة صرواح."
    attacks = _attacks(offline_extract, text)
    assert attacks and all(a.perpetrator != "الجيش اليمني" for a in attacks)


def test_taking_back_calm_is_no_attack(offline_extract):
    text = "واندلعت اشتباكات بين المحتجين وقوات الأمن بعد محاولة قوات الأمن استعادة النظام في ساحة الخلاني وسط بغداد."
    attacks = _attacks(offline_extract, text)
    assert attacks and all(a.perpetrator is None for a in attacks)


def test_taking_back_control_of_ground_is_an_attack(offline_extract):
    text = "ودارت معارك بين قوات الجيش والحوثيين بعد محاولة الحوثيين استعادة السيطرة على تلال في مديرية نهم."
    assert [a.perpetrator for a in _attacks(offline_extract, text)] == ["الحوثيين"]


def test_an_attempt_ruled_out_names_no_doer(offline_extract):
    text = ("ودارت مواجهات بين الحوثيين وقوات الجيش في جبهة صرواح، لا بعد محاولة قوات الجيش التقدم نحو مواقع الجماعة "
            "كما ادعت قناتها.")
    attacks = _attacks(offline_extract, text)
    assert attacks and all(a.perpetrator is None for a in attacks)


def test_an_attempt_only_claimed_names_no_doer(offline_extract):
    text = ("ودارت مواجهات بين الحوثيين وقوات الجيش في جبهة صرواح، بعد محاولة مزعومة لقوات الجيش التقدم نحو مواقع "
            "الجماعة.")
    attacks = _attacks(offline_extract, text)
    assert attacks and all(a.perpetrator is None for a in attacks)


# -- "بين الطرفين" ----------------------------------------------------------------------------------------------


def test_both_sides_do_not_look_back_past_a_turn_to_other_sides(offline_extract):
    text = ("واندلعت معارك بين قوات الجيش ومسلحي تنظيم داعش قرب قضاء راوة غرب الأنبار. وفي محافظة البصرة جنوبي "
            "البلاد، تجدد نزاع مسلح بين عشيرتين على خلفية ثأر قديم. وأسفرت الاشتباكات بين الطرفين في قضاء المدينة عن "
            "مقتل ثلاثة أشخاص.")
    tribal = [a for a in _attacks(offline_extract, text) if a.location and a.location.name == "المدينة"]
    assert tribal and all(a.perpetrator is None for a in tribal)


def test_both_sides_do_not_look_back_past_another_country(offline_extract):
    text = ("واندلعت معارك بين قوات الجيش ومسلحي تنظيم داعش في بادية الأنبار أمس. وفي ليبيا، التقى ممثلو الحكومة "
            "والبرلمان في تونس لبحث الأزمة. وذكر شهود أن المعارك بين الطرفين في ضواحي طرابلس خلفت سبعة قتلى.")
    libyan = [a for a in _attacks(offline_extract, text) if a.location and a.location.name == "طرابلس"]
    assert libyan and all(a.perpetrator is None for a in libyan)


def test_an_earlier_battle_doer_is_read_once(offline_extract, monkeypatch):
    from collections import Counter

    from marsad.agent.offline import roles_perpetrator

    reads: Counter = Counter()
    real = roles_perpetrator._earlier_doer

    def counted(ctx, g):
        reads[(g.si, g.i, g.j)] += 1
        return real(ctx, g)

    monkeypatch.setattr(roles_perpetrator, "_earlier_doer", counted)
    text = ("وتقدمت قوات الجيش اليمني نحو مدينة حرض إثر معارك عنيفة مع ميليشيات الحوثي. "
            "وقال المتحدث العسكري إن معارك ضارية تدور الآن بين الطرفين. "
            "وأضاف أن المعارك تدور بين الطرفين بالأسلحة المتوسطة في قرية الجرب.")
    assert {a.perpetrator for a in _attacks(offline_extract, text)} == {"الجيش اليمني"}
    assert reads and max(reads.values()) == 1


# -- a demonstrative before a time ------------------------------------------------------------------------------


def test_a_part_of_the_day_after_a_demonstrative_is_a_time(offline_extract):
    text = "وقصفت المدفعية هذا الصباح مواقع للمسلحين قرب بلدة بيجي."
    assert [a.target for a in _attacks(offline_extract, text)] == ["مواقع للمسلحين"]


def test_a_night_after_a_demonstrative_is_a_time(offline_extract):
    text = "وقصفت الطائرات هذه الليلة مستودعات للذخيرة قرب بلدة القائم."
    assert [a.target for a in _attacks(offline_extract, text)] == ["مستودعات للذخيرة"]


# -- who came under an attack told before "الذي تعرض" -----------------------------------------------------------


def test_the_speaker_before_the_relative_is_not_the_target(offline_extract):
    text = ("وأفاد النائب الذي تعرض لمحاولة اغتيال قبل عامين بأن مسلحين هاجموا فجر اليوم حاجزا أمنيا في قضاء الطارمية "
            "وقتلوا جنديين.")
    assert all(a.target != "النائب" for a in _attacks(offline_extract, text))


def test_an_attack_told_as_before_the_news_is_not_read(offline_extract):
    text = ("وزار المحافظ النائب الذي تعرض لمحاولة اغتيال قبل عامين، ثم تفقد حاجزا أمنيا هاجمه مسلحون أمس في قضاء "
            "الطارمية.")
    assert all(a.target != "النائب" for a in _attacks(offline_extract, text))


# -- a repelled attack with no attacker in its sentence -----------------------------------------------------------


def test_a_group_fighting_beside_the_force_did_not_attack_it(offline_extract):
    text = ("وتقاتل ميليشيات حزب الله إلى جانب قوات النظام السوري في ريف دمشق منذ أعوام. "
            "وتصدت قوات النظام لمحاولة تسلل على مواقعها في منطقة الزبداني.")
    attacks = _attacks(offline_extract, text)
    assert attacks and all(a.perpetrator is None for a in attacks)


def test_a_hashtag_before_the_relative_reads_as_words(offline_extract):
    text = "ونقلت الوكالة عن شقيق #الضابط_العراقي السابق الذي تعرض لإطلاق نار في مدينة البصرة أنه بحالة مستقرة."
    assert [a.target for a in _attacks(offline_extract, text)] == ["الضابط العراقي السابق"]
