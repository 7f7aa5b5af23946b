"""A statistical reader of places for notices the rules cannot read (decision 0024): a linear-chain CRF over the
notice's characters, trained on the real-notice corpus (tools/notice_tagger.py), that marks each character as
outside a place or beginning / inside a place of one level.

It is a fallback only: ``parse_notice`` asks it when the rules find no place at all, and says so in a warning,
since a CRF guesses where a place starts and ends from the characters around it and cannot say why. Every place
it reads goes through the review like any other (a reviewer chooses each one).

The text is read as the rules read it (web pages to text, traditional to simplified, pinyin glosses and spaces
removed), one character a position with its line breaks kept as characters. The features of a position: the
characters around it, their kinds, brackets, where it stands in its line, and the level words around it (the
last one before, the next one in its sentence, the level an adjustment in its sentence goes to, the level of the
last heading, and whether a lift was written since)."""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from fangkong.areas.notice_parsing.normalizing import (
    _FOLD,
    _KEEP_QIAN,
    _PINYIN,
    _RESTORE_QIAN,
    _T2S,
    _VARIANTS,
    _plain,
)

MODEL_FILE = Path(__file__).resolve().parents[1] / "notice_tagger.crfsuite"
MODEL_CARD = MODEL_FILE.with_suffix(".json")  # what it was trained on, with which settings
LEVELS = ("high", "medium", "low", "sealed", "controlled", "precaution", "silent", "lifted")

# The level a word names (longest first where one contains another).
_LEVEL_WORDS = [(re.compile(pattern), level) for pattern, level in [
    (r"临时静默|静默管理|静态管理", "silent"), (r"封控", "sealed"), (r"管控", "controlled"), (r"防范", "precaution"),
    (r"高风险", "high"), (r"中风险", "medium"), (r"低风险", "low")]]
_LIFT = re.compile(r"解除|解封|撤销|取消")
# the verb of an adjustment before the level it goes to ("调整为低风险", "列入封控", "降至低风险")
_TO_LEVEL = re.compile(r"(?:为|至|入|列|定|转)(?=封控|管控|防范|高风险|中风险|低风险|临时静默|静默)")
_SENTENCE_END = "。;\n"
_NUMBERING = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.]|\(?[一二三四五六七八九十\d]{1,3}\)|\d{1,3}[、.])")
_OPEN, _CLOSE = "([【〔", ")]】〕"


def compact(text: str) -> str:
    """The notice as the tagger reads it: simplified, folded, without pinyin glosses, spaces or empty lines."""
    text = _plain(text).replace("\r\n", "\n").replace("\r", "\n")
    text = _T2S.convert(text.translate(_KEEP_QIAN)).translate(_RESTORE_QIAN)
    text = _PINYIN.sub("", text.translate(_FOLD).translate(_VARIANTS))
    text = re.sub(r"[ \t\u3000]+", "", text)
    return re.sub(r"\n{2,}", "\n", text).strip("\n")


def _level_at(text: str, pos: int) -> str | None:
    return next((level for pattern, level in _LEVEL_WORDS if pattern.match(text, pos)), None)


def _context(text: str) -> list[tuple[str, str, str, str, str]]:
    """For each position: (last level word before it, lift written since; next level word in its sentence;
    the level an adjustment later in its sentence goes to; the levels of the last heading)."""
    n = len(text)
    words = {i: level for i in range(n) if (level := _level_at(text, i))}
    lifts = {m.start() for m in _LIFT.finditer(text)}
    targets = {m.start(): _level_at(text, m.end()) for m in _TO_LEVEL.finditer(text)}
    before, lifted = [], []
    last, lift = "none", False
    for i in range(n):
        before.append(last)
        lifted.append("L" if lift else "-")
        if i in words:
            last, lift = words[i], False
        lift = lift or i in lifts
    following, target = ["none"] * n, ["none"] * n
    next_word = next_target = "none"
    for i in range(n - 1, -1, -1):
        if text[i] in _SENTENCE_END:
            next_word = next_target = "none"
        following[i], target[i] = next_word, next_target
        next_word = words.get(i, next_word)
        next_target = targets.get(i) or next_target
    heading = ["none"] * n
    current, start = "none", 0
    for i in range(n + 1):
        if i == n or text[i] == "\n":
            line = _NUMBERING.sub("", text[start:i])
            # a heading: a line ending with ":", or a short line naming a level without a list
            if line.endswith(":") or (len(line) < 40 and "、" not in line
                                      and any(p.search(line) for p, _ in _LEVEL_WORDS)):
                levels = [level for p, level in _LEVEL_WORDS if p.search(line)]
                current = ("L" if _LIFT.search(line) else "") + ("+".join(levels[-2:]) or "none")
            start = i + 1
        elif i < n:
            heading[i] = current
    return list(zip(before, lifted, following, target, heading, strict=True))


def _kind(ch: str) -> str:
    if ch.isdigit():
        return "D"
    if "\u4e00" <= ch <= "\u9fff":
        return "C"
    if ch.isascii() and ch.isalpha():
        return "A"
    return ch


def features(text: str) -> list[list[str]]:
    """The features of each character of a compacted notice."""
    padded = "^^" + text + "$$"
    context = _context(text)
    out = []
    depth = line_pos = 0
    for i, ch in enumerate(text):
        j = i + 2
        before, lifted, following, target, heading = context[i]
        out.append([
            "c=" + ch, "p1=" + padded[j - 1], "n1=" + padded[j + 1], "p2=" + padded[j - 2], "n2=" + padded[j + 2],
            "b-1=" + padded[j - 1:j + 1], "b+1=" + padded[j:j + 2], "t0=" + padded[j - 1:j + 2],
            "b-2=" + padded[j - 2:j], "b+2=" + padded[j + 1:j + 3],
            "k=" + _kind(ch), "kp=" + _kind(padded[j - 1]) + _kind(padded[j + 1]),
            "depth=" + str(min(depth, 2)), "lp=" + str(min(line_pos, 6)),
            "prevlv=" + before, "nextlv=" + following, "lift=" + lifted, "pl=" + before + lifted,
            "head=" + heading, "tgt=" + target, "ht=" + heading + "|" + target,
        ])
        depth = depth + 1 if ch in _OPEN else max(depth - 1, 0) if ch in _CLOSE else depth
        line_pos = 0 if ch == "\n" else line_pos + 1
    return out


def labels(text: str, places: Iterable[tuple[str, str]]) -> list[str]:
    """Training labels of a compacted notice from its expected (level, place): every occurrence of a place not
    inside a longer one is tagged B-level, I-level…; places written otherwise than in the text are left out."""
    tags = ["O"] * len(text)
    for level, place in sorted(places, key=lambda p: -len(p[1])):
        start = 0
        while place and (k := text.find(place, start)) >= 0:
            if all(t == "O" for t in tags[k:k + len(place)]):
                tags[k:k + len(place)] = ["B-" + level] + ["I-" + level] * (len(place) - 1)
            start = k + 1
    return tags


def spans(text: str, tags: list[str]) -> list[tuple[str, str]]:
    """(level, place) of each tagged run, in the order of the text; an I- after O or of another level starts one."""
    found: list[tuple[str, str]] = []
    level, start = None, 0
    for i, tag in enumerate([*tags, "O"]):
        kind, _, tag_level = tag.partition("-")
        if level is not None and (kind != "I" or tag_level != level):
            found.append((level, text[start:i]))
            level = None
        if kind in ("B", "I") and level is None:
            level, start = tag_level, i
    return [(lv, place.strip("\n,、;。")) for lv, place in found if place.strip("\n,、;。")]


class _Model:
    """The trained model, opened once; pycrfsuite's tagger keeps state between calls, hence the lock."""

    def __init__(self, path: Path) -> None:
        import pycrfsuite  # (imported here: only a notice the rules cannot read needs it)

        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(path))
        self._lock = threading.Lock()

    def tag(self, feats: list[list[str]]) -> list[str]:
        with self._lock:
            return self._tagger.tag(feats)


@functools.cache
def _model() -> _Model | None:
    return _Model(MODEL_FILE) if MODEL_FILE.exists() else None


def tagged_places(text: str) -> list[tuple[str, str]]:
    """(level, place) the model reads in a notice, each once, in the order of the text; [] without a model."""
    model = _model()
    text = compact(text)
    if model is None or not text:
        return []
    return list(dict.fromkeys(spans(text, model.tag(features(text)))))  # each once, first place first


def tagged_changes(text: str) -> list[dict[str, Any]]:
    """The places the model reads, as the changes ``parse_notice`` returns: one per level, in the order of the
    text; a lifted place leaves its list (action lift, no level to)."""
    by_level: dict[str, list[str]] = {}
    for level, place in tagged_places(text):
        by_level.setdefault(level, []).append(place)
    return [{"action": "lift" if level == "lifted" else "set", "level_from": None,
             "level_to": None if level == "lifted" else level, "district": None, "stated_count": None,
             "places": places} for level, places in by_level.items()]
