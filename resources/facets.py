"""The library's facets, declared once.

Each facet says how it is named in URLs, which model field holds it, its options and label, whether
a resource has one value or several, and its import/export column. The public filters, the counts,
the import/export format, the admin filters, the library template and the API all loop over `FACETS`, so a
new facet is a model field, its migration and one line here.

Facets on relations import the models inside their methods: resources.models loads this module
(through resources.filters), so it cannot import them at the top.
"""

import django_filters

from django.db.models import Count, Exists, OuterRef, Q, Subquery, Value
from django.db.models.functions import StrIndex
from django.db.models.lookups import GreaterThan
from django.utils.translation import gettext_lazy as _

from resources.choices import AUDIENCES, EQF_LEVELS, FILE_LANGUAGES, RESOURCE_TYPES
from resources.fields import SEPARATOR

MAX_TAG_OPTIONS = 30


class ChoiceFacet:
    """A field holding one key of a fixed list (a CharField with choices)."""

    multi = False

    def __init__(self, param, field, label, options, *, admin_label=None, column=None):
        self.param = param  # the GET parameter of the public library (part of its URL contract)
        self.field = field
        self.label = label
        self.options = options
        self.admin_label = admin_label or label
        self.column = column or field

    def __repr__(self):
        return f"<{type(self).__name__} {self.param}>"

    def allowed(self):
        """The values a visitor may ask for; None when any value may match."""
        return {key for key, _label in self.options}

    def condition(self, values):
        """Resources having any of `values` (OR)."""
        return Q(**{f"{self.field}__in": values})

    def option_conditions(self):
        """(value, label, condition) for every option: the library counts all fixed options of
        every facet in one query (resources.library.facets)."""
        return [(key, label, Q(**{self.field: key})) for key, label in self.options]

    def admin_filter(self):
        """(name, filter) for the admin's resource list."""
        return self.field, django_filters.ChoiceFilter(label=self.admin_label, choices=self.options)

    # The import/export format: plain values in and out, validated against the options.
    def export(self, resource):
        return getattr(resource, self.field)

    def read(self, raw):
        return "" if raw is None else str(raw).strip()

    def errors(self, value, catalogue):
        if value not in dict(self.options):
            return [f"unknown {self.field.replace('_', ' ')} {value!r}"]
        return []

    def assign(self, resource, value, catalogue):
        setattr(resource, self.field, value)


def as_list(value, separator=";"):
    """A list of stripped strings from a JSON array or a separated CSV cell."""
    if value is None:
        return []
    if isinstance(value, list):
        return [str(item).strip() for item in value if str(item).strip()]
    return [item.strip() for item in str(value).split(separator) if item.strip()]


def contains_key(queryset, name, value):
    """Admin filter method: resources whose ChoiceListField holds `value`."""
    return queryset.filter(**{f"{name}__contains": f"{SEPARATOR}{value}{SEPARATOR}"}) if value else queryset


class ChoiceListFacet(ChoiceFacet):
    """A ChoiceListField: several keys of a fixed list per resource."""

    multi = True

    def _has(self, key):
        # A plain substring search (SQLite's instr, PostgreSQL's strpos), not `contains`'s
        # LIKE '%|key|%' pattern: the library counts 13 such options on every entry, and at
        # 10,000 entries the LIKEs took 21 ms of SQLite's time, instr 10.
        return Q(GreaterThan(StrIndex(self.field, Value(f"{SEPARATOR}{key}{SEPARATOR}")), 0))

    def condition(self, values):
        condition = Q()
        for value in values:
            condition |= self._has(value)
        return condition

    def option_conditions(self):
        return [(key, label, self._has(key)) for key, label in self.options]

    def admin_filter(self):
        return self.field, django_filters.ChoiceFilter(
            label=self.admin_label, choices=self.options, method=contains_key
        )

    def export(self, resource):
        return list(getattr(resource, self.field))

    def read(self, raw):
        return as_list(raw)

    def errors(self, values, catalogue):
        options = dict(self.options)
        return [f"unknown {self.column} value {value!r}" for value in values if value not in options]


class FrameworkFacet:
    """Frameworks by their language-neutral slug, labelled in the visitor's language."""

    param, field, column, multi = "framework", "framework_links", "frameworks", True
    label, admin_label = _("Framework"), _("Framework (slug)")

    def allowed(self):
        return None  # an unknown slug simply matches nothing

    def condition(self, values):
        from resources.models import ResourceFramework

        # The list of the framework's entries (IN), which the library's counts read once: asked of
        # each entry (EXISTS) in every count, the library filtered by a framework took 70 -> 600 ms
        # at 10,000 entries. The feed, which reads 20 entries, asks each one (resources/feeds.py).
        return Q(pk__in=ResourceFramework.objects.filter(framework__slug__in=values).values("resource_id"))

    def count_query(self, queryset, locale):
        """The query counting each option's entries in `queryset` (rows for `shown_options`)."""
        from resources.library import framework_counts

        return framework_counts(queryset, locale)

    def shown_options(self, rows, locale, selected):
        """(value, label, count) of each option to show, from `count_query`'s rows."""
        from resources.library import framework_options

        return framework_options(rows, selected)

    def admin_filter(self):
        return "framework", django_filters.CharFilter(
            label=self.admin_label, field_name="framework_links__framework__slug", distinct=True
        )

    def export(self, resource):
        return [link.framework.slug for link in resource.framework_links.all()]

    def read(self, raw):
        return as_list(raw)

    def errors(self, slugs, catalogue):
        return [f"unknown framework {slug!r}" for slug in slugs if slug not in catalogue.frameworks]

    def assign(self, resource, slugs, catalogue):
        from resources.models import ResourceFramework

        resource.framework_links = [ResourceFramework(framework=catalogue.frameworks[slug]) for slug in slugs]


class FileLanguageFacet:
    """The languages an entry's file exists in: the languages of its attached files (ResourceFile),
    never a list typed beside them. Exported for information; the import attaches the source
    language's file from its document / external_url columns (resources/exchange.py)."""

    param, field, column, multi = "language", "files", "file_languages", True
    label, admin_label = _("File language"), _("File language")
    options = FILE_LANGUAGES

    def allowed(self):
        return {key for key, _label in self.options}

    def condition(self, values):
        from resources.models import ResourceFile

        return Q(pk__in=ResourceFile.objects.filter(language__in=values).values("resource_id"))

    def option_conditions(self):
        from resources.models import ResourceFile

        # Asked of each entry the other facets leave (EXISTS): as each language's list of entries
        # (IN, as condition() has it) the unfiltered library counted 2-3 ms faster at 10,000
        # entries, but one filtered by type and audience 3 ms slower, each list being read whole.
        return [
            (key, label, Q(Exists(ResourceFile.objects.filter(resource_id=OuterRef("pk"), language=key))))
            for key, label in self.options
        ]

    def admin_filter(self):
        return "language", django_filters.ChoiceFilter(
            label=self.admin_label, choices=self.options, field_name="files__language", distinct=True
        )

    def export(self, resource):
        return resource.file_languages

    def read(self, raw):
        return as_list(raw)

    def errors(self, values, catalogue):
        return []

    def assign(self, resource, values, catalogue):
        """Nothing: what is attached says it (the document / external_url columns attach a file)."""


def tag_labels(locale):
    """{tag: label in `locale`}: tags are language-neutral keys, labelled by the Topic snippets."""
    from home.models import Topic

    return Topic.labels(locale)


class LabelOfGroup(Subquery):
    """A subquery reading only the column a count is grouped by (a tag's or framework's label):
    asked once per group. Django would otherwise add it to the GROUP BY, where the database asks
    it for every row counted (at 10,000 entries, 25 of the home page's 42 ms framework count)."""

    def get_group_by_cols(self):
        return []


def topic_label(tag_field, locale):
    """The label of the tag in `tag_field` in `locale`, else in the default language (an expression:
    a listing labels its tags in the query that counts them, grouped by `tag_field`)."""
    from core.locales import default_locale, language_order
    from home.models import Topic

    topics = Topic.objects.filter(slug=OuterRef(tag_field), live=True, locale__in=[locale, default_locale()])
    return LabelOfGroup(topics.order_by(language_order(locale)).values("name")[:1])


class TagFacet:
    """Free keywords (taggit); the most used ones are offered, plus any the visitor ticked."""

    param, field, column, multi = "tag", "tags", "tags", True
    label, admin_label = _("Tags"), _("Tag")

    def allowed(self):
        return None

    def condition(self, values):
        from resources.models import ResourceTag

        return Q(pk__in=ResourceTag.objects.filter(tag__name__in=values).values("content_object_id"))

    def count_query(self, queryset, locale):
        """The query counting the most used tags' entries in `queryset` (rows for `shown_options`)."""
        from resources.models import ResourceTag

        return (
            ResourceTag.objects.filter(content_object__in=queryset.order_by().values("pk"))
            .values_list("tag__name")
            .annotate(n=Count("content_object_id", distinct=True), label=topic_label("tag__name", locale))
            .order_by("-n", "tag__name")[:MAX_TAG_OPTIONS]
        )

    def shown_options(self, rows, locale, selected):
        """(value, label, count) of each tag to show, from `count_query`'s rows."""
        found = {name: (label or name, n) for name, n, label in rows}
        missing = [name for name in selected if name not in found]
        if missing:  # a ticked box stays visible, so it can be unticked
            labels = tag_labels(locale)
            found.update((name, (labels.get(name, name), 0)) for name in missing)
        return sorted(
            ((name, label, n) for name, (label, n) in found.items()), key=lambda row: row[1].lower()
        )

    def admin_filter(self):
        return "tag", django_filters.CharFilter(
            label=self.admin_label, field_name="tags__name", distinct=True
        )

    def export(self, resource):
        return sorted(item.tag.name for item in resource.tagged_items.all())

    def read(self, raw):
        return sorted(set(as_list(raw)))

    def errors(self, names, catalogue):
        return []

    def assign(self, resource, names, catalogue):
        resource.tags.set(names)


# The order is the order of the filters on the page, in links and in the export columns.
FACETS = [
    FrameworkFacet(),
    ChoiceFacet("type", "resource_type", _("Resource type"), RESOURCE_TYPES),
    ChoiceListFacet("audience", "audiences", _("For whom"), AUDIENCES, admin_label=_("Target audience")),
    ChoiceListFacet("eqf", "eqf_levels", _("EQF level"), EQF_LEVELS),
    FileLanguageFacet(),
    TagFacet(),
]


def facets():
    """The registered facets (read at call time, so a test can register one more)."""
    return list(FACETS)


def facet_named(param):
    """The registered facet of a GET parameter."""
    return next(facet for facet in FACETS if facet.param == param)
