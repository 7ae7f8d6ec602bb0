"""Session 16: gazetteer data for the place and country of an attack (marsad/core/lexicon/data/places_world.json).
Sentences written for these tests."""


def test_malta_is_the_island_state_not_a_town_in_montana(offline_extract):
    # GeoNames' only Arabic "مالطا" is a small town in the United States: the registry names the country first
    text = "قتل صحفي ورجل آخر الاثنين بانفجار سيارة مفخخة في مالطا، بحسب الشرطة."
    (attack,) = offline_extract(text, title="انفجار سيارة مفخخة").attacks
    assert attack.location is not None and attack.location.country == "MT"


def test_an_indonesian_story_gives_its_country_to_an_unplaced_attack(offline_extract):
    # the country's adjective ("الإندونيسي") is a vote for Indonesia as the article's country
    text = ("أعلن مسؤول في الأمن الإندونيسي أن أسرة من خمسة أفراد نفذت تفجيرات انتحارية أوقعت 9 قتلى "
            "مستهدفة كنيستين.\n"
            "وقال الرئيس الإندونيسي إن بلاده لن تتهاون مع الإرهاب.\n"
            "وشهدت إندونيسيا هجمات مماثلة في السنوات الماضية، بعضها من عائدين من سوريا.")
    attacks = offline_extract(text, title="تفجيرات انتحارية").attacks
    assert attacks and attacks[0].location is not None and attacks[0].location.country == "ID"


def test_the_pictures_are_no_town_in_lebanon():
    # GeoNames files "الصور" (the pictures) as an Arabic name of Tyre, which news writes "صور"
    from marsad.agent.offline.context import build_context
    from marsad.agent.offline.locations import place_at
    from marsad.agent.offline.mentions import get_gazetteer
    from marsad.schemas import Document

    text = ("واطلع الفريق على الوثائق، والصور الفضائية، وتقارير الطلعات الخاصة بالغارة في محافظة صعدة.\n"
            "وقال المتحدث إن طائرات التحالف قصفت مخزنا للسلاح في صعدة.")
    ctx = build_context(Document(doc_id="t", title="x", text=text, published="2018-07-15"), get_gazetteer())
    found = [(si, m) for si, ms in enumerate(ctx.mentions) for m in ms if m.kind == "places" and "الصور" in m.surface]
    assert found  # the gazetteer still offers the town: the rule is the place's
    for si, m in found:
        loc = place_at(ctx, si, m).location
        assert loc.country != "LB" and loc.geo_precision == "unresolved"
