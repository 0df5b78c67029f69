"""The visitor hashes moved from the old `ops` app: a database made before the move keeps its
rows (the table is renamed), a new one gets the table created (every other test)."""

import pytest

from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from visitors.models import DailyVisitor


def migrate(target):
    executor = MigrationExecutor(connection)
    executor.migrate([target])


@pytest.fixture
def committed_db(django_db_setup, django_db_blocker):
    """The session's database outside any test transaction (schema changes on SQLite need that),
    without the flush that ends a transactional test: that would wipe the demo seed that the tests
    after this one (the browser and archive tests) read."""
    with django_db_blocker.unblock():
        yield
        DailyVisitor.objects.all().delete()


def test_a_database_made_before_the_move_keeps_todays_counted_visitors(committed_db):
    migrate(("visitors", None))
    with connection.cursor() as cursor:
        cursor.execute(
            "CREATE TABLE ops_dailyvisitor (id bigint PRIMARY KEY, date date NOT NULL, digest varchar(64) NOT NULL)"
        )
        cursor.execute("INSERT INTO ops_dailyvisitor (id, date, digest) VALUES (1, '2026-12-06', 'abc')")

    migrate(("visitors", "0001_initial"))

    assert [(str(row.date), row.digest) for row in DailyVisitor.objects.all()] == [("2026-12-06", "abc")]
    assert "ops_dailyvisitor" not in connection.introspection.table_names()
