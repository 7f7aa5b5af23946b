"""Train the notice parser's statistical fallback (a character CRF, decision 0024) on the real-notice corpus, or
measure it on a held-out set.

    .venv/bin/python tools/notice_tagger.py train              # on the notices tuned on (below HELD_OUT_FROM)
    .venv/bin/python tools/notice_tagger.py evaluate 427-449   # train on the notices below 427, score 427-449

``train`` writes src/fangkong/areas/notice_tagger.crfsuite and its card (notice_tagger.json: the notices it was
trained on and the settings); it never trains on a held-out notice. ``evaluate`` trains a model on the notices
before the set only, and scores the set with the rules alone, the tagger alone, and the parser with the tagger's
guesses where the rules find no list (``fallback=True``, as a commander asks for them); its last line is one JSON
object with those figures. Training
takes about a minute on 2 cores. Needs python-crfsuite (a dependency of the project)."""

from __future__ import annotations

import hashlib
import json
import random
import sys
import tempfile
import time
import zlib
from pathlib import Path

import pycrfsuite

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "unit"))

from test_notice_corpus import (  # noqa: E402
    CORPUS,
    HELD_OUT_FROM,
    NAMES,
    Score,
    _key,
    _norm,
    expected_of,
    found_of,
)

from fangkong.areas.notice_parsing import tagger  # noqa: E402
from fangkong.areas.parser import parse_notice  # noqa: E402

SETTINGS = {"c1": 0.1, "c2": 0.05, "max_iterations": 250, "feature.possible_transitions": True}


def _number(name: str) -> int:
    return int(name.split("_")[0])


def _text(name: str) -> str:
    return (CORPUS / f"{name}.txt").read_text(encoding="utf-8")


# Characters that say what kind a place is, or where it is, kept when names are swapped: the tagger must learn
# from these and from the text around a place, not from the names of the corpus's cities.
_KIND_CHARS = set("省市区县旗镇乡村组社街道路巷弄里号楼栋幢座单元层室院园苑府庭湾城小居委会花广场中心厂站场馆店"
                  "东南西北上下前后内外全域其他余除以至含及和、,;:()—-·")
_NAME_POOL = "金华龙春晓阳光和平建桃丽泽翠锦绣长风胜利兴盛泰康宁安福瑞鑫汇君悦星河峰景秀云松竹兰梅明月柳岸白石青山"


def _renamed(text: str, places: list[tuple[str, str]], seed: int) -> tuple[str, list[tuple[str, str]]]:
    """A copy of a notice whose places' name characters are swapped for others, the same way throughout (one
    substitution per copy), kind words, digits and punctuation kept."""
    rng = random.Random(seed)
    names = {ch for _level, place in places for ch in place
             if "\u4e00" <= ch <= "\u9fff" and ch not in _KIND_CHARS}
    swap = {ch: rng.choice(_NAME_POOL) for ch in sorted(names)}
    table = str.maketrans(swap)
    spans = sorted({place for _level, place in places if place}, key=len, reverse=True)
    out = text
    for place in spans:
        out = out.replace(place, place.translate(table))
    return out, [(level, place.translate(table)) for level, place in places]


def train(names: list[str], path: Path, copies: int = 2) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for name in names:
        text = tagger.compact(_text(name))
        places = [(e.level, _norm(e.place)) for e in expected_of(name)]
        trainer.append(tagger.features(text), tagger.labels(text, places))
        for copy in range(copies):
            renamed, renamed_places = _renamed(text, places, seed=zlib.crc32(f"{name}/{copy}".encode()))
            trainer.append(tagger.features(renamed), tagger.labels(renamed, renamed_places))
    trainer.set_params(SETTINGS)
    trainer.train(str(path))


def _score(want: set[tuple[str, str]], got: set[tuple[str, str]]) -> Score:
    return Score(true_pos=len(want & got), false_pos=len(got - want), false_neg=len(want - got))


def evaluate(low: int, high: int) -> dict[str, object]:
    trained_on = [n for n in NAMES if _number(n) < low]
    held_out = [n for n in NAMES if low <= _number(n) <= high]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "model.crfsuite"
        started = time.perf_counter()
        train(trained_on, path)
        seconds = time.perf_counter() - started
        # (the parser asks this model, not the shipped one, so that "with guesses" is what a commander would get)
        shipped_file, tagger.MODEL_FILE = tagger.MODEL_FILE, path
        tagger._model.cache_clear()
        rules, alone, guessed = Score(), Score(), Score()
        try:
            for name in held_out:
                want = {_key(e.level, e.district, e.place) for e in expected_of(name)}
                read = {_key(level, None, place) for level, place in tagger.tagged_places(_text(name))}
                each = [_score(want, {_key(level, district, place) for level, district, place
                                      in found_of(parse_notice(_text(name), default_year=2022, fallback=guess))})
                        for guess in (False, True)]
                each.insert(1, _score(want, read))
                for total, one in zip((rules, alone, guessed), each, strict=True):
                    total.add(one)
                print(f"{name[:44]:44} rules {each[0].f1:.2f}  tagger {each[1].f1:.2f}  with guesses {each[2].f1:.2f}")
        finally:
            tagger.MODEL_FILE = shipped_file
            tagger._model.cache_clear()
    figures: dict[str, object] = {"held_out": f"{low}-{high}", "notices": len(held_out), "trained_on": len(trained_on),
                                  "train_seconds": round(seconds, 1)}
    for label, total in (("rules", rules), ("tagger", alone), ("rules_then_tagger", guessed)):
        figures[label] = {"precision": round(total.precision, 3), "recall": round(total.recall, 3),
                          "f1": round(total.f1, 3)}
    return figures


def main(args: list[str]) -> None:
    if args[:1] == ["train"]:
        names = [n for n in NAMES if _number(n) < HELD_OUT_FROM]
        started = time.perf_counter()
        train(names, tagger.MODEL_FILE)
        digest = hashlib.sha256()
        for name in names:
            digest.update((CORPUS / f"{name}.txt").read_bytes() + (CORPUS / f"{name}.tsv").read_bytes())
        card = {"trained_on": names, "corpus_sha256": digest.hexdigest(), "settings": SETTINGS,
                "trained": time.strftime("%Y-%m-%d"), "train_seconds": round(time.perf_counter() - started, 1)}
        tagger.MODEL_CARD.write_text(json.dumps(card, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(json.dumps({"trained_on": len(names), "model_bytes": tagger.MODEL_FILE.stat().st_size,
                          "train_seconds": card["train_seconds"]}))
    elif args[:1] == ["evaluate"] and len(args) == 2:
        low, _, high = args[1].partition("-")
        print(json.dumps(evaluate(int(low), int(high or low))))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
