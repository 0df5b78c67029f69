from .news import NewsIndexPage, NewsPage, NewsPageTag
from .pages import HomePage, StandardPage
from .site_settings import FooterLinks
from .snippets import Partner, Topic
from .work_packages import Deliverable, WorkPackageIndexPage, WorkPackagePage

__all__ = [
    "Deliverable",
    "FooterLinks",
    "HomePage",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageTag",
    "Partner",
    "StandardPage",
    "Topic",
    "WorkPackageIndexPage",
    "WorkPackagePage",
]
