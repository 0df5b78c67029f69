"""Admin integration of the site search: the "What trainers search for" report."""

from .admin_views import SearchQueryReportView

SearchQueryReportView.register(order=700)
