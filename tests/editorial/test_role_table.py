"""Every role may do exactly what editorial/roles.py declares, in every language, and nothing more.

Signed in as an officer, a coordinator and a translator of each language (never a superuser),
each action is tried over HTTP; refused ones explain themselves and leave the live content as it was.
"""

import pytest

from editorial.roles import ACTIONS, cases

from .actions import DRIVERS
from .conftest import explained, user_for

pytestmark = pytest.mark.django_db

CASES = list(cases())


def case_id(case):
    role, own, action, language, expected = case
    who = f"{role}-{own}" if own else role
    return f"{who}:{action}:{language or 'any'}:{'allowed' if expected else 'refused'}"


def test_every_declared_action_has_a_driver():
    assert {action.key for action in ACTIONS} == set(DRIVERS)


@pytest.mark.parametrize("case", CASES, ids=[case_id(case) for case in CASES])
def test_role_does_what_the_table_says(case, client, home_pages, on_commit):
    role, own, action, language, expected = case
    driver = DRIVERS[action]
    officer = user_for("officer") if role != "officer" else None
    user = user_for(role, own)
    context = {"home_pages": home_pages, "on_commit": on_commit, "officer": officer or user}
    target = driver.prepare(language, context)
    before = driver.live(target)

    client.force_login(user)
    response = driver.attempt(client, target, context)

    assert driver.happened(target, response, before) is expected, response
    if not expected:
        assert driver.live(target) == before
        if driver.live(target) is not None or response.status_code != 200:
            assert explained(response), (response.status_code, response)
