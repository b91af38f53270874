from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import BaseStreamBlock
from search.text import apostrophe_spellings


class BasePage(Page):
    """Fields every public page has: a short introduction that also serves listings and previews."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        max_length=400,
        help_text=_(
            "One or two sentences under the title; also used in listings and link previews."
        ),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("apostrophe_spellings"),
    ]

    class Meta:
        abstract = True

    def apostrophe_spellings(self):
        """The page's words with an apostrophe, also indexed without it (search/text.py)."""
        texts = []
        for field in self.get_search_fields():
            if isinstance(field, index.SearchField) and field.field_name != "apostrophe_spellings":
                value = field.get_value(self) or ""
                texts.extend(value if isinstance(value, list) else [str(value)])
        return apostrophe_spellings(" ".join(texts))

    @property
    def meta_description(self):
        return self.search_description or self.intro


def claims_path(page, path_components):
    """Whether a routable page answers the rest of the path itself (a feed, not a child page)."""
    page_class = page.specific_class
    if not (page.live and page_class and issubclass(page_class, RoutablePageMixin)):
        return False
    try:
        page_class.get_resolver().resolve("/" + "/".join(path_components) + "/")
    except Http404:
        return False
    return True


class HomePage(BasePage):
    """The root of each language tree; one per locale, all translations of each other."""

    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.ContentPage",
        "news.NewsIndexPage",
        "news.EventIndexPage",
        "partnership.PartnerIndexPage",
        "partnership.ProjectIndexPage",
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def route(self, request, path_components):
        """Find the page a URL names with one query for the whole path.

        Wagtail's own routing asks for each segment's child page and then its specific type,
        four queries for /sv/nyheter/item/ before the page itself. A routable page on the way
        (feeds, calendars, exports) still gets the first say over the rest of the path.
        """
        if not path_components:
            return super().route(request, path_components)
        url_paths = [
            f"{self.url_path}{'/'.join(path_components[:length])}/"
            for length in range(1, len(path_components) + 1)
        ]
        chain = Page.objects.filter(url_path__in=url_paths, path__startswith=self.path)
        page, remaining = self, list(path_components)
        for step in chain.order_by("depth"):
            if step.depth != page.depth + 1 or claims_path(page, remaining):
                break
            step._cached_parent_obj = page
            page, remaining = step, remaining[1:]
        if page is self:
            return super().route(request, remaining)
        return page.specific.route(request, remaining)

    def get_context(self, request, *args, **kwargs):
        # Imported here: news and partnership pages build on this app's models.
        from news.models import EventPage, NewsPage
        from news.models.pages import listing_image_prefetch

        context = super().get_context(request, *args, **kwargs)
        context["latest_news"] = (
            NewsPage.objects.descendant_of(self)
            .live()
            .public()
            .select_related("organisation")
            .prefetch_related(listing_image_prefetch())
            .order_by("-date", "-pk")[:3]
        )
        context["upcoming_events"] = (
            EventPage.objects.descendant_of(self)
            .live()
            .public()
            .filter(end__gte=timezone.now())
            .order_by("start")[:3]
        )
        return context


class ContentPage(BasePage):
    """A general page: about the partnership, support for Ukrainians, accessibility, privacy."""

    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["home.ContentPage"]

    class Meta:
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")
