"""Images say what they show in the visitor's language, or say which language they say it in (item 6)."""

import re

from wagtail_factories import ImageFactory

from django.urls import reverse

from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from .helpers import TEXTS, english_page, translate_page


def image_block(image, alt_text=""):
    return ("image", {"image": {"image": image.pk, "decorative": False, "alt_text": alt_text}, "caption": ""})


def test_an_officer_cannot_save_an_image_that_says_nothing(client, officer, home_pages, committed):
    image = ImageFactory(title="IMG_0042", description="")
    client.force_login(officer)
    url = reverse("wagtailadmin_pages:add", args=["home", "standardpage", home_pages["en"].pk])
    form = nested_form_data(
        {
            "title": "Workshop photos",
            "slug": "workshop-photos",
            "intro": "",
            "body": streamfield([image_block(image)]),
            "comments": inline_formset([]),
        }
    )

    response = client.post(url, {**form, "action-submit": "Submit"})

    assert response.status_code == 200  # the form again, with the error
    assert "Please add some alt text for your image or mark it as decorative" in response.content.decode()
    assert not Page.objects.filter(slug="workshop-photos").exists()

    # The chooser fills in the image's title when it has no description: not a description either.
    response = client.post(url, {**form, "body-0-value-image-alt_text": "IMG_0042", "action-submit": "1"})
    assert "its title is not a description" in response.content.decode()
    assert not Page.objects.filter(slug="workshop-photos").exists()

    with committed(execute=True):
        client.post(
            url, {**form, "body-0-value-image-alt_text": "Trainers at a workbench", "action-submit": "1"}
        )
    assert Page.objects.filter(slug="workshop-photos").exists()


def img_tags(html):
    return [tag for tag in re.findall(r"<img [^>]*>", html) if "emblem" not in tag]


def test_a_translated_page_never_shows_the_english_image_title_as_alt(home_pages, locales, client, committed):
    described = ImageFactory(title="IMG_0042", description="Trainers at a workbench in Pordenone")
    undescribed = ImageFactory(title="IMG_0043", description="")
    page = english_page(home_pages["en"], slug="photos")
    english = Page.objects.get(pk=page.pk).specific
    english.body = [
        {"type": name, "value": value} for name, value in (image_block(described), image_block(undescribed))
    ]
    english.save_revision().publish()
    with committed(execute=True):
        translate_page(english, locales["sq"], texts=TEXTS)

    images = img_tags(client.get("/sq/photos/").content.decode())

    assert len(images) == 2
    assert 'alt="Trainers at a workbench in Pordenone"' in images[0] and 'lang="en"' in images[0]
    assert "IMG_004" not in " ".join(images)
