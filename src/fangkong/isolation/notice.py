"""The release notice (解除隔离告知书) as a PDF. fpdf2 embeds a subset of a CJK font found on the
machine at run time (Debian's fonts-noto-cjk), so the notice renders offline and stays small."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from fangkong.core.errors import InvalidInput

FONT_CANDIDATES = (  # (path, index in a collection: Noto CJK .ttc holds JP, KR, SC, TC, HK)
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2),
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
)


@lru_cache(maxsize=1)
def cjk_font() -> tuple[str, int]:
    for path, index in FONT_CANDIDATES:
        if Path(path).exists():
            return path, index
    raise InvalidInput("服务器缺少中文字体(请安装 fonts-noto-cjk)",
                       "No Chinese font on the server (install Debian's fonts-noto-cjk)")


@dataclass(frozen=True)
class NoticeData:
    number: str
    name: str
    id_number: str
    sex: str
    age: int
    phone: str
    kind_zh: str
    site: str
    room: str
    start_at: datetime
    end_at: datetime
    days: int
    tests: list[tuple[int, str, str]]  # day, date, result (zh)
    next_zh: str  # what follows: 居家健康监测 3 天 …, or ""
    released_by: str
    policy_zh: str


def release_notice_pdf(data: NoticeData) -> bytes:
    from fpdf import FPDF

    path, index = cjk_font()
    pdf = FPDF(format="A4")
    pdf.set_title(f"解除隔离告知书 {data.number}")
    pdf.add_font("cjk", fname=path, collection_font_number=index)
    pdf.add_page()
    pdf.set_margins(22, 20, 22)
    pdf.set_font("cjk", size=20)
    pdf.cell(0, 14, "解除隔离告知书", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("cjk", size=10)
    pdf.cell(0, 6, f"编号 {data.number}", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("cjk", size=12)
    sex = {"M": "男", "F": "女"}.get(data.sex, data.sex)
    rows = [("姓名", data.name), ("性别 / 年龄", f"{sex} / {data.age} 岁"), ("身份证号", data.id_number),
            ("联系电话", data.phone or "—"), ("隔离方式", data.kind_zh),
            ("隔离地点", f"{data.site} {data.room}".strip()),
            ("隔离期间", f"{data.start_at:%Y年%m月%d日 %H:%M} 至 {data.end_at:%Y年%m月%d日 %H:%M}(共 {data.days} 天)"),
            ("执行政策", data.policy_zh)]
    for label, value in rows:
        pdf.cell(36, 9, label, border=1)
        pdf.multi_cell(0, 9, value, border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.cell(0, 8, "隔离期间核酸检测", new_x="LMARGIN", new_y="NEXT")
    for day, when, result in data.tests:
        pdf.cell(36, 8, f"第 {day} 天", border=1)
        pdf.cell(60, 8, when, border=1)
        pdf.cell(0, 8, result, border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    text = (f"{data.name} 同志:您已完成规定的隔离期限,隔离期间核酸检测结果均为阴性,经评估符合解除隔离条件,"
            f"自 {data.end_at:%Y年%m月%d日 %H:%M} 起解除隔离。")
    if data.next_zh:
        text += f"请按要求继续{data.next_zh},期间不外出、不聚集,按时完成核酸检测,如有发热、咳嗽等症状及时报告。"
    pdf.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    pdf.cell(0, 8, f"经办人:{data.released_by}", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 8, f"{data.end_at:%Y年%m月%d日}", align="R", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
