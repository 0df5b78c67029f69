"""The home migrations are one linear chain, and a database migrated before they were renumbered
(two 0003s joined by 0004_merge_20261129_0602) counts as up to date."""

import pytest

from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.recorder import MigrationRecorder

OLD_NAMES = ["0003_work_packages_news_partners", "0004_merge_20261129_0602"]
NEW_NAME = "0004_work_packages_news_partners"


def home_chain(graph):
    return [name for app, name in graph.forwards_plan(graph.leaf_nodes("home")[0]) if app == "home"]


@pytest.mark.django_db
def test_home_migrations_are_one_linear_chain():
    graph = MigrationExecutor(connection).loader.graph
    assert len(graph.leaf_nodes("home")) == 1
    chain = home_chain(graph)
    numbers = [name[:4] for name in chain]
    assert numbers == [f"{n:04d}" for n in range(1, len(chain) + 1)], chain


@pytest.mark.django_db
def test_a_database_migrated_before_the_renumbering_has_nothing_left_to_apply():
    recorded = MigrationRecorder(connection).migration_qs
    recorded.filter(app="home", name=NEW_NAME).delete()
    for name in OLD_NAMES:  # what `migrate` recorded with the old files
        recorded.create(app="home", name=name)

    executor = MigrationExecutor(connection)
    executor.loader.check_consistent_history(connection)
    assert ("home", NEW_NAME) in executor.loader.applied_migrations
    assert executor.migration_plan(executor.loader.graph.leaf_nodes()) == []
