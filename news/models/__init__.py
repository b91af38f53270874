from .inlines import EventAgendaItem
from .pages import EventIndexPage, EventPage, NewsIndexPage, NewsPage

__all__ = ["EventAgendaItem", "EventIndexPage", "EventPage", "NewsIndexPage", "NewsPage"]
