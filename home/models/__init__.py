from .pages import BasePage, ContentPage, HomePage
from .settings import SiteSettings

__all__ = ["BasePage", "ContentPage", "HomePage", "SiteSettings"]
