"""LLM extraction through any OpenAI-compatible server (instructor + tenacity).

Modules by concern: ``client`` (the instructor-patched openai client), ``retry`` (every
retry, once), ``prompts``, ``response_models`` (what the model returns), ``windows``
(long articles, merging), ``hints`` (registry mentions offered in the prompt),
``cache`` (content-addressed responses), ``usage`` (requests and tokens),
``extractor`` (:class:`LLMExtractor`) and ``batch_api`` (the OpenAI Batch API as a
cache filler for large jobs). Heavy imports (openai, instructor) load only when the
LLM path is used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from marsad.agent.llm.extractor import LLMExtractor

__all__ = ["LLMExtractor"]


def __getattr__(name: str) -> Any:
    if name == "LLMExtractor":
        from marsad.agent.llm.extractor import LLMExtractor

        return LLMExtractor
    raise AttributeError(f"module 'marsad.agent.llm' has no attribute {name!r}")
