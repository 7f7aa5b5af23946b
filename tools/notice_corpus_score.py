"""Score the notice parser on part of the real-notice corpus (tests/fixtures/notices/real).

    .venv/bin/python tools/notice_corpus_score.py 115 116 120-130   # notices by number (ranges allowed)
    .venv/bin/python tools/notice_corpus_score.py                   # the whole corpus
    .venv/bin/python tools/notice_corpus_score.py --tagger 450-475  # with the tagger's guesses where the rules
                                                                    # find no list (decision 0024)

Prints each notice that is not read perfectly with its misses (- expected, not found; + found, not expected),
then one line with precision, recall and F1 over the selection: the figure a held-out batch is judged by."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "unit"))

from test_notice_corpus import NAMES, Score, score  # noqa: E402


def _selected(args: list[str]) -> list[str]:
    if not args:
        return NAMES
    numbers: set[int] = set()
    for arg in args:
        low, _, high = arg.partition("-")
        numbers.update(range(int(low), int(high or low) + 1))
    return [name for name in NAMES if int(name.split("_")[0]) in numbers]


def main() -> None:
    total = Score()
    args = sys.argv[1:]
    with_tagger = "--tagger" in args  # ("--rules", the default, is taken too)
    names = _selected([arg for arg in args if arg not in ("--rules", "--tagger")])
    for name in names:
        each, _, misses = score(name, fallback=with_tagger)
        total.add(each)
        if each.f1 < 1.0 or each.district_accuracy < 1.0:
            print(f"{name}: P {each.precision:.2f} R {each.recall:.2f} F1 {each.f1:.2f} "
                  f"districts {each.district_accuracy:.2f}")
            for line in misses:
                print(f"    {line}")
    print(f"{len(names)} notices, {total.true_pos + total.false_neg} places: precision {total.precision:.3f} "
          f"recall {total.recall:.3f} F1 {total.f1:.3f}, districts right {total.district_accuracy:.3f}")


if __name__ == "__main__":
    main()
