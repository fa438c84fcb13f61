"""The HTML report: one self-contained page with the schema's diagram (declared and inferred
foreign keys), the findings and, optionally, the plan.

    from schemadoctor.report.html import render_html
    page = render_html(catalog, findings, plan, title="shop", source="postgresql://db/shop")

Independent of the command line: it takes the catalog, the findings and a `Plan`, nothing
else (`impacts.impact_trees` adds counted deletion trees from a live database).
"""

from typing import Any

from schemadoctor.report.html.page import render_html, report_payload

__all__ = ["render", "render_html", "report_payload"]


def render(data: dict[str, Any], **options: Any) -> str:
    """The `html` report format: needs the catalog and the findings themselves (`catalog=`,
    `findings=`), which the JSON-shaped `data` does not carry."""
    catalog = options["catalog"]
    return render_html(
        catalog,
        options["findings"],
        title=f"schemadoctor report: {catalog.database}",
        source=data["database"]["url"],
    )
