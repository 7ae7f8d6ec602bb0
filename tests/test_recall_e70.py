"""Pass 70 (events70): incidents the extractor wrote no record for, found from the text of the unseen slice.

A killing told with its killer right after an active verb that carries its victim as a pronoun ("الذي قتله الإرهابي
..."، "قتلها مسلحون"), or a terrorist or gunmen word as the subject of "قتلت": a killing by armed men, an incident
even when no count is told. Sentences written for these tests."""

from marsad.agent.offline import OfflineExtractor
from marsad.schemas import Document


def _attacks(body: str) -> list[tuple]:
    rec = OfflineExtractor().extract(Document(doc_id="t", title="خبر", text=body, published="2018-06-10"))
    return [(a.attack_type, a.location.name if a.location else None, a.killed, a.background) for a in rec.attacks]


def test_a_victim_killed_by_a_terrorist_in_a_relative_clause():
    # a guard, not a test of events70's change: the relative clause ("الذي قتله") was read before it (review70 #12)
    found = _attacks("وعاد الجدل أمس حول لوحة تحمل اسم الضابط جان دوفال الذي قتله الإرهابي سمير العلي في الخامس من أبريل الماضي "
                     "في مدينة ليون الفرنسية.")
    assert len(found) == 1


def test_a_victim_pronoun_killed_by_gunmen():
    found = _attacks("وكان مسلحون قد اعترضوا سيارة المحامية على طريق المطار، ثم قتلها مسلحون مجهولون أمام منزلها "
                     "في مدينة البصرة مساء الخميس.")
    # the gunmen make it a shooting; the pronoun counts one dead; "وكان ... قد" opening the sentence tells it as a recalled
    # incident, as every such sentence is read (review70 #6: the flag is asserted, not left untested)
    assert found == [("armed_assault", "مدينة البصرة", 1, True)]
    found = _attacks("واعترض مسلحون سيارة المحامية على طريق المطار، ثم قتلها مسلحون مجهولون أمام منزلها "
                     "في مدينة البصرة مساء الخميس.")
    assert found == [("armed_assault", "مدينة البصرة", 1, False)]


def test_a_group_kills_a_named_leader():
    found = _attacks("وقتلته ميليشيات الحوثي داخل منزله في صنعاء مطلع ديسمبر الماضي بعد أيام من المواجهات.")
    assert len(found) == 1


def test_a_pronoun_killing_in_a_trial_is_no_attack():
    assert _attacks("وقضت المحكمة بسجن الرجل عشرين عاما بعد أن أدانته بقتل جاره، الذي قتله خلال شجار.") == []


def test_a_pronoun_killing_without_an_armed_subject_is_no_attack():
    # "قتله المرض": no armed men told, a death
    assert _attacks("توفي الشاعر الكبير بعد صراع طويل مع المرض الذي قتله ببطء في مستشفى بمدينة عمان.") == []


def test_a_planned_killing_is_no_attack():
    assert _attacks("وكشفت التحقيقات أن الإرهابيين خططوا لقتله أثناء زيارته إلى مدينة الموصل الشهر المقبل.") == []


def test_a_named_group_as_the_subject_of_the_bare_kill_verb():
    # "قتل" + a named armed group right after it is active: the group killed (no group is itself killed by name)
    rec = OfflineExtractor().extract(Document(doc_id="t", title="خبر", published="2018-06-10",
                                              text="قتل حزب العمال الكردستاني ضابطي شرطة في ولاية ديار بكر أمس."))
    # the group is the record's perpetrator, and the dual in construct ("ضابطي شرطة") counts two (review70 #4)
    assert [(a.perpetrator, a.killed) for a in rec.attacks] == [("حزب العمال الكردستاني", 2)]


def test_the_bare_kill_verb_before_a_group_member_stays_passive():
    # "قُتل قائد في التنظيم": the group is not the verb's subject; no count, no violence told: no record
    assert _attacks("قتل قائد بارز في حزب العمال الكردستاني وفق ما أعلنت وسائل إعلام كردية.") == []


def test_a_protest_toll_over_hours_is_the_days_incident():
    found = _attacks("وأدت المظاهرات قرب السياج الحدودي إلى مقتل 41 متظاهرا خلال 24 ساعة، وإصابة أكثر من ألف آخرين.")
    assert len(found) == 1 and found[0][2] == 41


def test_a_protest_toll_over_weeks_stays_a_total():
    assert _attacks("وأدت المظاهرات قرب السياج الحدودي إلى مقتل 41 متظاهرا خلال ستة أسابيع، وإصابة أكثر من ألف آخرين.") == []


def test_a_toll_over_hours_without_protests_stays_a_total():
    assert _attacks("وقتل 41 مسلحا خلال 24 ساعة في جبهات المحافظة، وفق مصادر عسكرية.") == []


def test_deaths_counted_in_a_sentence_of_protests():
    found = _attacks("وأعلنت وزارة الصحة وفاة 12 متظاهرا وإصابة نحو 700 آخرين خلال مظاهرات الجمعة قرب الحدود الشرقية "
                     "لمدينة خان يونس.")
    assert len(found) == 1 and found[0][2] == 12


def test_deaths_counted_with_no_protest_are_no_attack():
    assert _attacks("وأعلنت وزارة الصحة وفاة 12 شخصا بفيروس كورونا خلال الأسبوع الماضي في مدينة خان يونس.") == []
