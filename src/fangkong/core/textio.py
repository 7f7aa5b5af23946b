"""Reading text files from Chinese offices: UTF-8 (with or without BOM), GB18030, UTF-16."""

from __future__ import annotations

from pathlib import Path

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def decode_bytes(data: bytes) -> str:
    """Decode bytes of unknown encoding: BOM first, then strict UTF-8, then GB18030.

    GB18030 is a superset of GBK and GB2312 and decodes every byte sequence that those
    produce, so it is the right fallback; a file that is neither raises ValueError.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding)
            except UnicodeDecodeError:  # a BOM followed by something else: not a text file
                raise ValueError(f"文件以 {encoding} 标记开头但内容无法解码 / "
                                 f"not valid {encoding} after its BOM") from None
    try:
        as_gb = data.decode("gb18030")
    except UnicodeDecodeError:
        as_gb = None
    try:
        as_utf8 = data.decode("utf-8")
    except UnicodeDecodeError:
        if as_gb is None:
            raise ValueError("文件编码无法识别(既非 UTF-8 也非 GB18030) / unknown text encoding") from None
        return as_gb
    # Short GB18030 texts can also be valid UTF-8 (丿 = D8 AF reads as Arabic د): prefer the
    # reading that looks like Chinese office text.
    if as_gb is not None and _plausibility(as_gb) > _plausibility(as_utf8):
        return as_gb
    return as_utf8


def _plausible(char: str) -> bool:
    code = ord(char)
    return (
        code < 0x80
        or 0x4E00 <= code <= 0x9FFF  # CJK unified ideographs
        or 0x3400 <= code <= 0x4DBF  # extension A
        or 0x3000 <= code <= 0x303F  # CJK punctuation
        or 0xFF00 <= code <= 0xFFEF  # full-width forms
        or 0x2000 <= code <= 0x206F  # general punctuation (dashes, quotes, ellipsis)
        or char in "·×°±№"
    )


def _plausibility(text: str) -> float:
    if not text:
        return 1.0
    return sum(map(_plausible, text)) / len(text)


def read_text(path: str | Path) -> str:
    return decode_bytes(Path(path).read_bytes())
