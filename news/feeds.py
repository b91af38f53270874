"""RSS 2.0 and Atom feeds of a news index, in the index's own language.

Each feed lists the latest live, public news items under one NewsIndexPage, optionally only those
of one topic, with their publishing organisation and topics named in the feed's language.
"""

import datetime

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from home.models import in_locale_each

FEED_LENGTH = 20


class NewsFeed(Feed):
    """An RSS 2.0 feed; made for one request, since its links are full URLs of that site."""

    def __init__(self, index, request, topic=None):
        self.index = index
        self.request = request
        self.topic = topic
        self.language = index.locale.language_code

    def title(self):
        name = f"{self.index.title}: {self.topic.name}" if self.topic else self.index.title
        return f"{name} – {settings.WAGTAIL_SITE_NAME}"

    def link(self):
        return self.index.get_full_url(self.request)

    def description(self):
        return self.index.intro or _("News from the Alingsås–Lviv partnership.")

    def feed_url(self):
        return self.request.build_absolute_uri()

    def items(self):
        filters = {"topic": self.topic} if self.topic else {}
        news = list(self.index.filter_news(self.index.news(), filters)[:FEED_LENGTH])
        # Publishers and topics in the feed's language, for every item in two queries at most.
        organisations = in_locale_each(
            [[item.organisation] if item.organisation else [] for item in news],
            self.index.locale_id,
        )
        topics = in_locale_each([item.topics.all() for item in news], self.index.locale_id)
        for item, organisation, item_topics in zip(news, organisations, topics, strict=True):
            item.localized_organisation = organisation[0] if organisation else None
            item.localized_topics = item_topics
        return news

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.intro

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        # The news date is a calendar day; the feed dates it at the start of that day, site time.
        return datetime.datetime.combine(item.date, datetime.time.min)

    def item_updateddate(self, item):
        # Atom requires an update time for every entry.
        return item.last_published_at or self.item_pubdate(item)

    def item_author_name(self, item):
        return item.localized_organisation.name if item.localized_organisation else None

    def item_categories(self, item):
        return [topic.name for topic in item.localized_topics]


class AtomNewsFeed(NewsFeed):
    feed_type = Atom1Feed

    def subtitle(self):
        return self.description()
