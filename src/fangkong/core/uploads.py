"""Limits on office spreadsheets, checked before a file is parsed (docs/security.md, "Uploads").

A .xlsx is a zip: 1 MB can unpack to a million rows (issue 16: 53–200 s and up to 1.8 GB per upload). So
before openpyxl sees a workbook:
- the members' declared sizes must add up to at most MAX_UNCOMPRESSED_BYTES. Python's zipfile never yields
  more than a member's declared size (a lying header ends in a CRC error), so the declared sum bounds what
  the parser can read;
- each worksheet's rows are counted by streaming its XML (no tree, 1 MiB at a time) and a sheet over the
  kind's row limit is refused, the limit named in the message.
A CSV is counted as it is read (`limit_rows`). Both refuse in well under a second and a few MB.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Iterator
from typing import TypeVar

MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
# Rows per file, by kind of file: a street's or a lab's day, with room; Excel itself stops at 1,048,576.
ROW_LIMITS: dict[str, int] = {
    "persons": 200_000,
    "places": 100_000,
    "results": 200_000,
}
DEFAULT_ROW_LIMIT = 100_000
KIND_NAMES: dict[str, tuple[str, str]] = {
    "persons": ("人员", "persons"), "places": ("地址", "places"), "results": ("检测结果", "test results"),
}
# `<row ...>`, `<row>`, and with a namespace prefix (`<x:row ...>`); bytes.count, not a regex: fast.
_ROW_TAGS = (b"<row ", b"<row>", b"<row/", b":row ", b":row>", b":row/")
_CHUNK = 1024 * 1024
T = TypeVar("T")


class UploadTooLarge(ValueError):
    """A file over a limit; the message is bilingual, "中文 / English", like the readers' CellError."""


def row_limit(kind: str) -> int:
    return ROW_LIMITS.get(kind, DEFAULT_ROW_LIMIT)


def _too_many_rows(kind: str) -> UploadTooLarge:
    zh, en = KIND_NAMES.get(kind, ("数据", "data"))
    limit = row_limit(kind)
    return UploadTooLarge(f"{zh}文件最多 {limit:,} 行,请拆分后分批上传 / a {en} file may have at most "
                          f"{limit:,} rows: split it and upload the parts")


def check_xlsx(data: bytes, kind: str) -> None:
    """Refuse a workbook that would unpack beyond the limits, without unpacking more than one chunk at a time."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError):
        return  # not a zip after all: the reader says what is wrong with it
    with archive:
        members = archive.infolist()
        if sum(member.file_size for member in members) > MAX_UNCOMPRESSED_BYTES:
            raise UploadTooLarge(f"Excel 文件解压后超过 {MAX_UNCOMPRESSED_BYTES // 2**20} MB / the workbook "
                                 f"unpacks to more than {MAX_UNCOMPRESSED_BYTES // 2**20} MB")
        limit = row_limit(kind)
        for member in members:
            sheet = member.filename.startswith("xl/worksheets/") and member.filename.endswith(".xml")
            if sheet and _count_rows(archive, member, stop_after=limit) > limit:
                raise _too_many_rows(kind)


def _row_tags(text: bytes) -> int:
    return sum(text.count(tag) for tag in _ROW_TAGS)


def _count_rows(archive: zipfile.ZipFile, member: zipfile.ZipInfo, stop_after: int) -> int:
    rows, tail = 0, b""
    try:
        with archive.open(member) as stream:
            while chunk := stream.read(_CHUNK):
                text = tail + chunk
                # Tags inside the carried tail were counted with the last chunk; one cut by it is counted now.
                rows += _row_tags(text) - _row_tags(tail)
                tail = text[-16:]
                if rows > stop_after:
                    return rows
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError):
        return rows  # a damaged member: the reader reports it
    return rows


def limit_rows(rows: Iterable[T], kind: str) -> Iterator[T]:
    """The rows, refused at the first one over the kind's limit (for readers that stream, like CSV)."""
    limit = row_limit(kind)
    for count, row in enumerate(rows, start=1):
        if count > limit:
            raise _too_many_rows(kind)
        yield row


__all__ = ["MAX_UNCOMPRESSED_BYTES", "ROW_LIMITS", "UploadTooLarge", "check_xlsx", "limit_rows", "row_limit"]
