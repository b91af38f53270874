from .mixins import SYNCHRONIZED_ORGANISATION, LocalizedOrganisationMixin, LocationMixin
from .pages import BasePage, ContentPage, HomePage
from .settings import SiteSettings
from .snippets import FundingProgramme, Organisation, Person, Topic

__all__ = [
    "BasePage",
    "ContentPage",
    "FundingProgramme",
    "HomePage",
    "LocalizedOrganisationMixin",
    "LocationMixin",
    "SYNCHRONIZED_ORGANISATION",
    "Organisation",
    "Person",
    "SiteSettings",
    "Topic",
]
