"""Where the benchmarks find their database servers: admin URLs from
SCHEMADOCTOR_BENCH_POSTGRESQL / SCHEMADOCTOR_BENCH_MYSQL, defaulting to the loopback servers of
the development machine. Every benchmark creates its own databases there and drops them."""

from __future__ import annotations

import os

ADMIN_URLS = {
    "postgresql": os.environ.get(
        "SCHEMADOCTOR_BENCH_POSTGRESQL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
    ),
    "mariadb": os.environ.get("SCHEMADOCTOR_BENCH_MYSQL", "mysql+pymysql://root@127.0.0.1:3306/"),
}
