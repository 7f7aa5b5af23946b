"""Tables with a level column and places tagged with their level, turned into lists."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from fangkong.areas.notice_parsing.divisions import _district_ok
from fangkong.areas.notice_parsing.places import _districts_of_cities, _front_district, _strip_enum
from fangkong.areas.notice_parsing.terms import _CJK, _LABEL_COLON, _LEVEL, _LEVEL_RE, _compact, _level_name, _split_top

# A table of places with a column for the level of each row (pasted from a spreadsheet or a web page):
# "序号	所属区	街道	风险区域	风险等级" over "1	小店区	坞城街道	金华苑小区3号楼	高风险区".
_CELL_SPLIT = re.compile(r"\t+|\s{2,}|\|")
_COLUMN = {
    # ("风险评定", "评估结果": a five-colour table's rating column)
    "level": re.compile(r"^(?:风险)?(?:等级|级别|类别|类型)$|^风险(?:区域)?(?:等级|类别)$|^(?:管控|区域)类别$"
                        r"|^(?:风险)?(?:等级)?(?:评定|评估)(?:结果|等级)?$"),
    "district": re.compile(r"^(?:所属|所在)?(?:区|县|区县|县区|区\(县\)|辖区|行政区|区域|地区)$"
                           r"|^(?:所属|所在)(?:区县|县区)$"),
    "street": re.compile(r"^(?:所属|所在)?(?:街道|镇街|街镇|乡镇|街道\(镇\)|镇\(街道\))$"),
    "place": re.compile(r"^(?:风险|管控|封控)?(?:区域|地点|点位|场所|小区|范围|区域名称|地点名称|名称"
                        r"|具体(?:区域|点位|范围))(?:名称)?$"),
    "count": re.compile(r"^(?:数量|个数|数目|总数|小计|合计)(?:\(个\))?$"),  # a count per level, no place
}


def _is_column(cell: str) -> bool:
    return bool(cell) and (cell in ("序号", "编号") or any(rule.match(cell) for rule in _COLUMN.values()))


def _level_cell(cell: str) -> str | None:
    cell = _compact(cell)
    if _LEVEL_RE.fullmatch(cell):
        return cell
    if re.fullmatch(r"[高中低](?:风险)?", cell):
        return cell[0] + "风险区"
    if re.fullmatch(r"(?:封控|管控|防范)", cell):
        return cell + "区"
    changed = re.fullmatch(rf"(?:由)?{_LEVEL}(?:调整|降|下调|升|上调)?(?:为|至|→|->|-)(?P<to>{_LEVEL})", cell)
    return changed["to"] if changed else None  # "由高风险区调整为低风险区": the level the row now has


def _cells_a_line(lines: list[str], start: int, is_cell: Callable[[str], bool],
                  most: int | None = None) -> tuple[list[str], int]:
    """The run of cells ``is_cell`` takes from ``start`` on, one a line, at most ``most``, and the line after them.
    Blank lines between cells are none: a page copied paragraph by paragraph has one after every cell."""
    cells: list[str] = []
    i = start
    while i < len(lines) and (most is None or len(cells) < most):
        cell = _compact(lines[i])
        if cell and not is_cell(cell):
            break
        if cell:
            cells.append(cell)
        i += 1
    return cells, i


def _tables(text: str) -> str:
    """Each table with a level column becomes lists under level headings ("高风险区:" then "1.小店区坞城街道A"),
    the form the rest of the parser reads; other text is left as it is."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        cells = [_compact(c) for c in _CELL_SPLIT.split(lines[i].strip()) if c.strip()]
        per_line = len(cells) == 1  # a web table copied one cell a line: the header is a run of names
        after_header = i + 1
        if per_line:
            cells, after_header = _cells_a_line(lines, i, _is_column)
        columns = {name: next((k for k, c in enumerate(cells) if rule.match(c)), None)
                   for name, rule in _COLUMN.items()}
        if per_line and columns["level"] is None and (rows := _district_rows(lines, i)):
            out += rows[0]
            i = rows[1]
            continue
        # (a table of towns: "镇(街道)" is its place column)
        if len(cells) < 3 or columns["level"] is None or (columns["place"] is None and columns["street"] is None):
            out.append(lines[i])
            i += 1
            continue
        by_level: dict[str, list[str]] = {}
        i = after_header
        merged = _merged_cell_rows(lines, i, cells, columns, text) if per_line else None
        if merged:
            by_level, i = merged
        while i < len(lines) and not merged:
            if per_line:
                row, after_row = _cells_a_line(lines, i, lambda _cell: True, len(cells))
            else:
                row = [c for c in _CELL_SPLIT.split(lines[i].strip()) if c.strip()]
            if len(row) != len(cells):
                break
            level = _level_cell(row[columns["level"]])
            if level is None:
                break
            parts = [row[k] for k in (columns["district"], columns["street"], columns["place"]) if k is not None]
            place = "".join(_compact(p) for p in parts)
            by_level.setdefault(level, []).append(place)
            i = after_row if per_line else i + 1
        for level, places in by_level.items():
            out.append(f"{level}:")
            out += [f"{n}.{p}" for n, p in enumerate(places, 1)]
    return "\n".join(out)


# A table without a level column copied one cell a line, "县区" / "实行封闭式管理的区域" / "数量" over "A区" /
# "B镇C村;D小区5栋" / "2" (a 2020 closure table, the level said by the lead above it: "对下列小区、村组等区域实行封闭式
# 管理"): each row's places under its district, as "A区:B镇C村;D小区5栋", the form a district's group is read in.
_PLACE_COLUMN = re.compile(r"^(?:(?:实行|实施|执行|纳入)[^,。;:]{2,12}?(?:管理|管控)的)?"
                           r"(?:风险|管控|封控|封闭)?(?:区域|地点|点位|场所|小区|范围|村组|楼栋)(?:名称)?$")
_TOTAL_CELL = re.compile(r"^(?:合计|小计|总计|共计|总数|合\s*计)$")
_MIN_DISTRICT_ROWS = 2


def _district_rows(lines: list[str], start: int) -> tuple[list[str], int] | None:
    """The rows of a level-less table of districts and their places starting at ``start`` (its header: a district
    column, a place column and perhaps a count column, one cell a line), as "district:places" lines, and the line
    after the last row; None when it is no such table (fewer than two rows read)."""
    def is_header(cell: str) -> bool:
        return cell in ("序号", "编号") or bool(_COLUMN["district"].match(cell) or _PLACE_COLUMN.match(cell)
                                                 or _COLUMN["place"].match(cell) or _COLUMN["count"].match(cell))

    header, i = _cells_a_line(lines, start, is_header, 4)
    at = {name: next((k for k, c in enumerate(header) if rule.match(c)), None) for name, rule in (
        ("district", _COLUMN["district"]), ("place", _PLACE_COLUMN), ("count", _COLUMN["count"]))}
    if at["place"] is None:
        at["place"] = next((k for k, c in enumerate(header) if _COLUMN["place"].match(c)), None)
    if len(header) < 2 or at["district"] is None or at["place"] is None or at["district"] == at["place"]:
        return None
    numbered = next((k for k, c in enumerate(header) if c in ("序号", "编号")), None)
    out: list[str] = []
    while i < len(lines):
        row, after = _cells_a_line(lines, i, lambda _cell: True, len(header))
        if len(row) != len(header):
            break
        district, places = row[at["district"]], row[at["place"]]
        # (the district a short name, no sentence: "合计" and the text under the table end it)
        if len(district) > 10 or re.search(r"[,,。;;::]", district) or _TOTAL_CELL.match(district) \
                or _COLUMN["district"].match(district) or len(places) < 2 \
                or any(at[k] is not None and not re.fullmatch(r"\d{1,4}", row[at[k]]) for k in ("count",)) \
                or (numbered is not None and not re.fullmatch(r"\d{1,4}", row[numbered])):
            break
        count = row[at["count"]] if at["count"] is not None else None
        # (each row a sentence of its own: a row whose district is no known division is not run into the one above)
        places = places if places.endswith("。") else places + "。"
        out.append(f"{district}({count}个):{places}" if count else f"{district}:{places}")
        i = after
    if len(out) < _MIN_DISTRICT_ROWS:
        return None
    # (the total row under them, "合计" and its count, is no row of places)
    total, after = _cells_a_line(lines, i, lambda cell: bool(_TOTAL_CELL.match(cell) or re.fullmatch(r"\d{1,5}", cell)),
                                 len(header))
    if total and _TOTAL_CELL.match(total[0]):
        i = after
    return out, i


_EMPTY_CELL = re.compile(r"[//\\\-—–]|无|空")
_OFF_SCALE_CELL = re.compile(r"较[高低]风险(?:区|地区|区域)?")


def _merged_cell_rows(lines: list[str], start: int, cells: list[str], columns: dict[str, int | None],
                      text: str) -> tuple[dict[str, list[str]], int] | None:
    """A table copied one cell a line whose merged cells are written once ("南湖" over its towns, the count "72"
    beside the first row of its level, "/" for an empty cell): each row is its name cells up to its level cell,
    the names filling the last name columns, the columns before them keeping the row above's values.
    (places by level, the line after the table), or None when it is no such table (no row read)."""
    level_at = columns["level"]
    names = [k for k in (columns["district"], columns["street"], columns["place"])
             if k is not None and level_at is not None and k < level_at]
    if level_at is None or not names:
        return None
    values: dict[int, str] = {}
    row: list[str] = []
    by_level: dict[str, list[str]] = {}
    rows = 0
    i = start
    while i < len(lines):
        cell = _compact(lines[i])
        if not cell:
            i += 1
            continue
        if len(cell) > 30 or re.search(r"[,。;:,]", cell):
            break  # the text under the table
        level = _level_cell(cell)
        if level or _OFF_SCALE_CELL.fullmatch(cell):
            given = row[-len(names):]
            for k, value in zip(names[len(names) - len(given):], given, strict=True):
                values[k] = value
            row = []
            place = values.get(names[-1], "")
            if level and place:
                parts = [_district_of_stem(values[k], text) if k == columns["district"] else values[k]
                         for k in names if values.get(k)]
                by_level.setdefault(level, []).append("".join(parts))
                rows += 1
        elif re.fullmatch(r"\d{1,5}", cell):
            pass  # a count (or a serial number): no name
        else:
            row.append("" if _EMPTY_CELL.fullmatch(cell) else cell)
        i += 1
    return (by_level, i - len(row)) if rows else None


def _stem_fronts(changes: list[dict[str, Any]], text: str) -> None:
    """ "平湖林埭镇" in a notice of 嘉兴: a district written without its kind in front of a town or street, taken
    when it is the stem of a known district of a city the notice names (and all the change's places have it)."""
    table = _districts_of_cities()
    named = [table[city] for city in table if city and len(city) >= 2 and city in text]
    for change in changes:
        if change["district"] or not change["places"] or not named:
            continue
        fronts = set()
        for place in change["places"]:
            m = re.match(rf"([{_CJK}]{{2,3}}?)(?=[{_CJK}]{{2,8}}?(?:街道|镇|乡)$)", place)
            stems = {known for pool in named for known in pool
                     if m and known[:-1] == m[1] and known[-1] in "区县市旗"} if m else set()
            fronts.add(stems.pop() if len(stems) == 1 else None)
        if len(fronts) == 1 and (front := fronts.pop()):
            change["district"] = front
            change["places"] = [place[len(front) - 1:] for place in change["places"]]


def _district_of_stem(name: str, text: str) -> str:
    """ "南湖" in a table of 嘉兴's towns: a district cell written without its kind is the known district of that
    stem (of a city the text names, when it names one); else the cell as written."""
    if _district_ok(name) or len(name) < 2:
        return name
    table = _districts_of_cities()
    named = [city for city in table if city and len(city) >= 2 and city in text]
    for pool in ([table[city] for city in named], list(table.values())):
        found = {stem for known in pool for stem in known if stem[len(name):] in ("区", "县", "市", "旗")
                 and stem.startswith(name)}
        if len(found) == 1:
            return found.pop()
        if found:
            return name
    return name


# "小店区金华苑小区(高风险区)、龙城苑(中风险区);迎泽区春晓家园(高风险区)": each place tagged with its own
# level. With two levels or more on a line, the tags are the places' levels: the line becomes lists under
# level headings, each place with the district written before it in the line.
_TAG = re.compile(rf"\((?P<level>{_LEVEL})\)")


def _tagged_levels(text: str) -> str:
    lines = text.split("\n")
    tagged = {i: items for i, line in enumerate(lines) if (items := _tagged_items(line)) is not None}
    if len({_level_name(level) for items in tagged.values() for level, _place in items}) < 2:
        return text  # one level only: a remark the lists' headings already say ("(封控区)")
    out: list[str] = []
    for i, line in enumerate(lines):
        if i not in tagged:
            out.append(line)
            continue
        by_level: dict[str, list[str]] = {}
        for level, place in tagged[i]:
            by_level.setdefault(level, []).append(place)
        for level, places in by_level.items():
            out.append(f"{level}:")
            out += [f"{n}.{p}" for n, p in enumerate(places, 1)]
    return "\n".join(out)


def _tagged_items(line: str) -> list[tuple[str, str]] | None:
    """(level, place) of each item of a line whose every item ends with its level in brackets, the district
    written before a place (or as the line's label) put in front of the places after it; else None."""
    if not _TAG.search(line):
        return None
    label = _LABEL_COLON.match(line.strip())
    district = label["name"] if label and _district_ok(label["name"]) else None
    body = line.strip()[label.end():] if district and label else line.strip()
    items: list[tuple[str, str]] = []
    for item in filter(None, _split_top(body)):
        tags = list(_TAG.finditer(item))
        tag = tags[-1] if tags else None  # the last bracket: "金华小区(1号楼除外)(高风险区)"
        if not tag or item[tag.end():].strip():
            return None  # an item without its own level: not this form
        place = _strip_enum(item[:tag.start()].strip())[0]
        front = _front_district(place)
        if front:
            district = front[0]
        elif district:
            place = district + place
        items.append((tag["level"], place))
    return items or None
