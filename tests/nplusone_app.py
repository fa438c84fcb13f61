"""A small gas-delivery application (the demo's domain: customers, drivers, orders, order
items, wallets) on the SQLAlchemy ORM, with N+1 queries planted on purpose, legitimate repeats
that are not N+1s, and the fixed version of each planted one.

Each handler is one web request, served through schemadoctor's WSGI (sync) or ASGI (async)
middleware, so each request is one unit. `PLANTED` says what detection must report (rule and
the handler's function name, where the loop is); nothing else may be reported.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncAttrs, AsyncSession
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    Session,
    joinedload,
    mapped_column,
    relationship,
    selectinload,
)


class Base(AsyncAttrs, DeclarativeBase):
    pass


class Customer(Base):
    __tablename__ = "customers"
    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(sa.String(80))
    orders: Mapped[list[Order]] = relationship(back_populates="customer")


class Driver(Base):
    __tablename__ = "drivers"
    id: Mapped[int] = mapped_column(primary_key=True)
    licence_number: Mapped[str] = mapped_column(sa.String(20))
    orders: Mapped[list[Order]] = relationship(back_populates="driver")


class Order(Base):
    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(sa.ForeignKey("customers.id"))
    driver_id: Mapped[int | None] = mapped_column(sa.ForeignKey("drivers.id"))
    status: Mapped[str] = mapped_column(sa.String(20))
    customer: Mapped[Customer] = relationship(back_populates="orders")
    driver: Mapped[Driver | None] = relationship(back_populates="orders")
    items: Mapped[list[OrderItem]] = relationship(back_populates="order")


class OrderItem(Base):
    __tablename__ = "order_items"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(sa.ForeignKey("orders.id"))
    quantity: Mapped[int]
    order: Mapped[Order] = relationship(back_populates="items")


class Wallet(Base):
    __tablename__ = "wallets"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(sa.ForeignKey("customers.id"))


class WalletTransaction(Base):
    __tablename__ = "wallet_transactions"
    id: Mapped[int] = mapped_column(primary_key=True)
    wallet_id: Mapped[int] = mapped_column(sa.ForeignKey("wallets.id"))
    amount_cents: Mapped[int]


def seed(session: Session) -> None:
    session.add_all(Customer(id=i, full_name=f"Customer {i}") for i in range(1, 31))
    session.add_all(Driver(id=i, licence_number=f"DL{i:04d}") for i in range(1, 9))
    session.flush()
    for i in range(1, 121):
        session.add(
            Order(id=i, customer_id=(i - 1) % 30 + 1, driver_id=(i - 1) % 8 + 1, status="delivered")
        )
    session.flush()
    session.add_all(
        OrderItem(id=i, order_id=(i - 1) % 120 + 1, quantity=1 + i % 3) for i in range(1, 241)
    )
    session.add_all(Wallet(id=i, customer_id=i) for i in range(1, 31))
    session.flush()
    session.add_all(
        WalletTransaction(id=i, wallet_id=(i - 1) % 30 + 1, amount_cents=100 * i)
        for i in range(1, 91)
    )
    session.commit()


# --- sync handlers: planted N+1s --------------------------------------------------------------

PLANTED_SYNC = {
    ("n-plus-one", "items_per_order_lazy"),
    ("n-plus-one", "customer_per_order_lookup"),
    ("repeated-aggregate", "transaction_count_per_wallet"),
}
PLANTED_ASYNC = {
    ("n-plus-one", "async_items_per_order_lazy"),
    ("n-plus-one", "async_orders_per_driver"),
}


def items_per_order_lazy(session: Session) -> int:
    orders = session.scalars(sa.select(Order).order_by(Order.id).limit(12)).all()
    return sum(len(order.items) for order in orders)  # a lazy load per order


def customer_per_order_lookup(session: Session) -> list[str]:
    orders = session.scalars(sa.select(Order).order_by(Order.id).limit(10)).all()
    names = []
    for order in orders:
        customer = session.execute(
            sa.select(Customer).where(Customer.id == order.customer_id)
        ).scalar_one()
        names.append(customer.full_name)
    return names


def transaction_count_per_wallet(session: Session) -> dict[int, int]:
    wallets = session.scalars(sa.select(Wallet).order_by(Wallet.id).limit(8)).all()
    return {
        wallet.id: session.scalar(
            sa.select(sa.func.count())
            .select_from(WalletTransaction)
            .where(WalletTransaction.wallet_id == wallet.id)
        )
        for wallet in wallets
    }


# --- sync handlers: the same pages, fixed ----------------------------------------------------


def items_per_order_fixed(session: Session) -> int:
    orders = session.scalars(
        sa.select(Order).options(selectinload(Order.items)).order_by(Order.id).limit(12)
    ).all()
    return sum(len(order.items) for order in orders)


def customer_per_order_fixed(session: Session) -> list[str]:
    orders = session.scalars(
        sa.select(Order).options(joinedload(Order.customer)).order_by(Order.id).limit(10)
    ).all()
    return [order.customer.full_name for order in orders]


def transaction_count_fixed(session: Session) -> dict[int, int]:
    wallets = [w.id for w in session.scalars(sa.select(Wallet).order_by(Wallet.id).limit(8))]
    rows = session.execute(
        sa.select(WalletTransaction.wallet_id, sa.func.count())
        .where(WalletTransaction.wallet_id.in_(wallets))
        .group_by(WalletTransaction.wallet_id)
    )
    return dict(rows.all())


# --- sync handlers: repeats that are not N+1s --------------------------------------------------


def orders_in_pages(session: Session) -> int:
    seen = 0
    for page in range(8):
        batch = session.scalars(
            sa.select(Order).order_by(Order.id).limit(15).offset(page * 15)
        ).all()
        seen += len(batch)
    last = 0
    while True:  # keyset pagination
        batch = session.scalars(
            sa.select(Order).where(Order.id > last).order_by(Order.id).limit(20)
        ).all()
        if not batch:
            return seen
        seen += len(batch)
        last = batch[-1].id


def three_customers(session: Session) -> list[str]:
    return [
        session.execute(sa.select(Customer).where(Customer.id == customer_id))
        .scalar_one()
        .full_name
        for customer_id in (1, 2, 3)
    ]


def one_customer(session: Session, customer_id: int) -> str:
    return (
        session.execute(sa.select(Customer).where(Customer.id == customer_id))
        .scalar_one()
        .full_name
    )


# --- async handlers ------------------------------------------------------------------------------


async def async_items_per_order_lazy(session: AsyncSession) -> int:
    orders = (await session.scalars(sa.select(Order).order_by(Order.id).limit(9))).all()
    total = 0
    for order in orders:
        total += len(await order.awaitable_attrs.items)  # an awaited lazy load per order
    return total


async def async_orders_per_driver(session: AsyncSession) -> int:
    drivers = (await session.scalars(sa.select(Driver).order_by(Driver.id))).all()
    total = 0
    for driver in drivers:
        orders = await session.scalars(sa.select(Order).where(Order.driver_id == driver.id))
        total += len(orders.all())
    return total


async def async_items_fixed(session: AsyncSession) -> int:
    orders = (
        await session.scalars(
            sa.select(Order).options(selectinload(Order.items)).order_by(Order.id).limit(9)
        )
    ).all()
    return sum(len(order.items) for order in orders)


async def async_orders_per_driver_fixed(session: AsyncSession) -> int:
    drivers = (await session.scalars(sa.select(Driver).options(selectinload(Driver.orders)))).all()
    return sum(len(driver.orders) for driver in drivers)


async def async_pages(session: AsyncSession) -> int:
    seen = 0
    for page in range(6):
        batch = await session.scalars(
            sa.select(Order).order_by(Order.id).limit(20).offset(page * 20)
        )
        seen += len(batch.all())
    return seen


async def async_three_drivers(session: AsyncSession) -> int:
    found = 0
    for driver_id in (1, 2, 3, 4):
        found += (await session.get(Driver, driver_id)) is not None
    return found


# --- serving them --------------------------------------------------------------------------------

SYNC_ROUTES: dict[str, Callable[[Session], Any]] = {
    "/items": items_per_order_lazy,
    "/customers": customer_per_order_lookup,
    "/wallets": transaction_count_per_wallet,
    "/pages": orders_in_pages,
    "/three": three_customers,
}
FIXED_SYNC_ROUTES: dict[str, Callable[[Session], Any]] = {
    "/items": items_per_order_fixed,
    "/customers": customer_per_order_fixed,
    "/wallets": transaction_count_fixed,
    "/pages": orders_in_pages,
    "/three": three_customers,
}
ASYNC_ROUTES: dict[str, Callable[[AsyncSession], Any]] = {
    "/items": async_items_per_order_lazy,
    "/drivers": async_orders_per_driver,
    "/pages": async_pages,
    "/drivers/few": async_three_drivers,
}
FIXED_ASYNC_ROUTES: dict[str, Callable[[AsyncSession], Any]] = {
    "/items": async_items_fixed,
    "/drivers": async_orders_per_driver_fixed,
    "/pages": async_pages,
    "/drivers/few": async_three_drivers,
}


def wsgi_app(engine: sa.Engine, routes: dict[str, Callable[[Session], Any]]) -> Any:
    def app(environ: dict[str, Any], start_response: Callable[..., Any]) -> list[bytes]:
        path = environ["PATH_INFO"]
        with Session(engine) as session:
            if path.startswith("/customer/"):
                body = one_customer(session, int(path.rsplit("/", 1)[1]))
            else:
                body = routes[path](session)
        start_response("200 OK", [("Content-Type", "text/plain")])
        return [str(body).encode()]

    return app


def asgi_app(engine: Any, routes: dict[str, Callable[[AsyncSession], Any]]) -> Any:
    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        async with AsyncSession(engine) as session:
            body = await routes[scope["path"]](session)
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": str(body).encode()})

    return app
