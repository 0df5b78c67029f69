"""What `make run` prints while it seeds: a summary line and the admin sign-in, not one line per
item (those come with -v 2)."""

import io

from django.contrib.auth import get_user_model
from django.core.management import call_command

from contact.models import ContactPage


def seed(**options):
    out = io.StringIO()
    call_command("seed_site", stdout=out, **options)
    return out.getvalue().splitlines()


def test_a_complete_demo_says_so_in_two_lines(db):
    assert seed() == [
        "Demo content: complete, nothing to add.",
        "Admin login: admin (password unchanged; reset it with 'manage.py changepassword admin')",
    ]


def test_what_is_added_is_counted_and_listed_only_when_asked(db):
    ContactPage.objects.all().delete()
    get_user_model().objects.filter(username="admin").delete()

    summary, sign_in = seed()

    assert summary.startswith("Demo content: ") and "steps done (seed_site -v 2 lists them)" in summary
    assert sign_in.startswith("Admin login for the demo: admin / ")
    assert len(sign_in.split(" / ")[1]) >= 12

    ContactPage.objects.all().delete()
    detailed = seed(verbosity=2)

    assert "  Created the contact page" in detailed
    assert detailed[-2].endswith("steps done (listed above).")
