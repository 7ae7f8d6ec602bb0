"""Actors: registry entries found in the text, and titled persons the registry does not know.

News introduces a person by role, rank and name: "المتحدث باسم قيادة العمليات المشتركة
اللواء تحسين الخفاجي", "مدير الإعلام في وزارة البيشمركة العميد عثمان محمد", "النائب عن
محافظة كركوك ... أرشد الصالحي". The rules read the rank (or the end of the role's
organisation) as the start of the name, the name up to its family name (a token with
"ال") or two tokens, and the role back to its head noun (المتحدث، رئيس، قائد، ...).
Later mentions by family name alone ("وقال الخفاجي", "وكان رسول يتحدث") are linked to
the person.

This module is the entry point; the rules live in the family modules beside it (words in
``data/actors.json``), each importing only those listed before it:

- ``actors_names``: the words of a name, :class:`Person`, where a name starts and ends, and the tests that tell
  a name from common vocabulary or a place.
- ``actors_titles``: the role phrase before or after a name, and the person made of a name, its rank and role.
- ``actors_persons``: :func:`find_persons` and the filters of what it finds.
- ``actors_repeats``: one person named several times (spellings, family name alone).
- ``actors_states``: states acting as states (:func:`state_acting`, :func:`state_entry`, :func:`state_of`),
  governments, nationality plurals, and the groups actors are collected in.
- ``actors_bodies``: whether a registry body named in the text is an actor of its own.
- ``actors_home``: which country's body a bare name is (Iraqi home bodies, the article's country,
  :func:`nisba_country`).
- ``actors_build``: :func:`build_actors`.
"""

from __future__ import annotations

from marsad.agent.offline.actors_build import build_actors
from marsad.agent.offline.actors_home import nisba_country
from marsad.agent.offline.actors_names import RANKS, Person
from marsad.agent.offline.actors_persons import find_persons
from marsad.agent.offline.actors_states import state_acting, state_entry, state_of

__all__ = ["Person", "find_persons", "build_actors", "state_entry", "state_of", "state_acting", "RANKS", "nisba_country"]
