from .inlines import EventAgendaItem
from .pages import EventIndexPage, EventPage, NewsIndexPage, NewsPage, upcoming_events

__all__ = [
    "EventAgendaItem",
    "EventIndexPage",
    "EventPage",
    "NewsIndexPage",
    "NewsPage",
    "upcoming_events",
]
