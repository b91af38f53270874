from functools import reduce
from operator import or_

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.coreutils import find_available_slug
from wagtail.fields import RichTextField, StreamField
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.blocks import BaseStreamBlock
from home.choices import ComplianceStatus
from home.content_cache import cached
from home.slugs import slug_for
from search.text import apostrophe_spellings


def private_sections():
    """{path of a private section: paths of the pages whose view restrictions govern it}.

    A section is private when its top page has a view restriction, or when it is an alias of a
    page in a private section: an alias shows its original's content, so it is exactly as
    private, wherever it stands (Wagtail asks only the original's own restrictions, not those
    above it). Cached until published content or a restriction changes.
    """
    return cached("private-sections", find_private_sections, per_language=False)


def find_private_sections():
    sections = {
        path: {path}
        for path in PageViewRestriction.objects.values_list("page__path", flat=True).distinct()
    }
    # Aliases of pages in the sections found last; an alias may in turn have aliases.
    found = dict(sections)
    while found:
        aliases = Page.objects.filter(
            reduce(or_, (Q(alias_of__path__startswith=path) for path in found))
        ).values_list("path", "alias_of__path")
        found = {}
        for path, original_path in aliases:
            governing = governing_restrictions(original_path, sections)
            if not governing <= sections.get(path, set()):
                sections[path] = found[path] = sections.get(path, set()) | governing
    return {path: sorted(governing) for path, governing in sections.items()}


def governing_restrictions(path, sections):
    """The restricted pages' paths whose restrictions apply to the page at `path`."""
    return {
        restricted
        for section, governing in sections.items()
        if path.startswith(section)
        for restricted in governing
    }


def private_q():
    """Every page in a private section, aliases included, from the cached sections."""
    paths = sorted(private_sections())
    tops = [path for n, path in enumerate(paths) if not any(path.startswith(p) for p in paths[:n])]
    return reduce(or_, (Q(path__startswith=path) for path in tops)) if tops else Q(pk__in=[])


def live_public(pages=None):
    """The live pages anyone may read: the one filter of every public listing and output.

    `pages` is any page queryset, Wagtail's `Page.objects` by default. Wagtail's own `.public()`
    does not know that an alias is as private as its original, so the portal never uses it.
    """
    pages = Page.objects.all() if pages is None else pages
    return pages.live().exclude(private_q())


def is_public(page):
    """Whether anyone may read `page`, a page already loaded: live and in no private section."""
    return page.live and not governing_restrictions(page.path, private_sections())


def private_collections_q(prefix=""):
    """Documents (or, with a `prefix` such as "document__", rows naming one) in a collection
    with a view restriction, or inside one; cached until a restriction changes."""
    paths = cached(
        "private-collections",
        lambda: list(CollectionViewRestriction.objects.values_list("collection__path", flat=True)),
        per_language=False,
    )
    lookup = f"{prefix}collection__path__startswith"
    return reduce(or_, (Q(**{lookup: path}) for path in paths)) if paths else Q(pk__in=[])


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
    # Served by the content API (portal/api.py) to partner sites.
    api_fields = [APIField("intro")]

    # What the page's own template shows from other tables (`select_related` names), loaded with
    # the page when a request routes to it.
    served_with = ()

    class Meta:
        abstract = True

    def get_view_restrictions(self):
        """The restrictions on this page, its sections and, for an alias, its original's.

        Wagtail asks the database on every page view, and for an alias only the original's own
        restrictions. Which sections are private changes only with a restriction, a publish or a
        move, so they are cached and a public page costs no query here. An alias also keeps
        Wagtail's own answer, in case it was made since the sections were cached.
        """
        governing = governing_restrictions(self.path, private_sections())
        restrictions = PageViewRestriction.objects.filter(page__path__in=governing)
        if self.alias_of_id is not None:
            return restrictions | super().get_view_restrictions()
        if not governing:
            return PageViewRestriction.objects.none()
        return restrictions

    def full_clean(self, *args, **kwargs):
        self.slug = self.ascii_slug()
        super().full_clean(*args, **kwargs)

    def minimal_clean(self):
        """What Wagtail checks when a draft is saved."""
        self.slug = self.ascii_slug()
        super().minimal_clean()

    def ascii_slug(self):
        """The slug in ASCII (home/slugs.py), free among the page's siblings.

        An empty or non-ASCII slug is transliterated; a translation that was never published
        and still has another language's slug gets one from its own title.
        """
        if not self.slug:
            wanted = slug_for(self.title)
        elif not self.slug.isascii():
            wanted = slug_for(self.slug)
        elif self.first_published_at is None and self.shares_slug_with_a_translation():
            wanted = slug_for(self.title)
        else:
            return self.slug
        if not wanted:
            return self.slug
        if not self.path:  # not in the tree yet: its parent checks the slug when it is added
            return wanted
        return find_available_slug(self.get_parent(), wanted, ignore_page_id=self.pk)

    def shares_slug_with_a_translation(self):
        return (
            Page.objects.filter(translation_key=self.translation_key, slug=self.slug)
            .exclude(locale_id=self.locale_id)
            .exclude(title=self.title)
            .exists()
        )

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


# The sections the home page links to, by the name its template uses.
HOME_SECTIONS = {
    "news": "news.NewsIndexPage",
    "events": "news.EventIndexPage",
    "projects": "partnership.ProjectIndexPage",
}


class HomePage(BasePage):
    """The root of each language tree; one per locale, all translations of each other."""

    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.ContentPage",
        "home.AccessibilityStatementPage",
        "news.NewsIndexPage",
        "news.EventIndexPage",
        "partnership.PartnerIndexPage",
        "partnership.ProjectIndexPage",
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        # Imported here: news and partnership pages build on this app's models.
        from news.cards import news_cards
        from news.models import EventPage, upcoming_events
        from partnership.models import PartnerPage, ProjectPage
        from partnership.models.pages import attach_activities

        context = super().get_context(request, *args, **kwargs)
        # The private sections are cached until a restriction changes: no query for them.
        private = private_q()
        sections = cached(f"home-sections:{self.pk}", lambda: self.sections(request))
        context["section_urls"] = sections["urls"]
        context["latest_news"] = news_cards(sections["latest_news"], request)
        context["upcoming_events"] = upcoming_events(
            EventPage.objects.descendant_of(self).live().exclude(private), limit=3
        )
        # The first six projects, with their activities so progress rolls up as on the dashboard.
        paths = sections["first_projects"]
        context["projects"] = (
            attach_activities(
                ProjectPage.objects.live()
                .exclude(private)
                .filter(reduce(or_, (Q(path__startswith=path) for path in paths)))
                .prefetch_related("milestones")
                .order_by("path"),
                depth=self.depth + 2,
            )
            if paths
            else []
        )
        context["partners"] = (
            PartnerPage.objects.descendant_of(self).live().exclude(private).order_by("title")
        )
        return context

    def sections(self, request):
        """The addresses of the sections the home page links to ("All news"...), the latest three
        news items, and the paths of the first six projects in tree order, as editors arrange
        them: short lists that change only with a publish or a move."""
        from news.models import NewsPage
        from partnership.models import ProjectPage

        private = private_q()
        children = {
            page.specific_class._meta.label: page
            for page in self.get_children().live().exclude(private)
        }
        dashboard = children.get("partnership.ProjectIndexPage")
        first_projects = (
            ProjectPage.objects.live().exclude(private).child_of(dashboard).order_by("path")
            if dashboard
            else ProjectPage.objects.none()
        )
        return {
            "urls": {
                name: children[label].get_url(request)
                for name, label in HOME_SECTIONS.items()
                if label in children
            },
            "latest_news": list(
                NewsPage.objects.descendant_of(self)
                .live()
                .exclude(private)
                .order_by("-date", "-pk")
                .values_list("pk", flat=True)[:3]
            ),
            "first_projects": list(first_projects.values_list("path", flat=True)[:6]),
        }


class ContentPage(BasePage):
    """A general page: about the partnership, support for Ukrainians, privacy."""

    easy_read = RichTextField(
        _("easy-to-read summary"),
        blank=True,
        features=["bold", "ol", "ul", "link"],
        help_text=_(
            "Optional. The page's message in short sentences and everyday words (lättläst), "
            "shown before the rest of the page."
        ),
    )
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*BasePage.content_panels, FieldPanel("easy_read"), FieldPanel("body")]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("easy_read"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["home.ContentPage"]

    class Meta:
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")


STATEMENT_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link"]


class AccessibilityStatementPage(BasePage):
    """The accessibility statement the Swedish law requires, in the structure of DIGG's template.

    The headings and fixed sentences come from the template so that every language version says
    the same things in the same order; editors fill in only what is particular to this site.
    """

    organisation = models.CharField(
        _("organisation"),
        max_length=200,
        help_text=_("The organisation responsible for the website, e.g. Alingsås kommun."),
    )
    compliance = models.CharField(
        _("compliance with the law"),
        max_length=16,
        choices=ComplianceStatus.choices,
        default=ComplianceStatus.PARTIAL,
    )
    non_compliance = RichTextField(
        _("non-compliance with the law"),
        blank=True,
        features=STATEMENT_TEXT_FEATURES,
        help_text=_("Known problems, each with the WCAG success criterion it fails."),
    )
    disproportionate_burden = RichTextField(
        _("disproportionate burden"),
        blank=True,
        features=STATEMENT_TEXT_FEATURES,
        help_text=_("Problems left unfixed because fixing them would be unreasonably costly."),
    )
    outside_scope = RichTextField(
        _("content outside the law's scope"),
        blank=True,
        features=STATEMENT_TEXT_FEATURES,
        help_text=_("E.g. documents published before 23 September 2018 or third-party content."),
    )
    assessment_method = RichTextField(
        _("how the website was assessed"), features=STATEMENT_TEXT_FEATURES
    )
    assessed_on = models.DateField(_("date of assessment"))
    updated_on = models.DateField(_("statement last updated"))
    feedback_email = models.EmailField(_("feedback email"), blank=True)
    feedback_phone = models.CharField(_("feedback phone"), max_length=40, blank=True)
    response_time = models.CharField(
        _("expected response time"),
        max_length=100,
        help_text=_(
            "How soon someone who reports a problem hears back, e.g. within 5 working days."
        ),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("organisation"),
        FieldPanel("compliance"),
        MultiFieldPanel(
            [
                FieldPanel("non_compliance"),
                FieldPanel("disproportionate_burden"),
                FieldPanel("outside_scope"),
            ],
            heading=_("Content that is not accessible"),
        ),
        MultiFieldPanel(
            [FieldPanel("assessment_method"), FieldPanel("assessed_on"), FieldPanel("updated_on")],
            heading=_("How the website was assessed"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("feedback_email"),
                FieldPanel("feedback_phone"),
                FieldPanel("response_time"),
            ],
            heading=_("Feedback"),
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("non_compliance"),
        index.SearchField("disproportionate_burden"),
        index.SearchField("outside_scope"),
    ]
    override_translatable_fields = [
        SynchronizedField("compliance"),
        SynchronizedField("assessed_on"),
        SynchronizedField("updated_on"),
        SynchronizedField("feedback_email"),
        SynchronizedField("feedback_phone"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("accessibility statement")
        verbose_name_plural = _("accessibility statements")

    @property
    def compliance_summary(self):
        return {
            ComplianceStatus.FULL: _(
                "This website is fully compliant with the Act on accessibility to digital "
                "public services."
            ),
            ComplianceStatus.PARTIAL: _(
                "This website is partially compliant with the Act on accessibility to digital "
                "public services, due to the shortcomings described below."
            ),
            ComplianceStatus.NONE: _(
                "This website is not compliant with the Act on accessibility to digital public "
                "services. The shortcomings are described below."
            ),
        }[self.compliance]

    def clean(self):
        super().clean()
        errors = {}
        if not (self.feedback_email or self.feedback_phone):
            errors["feedback_email"] = _("Give an email address or a phone number for feedback.")
        if self.assessed_on and self.updated_on and self.updated_on < self.assessed_on:
            errors["updated_on"] = _(
                "The statement cannot be older than the assessment it reports."
            )
        if errors:
            raise ValidationError(errors)
