"""Optional: an LLM translates a non-Arabic query into Arabic before it is searched.

Used by :class:`~index.search.Searcher` only when the LLM backend is in effect
(``settings.effective_backend == "llm"``) and the query has Latin letters. The lexicon
expansion still runs; the translation adds what the lexicon does not know ("meeting of
military commanders"). One plain chat request through the shared client
(:func:`marsad.core.llm_client.openai_client`: the one transport retry policy, here one
retry and a short time-out so a search never waits long), answers cached per process. Any
failure just means no translation: search never fails because of it.
"""

from __future__ import annotations

import logging
import re

from marsad.core.config import TRANSLATE_TIMEOUT_SECONDS, Settings

__all__ = ["translate_query", "PROMPT"]

log = logging.getLogger(__name__)

PROMPT = (
    "Translate the user's search query about Iraqi security news into Modern Standard Arabic as it would "
    "appear in Arabic news text. Keep names of places, forces and people in their usual Arabic spelling. "
    "Reply with the Arabic query only, on one line, without quotes or explanations."
)
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_MAX_QUERY = 300


def translate_query(settings: Settings, query: str) -> str | None:
    """The Arabic translation of ``query``, or None (no LLM, no Latin text, or any failure).

    Args:
        settings: the resolved settings (LLM URL, model, key, time-out).
        query: the user's query.

    Returns:
        One line of Arabic text, or None.
    """
    if settings.effective_backend != "llm" or not settings.llm_configured or not re.search(r"[A-Za-z]", query):
        return None
    key = (settings.llm_base_url, settings.llm_model, query.strip()[:_MAX_QUERY])
    if key not in _CACHE:
        translation = _ask(settings, key[2])
        if translation is None:
            return None  # failures are not cached: the next search tries again
        if len(_CACHE) > 512:
            _CACHE.clear()
        _CACHE[key] = translation
    return _CACHE[key]


_CACHE: dict[tuple, str] = {}


def _ask(settings: Settings, query: str) -> str | None:
    try:
        from marsad.core.llm_client import openai_client

        client = openai_client(settings, timeout=min(settings.llm_timeout, TRANSLATE_TIMEOUT_SECONDS), max_retries=1,
                               max_wait=TRANSLATE_TIMEOUT_SECONDS / 4,
                               retry_after_cap=TRANSLATE_TIMEOUT_SECONDS / 4)
        reply = client.chat.completions.create(
            model=settings.llm_model, temperature=0, max_tokens=120,
            messages=[{"role": "system", "content": PROMPT}, {"role": "user", "content": query}],
        )
        text = (reply.choices[0].message.content or "").strip()
    except Exception as exc:  # any transport/server/parse problem: search without it
        log.warning("query translation failed (%s); searching with the lexicon only", exc)
        return None
    line = next((ln.strip(" \"'`«»“”") for ln in text.splitlines() if _ARABIC.search(ln)), "")
    return line or None
