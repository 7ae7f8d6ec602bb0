"""Session 14: what is not an incident (agent/offline/scope.py).

A series an attack is told as the latest member of ("الأحدث ضمن سلسلة هجمات") is many attacks named in passing;
a strike told as the purpose of a readiness ("الاستعداد لتوجيه ضربات") is not done; a war's or an insurgency's toll
of thousands is its sum; an episode of a TV series tells fiction. Each keeps the real incident beside it.
"""

from marsad.agent.offline import scope


def test_series_member_is_no_incident_of_its_own():
    # the attack noun after "ضمن سلسلة" is the series named in passing: talk of attacks, not one (a toll told with
    # it still makes a record: the caller keeps counted frames)
    words = ["وهو", "الاحدث", "ضمن", "سلسله", "هجمات", "كشفت", "تراجع", "الامن"]
    assert scope.is_hypothetical(words, 4, 5)


def test_series_of_strikes_told_as_an_event_stays(offline_extract):
    # "شنت الطائرات سلسلة غارات": the series is the event, no member word before it
    attacks = offline_extract("شنت طائرات حربية سلسلة غارات على مواقع للمسلحين قرب بلدة الشدادي يوم الأحد.").attacks
    assert len(attacks) == 1


def test_in_series_reads_membership_only():
    assert scope.in_series(["وهو", "الاحدث", "ضمن", "سلسله", "هجمات"], 4)
    assert not scope.in_series(["شنت", "الطائرات", "سلسله", "غارات"], 3)


def test_strikes_a_readiness_is_for_are_not_done(offline_extract):
    attacks = offline_extract("وأكد الجيش أنه رفع جاهزية وحداته في الشمال والاستعداد لتوجيه ضربات استباقية "
                              "وغارات إذا لزم الأمر في لبنان.").attacks
    assert attacks == []


def test_an_insurgency_toll_of_thousands_is_no_attack(offline_extract):
    attacks = offline_extract("كمن مسلحون لدورية للجيش قرب بلدة دامبوا الأحد وقتلوا 4 جنود. "
                              "وأسفر تمرد حركة الشباب في جنوب الصومال عن 15 ألف قتيل ونزوح مئات الآلاف.").attacks
    assert len(attacks) == 1 and attacks[0].killed == 4


def test_a_day_keeps_a_large_toll(offline_extract):
    # a day named tells one day's toll, even beside a war word
    attacks = offline_extract("قتل 1200 شخص الجمعة في هجوم كيماوي على بلدة خان الملح خلال الحرب.").attacks
    assert len(attacks) == 1


def test_a_tv_episode_tells_fiction(offline_extract):
    attacks = offline_extract("وأثارت إحدى حلقات مسلسل درامي جدلا واسعا لأنها صورت قتل شاب لشقيقه بالرصاص.").attacks
    assert attacks == []


def test_scenes_of_a_kind_of_violence_are_no_incident(offline_extract):
    attacks = offline_extract("وأفاد المحققون أن الموقوف عرض على القاصرين في منزله بمدينة مانشستر أفلاما دعائية "
                              "تتضمن مشاهد إعدام.").attacks
    assert attacks == []


def test_pictures_of_a_told_incident_keep_it(offline_extract):
    # the pictures are of one bombing, told with its place and toll
    attacks = offline_extract("ومنعت المحكمة تداول صور تفجير بلدة كيليس الذي أسفر عن مقتل 12 شخصا.").attacks
    assert len(attacks) == 1 and attacks[0].killed == 12


def test_a_state_rejecting_another_states_fire_is_a_reaction(offline_extract):
    attacks = offline_extract("وأوضح المتحدث أن الحكومة الأردنية أبدت رفضها تعرض بلدات الرمثا لقصف المدفعية "
                              "السورية، وطلبت حوارا مع دمشق.").attacks
    assert attacks == []


def test_a_government_condemning_an_attack_at_home_tells_it(offline_extract):
    attacks = offline_extract("أدان الرئيس الباكستاني تفجيرا انتحاريا خارج مسجد في مدينة كويتا الجمعة.").attacks
    assert len(attacks) == 1 and attacks[0].location.name == "كويتا"
