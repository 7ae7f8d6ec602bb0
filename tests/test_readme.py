"""The README stays true: its config table lists every setting, and CI runs its test command."""

from pathlib import Path

from marsad.core.config import OPTIONS

REPO = Path(__file__).resolve().parent.parent


def test_readme_config_table_lists_every_setting():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    table = readme.split("<!-- config-table:start -->")[1].split("<!-- config-table:end -->")[0]
    for opt in OPTIONS:
        assert f"`{opt.env[0]}`" in table, f"README config table misses {opt.env[0]}"
        assert f"`{opt.flag}`" in table, f"README config table misses {opt.flag}"


def test_readme_opens_with_the_two_commands_and_ci_runs_the_test_one():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    first_block = readme.split("```")[1]
    assert "make demo" in first_block and "make test" in first_block
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci


def test_readme_lists_every_command_flag():
    import argparse

    from marsad.cli import build_parser

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    table = readme.split("<!-- command-flags:start -->")[1].split("<!-- command-flags:end -->")[0]
    settings = {o.field for o in OPTIONS}
    sub = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    for name, parser in sub.choices.items():
        for action in parser._actions:
            if action.dest in settings or action.dest == "help" or not action.option_strings:
                continue
            assert f"| `{name}` | `{action.option_strings[0]}`" in table, f"README misses {name} {action.option_strings}"


def test_readme_command_flags_say_what_the_help_says():
    """Each row of README's command-flags table reads as `marsad <cmd> --help` prints it (positionals included),
    so a help string changed in marsad/cli shows up here as a README line to update."""
    import argparse
    import re

    from marsad.cli import build_parser

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    table = readme.split("<!-- command-flags:start -->")[1].split("<!-- command-flags:end -->")[0]
    rows = {(m[1], m[2]): m[3].replace("\\|", "|")  # a table cell escapes its pipes
            for m in re.finditer(r"^\| `(\w+)` \| `([^`]+)` \| (.*) \|$", table, re.M)}
    settings = {o.field for o in OPTIONS}
    sub = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    for name, parser in sub.choices.items():
        for action in parser._actions:
            if action.dest in settings or action.dest == "help":
                continue
            flag = action.option_strings[0] if action.option_strings else (action.metavar or action.dest)
            assert (name, flag) in rows, f"README's command-flags table has no row for {name} {flag}"
            shown = (action.help or "") % {"default": action.default}
            assert rows[(name, flag)] == shown, f"README's {name} {flag} row differs from --help: {shown!r}"
