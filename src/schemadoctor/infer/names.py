"""Identifiers as words: split, fold and inflect table and column names.

Everything here is about naming conventions in general (case styles, separators, English
plurals and a few vocabularies of role words); nothing knows any particular schema.
"""

from __future__ import annotations

import re
from functools import cache

_WORDS = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")

NUMBER_SUFFIXES = frozenset({"no", "nr", "num", "number"})
"""Suffixes that also name ordinals and business numbers (`line_no`, `invoice_number`)."""

ID_SUFFIXES = frozenset({"id", "key", "fk", "ref", "uuid", "guid"}) | NUMBER_SUFFIXES
"""Trailing words that mark a column as holding another row's key, whatever that key's name."""

KEY_SUFFIXES = ID_SUFFIXES | {"code"}
"""Trailing words that may name the referenced key; `code` only when the key is a code."""

GENERIC_KEYS = KEY_SUFFIXES | {"pk", "code", "oid", "sid", "rowid"}
"""Key column names that say nothing about the table they belong to."""

CONNECTORS = frozenset({"via", "by", "to", "from", "of", "for", "in", "on", "at", "per", "with"})

MEASURES = frozenset(
    {
        "count",
        "counts",
        "total",
        "totals",
        "qty",
        "quantity",
        "amount",
        "sum",
        "avg",
        "average",
        "min",
        "max",
        "units",
        "size",
        "length",
        "duration",
        "price",
        "cost",
        "rate",
        "percent",
        "pct",
        "ratio",
        "score",
        "rank",
        "weight",
        "height",
        "width",
        "depth",
        "age",
        "days",
        "hours",
        "minutes",
        "seconds",
        "limit",
        "balance",
        "version",
        "position",
        "hash",
        "checksum",
        "sort",
        "display",
        "sorting",
        "num",
        "number",
        "nb",
        "nbr",
        "cnt",
    }
)
"""Words that make a column a measurement or an ordinal rather than a reference
(`units_on_order`, `order_count`, `sort_order`)."""

EXTERNAL = frozenset(
    {
        "external",
        "ext",
        "extern",
        "legacy",
        "remote",
        "foreign",
        "upstream",
        "import",
        "imported",
        "thirdparty",
        "stripe",
        "paypal",
        "braintree",
        "adyen",
        "square",
        "shopify",
        "salesforce",
        "hubspot",
        "zendesk",
        "intercom",
        "mailchimp",
        "sendgrid",
        "twilio",
        "slack",
        "github",
        "gitlab",
        "google",
        "facebook",
        "twitter",
        "apple",
        "microsoft",
        "amazon",
        "aws",
        "azure",
        "gcp",
        "firebase",
        "auth0",
        "okta",
        "oauth",
        "sso",
        "ldap",
        "saml",
        "quickbooks",
        "xero",
        "netsuite",
        "sap",
        "erp",
        "crm",
    }
)
"""Qualifiers that put an id in another system: `stripe_customer_id`, `external_ref`,
`legacy_user_id` hold keys the database cannot check."""

HIERARCHY = frozenset(
    {
        "parent",
        "reportsto",
        "reportto",
        "predecessor",
        "successor",
        "previous",
        "prev",
        "next",
        "replacedby",
        "replaces",
        "supersededby",
        "supersedes",
        "mergedinto",
        "duplicateof",
        "copyof",
        "clonedfrom",
        "forkedfrom",
        "derivedfrom",
        "root",
        "ancestor",
        "superior",
        "master",
        "reply",
        "replyto",
        "inreplyto",
        "linkedto",
        "relatedto",
        "parentof",
    }
)
"""Role words (folded) that point from a row to another row of the same table."""

PEERS = frozenset(
    {
        "manager",
        "supervisor",
        "boss",
        "mentor",
        "coach",
        "lead",
        "referrer",
        "referredby",
        "referral",
        "invitedby",
        "inviter",
        "sponsor",
        "spouse",
        "guardian",
        "reportsto",
        "reportto",
        "superior",
        "head",
    }
)
"""Roles one person plays for another: a self reference when the table itself holds people
(`employees.manager_id`, `customers.referred_by`), else a reference to the people table."""

ACTORS = frozenset(
    {
        "rep",
        "representative",
        "agent",
        "owner",
        "creator",
        "author",
        "editor",
        "assignee",
        "assigner",
        "approver",
        "reviewer",
        "operator",
        "handler",
        "seller",
        "salesperson",
        "salesman",
        "clerk",
        "cashier",
        "teller",
        "dispatcher",
        "driver",
        "courier",
        "technician",
        "inspector",
        "auditor",
        "moderator",
        "admin",
        "administrator",
        "maintainer",
        "requester",
        "requestor",
        "submitter",
        "reporter",
        "signer",
        "verifier",
        "checker",
        "preparer",
        "recorder",
        "modifier",
        "updater",
        "deleter",
        "closer",
        "opener",
        "sender",
        "recipient",
        "receiver",
        "host",
        "actor",
        "organizer",
        "organiser",
        "instructor",
        "teacher",
        "trainer",
        "doctor",
        "nurse",
        "physician",
        "manager",
        "supervisor",
        "lead",
        "boss",
        "mentor",
        "coach",
        "referrer",
        "inviter",
        "sponsor",
        "createdby",
        "updatedby",
        "modifiedby",
        "changedby",
        "editedby",
        "deletedby",
        "removedby",
        "approvedby",
        "rejectedby",
        "reviewedby",
        "assignedto",
        "assignedby",
        "ownedby",
        "closedby",
        "openedby",
        "handledby",
        "processedby",
        "verifiedby",
        "checkedby",
        "signedby",
        "submittedby",
        "requestedby",
        "reportedby",
        "recordedby",
        "enteredby",
        "addedby",
        "postedby",
        "uploadedby",
        "cancelledby",
        "canceledby",
        "confirmedby",
        "resolvedby",
        "performedby",
        "issuedby",
        "authorizedby",
        "authorisedby",
        "preparedby",
        "soldby",
        "servedby",
        "managedby",
        "supervisedby",
        "referredby",
        "invitedby",
        "sponsoredby",
        "reportsto",
    }
)
"""Roles someone of the organisation plays on a record (`support_rep_id`, `approver`,
`created_by`, `operator_id`): they point at the table of users, staff or employees."""

ACTOR_TABLES = frozenset(
    {
        "user",
        "users",
        "employee",
        "staff",
        "person",
        "people",
        "admin",
        "administrator",
        "agent",
        "worker",
        "personnel",
        "operator",
        "appuser",
        "authuser",
        "sysuser",
        "systemuser",
    }
)
"""Singular folded table names of the people who act in a system."""

SECONDARY_ACTOR_TABLES = frozenset({"member", "account", "login", "principal", "profile"})
"""Tables that hold people in some schemas and organisations or settings in others: a role
points at them only when no table of ACTOR_TABLES is there to take it."""

PERSON_TABLES = (
    ACTOR_TABLES
    | SECONDARY_ACTOR_TABLES
    | frozenset(
        {
            "customer",
            "client",
            "contact",
            "patient",
            "student",
            "author",
            "player",
            "subscriber",
            "partner",
            "manager",
            "supervisor",
            "driver",
            "guest",
            "participant",
            "volunteer",
            "teacher",
            "instructor",
            "doctor",
            "actor",
            "artist",
            "writer",
            "candidate",
            "applicant",
        }
    )
)
"""Tables whose rows are people: a peer role inside one of them refers to the same table."""

CATEGORY_WORDS = frozenset(
    {
        "type",
        "kind",
        "category",
        "class",
        "status",
        "state",
        "group",
        "tier",
        "role",
        "stage",
        "phase",
        "priority",
        "severity",
        "grade",
        "mode",
        "method",
        "source",
        "channel",
        "reason",
        "format",
        "unit",
        "currency",
        "language",
        "country",
    }
)
"""Words a column is named after when it refers to its table's own lookup table
(`ticket.kind` -> `ticket_kind`, `orders.status_id` -> `order_status`)."""

_IRREGULAR = {
    "people": "person",
    "persons": "person",
    "men": "man",
    "women": "woman",
    "children": "child",
    "mice": "mouse",
    "geese": "goose",
    "feet": "foot",
    "teeth": "tooth",
    "oxen": "ox",
    "data": "datum",
    "media": "medium",
    "criteria": "criterion",
    "phenomena": "phenomenon",
    "analyses": "analysis",
    "axes": "axis",
    "bases": "base",
    "indices": "index",
    "matrices": "matrix",
    "vertices": "vertex",
    "appendices": "appendix",
    "cacti": "cactus",
    "radii": "radius",
    "alumni": "alumnus",
    "syllabi": "syllabus",
    "quizzes": "quiz",
    "movies": "movie",
    "cookies": "cookie",
    "pies": "pie",
    "ties": "tie",
    "lies": "lie",
    "zombies": "zombie",
    "rookies": "rookie",
    "calories": "calorie",
    "species": "species",
    "series": "series",
    "news": "news",
    "status": "status",
    "campus": "campus",
    "bus": "bus",
    "bonus": "bonus",
    "virus": "virus",
    "census": "census",
    "canvas": "canvas",
    "alias": "alias",
    "atlas": "atlas",
    "gas": "gas",
    "analysis": "analysis",
    "basis": "basis",
    "thesis": "thesis",
    "crisis": "crisis",
    "diagnosis": "diagnosis",
    "synopsis": "synopsis",
    "axis": "axis",
}
_UNCOUNTABLE = frozenset(
    {
        "staff",
        "sheep",
        "fish",
        "deer",
        "equipment",
        "information",
        "software",
        "hardware",
        "feedback",
        "metadata",
        "personnel",
        "inventory",
        "stock",
        "money",
        "news",
        "series",
        "species",
        "media",
        "data",
    }
)


@cache
def words(identifier: str) -> tuple[str, ...]:
    """`SupportRepId`, `support_rep_id` and `SUPPORT_REP_ID` all give (support, rep, id)."""
    return tuple(word.lower() for word in _WORDS.findall(identifier))


def fold(identifier: str) -> str:
    """Case and separators folded away: `CustomerId`, `customer_id`, `customerid` agree."""
    return "".join(words(identifier))


@cache
def singulars(word: str) -> frozenset[str]:
    """Every plausible singular of `word`, the word itself included. Several guesses where
    English is ambiguous (`statuses` -> status or statuse); a guess that names no table
    costs nothing."""
    word = word.lower()
    forms = {word}
    if word in _IRREGULAR:
        forms.add(_IRREGULAR[word])
        return frozenset(forms)
    if word in _UNCOUNTABLE or len(word) < 3:
        return frozenset(forms)
    for suffix, replacements in (
        ("ies", ("y",)),
        ("sses", ("ss",)),
        ("xes", ("x",)),
        ("ches", ("ch",)),
        ("shes", ("sh",)),
        ("zzes", ("zz", "z")),
        ("uses", ("us", "use")),
        ("ses", ("s", "se")),
        ("ves", ("f", "fe", "ve")),
        ("oes", ("o", "oe")),
    ):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            stem = word[: -len(suffix)]
            forms.update(stem + replacement for replacement in replacements)
            return frozenset(forms)
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        forms.add(word[:-1])
    return frozenset(forms)


def entity_forms(identifier: str) -> frozenset[str]:
    """Folded forms a reference to the table `identifier` may use: the name as is and with its
    last word (or every word) made singular: `order_details` -> orderdetails, orderdetail."""
    parts = words(identifier)
    if not parts:
        return frozenset()
    forms = {"".join(parts)}
    head = "".join(parts[:-1])
    forms.update(head + singular for singular in singulars(parts[-1]))
    if len(parts) > 1:
        every = [sorted(singulars(part), key=len)[0] for part in parts]
        forms.add("".join(every))
    return frozenset(form for form in forms if form)


_DOUBLED = re.compile(r"([bcdfgklmnprstvz])\1$")


@cache
def stem(word: str) -> str:
    """A crude stem for weak evidence: singular, then the agent or result suffix off
    (`shippers` -> ship, `shipment` -> ship), a doubled final consonant undone."""
    base = min(singulars(word), key=len)
    for suffix in ("ments", "ment", "ers", "er", "ors", "or", "ings", "ing", "ion", "ions"):
        if base.endswith(suffix) and len(base) - len(suffix) >= 3:
            base = base[: -len(suffix)]
            break
    return _DOUBLED.sub(r"\1", base)


def is_abbreviation(short: str, word: str) -> bool:
    """`cust` for customer, `supp` for supplier, `dept` for department, `emp` for employee:
    at least three letters, same first letter, in order, and a real shortening."""
    if len(short) < 3 or len(short) >= len(word) or short[0] != word[0]:
        return False
    if word.startswith(short):
        return True
    position = 0
    for char in short:
        position = word.find(char, position)
        if position < 0:
            return False
        position += 1
    # A subsequence is a weaker hint; ask for most of the consonant skeleton.
    return len(short) >= 4 or short[-1] == word[-1]


def shared_prefix(names: list[str]) -> str | None:
    """The first word when every name starts with it and it looks like a table tag (TPC-H
    style `l_orderkey`, `l_partkey`, ...), with more words after it. Returned folded, e.g.
    `l`."""
    if len(names) < 2:
        return None
    split = [words(name) for name in names]
    if any(len(parts) < 2 for parts in split):
        return None
    first = {parts[0] for parts in split}
    if len(first) != 1:
        return None
    prefix = first.pop()
    # Two columns sharing a long first word (customer_id, customer_type_id) are a
    # coincidence; a one- or two-letter tag on every column is a convention.
    limit = 2 if len(names) == 2 else 4
    return prefix if len(prefix) <= limit else None
