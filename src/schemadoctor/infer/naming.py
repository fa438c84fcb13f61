"""Name evidence: which tables' keys a column's name says it refers to, and how strongly.

Each rule is a naming convention seen across schemas, scored by how rarely it misleads:

| rule           | example                                                  | score |
|----------------|----------------------------------------------------------|-------|
| key-name       | `film.language_id` -> `language.language_id`             | 0.95  |
| entity-key     | `orders.customer_id` -> `customers.id`                   | 0.90  |
| category-table | `ticket.kind` -> `ticket_kind.id`                        | 0.80  |
| self-reference | `employee.reports_to` -> `employee.employee_id`          | 0.80  |
| key-only       | `x.customer_type_id` -> `demographics.customer_type_id`  | 0.75  |
| named-after    | `invoice.customer` -> `customer.id`                      | 0.70  |
| actor-role     | `customer.support_rep_id` -> `employee.employee_id`      | 0.60  |
| stem           | `orders.ship_via` -> `shippers.shipper_id`               | 0.45  |

A role prefix (`manager_staff_id`, `shipto_address_id`, `original_language_id`) costs a
little; an abbreviation (`cust_id`) a little more; a prefix naming another system
(`stripe_customer_id`, `external_ref`) most of the score; a prefix that makes the column a
measurement (`units_on_order`, `num_orders`) rules the match out.

Matching goes through dictionaries keyed by folded names, so its cost grows with the number
of columns, not with columns times tables.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from schemadoctor.infer.names import (
    ACTOR_TABLES,
    ACTORS,
    CATEGORY_WORDS,
    CONNECTORS,
    EXTERNAL,
    GENERIC_KEYS,
    HIERARCHY,
    ID_SUFFIXES,
    KEY_SUFFIXES,
    MEASURES,
    NUMBER_SUFFIXES,
    PEERS,
    PERSON_TABLES,
    SECONDARY_ACTOR_TABLES,
    entity_forms,
    is_abbreviation,
    shared_prefix,
    singulars,
    stem,
    words,
)
from schemadoctor.model.catalog import Catalog, Table, TableName

SCORES = {
    "key-name": 0.95,
    "entity-key": 0.90,
    "category-table": 0.80,
    "self-reference": 0.80,
    "key-only": 0.75,
    "named-after": 0.70,
    "actor-role": 0.60,
    "stem": 0.45,
}
ROLE_COST = 0.07
ABBREVIATION_COST = 0.20
NUMBER_SUFFIX_COST = 0.15
TAIL_COST = 0.2
MAX_TAILS = 2
OTHER_SUFFIX_COST = 0.10
SECONDARY_KEY_COST = 0.03
EXTERNAL_FACTOR = 0.35

Target = tuple[TableName, str]
"""A parent table and one of its single-column unique keys."""


@dataclass(frozen=True)
class NameMatch:
    rule: str
    score: float
    role: str | None = None
    notes: tuple[str, ...] = ()

    @property
    def signals(self) -> tuple[str, ...]:
        found = [self.rule]
        if self.role and self.rule not in ("self-reference", "actor-role"):
            found.append("role-prefix")
        return (*found, *self.notes)


@dataclass(frozen=True)
class TableNames:
    """What a table's name and columns tell about how others would refer to it."""

    table: Table
    entities: frozenset[str]
    """Folded forms of the table's name, with and without a schema-wide table prefix."""
    column_prefix: str | None
    """A word every column starts with (TPC-H `o_`), folded."""

    @cached_property
    def head_stem(self) -> str:
        parts = words(self.table.name.name)
        return stem(parts[-1]) if parts else ""

    @cached_property
    def _tail_forms(self) -> frozenset[str]:
        parts = words(self.table.name.name)
        forms = set(self.entities)
        if parts:
            forms |= singulars(parts[-1])
        return frozenset(forms)

    @cached_property
    def is_actor(self) -> bool:
        return bool(self._tail_forms & ACTOR_TABLES)

    @cached_property
    def is_secondary_actor(self) -> bool:
        return not self.is_actor and bool(self._tail_forms & SECONDARY_ACTOR_TABLES)

    @cached_property
    def is_person(self) -> bool:
        return bool(self._tail_forms & PERSON_TABLES)

    def key_forms(self, column: str) -> frozenset[str]:
        """Folded spellings of one of this table's key columns: as is, and without the
        table's column prefix (`o_orderkey` -> orderkey)."""
        parts = words(column)
        forms = {"".join(parts)}
        if self.column_prefix and len(parts) > 1 and parts[0] == self.column_prefix:
            forms.add("".join(parts[1:]))
        return frozenset(forms)

    @cached_property
    def single_keys(self) -> tuple[str, ...]:
        """Single-column unique keys, primary key first."""
        return tuple(key[0] for key in self.table.unique_keys if len(key) == 1)

    @cached_property
    def primary(self) -> str | None:
        pk = self.table.primary_key
        return pk.columns[0] if pk and len(pk.columns) == 1 else None


class NameIndex:
    """Name facts for every table of a catalog, and lookups from folded names to tables."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        names = [table.name.name for table in catalog]
        table_prefix = shared_prefix(names)
        self.tables: dict[TableName, TableNames] = {}
        self.by_entity: dict[str, set[TableName]] = defaultdict(set)
        self.by_tail: dict[str, set[TableName]] = defaultdict(set)
        """Multi-word tables by their trailing words (`django_content_type` under
        contenttype and type), for references that name only the model (`user_id` for
        auth_user) when no table is called that."""
        self.by_key: dict[str, set[Target]] = defaultdict(set)
        self.by_stem: dict[str, set[TableName]] = defaultdict(set)
        self.by_first_letter: dict[str, set[TableName]] = defaultdict(set)
        self.actors: set[TableName] = set()
        secondary: set[TableName] = set()
        for table in catalog:
            entities = set(entity_forms(table.name.name))
            parts = words(table.name.name)
            if table_prefix and len(parts) > 1 and parts[0] == table_prefix:
                entities |= entity_forms("_".join(parts[1:]))
            names_ = TableNames(
                table,
                frozenset(entities),
                shared_prefix([column.name for column in table.columns]),
            )
            self.tables[table.name] = names_
            for form in entities:
                self.by_entity[form].add(table.name)
                self.by_first_letter[form[:1]].add(table.name)
            for start in range(1, len(parts)):
                head = "".join(parts[start:-1])
                for form in singulars(parts[-1]):
                    self.by_tail[head + form].add(table.name)
            for key in names_.single_keys:
                for form in names_.key_forms(key):
                    if form not in GENERIC_KEYS:
                        self.by_key[form].add((table.name, key))
            if names_.head_stem:
                self.by_stem[names_.head_stem].add(table.name)
            if names_.is_actor:
                self.actors.add(table.name)
            elif names_.is_secondary_actor:
                secondary.add(table.name)
        if not self.actors:
            self.actors = secondary
        self._abbreviations: dict[str, frozenset[TableName]] = {}

    def __getitem__(self, name: TableName) -> TableNames:
        return self.tables[name]

    def abbreviated(self, short: str) -> frozenset[TableName]:
        """One-word tables `short` abbreviates (`cust` -> customers), cached per spelling;
        `invoice` is a word of invoice_line, not an abbreviation of it."""
        if short not in self._abbreviations:
            found = {
                name
                for name in self.by_first_letter.get(short[:1], ())
                if short not in self.tables[name].entities
                and len(words(name.name)) == 1
                and any(is_abbreviation(short, form) for form in self.tables[name].entities)
            }
            self._abbreviations[short] = frozenset(found)
        return self._abbreviations[short]


@dataclass(frozen=True)
class Split:
    """One reading of a column name: role words, entity words, key suffix."""

    role: tuple[str, ...]
    entity: str
    suffix: str | None


def readings(column: str, owner: TableNames) -> list[tuple[str, ...]]:
    """The column's words, and without its table's column prefix when it has one."""
    parts = words(column)
    found = [parts]
    if owner.column_prefix and len(parts) > 1 and parts[0] == owner.column_prefix:
        found.append(parts[1:])
    return [reading for reading in found if reading]


def body_of(parts: tuple[str, ...]) -> tuple[tuple[str, ...], str | None]:
    """The words without a trailing key suffix, and that suffix."""
    if len(parts) >= 2 and parts[-1] in KEY_SUFFIXES:
        return parts[:-1], parts[-1]
    if len(parts) == 1:
        word = parts[0]
        for suffix in sorted(KEY_SUFFIXES, key=len, reverse=True):
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                return (word[: -len(suffix)],), suffix
    return parts, None


def splits(parts: tuple[str, ...]) -> Iterator[Split]:
    """Every (role, entity, suffix) reading. A name written without separators
    (`customerid`, `shiptoaddressid`) is also cut inside its word, since its word boundaries
    are lost."""
    body, suffix = body_of(parts)
    if len(parts) == 1:
        word = body[0]
        yield Split((), word, suffix)
        if suffix is not None:
            for cut in range(2, len(word) - 2):
                yield Split((word[:cut],), word[cut:], suffix)
        return
    for start in range(len(body)):
        yield Split(body[:start], "".join(body[start:]), suffix)


def _role_blocked(role: tuple[str, ...]) -> bool:
    """A role word that makes the column a measurement or a phrase (`units_on_order`)."""
    return any(word in MEASURES for word in role) or bool(role and role[-1] in CONNECTORS)


def _scored(rule: str, role: tuple[str, ...], cost: float = 0.0, *notes: str) -> NameMatch:
    score = SCORES[rule] - cost
    noted = list(notes)
    if role:
        score -= ROLE_COST
        if any(word in EXTERNAL for word in role):
            score *= EXTERNAL_FACTOR
            noted.append("external-id")
    return NameMatch(rule, round(score, 4), "_".join(role) or None, tuple(noted))


def name_matches(index: NameIndex, child: Table, column: str) -> dict[Target, NameMatch]:
    """Every (table, key column) the name of `child.column` points at, with its best match."""
    owner = index[child.name]
    best: dict[Target, NameMatch] = {}

    def offer(target: Target, found: NameMatch) -> None:
        table, key = target
        names = index[table]
        if key != names.primary:
            found = NameMatch(
                found.rule, round(found.score - SECONDARY_KEY_COST, 4), found.role, found.notes
            )
        if target not in best or found.score > best[target].score:
            best[target] = found

    if _is_own_key(owner, column):
        return best
    for parts in readings(column, owner):
        for target, found in _matches(index, owner, parts):
            if target[0] == child.name and target[1] == column:
                continue
            offer(target, found)
    return best


def _is_own_key(owner: TableNames, column: str) -> bool:
    """`invoice.invoice_id` in invoice's primary key is the table's identity: it refers to
    nothing else, however much its name resembles other tables."""
    pk = owner.table.primary_key
    if pk is None or column not in pk.columns:
        return False
    for parts in readings(column, owner):
        body, suffix = body_of(parts)
        if suffix is not None and "".join(body) in owner.entities:
            return True
    return False


def _own_hierarchy(body: tuple[str, ...], owner: TableNames) -> bool:
    """A hierarchy word beside the owner's own name: `post_parent` in posts,
    `parent_category` in categories (but not `parent_account` in transactions)."""
    for position, word in enumerate(body):
        if word in HIERARCHY:
            rest = "".join(body[:position] + body[position + 1 :])
            return not rest or rest in owner.entities
    return False


def _matches(
    index: NameIndex, owner: TableNames, parts: tuple[str, ...]
) -> Iterator[tuple[Target, NameMatch]]:
    own = owner.table.name
    body, suffix = body_of(parts)
    body_folded = "".join(body)

    # Self references by role word: parent, reports_to; manager in a table of people.
    if owner.primary is not None:
        target = (own, owner.primary)
        if body_folded in HIERARCHY or _own_hierarchy(body, owner):
            yield target, NameMatch("self-reference", SCORES["self-reference"], "_".join(body))
        elif owner.is_person and (body_folded in PEERS or body[-1] in PEERS):
            yield (
                target,
                NameMatch("self-reference", SCORES["self-reference"] - 0.05, "_".join(body)),
            )

    for split in splits(parts):
        if _role_blocked(split.role) or not split.entity:
            continue
        yield from _entity_matches(index, owner, split)

    # A lookup table of the owner's own kind: ticket.kind -> ticket_kind.
    if len(body) == 1 and body[0] in CATEGORY_WORDS:
        for own_form in owner.entities:
            for singular in singulars(body[0]):
                for table in index.by_entity.get(own_form + singular, ()):
                    names = index[table]
                    if table != own and names.primary:
                        yield (table, names.primary), _scored("category-table", ())

    # Roles someone of the organisation plays on a record.
    # The column must read as a reference: the whole name is the role (`approver`,
    # `created_by`), the role after the owner's own name (`post_author` in posts) or with a
    # key suffix (`support_rep_id`); `user_agent` is none of these.
    role_word = body_folded if body_folded in ACTORS else body[-1]
    if (
        role_word in ACTORS
        and (body_folded in ACTORS or suffix is not None or "".join(body[:-1]) in owner.entities)
        and not (owner.is_person and body_folded in PEERS)
        and not any(word in MEASURES for word in body)
    ):
        external = any(word in EXTERNAL for word in body)
        found = NameMatch(
            "actor-role",
            round(SCORES["actor-role"] * (EXTERNAL_FACTOR if external else 1.0), 4),
            "_".join(body),
            ("external-id",) if external else (),
        )
        for table in index.actors:
            names = index[table]
            if table != own and names.primary:
                yield (table, names.primary), found

    # Weak: a head word before a connector shares a stem with a table (`ship_via`).
    if len(body) >= 2 and body[-1] in CONNECTORS:
        heads = [word for word in body if word not in CONNECTORS]
        if heads and not any(word in MEASURES for word in heads):
            for table in index.by_stem.get(stem(heads[-1]), ()):
                names = index[table]
                if table != own and names.primary:
                    yield (table, names.primary), NameMatch("stem", SCORES["stem"])


def _entity_matches(
    index: NameIndex, owner: TableNames, split: Split
) -> Iterator[tuple[Target, NameMatch]]:
    own = owner.table.name
    role = split.role
    self_role = any(word in HIERARCHY or word in PEERS for word in role)
    rest = split.entity + (split.suffix or "")

    def allowed(table: TableName) -> bool:
        # A table's own key named after the table is its identity, not a reference; a
        # reference to the same table needs a self-reference role (`parent_category_id`).
        return table != own or self_role

    for table, key in index.by_key.get(rest, ()):
        if not allowed(table):
            continue
        names = index[table]
        if split.entity in names.entities:
            yield (table, key), _scored("key-name", role)
        elif table in index.abbreviated(split.entity):
            yield (table, key), _scored("key-name", role, ABBREVIATION_COST, "abbreviation")
        else:
            yield (table, key), _scored("key-only", role)

    exact = index.by_entity.get(split.entity, set())
    tables = [(table, 0.0) for table in exact]
    tails = index.by_tail.get(split.entity, ())
    if not exact and not role and split.suffix in ID_SUFFIXES and len(tails) <= MAX_TAILS:
        # Only the model's name (`user_id` for auth_user) and no table of that name; a word
        # that ends many table names (`item`) says nothing.
        tables += [(table, TAIL_COST) for table in tails]
    if split.suffix is not None and split.suffix not in NUMBER_SUFFIXES:
        # Abbreviations only with an id suffix: `cust_id` is a reference; `count` and
        # `line_no` are not.
        tables += [(table, ABBREVIATION_COST) for table in index.abbreviated(split.entity)]
    for table, cost in tables:
        if not allowed(table):
            continue
        names = index[table]
        notes = () if not cost else ("abbreviation",) if cost == ABBREVIATION_COST else ("tail",)
        if split.suffix is None:
            if table != own and names.primary:
                yield (table, names.primary), _scored("named-after", role, cost, *notes)
            continue
        for key in names.single_keys:
            forms = names.key_forms(key)
            if split.suffix in forms:
                yield (table, key), _scored("entity-key", role, cost, *notes)
            elif split.suffix in ID_SUFFIXES and forms & GENERIC_KEYS:
                # `invoice_no` is as often the invoice's own number as a reference to its id.
                extra = NUMBER_SUFFIX_COST if split.suffix in NUMBER_SUFFIXES else 0.0
                yield (table, key), _scored("entity-key", role, cost + extra, *notes)
            elif any(_key_is_entity_with_suffix(form, names) for form in forms):
                yield (
                    (table, key),
                    _scored("entity-key", role, cost + OTHER_SUFFIX_COST, *notes, "other-suffix"),
                )


def _key_is_entity_with_suffix(form: str, names: TableNames) -> bool:
    """`customer_no` may refer to customers.customer_id: the key is entity + key suffix."""
    return any(form == entity + suffix for entity in names.entities for suffix in KEY_SUFFIXES)


def describe(found: NameMatch, parent: TableName) -> str:
    """A phrase for the finding's message."""
    shows_role = found.role and found.rule not in ("self-reference", "actor-role")
    role = f" (role '{found.role}')" if shows_role else ""
    text = {
        "key-name": f"its name matches the key of {parent.name}",
        "entity-key": f"its name is '{parent.name}' plus a key suffix",
        "key-only": f"its name matches the key column of {parent.name}",
        "category-table": f"{parent.name} is the lookup table of its own table",
        "self-reference": f"'{found.role}' is a self-reference role",
        "named-after": f"it is named after table {parent.name}",
        "actor-role": f"'{found.role}' is a role played by a row of {parent.name}",
        "stem": f"its name shares a stem with table {parent.name}",
    }[found.rule]
    return text + role
