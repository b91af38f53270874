from .mixins import LocationMixin
from .pages import BasePage, ContentPage, HomePage
from .settings import SiteSettings
from .snippets import FundingProgramme, Organisation, Person, Topic

__all__ = [
    "BasePage",
    "ContentPage",
    "FundingProgramme",
    "HomePage",
    "LocationMixin",
    "Organisation",
    "Person",
    "SiteSettings",
    "Topic",
]
