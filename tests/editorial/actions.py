"""Each action of editorial/roles.py, done over HTTP the way the admin does it.

A driver prepares content in one language, reads its live state, attempts the action as the
signed-in user and says whether the action took effect. The role tests compare that with the
declaration, and check that a refusal changed nothing live.
"""

import json

from django.urls import reverse

from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data
from wagtail_localize.models import StringTranslation, Translation

from resources.models import Resource
from tests.factories.home import StandardPageFactory
from tests.workflow.conftest import page_form

from .conftest import (
    library_entry,
    put_string,
    set_title_translation,
    source_of,
    title_segment,
    translation_of,
)

NEW_TITLE = "Changed by the role test"


def live_page(page):
    page = Page.objects.get(pk=page.pk).specific
    body = json.dumps(page.body.get_prep_value()) if hasattr(page, "body") else ""
    return (page.title, page.live, page.alias_of_id, page.live_revision_id, body)


def live_entry(entry):
    entry = Resource.objects.get(pk=entry.pk)
    return (entry.title, entry.summary, entry.live, entry.live_revision_id)


def english_page_form(page, title):
    return page_form(title, page.slug, ["Text of the role test."], intro=page.intro)


def change_english_paragraph(page, text):
    """The English page's first paragraph changes and is published (blocks keep their ids)."""
    english = page.get_translation(Locale.get_default()).specific
    blocks = english.body.get_prep_value()
    first = next(block for block in blocks if block["type"] == "paragraph")
    first["value"] = f"<p>{text}</p>"
    english.body = blocks
    english.save_revision().publish()


def resource_form(entry, title):
    """The edit form of a library entry as the admin sends it, with a new title."""
    links = list(entry.framework_links.all())
    data = nested_form_data(
        {
            "title": title,
            "slug": entry.slug,
            "summary": entry.summary,
            "description": entry.description,
            "resource_type": entry.resource_type,
            "files": inline_formset(
                [
                    {
                        "id": item.pk,
                        "language": item.language,
                        "document": item.document_id or "",
                        "url": item.url,
                    }
                    for item in entry.files.all()
                ],
                initial=entry.files.count(),
            ),
            "thumbnail": entry.thumbnail_id or "",
            "publisher": entry.publisher,
            "publication_year": entry.publication_year or "",
            "licence": entry.licence,
            "work_package": entry.work_package_id or "",
            "tags": ", ".join(entry.tags.names()),
            "framework_links": inline_formset(
                [{"id": link.pk, "framework": link.framework_id} for link in links], initial=len(links)
            ),
        }
    )
    data.update({"audiences": entry.audiences, "eqf_levels": entry.eqf_levels})
    return data


def snippet_url(name, entry, *args):
    return reverse(f"wagtailsnippets_resources_resource:{name}", args=[entry.pk, *args])


class PageAction:
    live = staticmethod(live_page)

    def prepare(self, language, context):
        """The demo's About page in that language (a wagtail-localize translation outside English)."""
        return context["home_pages"][language].get_children().get(slug="about").specific


class EditPage(PageAction):
    def attempt(self, client, page, context):
        if page.locale.language_code == "en":
            url = reverse("wagtailadmin_pages:edit", args=[page.pk])
            return client.post(url, english_page_form(page, NEW_TITLE))
        translation = translation_of(page)
        return put_string(client, translation, title_segment(translation), NEW_TITLE)

    def happened(self, page, response, before):
        if page.locale.language_code == "en":
            return Page.objects.get(pk=page.pk).get_latest_revision_as_object().title == NEW_TITLE
        return StringTranslation.objects.filter(locale=page.locale, data=NEW_TITLE).exists()


class PublishPage(PageAction):
    def attempt(self, client, page, context):
        url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        if page.locale.language_code == "en":
            return client.post(url, {**english_page_form(page, NEW_TITLE), "action-publish": "publish"})
        set_title_translation(translation_of(page), NEW_TITLE)
        with context["on_commit"]():
            return client.post(url, {"action": "publish"})

    def happened(self, page, response, before):
        return Page.objects.get(pk=page.pk).title == NEW_TITLE


class ApprovePage(PageAction):
    def prepare(self, language, context):
        page = super().prepare(language, context)
        page.title = NEW_TITLE
        page.save_revision(user=context["officer"])
        page.get_workflow().start(page, context["officer"])
        return page

    def attempt(self, client, page, context):
        task_state = Page.objects.get(pk=page.pk).current_workflow_task_state
        url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
        with context["on_commit"]():
            return client.post(url, {"comment": ""})

    def happened(self, page, response, before):
        return Page.objects.get(pk=page.pk).title == NEW_TITLE


class SubmitTranslation(PageAction):
    def prepare(self, language, context):
        page = StandardPageFactory(parent=context["home_pages"][language], title="Not translated yet")
        page.save_revision().publish()
        return page

    def attempt(self, client, page, context):
        url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
        targets = Locale.objects.exclude(pk=page.locale_id).values_list("pk", flat=True)
        with context["on_commit"]():
            return client.post(url, {"locales": list(targets)})

    def happened(self, page, response, before):
        return Translation.objects.filter(source__object_id=page.translation_key).count() == 3


class SyncPublish(PageAction):
    def prepare(self, language, context):
        page = super().prepare(language, context)
        change_english_paragraph(page, "Changed in English.")
        return page

    def attempt(self, client, page, context):
        url = reverse("wagtail_localize:update_translations", args=[source_of(page).pk])
        with context["on_commit"]():
            return client.post(url, {"publish_translations": "on"})

    def happened(self, page, response, before):
        return "Changed in English." in live_page(page)[-1]


class ConvertToAlias(PageAction):
    def attempt(self, client, page, context):
        return client.post(reverse("wagtail_localize:convert_to_alias", args=[page.pk]))

    def happened(self, page, response, before):
        return Page.objects.get(pk=page.pk).alias_of_id is not None


class SnippetAction:
    live = staticmethod(live_entry)

    def prepare(self, language, context):
        return library_entry(language)


class EditSnippet(SnippetAction):
    def attempt(self, client, entry, context):
        if entry.locale.language_code == "en":
            return client.post(snippet_url("edit", entry), resource_form(entry, NEW_TITLE))
        translation = translation_of(entry)
        return put_string(client, translation, title_segment(translation), NEW_TITLE)

    def happened(self, entry, response, before):
        if entry.locale.language_code == "en":
            return Resource.objects.get(pk=entry.pk).get_latest_revision_as_object().title == NEW_TITLE
        return StringTranslation.objects.filter(locale=entry.locale, data=NEW_TITLE).exists()


class PublishSnippet(SnippetAction):
    def attempt(self, client, entry, context):
        if entry.locale.language_code == "en":
            data = {**resource_form(entry, NEW_TITLE), "action-publish": "action-publish"}
            with context["on_commit"]():
                return client.post(snippet_url("edit", entry), data)
        set_title_translation(translation_of(entry), NEW_TITLE)
        with context["on_commit"]():
            return client.post(snippet_url("edit", entry), {"action": "publish"})

    def happened(self, entry, response, before):
        return Resource.objects.get(pk=entry.pk).title == NEW_TITLE


class ApproveSnippet(SnippetAction):
    def prepare(self, language, context):
        entry = super().prepare(language, context)
        entry.title = NEW_TITLE
        entry.save_revision(user=context["officer"])
        entry.get_workflow().start(entry, context["officer"])
        return Resource.objects.get(pk=entry.pk)

    def attempt(self, client, entry, context):
        task_state = Resource.objects.get(pk=entry.pk).current_workflow_task_state
        with context["on_commit"]():
            return client.post(
                snippet_url("workflow_action", entry, "approve", task_state.pk), {"comment": ""}
            )

    def happened(self, entry, response, before):
        return Resource.objects.get(pk=entry.pk).title == NEW_TITLE


class SnippetHistory(SnippetAction):
    def attempt(self, client, entry, context):
        history = client.get(snippet_url("history", entry))
        usage = client.get(snippet_url("usage", entry))
        return history if history.status_code != 200 else usage

    def happened(self, entry, response, before):
        return response.status_code == 200


class Report:
    """A read-only view: nothing live to compare."""

    url_name = ""

    def prepare(self, language, context):
        return language

    def live(self, target):
        return None

    def attempt(self, client, language, context):
        return client.get(reverse(self.url_name))

    def happened(self, language, response, before):
        return response.status_code == 200


class TranslationStatus(Report):
    url_name = "translation_status"

    def happened(self, language, response, before):
        columns = {
            state.locale.language_code
            for status in response.context["statuses"]
            for row in status.rows
            for state in row.languages
        }
        return response.status_code == 200 and language in columns


class DownloadReport(Report):
    url_name = "resource_downloads"


class SearchReport(Report):
    url_name = "search_queries_report"


class DemandReport(Report):
    url_name = "translation_requests_report"


def pending_reuse_report():
    from demand.models import ReuseReport

    entry = Resource.objects.filter(locale__language_code="en", live=True).order_by("pk").first()
    return ReuseReport.objects.create(
        resource=entry,
        translation_key=entry.translation_key,
        language_code="sq",
        country="AL",
        organisation_type="vet-provider",
        learners=12,
        comment="Used with two classes.",
    )


class ModerateReuse:
    """Approve a visitor's report of use in the moderation list's edit form."""

    def prepare(self, language, context):
        return pending_reuse_report()

    def live(self, target):
        target.refresh_from_db()
        return (target.status, target.comment)

    def attempt(self, client, target, context):
        url = reverse("reuse_reports:edit", args=[target.pk])
        return client.post(url, {"status": "approved", "comment": target.comment})

    def happened(self, target, response, before):
        target.refresh_from_db()
        return target.status == "approved"


class ExportReuse(Report):
    """Download the reports of use as CSV (the XLSX export goes through the same view)."""

    def prepare(self, language, context):
        pending_reuse_report()
        return language

    def attempt(self, client, language, context):
        return client.get(reverse("reuse_reports:index") + "?export=csv")

    def happened(self, language, response, before):
        return response.status_code == 200 and response["Content-Type"].startswith("text/csv")


class ResultsExport(Report):
    url_name = "results_export"

    def attempt(self, client, language, context):
        return client.get(reverse(self.url_name) + "?format=xlsx")


class ContactSubmissions:
    """The messages sent through one language's contact page (Wagtail's *Forms* submissions)."""

    MESSAGE = "A message only officers and coordinators may read"

    def prepare(self, language, context):
        from wagtail.contrib.forms.models import FormSubmission

        from contact.models import ContactPage

        page = ContactPage.objects.get(locale__language_code=language)
        FormSubmission.objects.create(page=page, form_data={"your_message": self.MESSAGE})
        return page

    def live(self, page):
        return None

    def attempt(self, client, page, context):
        return client.get(reverse("wagtailforms:list_submissions", args=[page.pk]))

    def happened(self, page, response, before):
        return response.status_code == 200 and self.MESSAGE in response.content.decode()


class NewsletterExport(Report):
    url_name = "newsletter_subscribers"

    def attempt(self, client, language, context):
        from contact.models import NewsletterSubscriber

        NewsletterSubscriber.objects.create(
            email="reader@example.org", language="sq", confirmed_at="2026-01-05T10:00Z"
        )
        return client.get(reverse(self.url_name) + "?export=csv")

    def happened(self, language, response, before):
        return response.status_code == 200 and b"reader@example.org" in b"".join(response.streaming_content)


DRIVERS = {
    "edit_page": EditPage(),
    "publish_page": PublishPage(),
    "approve_page": ApprovePage(),
    "submit_translation": SubmitTranslation(),
    "sync_publish": SyncPublish(),
    "convert_to_alias": ConvertToAlias(),
    "edit_snippet": EditSnippet(),
    "publish_snippet": PublishSnippet(),
    "approve_snippet": ApproveSnippet(),
    "snippet_history": SnippetHistory(),
    "translation_status": TranslationStatus(),
    "download_report": DownloadReport(),
    "search_report": SearchReport(),
    "demand_report": DemandReport(),
    "moderate_reuse": ModerateReuse(),
    "export_reuse": ExportReuse(),
    "results_export": ResultsExport(),
    "contact_submissions": ContactSubmissions(),
    "newsletter_export": NewsletterExport(),
}
