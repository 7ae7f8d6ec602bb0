"""Question answering with verified citations: every claim cites an exact span, or the answer abstains.

Public API: :func:`answer_question` (one call) and :class:`Answerer` (keeps the index
open for many questions). Heavy modules (the index, the LLM client) load on first use.
"""

from marsad.agent.qa.answerer import Answerer, answer_question

__all__ = ["Answerer", "answer_question"]
