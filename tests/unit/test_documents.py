"""Notice files as offices send them (core.documents): Word (.docx) paragraphs and tables, PDFs with a text
layer, text in any encoding; old .doc, scans, broken files and zip bombs are refused with a reason."""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

import pytest
from fpdf import FPDF

from fangkong.areas.parser import parse_notice
from fangkong.core.documents import MAX_DOCX_XML, text_of_document
from fangkong.core.errors import InvalidInput

_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx_of(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    """A minimal Word document as Word writes it: runs split inside words, a table after the paragraphs."""
    def para(text: str) -> str:
        half = len(text) // 2  # Word splits runs anywhere, even inside a name
        return (f"<w:p><w:pPr/><w:r><w:t>{escape(text[:half])}</w:t></w:r>"
                f'<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{escape(text[half:])}</w:t></w:r></w:p>')
    body = "".join(para(p) for p in paragraphs)
    if table:
        rows = "".join("<w:tr>" + "".join(f"<w:tc>{para(cell)}</w:tc>" for cell in row) + "</w:tr>"
                       for row in table)
        body += f"<w:tbl>{rows}</w:tbl>"
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           f"<w:document {_NS}><w:body>{body}</w:body></w:document>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", xml)
    return out.getvalue()


def pdf_of(lines: list[str]) -> bytes:
    """A one-page PDF whose text layer is CJK in the standard Adobe-GB1 font STSong-Light with the UniGB-UCS2-H
    encoding, as office PDF writers produce it (fpdf2's own CJK output uses an encoding CMap that PDF text
    extractors misread, so it is not used here)."""
    content = ["BT", "/F1 11 Tf", "14 TL", "40 800 Td"]
    content += ["<" + line.encode("utf-16-be").hex().upper() + "> Tj T*" for line in lines]
    stream = "\n".join([*content, "ET"]).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >>"
        b" /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>",
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light"
        b" /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R >>",
        b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0"
        b" /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


NOTICE = ["关于调整风险区域的通告", "即日起新增高风险区,具体为:", "小店区:金华苑小区3号楼、龙城华苑小区。",
          "请广大市民做好个人防护。", "太原市疫情防控办公室", "2022年12月3日"]


def _places(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(c["level_to"], c["district"], p) for c in parse_notice(text)["changes"] for p in c["places"]]


def test_a_word_document_reads_as_its_paragraphs_and_table_rows() -> None:
    data = docx_of(NOTICE[:3], table=[["序号", "所属区", "风险区域", "风险等级"],
                                      ["1", "迎泽区", "五一宾馆", "中风险区"]])
    text = text_of_document(data)
    assert text.splitlines()[:3] == NOTICE[:3]
    assert "1\t迎泽区\t五一宾馆\t中风险区" in text
    assert _places(text) == [("high", "小店区", "金华苑小区3号楼"), ("high", "小店区", "龙城华苑小区"),
                             ("medium", "迎泽区", "五一宾馆")]


def test_a_pdf_reads_as_its_text() -> None:
    text = text_of_document(pdf_of(NOTICE))
    assert _places(text) == [("high", "小店区", "金华苑小区3号楼"), ("high", "小店区", "龙城华苑小区")]


def test_text_in_gb18030_still_reads() -> None:
    assert text_of_document("\n".join(NOTICE).encode("gb18030")) == "\n".join(NOTICE)


@pytest.mark.parametrize(("data", "says"), [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "旧版 Word"),
    (b"PK\x03\x04 not really a zip", "Word 文件"),
    (b"%PDF-1.4 broken", "PDF"),
    (b"\xff\xfe\x00\xd8", "编码"),
])
def test_unreadable_files_are_refused_with_their_reason(data: bytes, says: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        text_of_document(data)
    assert says in refused.value.message("zh") and refused.value.message("en")


def test_a_pdf_without_text_is_a_scan() -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(10, 10, 50, 50)  # a page with only a drawing, as a scan has only an image
    with pytest.raises(InvalidInput) as refused:
        text_of_document(bytes(pdf.output()))
    assert "扫描件" in refused.value.message("zh")


def test_a_word_document_that_unpacks_huge_is_refused_before_it_is_read() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b" " * (MAX_DOCX_XML + 1))
    assert len(out.getvalue()) < 100_000
    with pytest.raises(InvalidInput) as refused:
        text_of_document(out.getvalue())
    assert "过大" in refused.value.message("zh")
