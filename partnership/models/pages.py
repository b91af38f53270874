from collections import defaultdict
from functools import cached_property

from django import forms
from django.apps import apps
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Prefetch, prefetch_related_objects
from django.db.models.functions import Substr
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index

from home import content_cache
from home.blocks import BaseStreamBlock
from home.choices import Country, OrganisationKind
from home.forms import LocalePageForm, PublisherPageForm
from home.models import (
    BasePage,
    LocalizedSnippetsMixin,
    LocationMixin,
    Person,
    in_locale,
    is_public,
    live_public,
    private_collections_q,
)
from home.pagination import paginate
from partnership import exports
from partnership.charts import FundingChart, MilestoneTimeline, PartnerMap, milestone_rows
from partnership.choices import MilestoneStatus, MotionPoint, ProjectStatus
from partnership.forms import DashboardFilterForm
from partnership.models.inlines import FundingLine, ProjectDocument
from partnership.progress import (
    changes_since,
    funding_by_currency,
    funding_totals,
    project_progress,
)

PROJECTS_PER_PAGE = 20


class PartnerIndexPage(BasePage):
    """The partners of the cooperation: Alingsås, the Lviv region and the hromadas."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["partnership.PartnerPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("partner index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["partners"] = (
            live_public(PartnerPage.objects.child_of(self)).select_related("logo").order_by("title")
        )
        context["partner_map"] = PartnerMap(context["partners"])
        return context


class PartnerPage(LocalizedSnippetsMixin, LocationMixin, BasePage):
    """A partner's profile, including what it needs and what Alingsås can offer."""

    kind = models.CharField(_("kind"), max_length=20, choices=OrganisationKind.choices)
    country = models.CharField(_("country"), max_length=2, choices=Country.choices)
    region = models.CharField(
        _("region"), max_length=120, blank=True, help_text=_("County (län) or oblast.")
    )
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    area_km2 = models.DecimalField(
        _("area (km²)"), max_digits=9, decimal_places=1, null=True, blank=True
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("coat of arms or logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    website = models.URLField(_("website"), blank=True)
    organisation = models.ForeignKey(
        "home.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="partner_pages",
        help_text=_("The organisation this profile is about, as it appears on badges."),
    )
    contacts = ParentalManyToManyField("home.Person", verbose_name=_("contacts"), blank=True)
    topics = ParentalManyToManyField(
        "home.Topic", verbose_name=_("cooperation areas"), blank=True, related_name="+"
    )
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("description"))

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("kind"), FieldPanel("country"), FieldPanel("region")]),
                FieldRowPanel([FieldPanel("population"), FieldPanel("area_km2")]),
                LocationMixin.location_panel,
                FieldPanel("organisation"),
                FieldPanel("logo"),
                FieldPanel("website"),
            ],
            heading=_("Facts"),
        ),
        FieldPanel("body"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("contacts"),
        InlinePanel("needs", heading=_("Needs"), label=_("Need")),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.SearchField("region"),
    ]

    base_form_class = LocalePageForm
    parent_page_types = ["partnership.PartnerIndexPage"]
    subpage_types = []
    served_with = ("logo",)

    class Meta:
        verbose_name = _("partner page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["needs"] = list(self.needs.select_related("project"))
        for need in context["needs"]:
            # A need names the project meeting it only where anyone may read that project.
            need.public_project = need.project if need.project and is_public(need.project) else None
        context["contacts"] = self.contacts.select_related("organisation")
        return context


class ProjectIndexPage(RoutablePageMixin, BasePage):
    """The progress dashboard: every project, how far it has come, and what changed since a date.

    The projects it shows can be downloaded as CSV and JSON, with the same filters.
    """

    parent_page_types = ["home.HomePage"]
    subpage_types = ["partnership.ProjectPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("project dashboard")

    def filter_form(self, request):
        return DashboardFilterForm(request.GET or None, locale_id=self.locale_id)

    def filtered_projects(self, filters):
        """The live, public projects these filters let through, in tree order.

        A translated project may still link the original language's topics and partners, so those
        match by translation key. Activities are never filtered: they follow their project.
        """
        projects = live_public(ProjectPage.objects.child_of(self)).order_by("path")
        if "status" in filters:
            projects = projects.filter(status=filters["status"])
        if "topic" in filters:
            tagged = ProjectPage.topics.through.objects.filter(
                topic__translation_key=filters["topic"].translation_key
            )
            projects = projects.filter(pk__in=tagged.values("projectpage_id"))
        if "partner" in filters:
            linked = ProjectPage.partners.through.objects.filter(
                organisation__translation_key=filters["partner"].translation_key
            )
            projects = projects.filter(pk__in=linked.values("projectpage_id"))
        return projects

    def pages_of(self, project_paths):
        """The live, public projects at `project_paths` together with their activities."""
        top_level_path = Substr("path", 1, ProjectPage.steplen * (self.depth + 1))
        return (
            live_public(ProjectPage.objects.descendant_of(self))
            .alias(project_path=top_level_path)
            .filter(project_path__in=project_paths)
        )

    def with_activities(self, project_paths):
        """The projects at `project_paths`, each with its activities attached, ready to list."""
        pages = (
            self.pages_of(project_paths)
            .select_related("organisation")
            .prefetch_related(*ProjectPage.DASHBOARD_PREFETCH)
            .order_by("path")
        )
        return attach_activities(pages, depth=self.depth + 1)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = self.filter_form(request)
        filters = form.valid_filters()
        filtered = self.filtered_projects(filters)
        projects_page = paginate(request, filtered.values("path"), PROJECTS_PER_PAGE)
        # The page's slice of paths stays a subquery: its projects come in the same query.
        projects = self.with_activities(projects_page.object_list)
        everything = self.pages_of(filtered.values("path"))
        today = content_cache.today()
        # The exports have every page's projects: the page number stays behind.
        query = request.GET.copy()
        query.pop("page", None)
        query = f"?{query.urlencode()}" if query else ""

        context.update(
            filter_form=form,
            export_urls={
                name: self.get_url(request) + self.reverse_subpage(name) + query
                for name in ("csv", "json")
            },
            projects_page=projects_page,
            projects=projects,
            funding_totals=funding_totals(everything),
            since=filters.get("since"),
            today=today,
        )
        context["milestone_timeline"] = MilestoneTimeline(milestone_rows(projects), today)
        context["funding_chart"] = FundingChart(context["funding_totals"])
        if filters.get("since"):
            context["changes"], context["changes_capped"] = changes_since(
                everything, filters["since"], today
            )
        return context

    def exported_projects(self, request):
        """Every project the dashboard's filters let through, on all its pages, with activities."""
        filters = self.filter_form(request).valid_filters()
        return self.with_activities(self.filtered_projects(filters).values("path"))

    @path("export/csv/", name="csv")
    def csv_export(self, request):
        return exports.csv_response(self, self.exported_projects(request), request)

    @path("export/json/", name="json")
    def json_export(self, request):
        return exports.json_response(self, self.exported_projects(request), request)


def attach_activities(pages, depth):
    """Hang each activity on its project so progress rolls up without further queries.

    `pages` are ProjectPages in tree order; those at `depth` are projects, deeper ones activities.
    """
    activities_by_parent_path = defaultdict(list)
    for page in pages:
        if page.depth > depth:
            activities_by_parent_path[page.path[: -page.steplen]].append(page)
    projects = [page for page in pages if page.depth == depth]
    for page in pages:
        page.activities = activities_by_parent_path.get(page.path, [])
    return projects


# root, home page, dashboard, project
PROJECT_DEPTH = 4


class ProjectPage(LocalizedSnippetsMixin, LocationMixin, BasePage):
    """A project (or, one level down, an activity of one) with its status, milestones and money."""

    DASHBOARD_PREFETCH = (
        "milestones",
        "progress_updates",
        Prefetch(
            "funding_lines", queryset=FundingLine.objects.select_related("funder", "programme")
        ),
        "topics",
        "partners",
    )

    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ProjectStatus.choices,
        default=ProjectStatus.IDENTIFICATION,
    )
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    progress_manual = models.PositiveSmallIntegerField(
        _("progress (%)"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(100)],
        help_text=_("Leave empty to work it out from the activities, or else from the milestones."),
    )
    weight = models.PositiveSmallIntegerField(
        _("weight"),
        default=1,
        validators=[MinValueValidator(0)],
        help_text=_(
            "For an activity: how much it counts towards its project's progress. 0 leaves it out."
        ),
    )
    organisation = models.ForeignKey(
        "home.Organisation",
        verbose_name=_("publishing organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    motion_point = models.PositiveSmallIntegerField(
        _("motion point"), choices=MotionPoint.choices, null=True, blank=True
    )
    decision_date = models.DateField(_("decision date"), null=True, blank=True)
    diary_number = models.CharField(
        _("diary number"),
        max_length=40,
        blank=True,
        help_text=_("The council decision's diary number (diarienummer), e.g. KS 2025/123."),
    )
    partners = ParentalManyToManyField(
        "home.Organisation", verbose_name=_("partners"), blank=True, related_name="projects"
    )
    topics = ParentalManyToManyField(
        "home.Topic", verbose_name=_("topics"), blank=True, related_name="projects"
    )
    contacts = ParentalManyToManyField(
        "home.Person", verbose_name=_("contacts"), blank=True, related_name="projects"
    )
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("description"))

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldRowPanel([FieldPanel("progress_manual"), FieldPanel("weight")]),
            ],
            heading=_("Status and progress"),
        ),
        FieldPanel("body"),
        InlinePanel("milestones", heading=_("Milestones"), label=_("Milestone")),
        InlinePanel(
            "progress_updates",
            heading=_("Progress updates"),
            label=pgettext_lazy("a progress update of a project", "Update"),
        ),
    ]
    details_panels = [
        FieldPanel("organisation"),
        MultiFieldPanel(
            [
                FieldPanel("motion_point"),
                FieldRowPanel([FieldPanel("decision_date"), FieldPanel("diary_number")]),
            ],
            heading=_("Council decision"),
        ),
        FieldPanel("partners", widget=forms.CheckboxSelectMultiple),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("contacts"),
        LocationMixin.location_panel,
        InlinePanel("funding_lines", heading=_("Budget and funding"), label=_("Funding line")),
        InlinePanel("documents", heading=_("Documents"), label=_("Document")),
        InlinePanel("external_ids", heading=_("External identifiers"), label=_("Identifier")),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(details_panels, heading=_("Details")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(BasePage.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = [*BasePage.search_fields, index.SearchField("body")]

    base_form_class = PublisherPageForm
    parent_page_types = ["partnership.ProjectIndexPage", "partnership.ProjectPage"]
    subpage_types = ["partnership.ProjectPage"]
    served_with = ("organisation",)

    class Meta:
        verbose_name = _("project page")

    @classmethod
    def can_create_at(cls, parent):
        """Projects have activities, activities have none: one level of nesting only.

        Asked for every row of an admin listing, so it reads no rows: a home page sits under the
        root and a dashboard under a home page (their `parent_page_types`), so projects are at
        depth 4 and activities below them.
        """
        parent_is_activity = (
            issubclass(parent.specific_class, ProjectPage) and parent.depth > PROJECT_DEPTH
        )
        return super().can_create_at(parent) and not parent_is_activity

    @cached_property
    def activities(self):
        """Live, public activities; the dashboard sets this attribute itself from one query."""
        return list(
            live_public(ProjectPage.objects.child_of(self))
            .prefetch_related(*self.DASHBOARD_PREFETCH)
            .order_by("path")
        )

    @cached_property
    def progress(self):
        return project_progress(
            self.progress_manual,
            [(activity.progress, activity.weight) for activity in self.activities],
            self.milestones.all(),
        )

    @cached_property
    def localized_partners(self):
        return in_locale(self.partners.all(), self.locale_id)

    @cached_property
    def next_milestone(self):
        upcoming = [m for m in self.milestones.all() if m.status == MilestoneStatus.SCHEDULED]
        return min(upcoming, key=lambda m: m.due_date, default=None)

    @cached_property
    def latest_update(self):
        return max(self.progress_updates.all(), key=lambda u: u.date, default=None)

    @cached_property
    def all_funding_lines(self):
        """The project's own funding lines and its activities'."""
        lines = list(self.funding_lines.all())
        for activity in self.activities:
            lines.extend(activity.funding_lines.all())
        return lines

    @cached_property
    def funding(self):
        return funding_by_currency(self.all_funding_lines)

    def get_context(self, request, *args, **kwargs):
        # Everything the page shows about itself and its activities, in a fixed number of queries.
        for activity in self.activities:
            activity.activities = []
        prefetch_related_objects(
            [self],
            *self.DASHBOARD_PREFETCH,
            "external_ids",
            # Only documents anyone may open are listed.
            Prefetch(
                "documents",
                queryset=ProjectDocument.objects.select_related("document").exclude(
                    private_collections_q("document__")
                ),
            ),
            Prefetch("contacts", queryset=Person.objects.select_related("organisation")),
        )
        # Funders and programmes of a translated project may be the original language's.
        lines = self.all_funding_lines
        funders = iter(in_locale([line.funder for line in lines], self.locale_id))
        programmes = iter(in_locale([ln.programme for ln in lines if ln.programme], self.locale_id))
        for line in lines:
            line.localized_funder = next(funders)
            line.localized_programme = next(programmes) if line.programme else None
        context = super().get_context(request, *args, **kwargs)
        context["milestone_timeline"] = MilestoneTimeline(
            [("", self.milestones.all())], content_cache.today()
        )
        context["funding_chart"] = FundingChart(self.funding)
        news = apps.get_model("news", "NewsPage").objects.filter(
            related_project_links__project=self
        )
        context["related_news"] = (
            live_public(news).select_related("organisation").order_by("-date")[:6]
        )
        return context
