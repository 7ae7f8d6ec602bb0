"""Hints for the prompt: the registry's actors and places mentioned in a window.

The one gazetteer matcher of the offline rules finds them
(:class:`marsad.agent.offline.mentions.Gazetteer` through
:func:`~marsad.agent.offline.mentions.get_gazetteer`: longest match over the registry's
normalised spellings, the one clitic table, the rules that keep "قائم مقام" a title and
"الجيش الإسرائيلي" another country's army), so a name the offline extractor knows is a name
the model is told about, and a rule added there applies here too. The model is told hints may
be wrong; grounding checks everything it returns anyway. Which hints apply (Iraqi places,
actors with an English name) is decided by :func:`marsad.agent.llm.extractor.registry_label`.
"""

from __future__ import annotations

from marsad.core.lexicon import Entry

__all__ = ["find_mentions", "hint_label"]

_KINDS = ("actors", "places")


def find_mentions(text: str) -> list[Entry]:
    """Registry actors and places mentioned in ``text``, in text order (repeats included).

    The offline matcher is imported here, not at module level: the LLM path needs it only once
    a prompt is built, and its first use builds the gazetteer.
    """
    from marsad.agent.offline.mentions import get_gazetteer
    from marsad.agent.offline.text import split_document

    gazetteer = get_gazetteer()
    return [m.entry for sentence in split_document(text) for m in gazetteer.find(sentence) if m.kind in _KINDS]


def hint_label(entry: Entry) -> str:
    """``canonical Arabic (English)``: what the prompt shows for a mention."""
    return f"{entry.canonical} ({entry.name_en})" if entry.name_en else entry.canonical
