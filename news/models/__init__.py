from .inlines import EventAgendaItem, NewsPageRelatedProject
from .pages import EventIndexPage, EventPage, NewsIndexPage, NewsPage, upcoming_events

__all__ = [
    "EventAgendaItem",
    "EventIndexPage",
    "EventPage",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageRelatedProject",
    "upcoming_events",
]
