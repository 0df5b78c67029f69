"""What the editors' journeys share: people in each role, signing in, counting clicks, and the
English pages a journey starts from (made directly in the database, removed afterwards)."""

import re
from contextlib import suppress

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.models import Page, Revision, WorkflowState
from wagtail.rich_text import RichText
from wagtail.users.models import UserProfile

from home.models import HomePage, StandardPage

PASSWORD = "a-long-password-for-browser-roles"
# wagtail-localize's editor saves each string with a POST to .../strings/<id>/edit/.
SAVING_A_STRING = re.compile(r"/strings/\d+/edit/$")
USER_PREFIX = "browser-role-"


class Clicks:
    """Clicks a journey takes: every click goes through here."""

    def __init__(self):
        self.count = 0

    def __call__(self, locator):
        locator.click()
        self.count += 1


def user(username, group, language=None):
    User = get_user_model()
    person = User.objects.filter(username=username).first() or User.objects.create_user(
        username, f"{username}@example.org", PASSWORD
    )
    person.groups.add(Group.objects.get(name=group))
    if language:
        profile = UserProfile.get_for_user(person)
        profile.preferred_language = language
        profile.save()
    return person


def remove_users():
    get_user_model().objects.filter(username__startswith=USER_PREFIX).delete()


def sign_in(page, click, username):
    """Signs in afresh (whoever was signed in before is signed out) and lands on the dashboard."""
    page.context.clear_cookies()
    page.goto("/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    click(page.locator("button[type=submit]"))
    page.wait_for_url(re.compile(r"/admin/$"))


def english_home():
    return HomePage.objects.get(locale__language_code="en", depth=2)


def english_page(slug, title):
    """A draft English page (never published yet) under the English home page."""
    page = StandardPage(title=title, slug=slug, intro="Trainers compared their checklists.", live=False)
    english_home().add_child(instance=page)
    return Page.objects.get(pk=page.pk).specific


def published_page(slug, title, intro, paragraphs):
    """A live English page with an intro and one body paragraph per text."""
    page = StandardPage(
        title=title,
        slug=slug,
        intro=intro,
        body=[("paragraph", RichText(f"<p>{text}</p>")) for text in paragraphs],
    )
    english_home().add_child(instance=page)
    page.save_revision().publish()
    return Page.objects.get(pk=page.pk).specific


def remove(slug):
    """The English page and every page sharing its translation key (translations, aliases)."""
    for source in Page.objects.filter(slug=slug, locale__language_code="en"):
        for other in Page.objects.filter(translation_key=source.translation_key).exclude(pk=source.pk):
            with suppress(Page.DoesNotExist):
                Page.objects.get(pk=other.pk).delete()
        with suppress(Page.DoesNotExist):
            Page.objects.get(pk=source.pk).delete()


def remove_snippets(queryset):
    """Snippets with their revisions and workflow states (which only point at them by id)."""
    for obj in queryset:
        WorkflowState.objects.for_instance(obj).delete()
        Revision.objects.for_instance(obj).delete()
        obj.delete()


def translate_segment(page, click, source_text, translated_text, *, translate="Përkthe", save="Ruaj"):
    """In wagtail-localize's editor (in the translator's language): open a string, type, save, and
    wait for the server's answer: the editor shows the text while it is still "Saving...", so a
    publish clicked on sight of it could publish the page without this string."""
    segment = page.locator("li", has_text=source_text).filter(has=page.get_by_role("button", name=translate))
    click(segment.last.get_by_role("button", name=translate))
    page.locator(".js-translation-editor textarea").first.fill(translated_text)
    with page.expect_response(SAVING_A_STRING) as saved:
        click(page.get_by_role("button", name=save, exact=True).first)
    assert saved.value.ok, saved.value.status
    page.get_by_text(translated_text).first.wait_for()
