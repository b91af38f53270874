from django import template
from django.utils.translation import get_language
from wagtail.models import Page

from news.models import NewsIndexPage

register = template.Library()

FEED_TYPES = {"rss": ("application/rss+xml", "RSS"), "atom": ("application/atom+xml", "Atom")}


@register.simple_tag(takes_context=True)
def news_feeds(context):
    """The news feeds a page announces to feed readers: its language's, and the filtered topic's.

    The news index names the topic it is filtered by in `feed_topic`; other pages find the news
    index of their own language.
    """
    page = context.get("page")
    topic = None
    if isinstance(page, NewsIndexPage):
        index, topic = page, context.get("feed_topic")
    else:
        indexes = NewsIndexPage.objects.live().public().order_by("path")
        if isinstance(page, Page) and page.pk:
            indexes = indexes.filter(locale_id=page.locale_id)
        else:
            indexes = indexes.filter(locale__language_code=get_language())
        index = indexes.first()
    if index is None:
        return []
    subjects = [(index.title, None)]
    if topic:
        subjects.append((f"{index.title}: {topic.name}", topic))
    return [
        {"type": content_type, "title": f"{title} ({label})", "url": index.feed_url(name, subject)}
        for title, subject in subjects
        for name, (content_type, label) in FEED_TYPES.items()
    ]
