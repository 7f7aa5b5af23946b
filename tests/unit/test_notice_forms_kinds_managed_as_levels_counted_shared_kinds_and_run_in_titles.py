"""Forms of the thirty-second held-out set, in variants written here (invented places): a kind of area managed
as a risk level in the measures under its list ("临时管控区参照中风险区进行管理"); bare names counted with the kind
they share ("A、B、C五个街道") and a part of principles after the list ("二、封闭原则"); section titles a copy ran
into their text ("临时管控区域A街道、B镇全域。临时管控措施对C路8号,D大道9号实施以下管控措施:实行…")."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.test_notice_parser_real_forms import (
    HALF_TO_FULL,
    PLAIN_SYLLABLES,
    by_level,
    in_traditional,
    invented_names,
    levels_of,
)

# ---- a kind of area managed as a risk level, under its list -------------------------------------------


def _managed(kind: str, places: list[str], rule: str) -> str:
    items = "\n".join(f"({n}){place}。" for n, place in zip("一二三四五六", places, strict=False))
    return (
        f"根据当前渝北区疫情防控工作需要,经区疫情防控指挥部研究决定,自2022年9月1日0时起,在辖区内划定"
        f"{len(places)}处{kind}区域,具体如下。\n一、具体区域\n{items}\n二、防控措施\n{rule}\n"
        "(一)期间原则上居家,每天每户可安排1人到指定区域领取物品。\n(二)经营场所暂停营业。\n"
        "未尽事宜,以渝北区疫情防控指挥部解释为准。\n"
    )


def test_a_kind_managed_as_a_risk_level_gives_its_places_that_level() -> None:
    places = ["龙溪街道金桃小区8栋", "双凤桥街道翠湖花园C组团"]
    for kind, rule, level in (
        ("临时管控", "临时管控区参照中风险区进行管理。", "medium"),
        ("临时管控", "上述临时管控区域按照中风险区管理。", "medium"),
        ("封控", "封控区按高风险区管理。", "high"),
        ("管控", "管控区比照中风险地区进行管控。", "medium"),
    ):
        assert by_level(_managed(kind, places, rule)) == {(level, "渝北区"): places}, rule


def test_a_level_named_only_as_the_lists_own_measures_keeps_the_kind() -> None:
    # (not the kind managed as a level: "按照高风险区管控要求" after the list's own verb has no kind before it)
    places = ["龙溪街道金桃小区8栋", "双凤桥街道翠湖花园C组团"]
    assert levels_of(_managed("临时管控", places, "按照高风险区管控要求,实行“足不出户”。")) == {"controlled": places}
    assert levels_of(_managed("临时管控", places, "临时管控区参照中风险区进行管理。")) == {"medium": places}


def test_a_kind_managed_as_a_level_in_traditional_characters_and_full_width_punctuation() -> None:
    places = ["龙溪街道金桃小区8栋", "双凤桥街道翠湖花园C组团"]
    text = in_traditional(_managed("临时管控", places, "临时管控区参照中风险区进行管理。")).translate(HALF_TO_FULL)
    assert levels_of(text) == {"medium": places}


@settings(max_examples=40, deadline=None)
@given(
    st.lists(invented_names(PLAIN_SYLLABLES), min_size=1, max_size=4, unique=True),
    st.sampled_from(["参照", "按", "按照", "比照"]),
    st.sampled_from(["进行管理", "管理"]),
    st.sampled_from([("中风险区", "medium"), ("高风险区", "high"), ("低风险区", "low")]),
)
def test_any_kind_managed_as_a_level_moves_every_place(
    names: list[str], verb: str, manage: str, level: tuple[str, str]
) -> None:
    places = [f"龙溪街道{name}小区{n}栋" for n, name in enumerate(names, 1)]
    text = _managed("临时管控", places, f"临时管控区{verb}{level[0]}{manage}。")
    assert levels_of(text) == {level[1]: places}, text


# ---- bare names counted with the kind they share; a part of principles after the list -------------------


def _closed(names: str) -> str:
    return (
        "新区指挥部各成员单位,各相关街道:\n根据疫情防控形势需要,新区指挥部决定,对主城区部分街道从严管控。"
        "指令如下:\n"
        f"一、封闭区域\n{names}。\n二、封闭原则\n(一)外防输入,内防扩散。各街道之间做到“里不出、外不进”。\n"
        "(二)严格管控,措施到位。辖区居民居家隔离。\n三、关于生产生活秩序\n(一)工业企业,工人进厂只进不出。\n"
    )


def test_bare_names_counted_with_their_kind_keep_the_kind_on_the_last() -> None:
    for names, places in (
        ("主城区青石、白鹭、红星三个街道", ["主城区青石", "白鹭", "红星街道"]),
        ("金桃、翠湖两个村", ["金桃", "翠湖村"]),
        ("春晓、锦绣、泰康、兴盛4个社区", ["春晓", "锦绣", "泰康", "兴盛社区"]),
        # (names that carry their kind: the count a summary)
        ("青石镇、白鹭镇两个镇", ["青石镇", "白鹭镇"]),
        # (a kind that gathers several is no one item's)
        ("青石、白鹭、红星三个镇街", ["青石", "白鹭", "红星"]),
    ):
        assert levels_of(_closed(names)) == {"sealed": places}, names


def test_counted_names_in_a_sentence_and_in_traditional_characters() -> None:
    text = "经研究,决定自2020年12月23日起对金桃、翠湖两个村实行封闭管理。"
    assert levels_of(text) == {"sealed": ["金桃", "翠湖村"]}
    text = in_traditional(_closed("主城区青石、白鹭、红星三个街道")).translate(HALF_TO_FULL)
    assert levels_of(text) == {"sealed": ["主城区青石", "白鹭", "红星街道"]}


_COUNTS = "一两三四五六"


@settings(max_examples=60, deadline=None)
@given(
    st.lists(invented_names(PLAIN_SYLLABLES), min_size=2, max_size=6, unique=True),
    st.sampled_from(["街道", "村", "社区"]),
    st.booleans(),
)
def test_any_count_of_bare_names_keeps_the_shared_kind_on_the_last(names: list[str], kind: str, digits: bool) -> None:
    # (the plain syllables end no name in a kind, a number or 等, so every generated name is bare)
    count = str(len(names)) if digits else _COUNTS[len(names) - 1]
    text = _closed("、".join(names) + f"{count}个{kind}")
    assert levels_of(text) == {"sealed": [*names[:-1], names[-1] + kind]}, text


# ---- section titles a copy ran into their text ------------------------------------------------------------


def _run_in(title: str, places: str, measure_title: str, buildings: str, measure: str) -> str:
    return (
        "江北区疫情防控指挥部关于调整部分区域管控措施的通告按照《新型冠状病毒肺炎防控方案》相关规定,经区疫情防控"
        "指挥部研究,决定自2022年10月27日16时起,对观音桥街道部分区域管控措施予以调整。\n"
        f"{title}{places}。{measure_title}对{buildings}实施以下{measure}:实行“足不出户、上门服务”。\n"
        "防控措施实行“个人防护、避免聚集”等防控措施。未尽事宜,以江北区疫情防控指挥部解释为准。\n"
    )


def test_titles_run_into_their_lists_and_measures() -> None:
    places = ["观音桥街道", "华新街街道", "寸滩镇全域"]
    buildings = ["观音桥街道建新大道中段925号6栋1单元、2单元", "洋河路东段175号", "北城大道333号"]
    for title, measure_title, measure, level in (
        ("临时管控区域", "临时管控措施", "管控措施", "controlled"),
        ("管控范围", "管控措施", "管控措施", "controlled"),
        ("封控区域", "封控措施", "封控措施", "sealed"),
    ):
        for comma in (",", "\uff0c"):
            text = _run_in(title, "、".join(places), measure_title, comma.join(buildings), measure)
            assert by_level(text) == {(level, "江北区"): [*places, *buildings]}, (title, comma)


def test_run_in_titles_in_traditional_characters() -> None:
    places = ["观音桥街道", "寸滩镇全域"]
    buildings = ["洋河路东段175号", "北城大道333号"]
    text = in_traditional(_run_in("临时管控区域", "、".join(places), "临时管控措施", ",".join(buildings), "管控措施"))
    assert levels_of(text.translate(HALF_TO_FULL)) == {"controlled": [*places, *buildings]}


@settings(max_examples=40, deadline=None)
@given(
    st.lists(invented_names(PLAIN_SYLLABLES), min_size=2, max_size=4, unique=True),
    st.lists(st.integers(1, 999), min_size=1, max_size=3, unique=True),
    st.sampled_from(["街道", "镇"]),
    st.sampled_from([",", "\uff0c"]),
)
def test_any_run_in_list_and_measure_object_is_read(
    names: list[str], numbers: list[int], kind: str, comma: str
) -> None:
    places = [name + kind for name in names]
    buildings = [f"{name}路{number}号" for name, number in zip(names, numbers, strict=False)]
    text = _run_in("临时管控区域", "、".join(places), "临时管控措施", comma.join(buildings), "管控措施")
    assert levels_of(text) == {"controlled": [*places, *buildings]}, text
