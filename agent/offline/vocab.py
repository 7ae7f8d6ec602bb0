"""Word sets shared by several rule families (casualty words, relative pronouns).

Kept apart from the rule modules so that frames and casualty reading can both use them
without importing each other.
"""

from __future__ import annotations

from marsad.agent.offline.context import word_set

__all__ = ["KILLED", "REL_PRONOUNS"]

KILLED = word_set("شهداء شهيدا شهيدين شهيدان قتيلين قتيلان مقتل قتل قتلوا قتلي قتيل قتيلا قتلى استشهاد استشهد استشهدوا مصرع لقي لقوا اغتيل اودت اودي "
                  "ضحايا حصدت مقتله مقتلها استشهاده مصرعه ضحيته ضحيتها اغتال اغتالت اغتيلت اغتالوا")

REL_PRONOUNS = word_set("الذي التي الذين اللذين")
