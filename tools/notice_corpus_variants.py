"""Read the real notices the parser was tuned on (1-630) rewritten in ways that keep what they say, and print,
per rewriting, how many keep their output and the rows of those that do not (tests/unit/test_notice_corpus_variants.py
has the rewritings; it floors a sample, this reads every notice).

    .venv/bin/python tools/notice_corpus_variants.py                      # every rewriting, notices 1-630
    .venv/bin/python tools/notice_corpus_variants.py traditional 1-200    # some rewritings, some notices
    .venv/bin/python tools/notice_corpus_variants.py --summary            # the figures only

Notices from the held-out set on (631-) are never read."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.unit.test_notice_corpus_variants import REWRITINGS, TUNED_ON, outcome, report  # noqa: E402


def main() -> None:
    args = [arg for arg in sys.argv[1:] if arg != "--summary"]
    named = [r for r in REWRITINGS if r.__name__ in args] or REWRITINGS
    numbers: set[int] = set()
    for arg in args:
        if arg[0].isdigit():
            low, _, high = arg.partition("-")
            numbers.update(range(int(low), int(high or low) + 1))
    names = [name for name in TUNED_ON if not numbers or int(name.split("_")[0]) in numbers]
    for rewriting in named:
        lines = report(outcome(rewriting, names))
        print("\n".join(lines[:1] if "--summary" in sys.argv else lines), flush=True)


if __name__ == "__main__":
    main()
