"""Build an English page with known paragraphs and translate it the way a translator would."""

from django.core.management import call_command

from wagtail.models import Page
from wagtail.rich_text import RichText

from demo.engine import translate
from tests.factories.home import StandardPageFactory
from tests.texts import Text, strings_for

TITLE = Text(
    "Mentoring apprentices", "Mentorimi i praktikantëve", "Mentorstvo šegrta", "Tutoraggio degli apprendisti"
)
INTRO = Text("How mentors help.", "Si ndihmojnë mentorët.", "Kako mentori pomažu.", "Come aiutano i tutor.")
FIRST = Text(
    "Mentors meet weekly.",
    "Mentorët takohen çdo javë.",
    "Mentori se sastaju sedmično.",
    "I tutor si incontrano.",
)
SECOND = Text(
    "Logbooks record tasks.",
    "Ditarët regjistrojnë detyrat.",
    "Dnevnici bilježe zadatke.",
    "I diari registrano.",
)
TEXTS = [TITLE, INTRO, FIRST, SECOND]


def english_page(home, slug="mentoring-apprentices", paragraphs=(FIRST, SECOND)):
    page = StandardPageFactory(
        parent=home,
        title=TITLE.en,
        slug=slug,
        intro=INTRO.en,
        body=[("paragraph", RichText(f"<p>{text.en}</p>")) for text in paragraphs],
    )
    page.save_revision().publish()
    call_command("sync_locale_trees")
    return Page.objects.get(pk=page.pk).specific


def translate_page(page, locale, texts=TEXTS):
    return translate(Page.objects.get(pk=page.pk).specific, locale, strings_for(texts, locale))


def publish_paragraphs(page, paragraphs):
    """Change the English paragraphs in place (blocks keep their ids, as in the editor) and publish."""
    page = Page.objects.get(pk=page.pk).specific
    blocks = page.body.get_prep_value()
    for block, text in zip(blocks, paragraphs, strict=True):
        block["value"] = f"<p>{text}</p>"
    page.body = blocks
    page.save_revision().publish()
    return page
