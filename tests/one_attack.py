"""Shared by the attack-role tests: the one attack record the offline rules give a text written for a test."""

from __future__ import annotations


def only_attack(offline_extract, text: str):
    """The attack record of ``text`` (``offline_extract``: the session fixture); the text must give exactly one."""
    (attack,) = offline_extract(text).attacks
    return attack
