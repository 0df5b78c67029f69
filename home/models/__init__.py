from .mixins import BasePage
from .pages import HomePage, StandardPage
from .site_settings import FooterLinks

__all__ = ["BasePage", "FooterLinks", "HomePage", "StandardPage"]
