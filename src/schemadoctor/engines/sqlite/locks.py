"""Who has a SQLite file open: SQLite cannot say which connection holds its lock, but on Linux
/proc can say which processes have the file (or its journal) open."""

from __future__ import annotations

import os
from pathlib import Path

from schemadoctor.engines.sessions import Session, shorten


def file_holders(path: Path) -> list[Session]:
    """Processes other than this one with the database file (or its journal) open. SQLite
    cannot say which connection holds its lock; on Linux /proc can say who has the file."""
    targets = {str(path.resolve()) + suffix for suffix in ("", "-journal", "-wal", "-shm")}
    found = []
    proc = Path("/proc")
    if not proc.is_dir():
        return []
    for entry in proc.iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            links = {os.readlink(fd) for fd in (entry / "fd").iterdir()}
            if not links & targets:
                continue
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue  # another user's process, or one that just ended
        found.append(
            Session(int(entry.name), query=None, application=shorten(command, 60), certain=False)
        )
    return sorted(found, key=lambda session: session.pid)
