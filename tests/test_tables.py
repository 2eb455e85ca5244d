"""Records as tables: the flat rows round-trip to the same records."""

from __future__ import annotations

import sayso
from sayso.tables import SCHEMAS, from_arrow, to_arrow
from tests.conftest import EXAMPLES


def test_tables_round_trip_to_the_same_records() -> None:
    articles = [a for a in sayso.extract_inputs([str(EXAMPLES)]) if isinstance(a, sayso.Article)]
    tables = to_arrow(articles)
    assert {name: table.schema for name, table in tables.items()} == SCHEMAS
    assert tables["articles"].num_rows == len(articles)
    assert tables["claims"].num_rows == sum(len(a.claims) for a in articles)
    back = from_arrow(tables)
    assert [a.to_dict() for a in back] == [a.to_dict() for a in articles]
