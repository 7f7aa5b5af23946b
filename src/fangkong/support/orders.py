"""Group orders (微信接龙) per building: households add items until the list closes, goods arrive at a drop
point, volunteers deliver by unit, households confirm receipt; exported as .xlsx for the supplier."""

from __future__ import annotations

import io
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Font
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from fangkong.core import audit, clock
from fangkong.core.errors import InvalidInput, NotFound, PermissionDenied
from fangkong.core.roles import Permission, has_permission, require_any
from fangkong.core.scope import Actor
from fangkong.registry import service as registry
from fangkong.support.common import clean_text
from fangkong.support.models import GroupOrder, GroupOrderLine

MAX_QUANTITY = 99


def create_order(db: Session, actor: Actor, *, building_id: int, title: str, closes_at: datetime,
                 drop_point: str = "", supplier: str = "") -> GroupOrder:
    require_any(actor, Permission.SUPPORT_FULFIL, Permission.SUPPORT_MANAGE)
    place = registry.get_place(db, actor, building_id)
    if place.level != "building":
        raise InvalidInput("接龙按楼栋发起,请选择楼栋", "A group order is per building: choose a building")
    if closes_at <= clock.now():
        raise InvalidInput("截止时间须在将来", "The closing time must be in the future")
    order = GroupOrder(building_id=building_id, compound_id=place.compound_id, community_id=place.community_id,
                       title=clean_text(title, 100, what_zh="标题", what_en="a title", required=True),
                       drop_point=clean_text(drop_point, 100), supplier=clean_text(supplier, 100),
                       closes_at=closes_at, created_by=actor.username, created_at=clock.now())
    db.add(order)
    db.flush()
    audit.record(db, actor, "write", "group_order", order.id, {"building": building_id, "closes": closes_at})
    return order


def _order(db: Session, order_id: int) -> GroupOrder:
    order = db.get(GroupOrder, order_id)
    if order is None:
        raise NotFound("接龙不存在", "No such group order")
    return order


def _staff_order(db: Session, actor: Actor, order_id: int) -> GroupOrder:
    require_any(actor, Permission.SUPPORT_FULFIL, Permission.SUPPORT_MANAGE)
    order = _order(db, order_id)
    registry.get_place(db, actor, order.building_id)  # in scope
    return order


def orders_for(db: Session, actor: Actor, *, limit: int = 50) -> list[GroupOrder]:
    """A resident: the orders of their building; staff: the orders of their jurisdiction's compounds."""
    if actor.role == "resident":
        me = registry.get_person(db, actor, actor.person_id or 0)
        building = _building_of(db, actor, me.unit_id)
        statement = select(GroupOrder).where(GroupOrder.building_id == building)
    else:
        require_any(actor, Permission.SUPPORT_FULFIL, Permission.SUPPORT_MANAGE)
        level = actor.jurisdiction_level
        statement = select(GroupOrder)
        if level == "compound":
            statement = statement.where(GroupOrder.compound_id == actor.jurisdiction_id)
        elif level == "community":
            statement = statement.where(GroupOrder.community_id == actor.jurisdiction_id)
        elif actor.jurisdiction_id is not None:
            allowed = [o for o in db.scalars(statement.order_by(GroupOrder.id.desc()).limit(limit * 4))
                       if actor.covers(registry.place_refs(db, {o.building_id})[o.building_id])]
            return allowed[:limit]
    return list(db.scalars(statement.order_by(GroupOrder.closes_at.desc()).limit(limit)))


def _building_of(db: Session, actor: Actor, unit_id: int | None) -> int:
    ref = registry.place_refs(db, {unit_id}).get(unit_id) if unit_id else None
    if ref is None or ref.building_id is None:
        raise InvalidInput("您的住址没有楼栋", "Your home has no building")
    return ref.building_id


def add_line(db: Session, actor: Actor, order_id: int, *, item: str, quantity: int,
             household_id: int | None = None) -> GroupOrderLine:
    """A household adds an item (a resident for their own household; a volunteer for a household without a
    phone) while the list is open."""
    order = _order(db, order_id)
    if actor.role == "resident":
        require_any(actor, Permission.SUPPORT_REQUEST)
        me = registry.get_person(db, actor, actor.person_id or 0)
        if _building_of(db, actor, me.unit_id) != order.building_id:
            raise PermissionDenied("这不是您所在楼栋的接龙", "This group order is not for your building")
        card = registry.person_cards(db, actor, {me.id}, purpose="group order").get(me.id)
        if card is None or card.household_id is None:
            raise InvalidInput("没有住户信息", "No household")
        household = (card.household_id, card.unit_id, card.door)
    else:
        _staff_order(db, actor, order_id)
        if household_id is None:
            raise InvalidInput("请选择住户", "Choose a household")
        found = registry.get_household(db, actor, household_id)
        household = (found.id, found.unit_id, found.door)
    if clock.now() >= order.closes_at:
        raise InvalidInput("接龙已截止", "The group order has closed")
    if not 1 <= quantity <= MAX_QUANTITY:
        raise InvalidInput(f"数量须在 1 到 {MAX_QUANTITY} 之间", f"Quantity must be 1 to {MAX_QUANTITY}")
    line = GroupOrderLine(order_id=order.id, household_id=household[0], unit_id=household[1],
                          door=household[2], item=clean_text(item, 100, what_zh="物品", what_en="an item",
                                                               required=True),
                          quantity=quantity, added_by=actor.username, added_at=clock.now())
    db.add(line)
    db.flush()
    audit.record(db, actor, "write", "group_order_line", line.id, {"order": order.id, "household": household[0]})
    return line


def mark_arrived(db: Session, actor: Actor, order_id: int) -> GroupOrder:
    order = _staff_order(db, actor, order_id)
    if clock.now() < order.closes_at:
        raise InvalidInput("接龙尚未截止", "The group order has not closed yet")
    order.arrived_at = order.arrived_at or clock.now()
    audit.record(db, actor, "write", "group_order", order.id, {"op": "arrived"})
    return order


def deliver_unit(db: Session, actor: Actor, order_id: int, unit_id: int) -> int:
    """A volunteer brings one unit's goods to the doors (无接触配送); returns the lines delivered."""
    order = _staff_order(db, actor, order_id)
    if order.arrived_at is None:
        raise InvalidInput("货物尚未到达投放点", "The goods have not arrived at the drop point")
    done = db.execute(update(GroupOrderLine).where(
        GroupOrderLine.order_id == order_id, GroupOrderLine.unit_id == unit_id, GroupOrderLine.delivered_at.is_(None))
        .values(delivered_at=clock.now(), delivered_by=actor.username)).rowcount or 0
    audit.record(db, actor, "write", "group_order", order.id, {"op": "deliver_unit", "unit": unit_id, "lines": done})
    return done


def confirm_receipt(db: Session, actor: Actor, line_id: int) -> GroupOrderLine:
    line = db.get(GroupOrderLine, line_id, populate_existing=True)  # a unit's delivery is a bulk update
    if line is None:
        raise NotFound("接龙条目不存在", "No such line")
    if actor.role == "resident":
        me = registry.get_person(db, actor, actor.person_id or 0)
        if me.household_id != line.household_id:
            raise PermissionDenied("只能确认本户的物品", "You can confirm only your household's goods")
    else:
        _staff_order(db, actor, line.order_id)
    if line.delivered_at is None:
        raise InvalidInput("尚未送达", "Not delivered yet")
    line.received_at = line.received_at or clock.now()
    audit.record(db, actor, "write", "group_order_line", line.id, {"op": "received"})
    return line


@dataclass
class OrderView:
    order: GroupOrder
    lines: list[GroupOrderLine]
    units: dict[int, str]  # unit id -> "3号楼2单元"
    totals: dict[str, int]  # item -> quantity

    def open_at(self, now: datetime) -> bool:
        return now < self.order.closes_at


def order_view(db: Session, actor: Actor, order_id: int) -> OrderView:
    order = _order(db, order_id)
    lines = list(db.scalars(select(GroupOrderLine).where(GroupOrderLine.order_id == order_id)
                            .order_by(GroupOrderLine.unit_id, GroupOrderLine.door, GroupOrderLine.id)))
    if actor.role == "resident":
        me = registry.get_person(db, actor, actor.person_id or 0)
        if _building_of(db, actor, me.unit_id) != order.building_id:
            raise PermissionDenied("这不是您所在楼栋的接龙", "This group order is not for your building")
        lines = [line for line in lines if line.household_id == me.household_id]
    else:
        _staff_order(db, actor, order_id)
    totals: dict[str, int] = defaultdict(int)
    for line in lines:
        totals[line.item] += line.quantity
    units = {i: label for i, label in registry.place_labels(db, {ln.unit_id for ln in lines if ln.unit_id}).items()}
    audit.record(db, actor, "read", "group_order", order.id, {"lines": len(lines)})
    return OrderView(order, lines, units, dict(sorted(totals.items())))


def export_xlsx(db: Session, actor: Actor, order_id: int) -> bytes:
    """The supplier's workbook: totals per item, then each household's lines by unit and door."""
    view = order_view(db, actor, order_id)
    if actor.role == "resident" or not has_permission(actor.role, Permission.SUPPORT_FULFIL) and \
            not has_permission(actor.role, Permission.SUPPORT_MANAGE):
        raise PermissionDenied("您的角色不能导出接龙", "Your role may not export group orders")
    book = Workbook()
    totals = book.active
    totals.title = "汇总 Totals"
    totals.append([view.order.title, view.order.supplier, view.order.drop_point,
                   view.order.closes_at.strftime("%Y-%m-%d %H:%M")])
    totals.append(["物品 Item", "数量 Quantity"])
    for item, quantity in view.totals.items():
        totals.append([item, quantity])
    lines = book.create_sheet("明细 Lines")
    lines.append(["单元 Unit", "门牌 Door", "物品 Item", "数量 Quantity"])
    for line in view.lines:
        lines.append([view.units.get(line.unit_id or 0, ""), line.door, line.item, line.quantity])
    for sheet in (totals, lines):
        for cell in sheet[2 if sheet is totals else 1]:
            cell.font = Font(bold=True)
        sheet.column_dimensions["A"].width = 40
    out = io.BytesIO()
    book.save(out)
    audit.record(db, actor, "export", "group_order", view.order.id, {"lines": len(view.lines)})
    return out.getvalue()
