"""Lines of a notice joined or split before sections are found: run-on items, numbering, signatures."""

from __future__ import annotations

import re

from fangkong.areas.notice_parsing.changes import _COMMA_NUMBER
from fangkong.areas.notice_parsing.dates import _org_only
from fangkong.areas.notice_parsing.divisions import _district_ok, _divisions
from fangkong.areas.notice_parsing.places import _front_district, _strip_enum
from fangkong.areas.notice_parsing.sections import _match_heading
from fangkong.areas.notice_parsing.sentences import _Section
from fangkong.areas.notice_parsing.terms import _CJK, _CN_NUM, _ENUM, _LEVEL, _cn_int, _compact, _level_name


def _comma_numbered(lines: list[str]) -> list[str]:
    """Lines numbered with a comma after the number ("一,", "1,") get the numbering's own separator where they
    count up (一, 二, … over the text; 1, 2, … in consecutive lines, at least two); inside such an Arabic-numbered
    item without 、 the commas are the 、 the repost lost: each piece is a place."""
    out = list(lines)
    numbered = [(i, m) for i, line in enumerate(out) if (m := _COMMA_NUMBER.match(line))]
    chinese = [(i, m) for i, m in numbered if not m["n"].isdigit()]
    if len(chinese) >= 2 and [_cn_int(m["n"]) for _i, m in chinese] == list(range(1, len(chinese) + 1)):
        for i, m in chinese:
            out[i] = f"{m['n']}、{out[i][m.end():]}"
    k = 0
    while k < len(numbered):
        i, m = numbered[k]
        run = [numbered[k]]
        while (k + len(run) < len(numbered) and numbered[k + len(run)][0] == run[-1][0] + 1
               and numbered[k + len(run)][1]["n"] == str(len(run) + 1)):
            run.append(numbered[k + len(run)])
        if m["n"] == "1" and len(run) >= 2:
            for j, item in run:
                body = out[j][item.end():]
                body = body.rstrip(",")
                if "、" not in body:
                    head, dot, tail = body.partition("。")  # a sentence after the item's 。 is no part of it
                    body = head.replace(",", "、") + dot + tail
                out[j] = f"{item['n']}.{body}"
        k += len(run)
    return out


def _number_runs(lines: list[str]) -> list[str]:
    """Lines numbered "1新城区…", "2土左旗…" without a separator (a table copied as text) get one, where
    at least two lines in a row count 1, 2, 3…: a name that starts with digits ("3512西大院") is left alone."""
    out = list(lines)
    i = 0
    while i < len(out):
        m = re.match(rf"1(?=[{_CJK}])", out[i].strip())
        j, number = i, 1
        while j < len(out) and re.match(rf"{number}(?=[{_CJK}])", out[j].strip()):
            j, number = j + 1, number + 1
        if j - i >= 2 and m:
            for k in range(i, j):
                stripped = out[k].strip()
                digits = len(str(k - i + 1))
                out[k] = f"{stripped[:digits]}.{stripped[digits:]}"
            i = j
        else:
            i += 1
    return out


# "1.A组2.B栋 3.C楼", "(1)A组(2)B栋", "1)A组 2)B栋": the next item number, glued to the place before it or after a
# space (not a code's digits after a letter or a dash: "1、A1-A5、B1-B2、C1-C2楼", "解除C2、C4交易厅").
_RUNON_ITEM = re.compile(r"(?<![\dA-Za-z.\-])(?P<open>\(?)(?P<n>\d{1,4})(?P<sep>[.、)])(?![\d.、])")
# The first item of such a run: "1." "1、" "(1)" "1)".
_RUNON_FIRST = r"(?P<open>\(?)1(?P<sep>[.、)])(?![\d.、])"
# "…现通告如下:一、封控区": a section heading glued to the end of the lead paragraph.
# ("具体如下: 一、": a space between; "一、解除管控措施的区域如下: (一)原封控区:": a part's first sub-heading after
# its colon)
_GLUED_PART = re.compile(r"(?<=[:。])[ \t]*"
                         r"(?=[一二三四五六七八九十]{1,3}、|(?<=:)[ \t]*\([一二三四五六七八九十]{1,3}\))")
_GLUED_LABEL = re.compile(r"(?<=[个处]\))(?=\([一二三四五六七八九十]{1,3}\))")
# "一、高风险区(9个)甲街道:A小区3栋;乙街道:B小区4栋" (成都, autumn 2022): a counted level heading, then the label
# of its first street (town) with its places run on; the heading goes on a line of its own, as when it stands alone,
# so that the first street's label is joined to its places as the next streets' are. (Not a lead-in before the
# street, "(1个)具体为A街道:B小区", which stays with the heading as before.)
_GLUED_STREET_LABEL = re.compile(rf"(?<=[个处]\))(?!具体|包括|包含|涉及|分别|主要|位于|其中|即|为|是)"
                                 rf"(?=[{_CJK}]{{2,8}}?(?:街道|镇|乡)(?:办事处)?:[^:\n]{{2}})")
# "一、具体点位(4个) (一)A; (二)B; …" (重庆, a forum's copy run on one line), "一、高风险区(2个) (一)A; (二)B": a
# counted label, a space, then the first of its items "(一)"; the label goes on a line of its own as it would without
# the space (a level's heading, or a bare label the lists read as one already when it stands on its own line: 具体点位,
# 具体区域, 具体名单; the lead names their level).
_SPACED_LABEL = re.compile(r"(?<=[个处]\))[ \t\u3000]+(?=\(一\)[^()]{2})")
_ITEMS_LABEL = re.compile(rf"(?:{_ENUM.pattern})?(?:具体(?:点位|区域)|(?:具体)?名单)\((?:共|计)?\d{{1,4}}[个处]\)")


# "一、高风险区 1.A小区3栋; 2.B村5组; …" (武汉, late 2022): a level's heading, a space, then its numbered items run on
# one line; the heading goes on a line of its own (a heading alone, as _match_heading reads it, short and without a
# sentence's stops), the items after it are split as any run. (A space after the heading's own number too,
# "一、 高风险区 1.A小区3栋; 2.B村5组", as a copy spaces its numbers.)
_HEADING_SPACE_ITEMS = re.compile(rf"(?P<head>(?:(?:{_ENUM.pattern})[ \t\u3000]*)?[^\s,。;:]{{2,30}}?)[ \t\u3000]+"
                                  r"(?=\(?1[.、)](?![\d.、]))")


def _heading_then_items(line: str) -> list[str] | None:
    m = _HEADING_SPACE_ITEMS.match(line.strip())
    if m is None or not _match_heading(_compact(m["head"])):
        return None
    return [m["head"], *_split_runon(line.strip()[m.end():])]


def _split_runon(line: str) -> list[str]:
    """Numbered items written on one line ("1.A2.B 3.C"): a run of item numbers counting up from 1, each
    with the separator of the first, splits the line. A heading glued to the lead sentence before it goes
    on a line of its own."""
    if (split := _heading_then_items(line)) is not None:
        return split
    # (headings read without their spaces, as in the lists: "四、 现有高风险区(19个)")
    glued = [m.end() for m in _GLUED_PART.finditer(line) if _match_heading(_compact(line[m.end():]))]
    # "四、现有高风险区(19个)(一)芦淞区(7个)1.A": a counted heading, then the label of its first district
    glued += [m.start() for m in _GLUED_LABEL.finditer(line) if _match_heading(_compact(line[:m.start()]))]
    glued += [m.start() for m in _GLUED_STREET_LABEL.finditer(line) if _match_heading(_compact(line[:m.start()]))]
    glued += [m.end() for m in _SPACED_LABEL.finditer(line)
              if _match_heading(head := _compact(line[:m.start()])) or _ITEMS_LABEL.fullmatch(head)]
    if glued:
        return [line[:min(glued)], *_split_runon(line[min(glued):])]
    # the first item starts the line or follows a heading's colon ("一、封控区:1.A2.B") or count ("高风险区(2个)
    # 1.A2.B", "(一)芦淞区(7个) 1.A")
    first = (re.match(rf"\s*{_RUNON_FIRST}", line)
             or re.search(rf"(?:(?<=:)|(?<=[个处]\)))\s*{_RUNON_FIRST}", line))
    if first is None or (first["open"] and first["sep"] != ")"):
        return [line]  # (not "(1.")
    cuts, number, pos = [first.start()] if first.start() > 0 else [], 2, first.end()
    for m in _RUNON_ITEM.finditer(line, pos):
        # ("…蛇山三坡 3、积玉桥街道:…": a copy that lost one item skips its number; only after a space)
        if m["n"] == str(number + 1) and line[m.start() - 1:m.start()].isspace():
            number += 1
        if m["n"] != str(number) or (m["open"], m["sep"]) != (first["open"], first["sep"]) or m.start() - pos < 2 \
                or line[m.end():m.end() + 1].isdigit():
            continue  # "1、金华苑2、3号楼": a run of house numbers, not the next item
        cuts.append(m.start())
        number, pos = number + 1, m.end()
    counted = line[max(0, first.start() - 3):first.start()].rstrip().endswith(("个)", "处)"))
    if len(cuts) < (2 if first.start() > 0 and not counted else 1):
        return [line]  # (one item after its heading's count, "解除高风险区(1个)1.A", is a list of one)
    bounds = [0, *cuts, len(line)]
    return [line[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False)]


# A spam site's copy inserts fragments of a headline between an item's number and its place: "1.番市 吐鲁番市高昌区A
# 社区;", "3.区划吐鲁番市高昌区B小区;" among "5. 吐鲁番市高昌区C村;". Known by its form, not its words: most numbered
# items start with the same front ending in a division's kind ("吐鲁番市", "X县Y镇"); where at least two others
# have a few CJK characters between the number and that front, those are no part of the place (one such item
# alone may be a place that names the front inside it).
_INSERTED_MAX_FRONT = 8


def _without_inserted_fronts(lines: list[str]) -> list[str]:
    items = [(i, m.end()) for i, line in enumerate(lines) if (m := _ENUM.match(line))]
    # (the fronts are counted over the items that are no heading; a fragment may make one look like a heading,
    # "2.高风险区青山县白石镇A村", and is cut from it all the same)
    bodies = {i: lines[i][end:].lstrip() for i, end in items if not _match_heading(lines[i])}
    fronts: dict[str, int] = {}
    for body in bodies.values():
        for size in range(3, 11):
            if len(body) > size and body[size - 1] in "市区县旗镇乡":
                fronts[body[:size]] = fronts.get(body[:size], 0) + 1
    common = sorted((f for f, n in fronts.items() if n >= 3 and 2 * n >= len(bodies)), key=len)
    # ("划青山县" shared by the spammed items holds the front "青山县" after its fragment)
    common = [f for f in common if not any(other in f[1:] for other in common)]
    # ("划划区" before "青山县" in half the items: a front another front always follows closely is a fragment)
    common = [f for f in common if not all(any(0 <= body.find(other, len(f)) <= len(f) + _INSERTED_MAX_FRONT
                                               for other in common if other != f and other not in f)
                                           for body in bodies.values() if body.startswith(f))]
    if not common:
        return lines
    out = list(lines)
    inserted = 0
    for i, end in items:
        body = lines[i][end:].lstrip()
        if any(body.startswith(front) for front in common):
            continue
        for front in common:
            at = body.find(front, 1, _INSERTED_MAX_FRONT + len(front) + 1)
            if at > 0 and re.fullmatch(rf"[{_CJK}]{{1,{_INSERTED_MAX_FRONT}}}", body[:at].rstrip()):
                out[i] = lines[i][:end] + body[at:]
                inserted += 1
                break
    return out if inserted >= 2 else lines


def _split_glued_districts(line: str) -> list[str]:
    """ "任城区A小区(东起…)任城区B片区(包含…)": items listed one a line, each starting with its district, where
    a copy lost the line break after an item's closing bracket. A line that starts with a district is cut
    where a top-level ")" is followed by a district's name that starts a place (another district or the
    same again)."""
    body, _numbered = _strip_enum(line)
    if not _front_district(body) or ")" not in body:
        return [line]
    start = len(line) - len(body)
    cuts, depth = [], 0
    for i in range(start, len(line)):
        if line[i] in "(":
            depth += 1
        elif line[i] == ")":
            depth = max(0, depth - 1)
            if depth == 0 and i + 1 < len(line) and (found := _front_district(line[i + 1:])) \
                    and len(found[1]) >= 4 and _district_ok(found[0], strict=True):
                cuts.append(i + 1)
    if not cuts:
        return [line]
    bounds = [0, *cuts, len(line)]
    return [line[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]


# "射阳县新冠肺炎疫情联防联控指挥部 2022年11月17日": a copy that ran the signature and its date together.
_SIGNED_DATE = re.compile(r"(?P<org>.+?)[ \t]*(?P<date>(?:\d{4}|[一二三四五六七八九〇零]{4})年"
                          r"[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日)[ \t]*$")


def _split_signature(line: str) -> list[str]:
    """The office's name and the date under it, written on one line, as two lines."""
    m = _SIGNED_DATE.match(line.strip())
    if m and _org_only(_compact(m["org"])):
        return [m["org"], m["date"]]
    # "…巩固来之不易的疫情防控成果!(A区疫情防控指挥部)": a post's last sentence signed in brackets
    # (or on a line of its own after the sentence's 。: "(A县疫情防控指挥部)")
    # "…恳请广大市民自觉执行!A市…指挥部2020年1月25日": a copy stored on one line runs the last sentence, the
    # signature and its date together (the year's digits may be lost: "…指挥部年1月25日")
    m = _SENTENCE_THEN_SIGNED.match(line.strip())
    if m and _org_only(_compact(m["org"])):
        return [m["body"], m["org"], m["date"]]
    m = _SIGNED_IN_BRACKETS.match(line.strip())
    if m and _org_only(_compact(m["org"])):
        return [m["body"], m["org"]] if m["body"] else [m["org"]]
    return [line]


_SENTENCE_THEN_SIGNED = re.compile(r"(?P<body>.*[。!?!?])[ \t]*(?P<org>[^。!?!?]{4,60}?)[ \t]*"
                                   r"(?P<date>(?:\d{4}|[一二三四五六七八九〇零]{4})?年[\d一二三四五六七八九十]{1,3}月"
                                   r"[\d一二三四五六七八九十]{1,3}日)[ \t]*$")
_SIGNED_IN_BRACKETS = re.compile(r"(?P<body>.+[。!?!?])?[ \t]*[((](?P<org>[^()()]{4,40})[))][ \t]*$")


def _join_levels(text: str) -> str:
    """Put back a sentence a web page broke around its levels: "…20幢为\n封控区\n;…为\n管控区\n。"."""
    return re.sub(rf"为\s*\n\s*({_LEVEL})\s*\n\s*(?=[;,。])", r"为\1", text)


def _restates(first: _Section, rest: list[_Section]) -> bool:
    """Whether every place of a headline's sentence is a place the notice's body names too."""
    later = [p for s in rest if s.index > 0 for p in (s.places or [])]
    return bool(first.places) and bool(later) and all(
        any(q in p or p in q or _whole_written_short(p, q) for q in later) for p in first.places)


def _whole_written_short(headline: str, place: str) -> bool:
    """ "8日起石家庄藁城全域调整为中风险地区" over "将石家庄藁城区全域调整为…": the headline's whole area of a
    district written short (its name without 区/县/市) is the body's whole district, read as the district itself."""
    return len(place) >= 3 and place[-1] in "区县市旗" and bool(
        re.search(rf"{re.escape(place[:-1])}{re.escape(place[-1])}?(?:全域|全境)", headline))


def _whole_over_districts(places: list[str], later: list[_Section]) -> bool:
    """ "10月17日21时起乌海全市实施静默管理的通告" (a site's headline) over "…海南区实施静默管理…对全市其他区域
    (海勃湾区、乌达区)实施静默管理": the headline's whole city (全市, 全县) is the districts the body names at the
    same level, each whole; no place of its own (only when the body names two districts or more, each whole)."""
    named = {q for s in later for q in s.places or []}
    return all(re.fullmatch(r"全(?:市|县|区|旗)(?:域|境)?", p) for p in places) and len(named) >= 2 \
        and all(q in _divisions()[0] for q in named)


def _whole_of_later_district(places: list[str], later: list[_Section], own: str | None) -> bool:
    """ "新疆喀什地区调整风险等级 疏附县全县降为低风险地区" (a report's headline) over "将疏附县A乡、B乡…调整为低风险":
    the headline's whole county (全县, 全域, 全境; its kind repeated) is the consequence of the body's changes in that
    county at the same level, no place of its own (only when every later list is that one known district's; the
    whole word alone, "全县", once the headline's own district, the same, is taken off, or the district itself that
    "A县全域" is read as)."""
    districts = {s.heading.district for s in later}
    if len(districts) != 1 or (district := next(iter(districts))) not in _divisions()[0]:
        return False
    whole = rf"全{district[-1]}|全域|全境"
    return bool(places) and all(re.search(rf"{re.escape(district)}(?:{whole})$", p)
                                or (own == district and (p == district or re.fullmatch(whole, p))) for p in places)


# "张家界全域降为低风险区" (a report's headline) over "将A区B街道、C街道…调整为低风险地区。" and "调整后,
# 张家界市全域均为低风险地区": the headline's whole city (全域, 全境; its 市 or 县 maybe left out) is the body's
# statement of the whole after the changes, at the same level, which names no place: the headline names none either.
_WHOLE_STATED = r"[市县区旗]?(?:全域|全境)(?:范围)?内?(?:均|都|仍|仍然|依然|全部)*(?:为|降为|调整为)"


def _whole_stated_below(places: list[str], section: _Section, lines: list[str]) -> bool:
    below = "\n".join(lines[section.index + 1:])
    for place in places:
        whole = re.fullmatch(rf"(?P<name>[{_CJK}]{{2,8}}?)[市县区旗]?(?:全域|全境)", place)
        stated = whole and re.search(rf"{re.escape(whole['name'])}{_WHOLE_STATED}(?P<level>{_LEVEL})", below)
        if not stated or _level_name(stated["level"]) != section.heading.level_to:
            return False
    return bool(places)


# "截至11月4日,A区B小区31号为高风险区,其他地区为常态化管理地区。": a site's lead above the notice, the state of the
# areas as of a day, restating what the notice's body designates (a sentence, yet no list of its own)
_AS_OF_LEAD = re.compile(r"截至[^,。:;]{2,16},")


def _drop_headlines(sections: list[_Section], lines: list[str]) -> list[_Section]:
    """ "成都东部新区A区域 调整为低风险地区" (a news sub-headline: a sentence without 。) above the paragraph that
    says it again ("将草池街道A区域的风险等级由中风险调整为低风险"): the headline's places are the paragraph's;
    it goes, and the paragraph's places take the district the headline named when they have none."""
    keep = []
    for k, section in enumerate(sections):
        later = [s for s in sections[k + 1:] if s.index > section.index and s.places
                 and s.heading.level_to == section.heading.level_to]
        places = section.places or []
        if (places and not section.lines and later
                and (not re.search(r"[。:;,]$", _compact(lines[section.index]))
                     or (k == 0 and _AS_OF_LEAD.match(_compact(lines[section.index]))))
                and (all(any(p in q for s in later for q in s.places or []) for p in places)
                     or _whole_over_districts(places, later)
                     or _whole_of_later_district(places, later, section.heading.district)
                     or _whole_stated_below(places, section, lines))):
            for s in later:
                if s.heading.district is None and any(p in q for p in places for q in s.places or []):
                    s.heading.district = section.heading.district
            continue
        keep.append(section)
    return keep


# "…A村由高风险区调整为低风险区;新增中风险区1个:B小区。": a list heading after ";" starts a list of its own
# (the sentence before it keeps its own places and level).
# ("…共有高风险区6个,为A、B;共有中风险区19个,为C、D。": a standing count of the next level after ";", its list after
# "为", the same)
_NEXT_HEADING = (rf"(?:(?:新增|新划定|划定|现有|解除|撤销)?{_LEVEL}"
                 rf"(?:\(?(?:共|计)?(?:\d{{1,4}}|[{_CN_NUM}]{{1,5}})[个处]\)?)?:"
                 # ("…有高风险地区1个,为A;有中风险地区3个,为B、C、D。" (北京, a 2021 report): 有 alone, the same)
                 rf"|(?:一共|总共|共|现|尚|还)?有{_LEVEL}(?:\d{{1,4}}|[{_CN_NUM}]{{1,5}})[个处],(?:分别为|分别是|具体为|为))")
