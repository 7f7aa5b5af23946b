"""How fast and how cheaply a spreadsheet bomb is refused (issue 16): a ~1 MB .xlsx that unpacks to N rows,
read the way an upload is (`registry.imports.read_rows` for a persons file), timed, with the peak memory the
refusal allocated (tracemalloc) and the process's peak RSS growth.

    python benchmarks/upload_bomb.py --rows 1000000

Last line: JSON with rows, file_bytes, refused, seconds, peak_alloc_mb, rss_growth_mb."""

from __future__ import annotations

import argparse
import io
import json
import resource
import time
import tracemalloc
import zipfile

from openpyxl import Workbook


def bomb_xlsx(rows: int) -> bytes:
    book = Workbook()
    book.active.append(["姓名", "身份证号"])
    plain = io.BytesIO()
    book.save(plain)
    row = b'<row><c t="inlineStr"><is><t>x</t></is></c><c t="inlineStr"><is><t>y</t></is></c></row>'
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(plain.getvalue())) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
        for member in source.infolist():
            if member.filename == "xl/worksheets/sheet1.xml":
                head = (b'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org'
                        b'/spreadsheetml/2006/main"><sheetData>')
                target.writestr(member.filename, head + row * rows + b"</sheetData></worksheet>")
            else:
                target.writestr(member, source.read(member))
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--persons", type=int, default=0, help="unused: no database is needed")
    parser.add_argument("--database", default=None, help="unused: no database is needed")
    args = parser.parse_args()
    from fangkong.core.spreadsheet import CellError, read_rows

    data = bomb_xlsx(args.rows)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    tracemalloc.start()
    started = time.perf_counter()
    refused, message = False, ""
    try:
        read_rows("bomb.xlsx", data, "persons")
    except CellError as exc:
        refused, message = True, str(exc)
    seconds = time.perf_counter() - started
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_growth = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before) / 1024
    print(message)
    print(json.dumps({"rows": args.rows, "file_bytes": len(data), "refused": refused, "seconds": round(seconds, 3),
                      "peak_alloc_mb": round(peak / 2**20, 1), "rss_growth_mb": round(rss_growth, 1)}))


if __name__ == "__main__":
    main()
