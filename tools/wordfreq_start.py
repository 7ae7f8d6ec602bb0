"""The common start of the maintainer tools that regenerate word lists from wordfreq's Arabic frequencies.

``tools/common_place_words.py`` and ``tools/glued_place_words.py`` both take ``--write``, need
``wordfreq`` (a maintainer's tool, not a runtime dependency) and read the repository's own modules.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def start(description: str, target: Path, argv: list[str] | None) -> tuple[argparse.Namespace, Callable] | None:
    """Parse ``--write`` and load ``zipf_frequency``; None (after saying how to install it) without wordfreq."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--write", action="store_true", help=f"store the list in {target.relative_to(REPO)}")
    args = ap.parse_args(argv)
    try:
        from wordfreq import zipf_frequency
    except ImportError:
        print("needs wordfreq: pip install wordfreq", file=sys.stderr)
        return None
    sys.path.insert(0, str(REPO))
    return args, zipf_frequency
