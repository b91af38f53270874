from .mixins import (
    SYNCHRONIZED_ORGANISATION,
    LocalizedSnippetsMixin,
    LocationMixin,
    in_locale,
    in_locale_each,
)
from .pages import (
    AccessibilityStatementPage,
    BasePage,
    ContentPage,
    HomePage,
    is_public,
    live_public,
    private_collections_q,
)
from .settings import SiteSettings
from .snippets import FundingProgramme, Organisation, Person, Topic

__all__ = [
    "AccessibilityStatementPage",
    "BasePage",
    "ContentPage",
    "FundingProgramme",
    "HomePage",
    "LocalizedSnippetsMixin",
    "LocationMixin",
    "SYNCHRONIZED_ORGANISATION",
    "Organisation",
    "Person",
    "SiteSettings",
    "Topic",
    "in_locale",
    "in_locale_each",
    "is_public",
    "live_public",
    "private_collections_q",
]
