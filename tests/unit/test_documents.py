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
from fangkong.isolation.notice import cjk_font

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
    path, index = cjk_font()
    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("cjk", fname=path, collection_font_number=index)
    pdf.set_font("cjk", size=11)
    for line in lines:
        pdf.multi_cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


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
