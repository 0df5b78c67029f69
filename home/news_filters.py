"""The news index's filters: ?tag= (a topic slug) and ?work_package= (wp3, 3 or a page slug)."""

import re
from dataclasses import dataclass

from core.listing import ListingFilters

SLUG_PATTERN = re.compile(r"^[-a-z0-9_]{1,100}$")
WORK_PACKAGE_NUMBER = re.compile(r"^(?:wp)?(\d{1,4})$")


@dataclass(frozen=True)
class NewsFilters(ListingFilters):
    """The topic and work package a visitor chose: valid-looking values kept (lower case), others dropped."""

    PARAMETERS = ("tag", "work_package")

    tag: str = ""
    work_package: str = ""

    @classmethod
    def from_query(cls, query, **context):
        tag = str(query.get("tag", "")).strip().lower()
        work_package = str(query.get("work_package", "")).strip().lower()
        number = WORK_PACKAGE_NUMBER.match(work_package)
        if number:
            work_package = f"wp{int(number.group(1))}"
        elif not SLUG_PATTERN.match(work_package):
            work_package = ""
        return cls(tag=tag if SLUG_PATTERN.match(tag) else "", work_package=work_package)

    def apply(self, news):
        from home.models.work_packages import WorkPackagePage  # home.models imports this module

        if self.tag:
            news = news.filter(tagged_items__tag__slug=self.tag)
        if self.work_package:
            match = WORK_PACKAGE_NUMBER.match(self.work_package)
            if match:
                news = news.filter(related_work_package__number=int(match.group(1)))
            else:
                # Any language's slug selects the work package: the FK points at one language version.
                keys = WorkPackagePage.objects.filter(slug=self.work_package).values("translation_key")
                news = news.filter(related_work_package__translation_key__in=keys)
        return news

    def params(self):
        return [
            (name, value) for name, value in (("tag", self.tag), ("work_package", self.work_package)) if value
        ]
