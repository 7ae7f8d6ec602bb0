"""Pass 47 (qa47c): an English "hostage" is said by رهينة/رهائن/احتجز, not by the words of kidnapping.

Arabic news tells a hostage-taking by its own words ("يحتجز ثلاثة أشخاص رهائن داخل مصرف"), seldom by خطف: an English
question's "hostage(s)" read as the kidnapping concept asked for اختطاف and missed the sentence telling it. The
words now belong to the hostage-taking concept (``glossary_words.json``, search only: Arabic text is never read as
naming it, so the extractor is untouched); "kidnap", "kidnapped" keep the kidnapping concept.

Names, places and sentences are made up for these tests.
"""

from __future__ import annotations

import pytest
from qa_claims import passage_quotes, read_question


@pytest.mark.parametrize("question", [
    "In which city did a man hold three people hostage in a bank in May 2018?",
    "How many hostages did the gunmen hold in the hotel?",
    "Where were the tourists taken hostage in 2016?",
])
def test_hostage_is_the_hostage_taking_concept(question):
    ids = [c.id for c in read_question(question).concepts]
    assert "word_hostage_taking" in ids and "kidnapping" not in ids and "news_kidnapping" not in ids


def test_kidnapping_keeps_its_concept():
    ids = [c.id for c in read_question("Who kidnapped the two engineers in Nigeria?").concepts]
    assert "kidnapping" in ids and "word_hostage_taking" not in ids


def test_the_sentence_telling_the_hostage_taking_is_quoted():
    text = ("أعلنت الشرطة الهولندية صباح الأربعاء أن رجلا مسلحا يحتجز ثلاثة أشخاص رهائن داخل مصرف في مدينة أوتريخت. "
            "وأضافت أن فرقا خاصة طوقت المبنى وأغلقت الشوارع المحيطة به.")
    quotes = passage_quotes("In which city did a man hold three people hostage in a bank?", text)
    assert quotes and "رهائن" in quotes[0]
