from django import template

from home.models import live_public
from home.navigation import site_navigation
from news.models import NewsIndexPage

register = template.Library()

FEED_TYPES = {"rss": ("application/rss+xml", "RSS"), "atom": ("application/atom+xml", "Atom")}


@register.simple_tag(takes_context=True)
def news_feeds(context):
    """The news feeds a page announces to feed readers: its language's, and the filtered topic's.

    The news index names the topic it is filtered by in `feed_topic`; other pages announce the
    feeds of their language's news index, which the navigation (home/navigation.py) keeps.
    """
    page = context.get("page")
    if isinstance(page, NewsIndexPage):
        return feed_links(page, context.get("feed_topic"), context.get("request"))
    return site_navigation(context.get("request")).get("feeds", [])


def feeds_of(locale_id):
    """The feeds of the first live news index of a locale, or none."""
    index = live_public(NewsIndexPage.objects.filter(locale_id=locale_id)).order_by("path").first()
    # A news index outside every site's tree has no address to announce.
    return feed_links(index) if index and index.url else []


def feed_links(index, topic=None, request=None):
    subjects = [(index.title, None)]
    if topic:
        subjects.append((f"{index.title}: {topic.name}", topic))
    return [
        {
            "type": content_type,
            "title": f"{title} ({label})",
            "url": index.feed_url(name, subject, request),
        }
        for title, subject in subjects
        for name, (content_type, label) in FEED_TYPES.items()
    ]
