"""`marsad config`: show the resolved settings and where each comes from."""

from __future__ import annotations

import json
from pathlib import Path

from marsad.core.config import OPTIONS

# A fourth column (and ``sources`` in --json) says where each value comes from: ``flag --x``, ``env VAR`` or ``default``
# (a user fix, pass 55, once behind SHOW_SOURCES).


def register(subparsers, parents) -> None:
    p = subparsers.add_parser("config", parents=parents, help="show the resolved configuration",
                              description="Show each setting's value, its variable and where the value comes from "
                                          "(a flag, the variable, or the default).")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=run)


def _said(source: str, var: str) -> str:
    """``env MARSAD_X`` beside the column naming MARSAD_X says only ``env``; a fall-back variable is named."""
    return "env" if source == f"env {var}" else source


def run(args) -> int:
    from dataclasses import asdict

    from marsad.cli import settings_from_args
    from marsad.core.config import setting_sources

    settings = settings_from_args(args)
    # each value's origin: the variable's name alone read as if the variable had set it, even under a flag
    sources = setting_sources({o.field: getattr(args, o.field, None) for o in OPTIONS})
    # paths are shown absolute: a relative home depends on the directory the command runs in
    values = {k: (str(v.resolve() if isinstance(v, Path) else v) if v is not None else None)
              for k, v in asdict(settings).items()}
    for secret in ("llm_api_key", "ui_auth"):
        if values.get(secret):
            values[secret] = "***"
    values["effective_backend"] = settings.effective_backend
    if args.json:
        print(json.dumps({**values, "sources": sources}, ensure_ascii=False, indent=2))
        return 0
    env_of = {o.field: o.env[0] for o in OPTIONS}
    # columns as wide as their longest entry: "max_decompressed_mb" (19) and a long home path broke fixed ones
    width = max(map(len, values))
    value_width = max(40, *(len(str(v)) for v in values.values()))
    env_width = max(map(len, env_of.values()))
    for key, value in values.items():
        said = _said(sources.get(key, ""), env_of.get(key, ""))
        print(f"{key:{width}} {value!s:{value_width}} {env_of.get(key, ''):{env_width}} {said}".rstrip())
    return 0
