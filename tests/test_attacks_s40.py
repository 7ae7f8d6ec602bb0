"""Pass 40 attacks: lists of places told before the event word, and provinces named only with their unit word.

Sentences written for these tests."""

from marsad.agent.offline import OfflineExtractor, attacks_places, mentions
from marsad.schemas import Document


def _places(body: str) -> list[str | None]:
    rec = OfflineExtractor().extract(Document(doc_id="t", title="معارك", text=body, published="2018-04-10"))
    return sorted(a.location.name if a.location else "" for a in rec.attacks)


_LEADING = "وفي هجومين منفصلين في الموصل وتكريت قتل المسلحون أربعة جنود."
_DUAL_FRONTS = "أما جبهتا مأرب وصعدة فشهدتا معارك وقصفاً صاروخياً من وحدات الجيش على تحصينات المسلحين."


def test_a_list_told_before_the_event_word_gives_one_record_per_place():
    assert set(_places(_LEADING)) == {"تكريت", "الموصل"} and len(_places(_LEADING)) == 2


def test_a_dual_front_noun_heads_a_list_before_the_event_word():
    assert set(_places(_DUAL_FRONTS)) == {"صعدة", "مأرب"} and len(_places(_DUAL_FRONTS)) == 2


def test_a_list_told_as_a_subject_before_the_event_word_is_not_split():
    # the two cities are who spoke, not where the blast was
    assert len(_places("وقالت بغداد وأربيل إن انفجار عبوة ناسفة قتل ثلاثة مدنيين في كركوك.")) == 1


def test_leading_list_switch_off_keeps_one_place(monkeypatch):
    monkeypatch.setattr(attacks_places, "LEADING_LIST", False)
    assert len(_places(_DUAL_FRONTS)) == 1


_UNIT_NAMED = "وشنت مقاتلات التحالف غارات على تعزيزات للمسلحين في شبوة والبيضاء."
_SPACED = "وشنت مقاتلات التحالف غارات على تعزيزات للمسلحين في مأرب و #الجوف."


def test_a_province_named_only_with_its_unit_word_is_read_bare_in_a_list():
    assert set(_places(_UNIT_NAMED)) == {"البيضاء", "شبوة"}


def test_a_name_after_a_lone_and_continues_the_list():
    assert set(_places(_SPACED)) == {"الجوف", "مأرب"}


def test_a_bare_unit_named_province_alone_is_no_place():
    # "الجوف" alone is a common word (the interior): no list, no place read from it
    assert _places("وقال إن الجوف يحتاج إلى الماء بعد انفجار عبوة ناسفة قتل جنديا.") in ([""], [])


def test_a_bare_unit_named_province_of_another_country_is_not_listed():
    # Syrian Deir ez-Zor and the Yemeni province: no list of one country
    names = _places("وقصفت الطائرات مواقع للتنظيم في دير الزور والبيضاء.")
    assert "البيضاء" not in names


def test_unit_names_switch_off_drops_the_bare_province(monkeypatch):
    monkeypatch.setattr(mentions, "UNIT_NAMES_LISTED", False)
    assert "الجوف" not in _places(_SPACED)


def _records(body: str) -> list:
    return OfflineExtractor().extract(Document(doc_id="t", title="هجمات", text=body, published="2018-04-10")).attacks


def test_another_attack_in_the_next_sentence_is_a_record_of_its_own():
    recs = _records("وقتل شرطيان في هجوم على نقطة تفتيش في سامراء. وجرح خمسة مدنيين في هجوم آخر.")
    assert {(a.killed, a.injured) for a in recs} == {(None, 5), (2, None)}


def test_another_blast_in_the_same_sentence_is_told_apart():
    recs = _records("انفجرت عبوة ناسفة قرب سوق في حي البياع ببغداد فقتلت ثلاثة، وجرح اثنان بانفجار عبوة ناسفة أخرى.")
    assert len(recs) == 2


def test_another_told_at_the_same_place_stays_one_incident():
    recs = _records("قصفت الطائرات مخزنا للأسلحة في جبل هيلان. كما دمرت غارة أخرى في المكان نفسه عربة للمسلحين.")
    assert len(recs) == 1


def test_another_object_of_a_verb_is_no_other_incident():
    # "another boat" is what the same strike hit, not another attack
    recs = _records("أغرقت طائرات حربية قاربا وقصفت قاربا آخر قرب ميناء درنة أمس.")
    assert len(recs) == 1


def test_another_switch_off_joins_the_unplaced_attack(monkeypatch):
    from marsad.agent.offline import attacks_events
    monkeypatch.setattr(attacks_events, "ANOTHER_APART", False)
    recs = _records("وقتل شرطيان في هجوم على نقطة تفتيش في سامراء. وجرح خمسة مدنيين في هجوم آخر.")
    assert len(recs) == 1


def test_a_projectile_on_its_way_to_a_city_is_fired_at_it():
    recs = _records("وأكد البيان اعتراض صاروخ باليستي كان متجها نحو مدينة أبها، وصاروخين كانا متجهين صوب جازان.")
    assert {a.location.name for a in recs if a.location} == {"أبها", "جازان"}
    assert all(a.attack_type == "shelling" for a in recs)


def test_projectiles_on_their_way_spoken_of_in_general_are_no_attack():
    assert _records("وحذر الخبير من خطر الصواريخ المتجهة نحو المدن الحدودية في كل حين.") == []


def test_a_convoy_on_its_way_is_no_attack():
    assert _records("وشاهد السكان أمس قافلة عسكرية كانت متجهة نحو مدينة الموصل.") == []


def test_headed_projectile_switch_off_drops_the_record(monkeypatch):
    from marsad.agent.offline import frames, frames_readers
    monkeypatch.setattr(frames_readers, "HEADED_PROJECTILE", False)
    monkeypatch.setattr(frames, "INTERCEPTED", False)  # pass 45's intercept reader would open it on its own
    assert _records("وأكد البيان اعتراض صاروخ باليستي كان متجها نحو مدينة أبها.") == []


def test_another_projectile_aimed_elsewhere_is_a_record_of_its_place():
    recs = _records("وأعلنت الدفاعات اعتراض صاروخ كان متجها نحو أبها وآخر نحو جازان.")
    assert {a.location.name for a in recs if a.location} == {"أبها", "جازان"}


def test_another_with_no_projectile_before_it_is_no_attack():
    assert _records("ووصل وفد إلى المدينة وآخر نحو العاصمة أمس.") == []


def test_suruc_spelled_with_waw_first_is_the_turkish_town():
    recs = _records("وأسفر تفجير انتحاري في بلدة سورج التركية أمس عن مقتل 12 شخصا.")
    assert [(a.location.name, a.location.country) for a in recs] == [("سورج", "TR")]
