"""The ON DELETE policy: what should happen to child rows when their parent row is deleted.

Decided per foreign key from the shape of the schema, never from a table's identity:

| signal            | example                                        | action                 |
|-------------------|------------------------------------------------|------------------------|
| key-part          | `user_group(user_id, group_id)` -> users       | CASCADE                |
| lookup-parent     | `subscriptions.product_id` -> products         | RESTRICT               |
| journal-record    | `audit_log.user_id` -> users                   | SET NULL / RESTRICT    |
| role-reference    | `image_request.reviewer_id` -> users           | SET NULL / RESTRICT    |
| self-reference    | `customers.referred_by` -> customers           | SET NULL / RESTRICT    |
| record-of-actor   | `orders.customer_id` -> customers              | SET NULL / RESTRICT    |
| detail-of-parent  | `wallet_transactions.wallet_id` -> wallets     | CASCADE                |
| owned-only-parent | `user_profiles.user_id` -> users (no children) | CASCADE                |
| record            | `orders.pod_id` -> pods                        | SET NULL / RESTRICT    |
| weak-evidence     | anything else                                  | RESTRICT               |

SET NULL is chosen only for a nullable reference (all of its columns nullable); where the
signal says "the child outlives its parent" but a column is NOT NULL, the answer is RESTRICT:
the parent cannot go while children point at it. RESTRICT never destroys anything, which is
why it is the answer wherever the evidence is weak.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from schemadoctor.infer.names import singulars, words
from schemadoctor.model.catalog import Catalog, Table, TableName
from schemadoctor.model.links import Link

CASCADE = "CASCADE"
SET_NULL = "SET NULL"
RESTRICT = "RESTRICT"

# Head nouns of tables whose rows are part of one parent row.
_DETAIL_WORDS = frozenset(
    {
        "line",
        "item",
        "detail",
        "entry",
        "transaction",
        "attachment",
        "translation",
        "version",
        "revision",
        "option",
        "setting",
        "preference",
        "part",
        "step",
        "member",
        "membership",
        "image",
        "photo",
        "file",
        "token",
        "session",
        "credential",
    }
)
# Head nouns of records kept for their own sake: they must outlive whatever they mention.
_JOURNAL_WORDS = frozenset(
    {"log", "audit", "history", "event", "activity", "journal", "trail", "changelog", "archive"}
)
# Head nouns of business records: they outlive the people and places they mention.
_RECORD_WORDS = frozenset(
    {
        "order",
        "message",
        "comment",
        "review",
        "payment",
        "invoice",
        "receipt",
        "notification",
        "ticket",
        "request",
        "booking",
        "reservation",
        "shipment",
        "delivery",
        "rating",
        "vote",
        "report",
        "feedback",
    }
)
# Head nouns of lookup and catalogue tables.
_LOOKUP_WORDS = frozenset(
    {
        "type",
        "kind",
        "status",
        "state",
        "category",
        "language",
        "country",
        "currency",
        "region",
        "locale",
        "timezone",
        "unit",
        "level",
        "priority",
        "tier",
        "role",
        "genre",
        "format",
        "product",
        "catalog",
        "catalogue",
        "plan",
        "tag",
        "label",
        "reason",
        "method",
        "channel",
        "brand",
        "sku",
    }
)
# Words naming the people who act in a system: records outlive them.
_ACTOR_WORDS = frozenset(
    {
        "user",
        "customer",
        "client",
        "member",
        "account",
        "person",
        "people",
        "employee",
        "staff",
        "driver",
        "operator",
        "admin",
        "administrator",
        "author",
        "contact",
        "agent",
        "student",
        "teacher",
        "patient",
        "doctor",
        "partner",
        "supplier",
        "vendor",
        "seller",
        "buyer",
        "subscriber",
        "player",
        "guest",
    }
)
# Column words naming a role someone plays on the row (reviewer, approver, created_by...).
_ROLE_WORDS = frozenset(
    {
        "reviewer",
        "approver",
        "assignee",
        "assigner",
        "operator",
        "manager",
        "supervisor",
        "rep",
        "representative",
        "referrer",
        "editor",
        "moderator",
        "verifier",
        "auditor",
        "handler",
        "creator",
        "updater",
        "modifier",
        "requester",
        "requestor",
        "submitter",
        "reporter",
        "sender",
        "recipient",
        "receiver",
        "inviter",
        "sponsor",
        "dispatcher",
        "courier",
        "technician",
        "inspector",
        "mentor",
        "coach",
        "lead",
    }
)
# A role spelled as a participle: created_by, approved_by, assigned_to, reports_to.
_ROLE_CONNECTORS = frozenset({"by", "to"})
_TREE_WORDS = frozenset({"parent", "ancestor", "root", "predecessor", "previous", "prev"})
_KEY_WORDS = frozenset({"id", "key", "fk", "no", "nr", "num", "ref", "uuid", "guid", "code"})
_LOOKUP_MAX_COLUMNS = 4
_LOOKUP_MAX_ROWS = 1000


@dataclass(frozen=True)
class DeleteDecision:
    action: str
    """CASCADE, SET NULL or RESTRICT."""
    reason: str
    """One line, for the migration comment and the plan summary."""
    signal: str
    """Which rule decided (see the module docstring)."""
    strong: bool
    """Whether the evidence is strong enough to call a different declared action questionable."""

    def describe(self) -> str:
        return f"ON DELETE {self.action}: {self.reason}"


def references(catalog: Catalog, planned: Iterable[Link] = ()) -> list[Link]:
    """Every declared foreign key of `catalog` as an edge, then the planned ones not declared."""
    edges = [Link.of(table.name, fk) for table in catalog for fk in table.foreign_keys]
    known = {(edge.table, edge.columns) for edge in edges}
    for edge in planned:
        if (edge.table, edge.columns) not in known:
            known.add((edge.table, edge.columns))
            edges.append(edge)
    return edges


def decide(
    catalog: Catalog,
    child: Table,
    columns: Sequence[str],
    parent: TableName,
    edges: Sequence[Link] = (),
) -> DeleteDecision:
    """The ON DELETE action for `child(columns) -> parent`, with its one-line reason. `edges`
    is the whole reference graph (declared and planned, see `references`), which tells lookup
    tables, only parents and children with children of their own apart."""
    columns = tuple(columns)
    nullable = all((col := child.column(name)) is None or col.nullable for name in columns)
    parent_table = catalog.table(parent)
    child_words = words(child.name.name)
    child_head = child_words[-1] if child_words else ""
    column_words = [word for name in columns for word in words(name)]
    cols = ", ".join(columns)

    def outlive(signal: str, why: str, strong: bool = True) -> DeleteDecision:
        if nullable:
            return DeleteDecision(SET_NULL, f"{why}: keep it, clear the reference", signal, strong)
        return DeleteDecision(
            RESTRICT,
            f"{why}, but {cols} is NOT NULL: refuse to delete a parent still referenced",
            signal,
            strong,
        )

    if child.primary_key and set(columns) <= set(child.primary_key.columns):
        whole = set(columns) == set(child.primary_key.columns)
        what = "is its primary key" if whole else "is part of its primary key"
        return DeleteDecision(
            CASCADE,
            f"{child.name} is owned by {parent}: the reference {what}",
            "key-part",
            True,
        )
    if parent_table is not None and parent != child.name and _is_lookup(parent_table, edges):
        return DeleteDecision(
            RESTRICT,
            f"{parent} is a lookup/catalogue table: an entry still in use must not be deleted",
            "lookup-parent",
            True,
        )
    if _in(child_head, _JOURNAL_WORDS):
        return outlive("journal-record", f"{child.name} is a record kept for its own sake")
    if _is_role(column_words):
        return outlive("role-reference", f"{cols} names a role someone plays on the row")
    if parent == child.name:
        tree = any(_in(word, _TREE_WORDS) for word in column_words)
        return outlive(
            "self-reference",
            f"{cols} is a self-reference: deleting a row must not delete the rows pointing at it",
            strong=not tree,
        )
    parent_words = words(parent.name)
    extends = _extends(child_words, parent_words)
    if _in(child_head, _RECORD_WORDS):
        if _is_actor(parent_words):
            return outlive("record-of-actor", f"{child.name} is a record that outlives {parent}")
        if extends:
            return DeleteDecision(
                CASCADE,
                f"{child.name} is a detail of {parent} (its name extends the parent's)",
                "detail-of-parent",
                True,
            )
        return outlive("record", f"{child.name} is a record that outlives {parent}", False)
    others = _other_parents(child, columns, edges, catalog)
    dependents = sorted(
        {str(edge.table) for edge in edges if edge.referred_table == child.name != edge.table}
    )
    if extends:
        return DeleteDecision(
            CASCADE,
            f"{child.name} is a detail of {parent} (its name extends the parent's)",
            "detail-of-parent",
            True,
        )
    detail = _in(child_head, _DETAIL_WORDS)
    if detail and not dependents and (not others or _mentions(child_words, parent_words)):
        return DeleteDecision(
            CASCADE,
            f"{child.name} is a detail of {parent} (a {child_head} of one parent)",
            "detail-of-parent",
            True,
        )
    if not nullable and not others:
        if not dependents:
            return DeleteDecision(
                CASCADE,
                f"{parent} is the only parent of {child.name}, which nothing else references",
                "owned-only-parent",
                False,
            )
        return DeleteDecision(
            RESTRICT,
            f"{child.name} has dependents of its own ({', '.join(dependents[:3])}): "
            "cascading would reach further; refuse instead",
            "weak-evidence",
            False,
        )
    return DeleteDecision(
        RESTRICT, "no sign that the child is owned or outlives its parent", "weak-evidence", False
    )


def contradicts(declared: str, decision: DeleteDecision) -> bool:
    """A declared action the policy would not choose and that destroys or hides data it
    should not: CASCADE (or SET NULL into a lookup) against strong evidence."""
    declared = declared.upper()
    if not decision.strong or declared == decision.action:
        return False
    if declared == CASCADE:
        return decision.action in (SET_NULL, RESTRICT)
    if declared == SET_NULL:
        return decision.signal == "lookup-parent"
    return False


def _in(word: str, vocabulary: frozenset[str]) -> bool:
    """Whether `word`, in any of its singular forms, is in `vocabulary` (singular words)."""
    return bool(singulars(word) & vocabulary)


def _same_words(left: Sequence[str], right: Sequence[str]) -> bool:
    return len(left) == len(right) and all(
        singulars(a) & singulars(b) for a, b in zip(left, right, strict=True)
    )


def _extends(child_words: Sequence[str], parent_words: Sequence[str]) -> bool:
    """`wallet_transactions` extends `wallets`; `invoice_line` extends `invoice`."""
    size = len(parent_words)
    return 0 < size < len(child_words) and _same_words(child_words[:size], parent_words)


def _mentions(child_words: Sequence[str], parent_words: Sequence[str]) -> bool:
    size = len(parent_words)
    return size > 0 and any(
        _same_words(child_words[start : start + size], parent_words)
        for start in range(len(child_words) - size + 1)
    )


def _is_actor(parent_words: Sequence[str]) -> bool:
    return bool(parent_words) and _in(parent_words[-1], _ACTOR_WORDS)


def _is_role(column_words: Sequence[str]) -> bool:
    meaningful = [word for word in column_words if word not in _KEY_WORDS]
    if not meaningful:
        return False
    if any(_in(word, _ROLE_WORDS) for word in meaningful):
        return True
    return len(meaningful) >= 2 and meaningful[-1] in _ROLE_CONNECTORS


def _is_lookup(parent: Table, edges: Sequence[Link]) -> bool:
    """A lookup or catalogue table: named like one (types, statuses, languages, products...),
    or shaped like one: at most four columns, a known count of at most a thousand rows,
    referenced by several tables, referring to nothing itself, and not a table of people."""
    parent_words = words(parent.name.name)
    if parent_words and _in(parent_words[-1], _LOOKUP_WORDS):
        return True
    if _is_actor(parent_words):
        return False  # a small users table is still people, not a list of values
    referrers = {edge.table for edge in edges if edge.referred_table == parent.name != edge.table}
    small = parent.row_estimate is not None and parent.row_estimate <= _LOOKUP_MAX_ROWS
    refers = [
        edge for edge in edges if edge.table == parent.name and edge.referred_table != parent.name
    ]
    narrow = len(parent.columns) <= _LOOKUP_MAX_COLUMNS
    return narrow and small and len(referrers) >= 2 and not refers


def _other_parents(
    child: Table, columns: tuple[str, ...], edges: Sequence[Link], catalog: Catalog
) -> list[TableName]:
    """The child's other parents, lookups and itself left out: a child with one real parent
    is more likely that parent's than one between two."""
    found = []
    for edge in edges:
        if edge.table != child.name or edge.columns == columns or edge.referred_table == child.name:
            continue
        parent = catalog.table(edge.referred_table)
        if parent is not None and _is_lookup(parent, edges):
            continue
        found.append(edge.referred_table)
    return sorted(set(found))
