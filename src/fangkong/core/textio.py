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
            return data[len(bom):].decode(encoding)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise ValueError(f"文件编码无法识别(既非 UTF-8 也非 GB18030) / unknown text encoding: {exc}") from exc


def read_text(path: str | Path) -> str:
    return decode_bytes(Path(path).read_bytes())
