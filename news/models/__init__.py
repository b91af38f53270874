from .inlines import EventAgendaItem, NewsPageRelatedProject
from .pages import EventIndexPage, EventPage, NewsIndexPage, NewsPage

__all__ = [
    "EventAgendaItem",
    "EventIndexPage",
    "EventPage",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageRelatedProject",
]
