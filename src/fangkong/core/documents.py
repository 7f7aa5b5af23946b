"""The text of a document an office sends: plain text in any encoding (core.textio), a Word document
(.docx), or a PDF with a text layer. Notices are written in Word and published as PDF as often as they are
pasted, so the commander uploads whichever they were given. A saved web page is text (the notice parser
reads its paragraphs and tables). Old binary Word (.doc) and scanned PDFs have no text to read: they are
refused with a message saying what to send instead."""

from __future__ import annotations

import io
import zipfile
from xml.etree import ElementTree

from fangkong.core.errors import InvalidInput
from fangkong.core.textio import decode_bytes

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MAX_DOCX_XML = 20 * 1024 * 1024  # uncompressed document.xml: a zip bomb is refused before it is read
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .doc / .xls


def text_of_document(data: bytes) -> str:
    """The document's text: paragraphs as lines, table rows as lines of tab-separated cells."""
    if data.startswith(b"PK\x03\x04"):
        return _docx_text(data)
    if data.startswith(b"%PDF"):
        return _pdf_text(data)
    if data.startswith(_OLE):
        raise InvalidInput("这是旧版 Word/Excel 文件(.doc/.xls),请另存为 .docx 或文本后上传",
                           "This is an old Word/Excel file (.doc/.xls): save it as .docx or text and upload that")
    try:
        return decode_bytes(data)
    except (ValueError, UnicodeDecodeError):
        raise InvalidInput("文件编码无法识别(应为 UTF-8 或 GB18030 文本、.docx 或 PDF)",
                           "Unknown file (expected UTF-8 or GB18030 text, .docx or PDF)") from None


def _docx_text(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            info = archive.getinfo("word/document.xml")
            if info.file_size > MAX_DOCX_XML:
                raise InvalidInput("Word 文件正文过大", "The Word document's text is too large")
            root = ElementTree.fromstring(archive.read(info))
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError):
        raise InvalidInput("不是可读取的 Word 文件(.docx)", "Not a readable Word document (.docx)") from None
    body = root.find(f"{_W}body")
    lines: list[str] = []
    for block in body if body is not None else []:
        if block.tag == f"{_W}p":
            lines.append(_paragraph(block))
        elif block.tag == f"{_W}tbl":
            for row in block.iter(f"{_W}tr"):
                cells = ["".join(_paragraph(p) for p in cell.iter(f"{_W}p")) for cell in row.iter(f"{_W}tc")]
                lines.append("\t".join(cells))
    return "\n".join(lines)


def _paragraph(paragraph: ElementTree.Element) -> str:
    out: list[str] = []
    for node in paragraph.iter():
        if node.tag == f"{_W}t" and node.text:
            out.append(node.text)
        elif node.tag == f"{_W}tab":
            out.append("\t")
        elif node.tag in (f"{_W}br", f"{_W}cr"):
            out.append("\n")
    return "".join(out)


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        # Some CJK fonts' text comes out with a NUL before each character (two-byte codes read one byte at a time).
        text = "\n".join(page.extract_text() or "" for page in reader.pages).replace("\x00", "")
    except (PdfReadError, ValueError, KeyError, TypeError):
        raise InvalidInput("不是可读取的 PDF 文件", "Not a readable PDF file") from None
    if not text.strip():
        raise InvalidInput("PDF 中没有文字(可能是扫描件),请上传文本或 Word 文件",
                           "The PDF has no text (a scan?): upload the text or the Word document") from None
    return text
