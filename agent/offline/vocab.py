"""Word sets shared by several rule families (casualty words, relative pronouns).

Kept apart from the rule modules so that frames and casualty reading can both use them
without importing each other.
"""

from __future__ import annotations

from marsad.agent.offline import rules

__all__ = ["KILLED", "REL_PRONOUNS"]

KILLED = rules.words("vocab", "killed")

REL_PRONOUNS = rules.words("vocab", "rel_pronouns")
