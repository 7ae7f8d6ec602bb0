"""`marsad config`: show the resolved settings and where each comes from."""

from __future__ import annotations

import json
from pathlib import Path

from marsad.core.config import OPTIONS


def register(subparsers, parents) -> None:
    p = subparsers.add_parser("config", parents=parents, help="show the resolved configuration")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=run)


def run(args) -> int:
    from dataclasses import asdict

    from marsad.cli import settings_from_args

    settings = settings_from_args(args)
    # paths are shown absolute: a relative home depends on the directory the command runs in
    values = {k: (str(v.resolve() if isinstance(v, Path) else v) if v is not None else None)
              for k, v in asdict(settings).items()}
    for secret in ("llm_api_key", "ui_auth"):
        if values.get(secret):
            values[secret] = "***"
    values["effective_backend"] = settings.effective_backend
    if args.json:
        print(json.dumps(values, ensure_ascii=False, indent=2))
        return 0
    env_of = {o.field: o.env[0] for o in OPTIONS}
    # columns as wide as their longest entry: "max_decompressed_mb" (19) and a long home path broke fixed ones
    width = max(map(len, values))
    value_width = max(40, *(len(str(v)) for v in values.values()))
    for key, value in values.items():
        print(f"{key:{width}} {value!s:{value_width}} {env_of.get(key, '')}".rstrip())
    return 0
