from __future__ import annotations

from conftest import ScratchDatabase, check_findings


def test_unindexed_foreign_key_on_every_engine(any_db: ScratchDatabase) -> None:
    any_db.run(
        "CREATE TABLE parent (id INTEGER PRIMARY KEY)",
        "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER, "
        "CONSTRAINT child_parent_fk FOREIGN KEY (parent_id) REFERENCES parent (id))",
    )
    findings = check_findings(any_db.url, "unindexed-foreign-key")
    if any_db.dialect == "mysql":
        # InnoDB creates an index for every foreign key it is given.
        assert findings == []
    else:
        assert [(f.table.name, f.columns) for f in findings] == [("child", ("parent_id",))]
        assert "CREATE INDEX" in (findings[0].fix or "")
