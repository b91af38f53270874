from zoneinfo import ZoneInfo

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    MultipleChooserPanel,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.search import index
from wagtail_localize.fields import BaseTranslatableField, SynchronizedField

from home.blocks import RICH_TEXT_FEATURES, BaseStreamBlock
from home.content_cache import cached, changes_at
from home.forms import TopicFilterForm
from home.models import BasePage, LocalizedSnippetsMixin, live_public
from home.pagination import paginate
from news.calendars import calendar_response, event_calendar
from news.choices import EventFormat, EventTimeZone
from news.feeds import AtomNewsFeed, NewsFeed
from news.forms import EventPageForm, NewsFilterForm, NewsPageForm
from news.models.inlines import NewsPageRelatedProject

PER_PAGE = 12
# Link previews and the content API: the 1.91:1 shape social sites show, in a format they read.
SOCIAL_IMAGE_SPEC = "fill-1200x630|format-webp"


def in_order(pages, ids):
    """`pages` in the order of `ids`."""
    by_id = {page.pk: page for page in pages}
    return [by_id[pk] for pk in ids if pk in by_id]


class NewsIndexPage(RoutablePageMixin, BasePage):
    """The news of one language, filterable, with RSS and Atom feeds (`?topic=` narrows them)."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index page")

    def news(self):
        return (
            live_public(NewsPage.objects.child_of(self))
            .select_related("organisation")
            .prefetch_related("topics")
            .order_by("-date", "-pk")
        )

    @staticmethod
    def filter_news(news, filters):
        """The `news` that the index's filters (topic, organisation, year) let through."""
        if "topic" in filters:
            # A subquery rather than a join, so that no DISTINCT over whole rows is needed.
            tagged = NewsPage.topics.through.objects.filter(
                topic__translation_key=filters["topic"].translation_key
            )
            news = news.filter(pk__in=tagged.values("newspage_id"))
        if "organisation" in filters:
            news = news.filter(
                organisation__translation_key=filters["organisation"].translation_key
            )
        if "year" in filters:
            news = news.filter(date__year=filters["year"])
        return news

    def get_context(self, request, *args, **kwargs):
        from news.cards import news_cards  # it builds on this module's NewsPage

        context = super().get_context(request, *args, **kwargs)
        form = NewsFilterForm(request.GET or None, locale_id=self.locale_id, years=self.years())
        filters = form.valid_filters()
        news_page = paginate(request, self.news_order(filters), PER_PAGE)
        # The order was taken from live, public news; any change to those starts it afresh.
        news_page.object_list = news_cards(news_page.object_list, request)
        context.update(filter_form=form, feed_topic=filters.get("topic"), news_page=news_page)
        return context

    def all_news(self):
        """The ids of all the index's news, newest first, and the years that have news.

        One query for both, kept until the next publish: the order is the unfiltered list (so
        that counting the news and opening page 500 of them costs the same as page 1, however
        many years of news have piled up), the years are the filter's choices.
        """

        def build():
            rows = list(self.news().values_list("pk", "date__year"))
            return {
                "order": [pk for pk, _year in rows],
                "years": sorted({year for _pk, year in rows}, reverse=True),
            }

        return cached(f"news-all:{self.pk}", build)

    def years(self):
        """The years that have news, newest first."""
        return self.all_news()["years"]

    def news_order(self, filters):
        """The ids of the news these filters let through, newest first, kept like `all_news`."""
        if not filters:
            return self.all_news()["order"]
        key = ":".join(
            str(getattr(filters.get(name), "pk", filters.get(name)))
            for name in ("topic", "organisation", "year")
        )
        return cached(
            f"news-order:{self.pk}:{key}",
            lambda: list(self.filter_news(self.news(), filters).values_list("pk", flat=True)),
        )

    def requested_topic(self, request):
        """The topic a feed is narrowed to, if any; an unknown one is a 404, not the whole feed."""
        form = TopicFilterForm(request.GET or None, locale_id=self.locale_id)
        if form.is_bound and not form.is_valid():
            raise Http404("No such topic")
        return form.valid_filters().get("topic")

    @path("feed/rss/", name="rss")
    def rss_feed(self, request):
        return NewsFeed(self, request, self.requested_topic(request))(request)

    @path("feed/atom/", name="atom")
    def atom_feed(self, request):
        return AtomNewsFeed(self, request, self.requested_topic(request))(request)

    def feed_url(self, name, topic=None, request=None):
        """The address of the "rss" or "atom" feed, of every item or of one topic.

        With the request, the site's root paths are the request's own, not read from the cache.
        """
        url = self.get_url(request) + self.reverse_subpage(name)
        return f"{url}?{urlencode({'topic': topic.slug})}" if topic else url


class NewsPage(LocalizedSnippetsMixin, BasePage):
    date = models.DateField(_("date"), default=timezone.localdate)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(
        _("what the image shows"),
        max_length=250,
        blank=True,
        help_text=_(
            "Alternative text for readers who cannot see the image, in this page's language."
        ),
    )
    image_is_decorative = models.BooleanField(
        _("the image is decorative"),
        default=False,
        help_text=_(
            "Only if it adds nothing the text does not say: then it has no alternative text."
        ),
    )
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))
    organisation = models.ForeignKey(
        "home.Organisation",
        verbose_name=_("publishing organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    topics = ParentalManyToManyField("home.Topic", verbose_name=_("topics"), blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldRowPanel([FieldPanel("date"), FieldPanel("organisation")]),
        MultiFieldPanel(
            [FieldPanel("image"), FieldPanel("image_alt"), FieldPanel("image_is_decorative")],
            heading=_("Image"),
        ),
        FieldPanel("body"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        MultipleChooserPanel(
            "related_project_links",
            chooser_field_name="project",
            heading=_("Related projects"),
            label=_("Related project"),
        ),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body"), index.FilterField("date")]
    api_fields = [
        *BasePage.api_fields,
        APIField("date"),
        APIField("image", serializer=ImageRenditionField(SOCIAL_IMAGE_SPEC)),
        APIField("body"),
    ]

    # The alternative text is translated with the page; whether there is one is the same in all.
    # Each language's editors choose its related projects (its own language's): a sync from the
    # original leaves them alone, as it did when they were a many-to-many field.
    override_translatable_fields = [
        *LocalizedSnippetsMixin.override_translatable_fields,
        SynchronizedField("image_is_decorative"),
        BaseTranslatableField("related_project_links"),
    ]

    base_form_class = NewsPageForm
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    served_with = ("organisation", "image")

    class Meta:
        verbose_name = _("news page")
        # Newest first: the home page, feeds and listings read only the top of this order.
        indexes = [models.Index(fields=["-date", "-page_ptr"], name="news_newest_first")]

    def clean(self):
        super().clean()
        if self.image_id and not self.image_alt.strip() and not self.image_is_decorative:
            raise ValidationError(
                {
                    "image_alt": _(
                        "Say what the image shows for readers who cannot see it, or mark it as "
                        "decorative."
                    )
                }
            )

    @property
    def related_projects(self):
        """The chosen projects, in the editor's order (in a preview, the form's)."""
        return [link.project for link in self.related_project_links.all()]

    @related_projects.setter
    def related_projects(self, projects):
        self.related_project_links = [NewsPageRelatedProject(project=p) for p in projects]

    @property
    def image_alt_text(self):
        return "" if self.image_is_decorative else self.image_alt

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if getattr(request, "is_preview", False):
            links = self.links(request)  # the draft's own topics and projects
        else:
            # Topics and projects change only with a publish: no query for them until then.
            links = cached(f"news-links:{self.pk}", lambda: self.links(request))
        context.update(links)
        return context

    def links(self, request):
        """The item's topics in its language, and its live, public related projects by title."""
        # In a preview the chosen projects are the form's, in memory, not a query to narrow down.
        chosen = self.related_project_links.all().values_list("project_id", flat=True)
        project_model = NewsPageRelatedProject._meta.get_field("project").related_model
        projects = project_model.objects.filter(pk__in=chosen)
        index_url = self.get_parent().get_url(request)
        return {
            "topics": [
                {"name": topic.name, "url": f"{index_url}?{urlencode({'topic': topic.slug})}"}
                for topic in self.localized_topics
            ],
            "related_projects": [
                {
                    "title": project.title,
                    "url": project.get_url(request),
                    "status": project.status,
                    "status_label": project.get_status_display(),
                }
                for project in live_public(projects).order_by("title")
            ],
        }


def upcoming_events(events, limit=None):
    """The `events` (a queryset) that have not ended, soonest first, as a list: the list changes
    by itself when the first of them ends, so what shows it is kept no longer (`changes_at`)."""
    upcoming = list(events.filter(end__gte=timezone.now()).order_by("start")[:limit])
    changes_at(min((event.end for event in upcoming), default=None))
    return upcoming


class EventIndexPage(RoutablePageMixin, BasePage):
    """The events of one language, with the upcoming ones as a calendar to subscribe to."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("event index page")

    def events(self):
        return live_public(EventPage.objects.child_of(self))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["upcoming"] = upcoming_events(self.events())
        context["past_page"] = paginate(
            request, self.events().filter(end__lt=timezone.now()).order_by("-start"), PER_PAGE
        )
        return context

    @path("calendar/", name="calendar")
    def calendar(self, request):
        upcoming = upcoming_events(self.events().select_related("locale"))
        calendar = event_calendar(upcoming, request, self.title)
        return calendar_response(calendar)

    @property
    def calendar_url(self):
        return self.url + self.reverse_subpage("calendar")


class EventPage(RoutablePageMixin, LocalizedSnippetsMixin, BasePage):
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    time_zone = models.CharField(
        _("time zone"),
        max_length=40,
        choices=EventTimeZone.choices,
        default=EventTimeZone.STOCKHOLM,
        help_text=_("Where the event takes place; times are shown in this zone."),
    )
    format = models.CharField(
        _("format"), max_length=10, choices=EventFormat.choices, default=EventFormat.IN_PERSON
    )
    location = models.CharField(_("place"), max_length=255, blank=True)
    online_url = models.URLField(_("online meeting link"), blank=True)
    registration_url = models.URLField(_("registration link"), blank=True)
    organisation = models.ForeignKey(
        "home.Organisation",
        verbose_name=_("organiser"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    topics = ParentalManyToManyField("home.Topic", verbose_name=_("topics"), blank=True)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("description"))
    report = RichTextField(
        _("report"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("After the event: what happened, decisions, minutes."),
    )
    attendee_count = models.PositiveIntegerField(_("number of participants"), null=True, blank=True)

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end"), FieldPanel("time_zone")]),
                FieldPanel("format"),
                FieldPanel("location"),
                FieldPanel("online_url"),
                FieldPanel("registration_url"),
                FieldPanel("organisation"),
            ],
            heading=_("When and where"),
        ),
        FieldPanel("body"),
        InlinePanel("agenda_items", heading=_("Programme"), label=_("Agenda item")),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [FieldPanel("report"), FieldPanel("attendee_count")], heading=_("After the event")
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.SearchField("location"),
    ]
    api_fields = [
        *BasePage.api_fields,
        *(
            APIField(name)
            for name in ("start", "end", "time_zone", "format", "location", "online_url")
        ),
        APIField("registration_url"),
        APIField("body"),
    ]

    base_form_class = EventPageForm
    parent_page_types = ["news.EventIndexPage"]
    subpage_types = []
    served_with = ("organisation",)

    class Meta:
        verbose_name = _("event page")
        # Upcoming events are those not yet over, soonest first.
        indexes = [models.Index(fields=["end", "start"], name="event_upcoming")]

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The event cannot end before it starts.")})
        if self.format in {EventFormat.ONLINE, EventFormat.HYBRID} and not self.online_url:
            raise ValidationError(
                {"online_url": _("Online and hybrid events need a meeting link.")}
            )

    @property
    def zone(self):
        return ZoneInfo(self.time_zone)

    @property
    def local_start(self):
        return timezone.localtime(self.start, self.zone)

    @property
    def local_end(self):
        return timezone.localtime(self.end, self.zone)

    @property
    def is_past(self):
        changes_at(self.end)
        return self.end < timezone.now()

    @path("calendar/", name="calendar")
    def calendar(self, request):
        return calendar_response(event_calendar([self], request), filename=f"{self.slug}.ics")

    @property
    def calendar_url(self):
        return self.url + self.reverse_subpage("calendar")
