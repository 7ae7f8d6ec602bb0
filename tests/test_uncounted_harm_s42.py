"""Pass 42 (recall42): a bare attack at a resolved place told with its dead and wounded uncounted is one event.

"أسفر عن سقوط قتلى وجرحى" gives no count and no ``killed_text``; with no day and no doer told, the record was dropped
as talk about an attack (``attacks_records._is_event``). A plural casualty noun in its frame now makes it an event.
"ضحايا" or a killing named as a deed in a plot are not enough. Sentences are written for these tests.
"""

from __future__ import annotations

from marsad.agent.offline import attacks_records


def test_blast_with_uncounted_dead_and_wounded_is_one_record(offline_extract):
    text = "استهدف هجوم حافلة للركاب في مدينة الموصل وأدى إلى سقوط قتلى وجرحى بين المسافرين."
    (attack,) = offline_extract(text, published="2019-04-02").attacks
    assert attack.location is not None and attack.location.canonical_name == "الموصل"
    assert attack.killed is None


def test_plot_of_mass_killing_is_no_record(offline_extract):
    text = "وأدانت محكمة شابا بالتآمر لارتكاب عملية قتل جماعي في مدينة مانشستر بعد أن اشترى سكينا."
    assert offline_extract(text, published="2019-04-02").attacks == []


def test_victims_of_misleading_news_is_no_record(offline_extract):
    text = "وأطلقت القوات إذاعة محلية في مدينة الحديدة حتى لا يقع السكان ضحايا للشائعات."
    assert offline_extract(text, published="2019-04-02").attacks == []


def test_switch_off_drops_it(offline_extract, monkeypatch):
    text = "استهدف هجوم حافلة للركاب في مدينة الموصل وأدى إلى سقوط قتلى وجرحى بين المسافرين."
    monkeypatch.setattr(attacks_records, "UNCOUNTED_HARM", False)
    assert offline_extract(text, published="2019-04-02").attacks == []


def test_martyrs_in_a_place_name_is_no_harm(offline_extract):
    text = "وقتلت الشرطة في حي الشهداء بمدينة الموصل مسلحا كان يهاجم المارة."
    assert offline_extract(text, published="2019-04-02").attacks == []
