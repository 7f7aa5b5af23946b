"""Build src/fangkong/areas/divisions.tsv, the county-level divisions of mainland China that notices write
in front of their places, from the National Bureau of Statistics' division codes (统计用区划代码, as of
2022-10-31) as published in the public-domain (WTFPL) data of modood/Administrative-divisions-of-China:

    python tools/divisions_build.py path/to/dist   # the folder holding provinces.csv, cities.csv, areas.csv

Each line is `city<TAB>district`: the prefecture-level city without its suffix ("石家庄", "" for the
municipalities' 市辖区) and the district as the codes name it; a development zone named with its city or
province in front ("石家庄循环化工园区") gets a second line with the name as notices write it ("循环化工园区").
Names only: no code of that project is used."""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "fangkong" / "areas" / "divisions.tsv"
_CITY_SUFFIX = re.compile(r"(?:市|地区|盟|自治州|[\u4e00-\u9fff]{0,6}族自治州)$")


def main(folder: str) -> None:
    dist = Path(folder)
    provinces = {r["code"]: r["name"] for r in csv.DictReader((dist / "provinces.csv").open(encoding="utf-8"))}
    cities = {r["code"]: r["name"] for r in csv.DictReader((dist / "cities.csv").open(encoding="utf-8"))}
    rows: set[tuple[str, str]] = set()
    for area in csv.DictReader((dist / "areas.csv").open(encoding="utf-8")):
        city = cities.get(area["cityCode"], "")
        unnamed = city in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划")
        bare_city = "" if unnamed else _CITY_SUFFIX.sub("", city)
        name = area["name"]
        rows.add((bare_city, name))
        province = re.sub(r"(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)$", "", provinces[area["provinceCode"]])
        short = name
        for prefix in (province, bare_city + "市", bare_city, province + bare_city):
            if prefix and short.startswith(prefix) and len(short) - len(prefix) >= 3:
                short = short[len(prefix):]
        if bare_city and short.startswith(bare_city) and len(short) - len(bare_city) >= 3:
            short = short[len(bare_city):]
        if short != name:
            rows.add((bare_city, short))
    OUT.write_text("".join(f"{c}\t{d}\n" for c, d in sorted(rows)), encoding="utf-8")
    print(f"{len(rows)} rows written to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
