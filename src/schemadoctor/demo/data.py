"""Deterministic rows for the demo: the same seed always gives the same database.

The orphans are not sprinkled at random; they come from what happens to real apps without
foreign keys: customers deleted on request (their orders stay, their referrals dangle, their
wallets go but the wallet history stays) and vehicles retired while drivers still point at them.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

Row = tuple[Any, ...]

FIRST = (
    *("Thabo", "Lerato", "Sipho", "Naledi", "Ayanda", "Bongani", "Zanele", "Kagiso"),
    *("Palesa", "Lindiwe", "Mpho", "Tumelo", "Nomvula", "Kabelo", "Refilwe", "Themba"),
    *("Busisiwe", "Lwazi", "Nandi", "Sibusiso", "Amahle", "Karabo", "Jabu", "Precious"),
)
LAST = (
    *("Dlamini", "Nkosi", "Mokoena", "Ndlovu", "Khumalo", "Mahlangu", "Sithole", "Molefe"),
    *("Zulu", "Mthembu", "Naidoo", "Van der Merwe", "Botha", "Pillay", "Mabuza", "Radebe"),
    *("Cele", "Maseko", "Shabalala", "Mokwena"),
)
SUBURBS = (
    "Soweto",
    "Khayelitsha",
    "Alexandra",
    "Tembisa",
    "Mamelodi",
    "Umlazi",
    "Mitchells Plain",
    "Diepsloot",
    "Soshanguve",
    "Katlehong",
    "Gugulethu",
    "Ivory Park",
)
PRODUCTS = (
    ("LPG-3KG", "3 kg gas cylinder refill", 3.0, 11500),
    ("LPG-5KG", "5 kg gas cylinder refill", 5.0, 17900),
    ("LPG-9KG", "9 kg gas cylinder refill", 9.0, 31500),
    ("LPG-19KG", "19 kg gas cylinder refill", 19.0, 64900),
    ("LPG-48KG", "48 kg gas cylinder refill", 48.0, 159900),
    ("CYL-3KG", "3 kg cylinder (new, with deposit)", 3.0, 42000),
    ("CYL-9KG", "9 kg cylinder (new, with deposit)", 9.0, 89000),
    ("REG-STD", "Regulator and hose kit", None, 24900),
    ("STOVE-1", "Single-plate gas stove", None, 39900),
    ("STOVE-2", "Two-plate gas stove", None, 64900),
    ("HEATER", "Mobile gas heater", None, 129900),
    ("LEAK-KIT", "Leak detection spray", None, 4900),
)
START = datetime(2025, 1, 6, 7, 0)


@dataclass
class DemoData:
    """Rows per table, in an order that inserts parents before children."""

    tables: dict[str, list[Row]] = field(default_factory=dict)

    def rows(self) -> Iterator[tuple[str, list[Row]]]:
        yield from self.tables.items()


def generate(seed: int = 2026, scale: int = 1) -> DemoData:
    """About 6,000 rows at scale 1."""
    rng = random.Random(seed)
    data = DemoData()
    t = data.tables

    def when(days: int = 400) -> str:
        moment = START + timedelta(minutes=rng.randrange(days * 24 * 60))
        return moment.isoformat(sep=" ")

    def name() -> str:
        return f"{rng.choice(FIRST)} {rng.choice(LAST)}"

    t["users"] = [
        (i, f"staff{i}@gaz.example", name(), "driver" if i <= 40 else "operator", when(60))
        for i in range(1, 61)
    ]
    customer_count = 600 * scale
    customers = []
    for i in range(1, customer_count + 1):
        referrer = rng.randrange(1, i) if i > 20 and rng.random() < 0.15 else None
        stripe = f"cus_{rng.getrandbits(48):012x}" if rng.random() < 0.6 else None
        phone = f"+27 {rng.randrange(60, 84)} {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}"
        email = f"customer{i}@mail.example" if rng.random() < 0.8 else None
        customers.append((i, name(), phone, email, referrer, stripe, when()))
    # Deleted on request, without a cascade: about 4% of customers.
    deleted = set(rng.sample(range(1, customer_count + 1), customer_count // 25))
    t["customers"] = [row for row in customers if row[0] not in deleted]
    t["vehicles"] = [
        (
            i,
            f"GP {rng.randrange(100, 999)}-{i:03d}",
            rng.choice(("bakkie", "motorbike", "van")),
            500,
        )
        for i in range(1, 31)
    ]
    retired = {3, 17, 28}
    t["vehicles"] = [row for row in t["vehicles"] if row[0] not in retired]
    t["drivers"] = [
        (i, i, i if i <= 30 else None, f"DL{rng.getrandbits(32):08X}", "active")
        for i in range(1, 41)
    ]
    t["pods"] = [(i, f"{suburb} pod", suburb, 40 + i) for i, suburb in enumerate(SUBURBS, 1)]
    t["products"] = [(i, *product) for i, product in enumerate(PRODUCTS, 1)]
    orders, items, events = [], [], []
    for i in range(1, 1500 * scale + 1):
        customer = rng.randrange(1, customer_count + 1)
        status = rng.choices(("delivered", "pending", "cancelled"), (85, 10, 5))[0]
        driver = None if status == "pending" else rng.randrange(1, 41)
        created = when()
        total = 0
        for _ in range(rng.choice((1, 1, 1, 2, 3))):
            product = rng.randrange(1, len(PRODUCTS) + 1)
            quantity = rng.choice((1, 1, 2))
            price = PRODUCTS[product - 1][3]
            items.append((len(items) + 1, i, product, quantity, price))
            total += quantity * price
        ref = f"PAY-{rng.getrandbits(40):010X}" if rng.random() < 0.7 else None
        orders.append((i, customer, driver, rng.randrange(1, 13), status, total, ref, created))
        events.append((i, "placed", created))
        if status == "delivered":
            events.append((i, "delivered", created))
    t["orders"], t["order_items"], t["delivery_events"] = orders, items, events
    wallets = [(i, i, 0, "ZAR") for i in range(1, customer_count + 1)]
    transactions = []
    for wallet_id, *_ in wallets:
        for _ in range(rng.choice((0, 1, 2, 3))):
            kind = rng.choices(("deposit", "payment", "refund"), (50, 45, 5))[0]
            amount = rng.randrange(2000, 60000, 100) * (-1 if kind == "payment" else 1)
            transactions.append(
                (
                    len(transactions) + 1,
                    wallet_id,
                    kind,
                    amount,
                    f"MP{rng.getrandbits(36):09X}",
                    when(),
                )
            )
    # The app deleted the wallets of deleted customers, but not their transactions.
    t["wallets"] = [row for row in wallets if row[1] not in deleted]
    t["wallet_transactions"] = transactions
    t["subscriptions"] = [
        (
            i,
            customer,
            rng.choice((1, 2, 3, 4)),
            rng.choice(("weekly", "fortnightly", "monthly")),
            (START + timedelta(days=400 + rng.randrange(30))).date().isoformat(),
            rng.choice(("active", "active", "paused")),
        )
        for i, customer in enumerate(
            sorted(rng.sample(sorted(set(range(1, customer_count + 1)) - deleted), 150 * scale)),
            1,
        )
    ]
    return data
