"""Factories for pages and snippets, with Swedish defaults like the site's source language.

Pages take their locale from the parent they are created under. Many-to-many fields
(`topics=[...]`, `partners=[...]`) and inline children (`milestones=[ProjectMilestone(...)]`)
can be passed straight to a page factory: modelcluster saves them with the page. The milestone,
update and funding line factories need the `project=` they belong to.
"""

import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import factory
import wagtail_factories
from wagtail.models import Locale

from home.choices import Country, OrganisationKind
from home.models import ContentPage, FundingProgramme, HomePage, Organisation, Person, Topic
from news.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage
from partnership.choices import Currency, FundingStatus, MilestoneStatus, ProjectStatus
from partnership.models import (
    FundingLine,
    PartnerIndexPage,
    PartnerPage,
    ProgressUpdate,
    ProjectIndexPage,
    ProjectMilestone,
    ProjectPage,
)

STOCKHOLM = ZoneInfo("Europe/Stockholm")
KYIV = ZoneInfo("Europe/Kyiv")


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Alingsås och Lvivregionen"
    intro = "Ett samarbete för Ukraina."

    class Meta:
        model = HomePage


class ContentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Sida {n}")
    intro = "En sida om partnerskapet."

    class Meta:
        model = ContentPage


class TranslatableSnippetFactory(factory.django.DjangoModelFactory):
    """Snippets are Swedish unless a test asks for another `locale`."""

    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        abstract = True


class OrganisationFactory(TranslatableSnippetFactory):
    name = factory.Sequence(lambda n: f"Organisation {n}")
    kind = OrganisationKind.MUNICIPALITY
    country = Country.SWEDEN

    class Meta:
        model = Organisation


class PersonFactory(TranslatableSnippetFactory):
    name = factory.Sequence(lambda n: f"Kontaktperson {n}")
    role = "Samordnare"
    organisation = factory.SubFactory(OrganisationFactory, locale=factory.SelfAttribute("..locale"))

    class Meta:
        model = Person


class TopicFactory(TranslatableSnippetFactory):
    name = factory.Sequence(lambda n: f"Tema {n}")
    slug = factory.Sequence(lambda n: f"tema-{n}")

    class Meta:
        model = Topic


class FundingProgrammeFactory(TranslatableSnippetFactory):
    name = factory.Sequence(lambda n: f"Kommunala partnerskap {n}")
    funder = factory.SubFactory(
        OrganisationFactory,
        name=factory.Sequence(lambda n: f"Finansiär {n}"),
        kind=OrganisationKind.FUNDER,
        locale=factory.SelfAttribute("..locale"),
    )

    class Meta:
        model = FundingProgramme


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Nyheter"
    slug = "nyheter"

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Nyhet {n}")
    intro = "Nytt från samarbetet."
    date = datetime.date(2025, 5, 1)
    organisation = factory.SubFactory(OrganisationFactory)
    image_alt = "Deltagarna vid mötet i Alingsås."

    class Meta:
        model = NewsPage


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Evenemang"
    slug = "evenemang"

    class Meta:
        model = EventIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Möte {n}")
    intro = "Ett möte inom samarbetet."
    start = datetime.datetime(2030, 4, 15, 10, 0, tzinfo=STOCKHOLM)
    end = factory.LazyAttribute(lambda event: event.start + datetime.timedelta(hours=2))
    location = "Alingsås rådhus"
    organisation = factory.SubFactory(OrganisationFactory)

    class Meta:
        model = EventPage


class PartnerIndexPageFactory(wagtail_factories.PageFactory):
    title = "Partner"
    slug = "partner"

    class Meta:
        model = PartnerIndexPage


class PartnerPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Partner {n}")
    intro = "En av samarbetets partner."
    kind = OrganisationKind.HROMADA
    country = Country.UKRAINE
    region = "Lviv oblast"
    organisation = factory.SubFactory(
        OrganisationFactory, kind=OrganisationKind.HROMADA, country=Country.UKRAINE
    )

    class Meta:
        model = PartnerPage


class ProjectIndexPageFactory(wagtail_factories.PageFactory):
    title = "Projekt"
    slug = "projekt"

    class Meta:
        model = ProjectIndexPage


class ProjectPageFactory(wagtail_factories.PageFactory):
    """A project, or an activity when created under another ProjectPage."""

    title = factory.Sequence(lambda n: f"Projekt {n}")
    intro = "Ett projekt inom partnerskapet."
    status = ProjectStatus.IMPLEMENTATION
    start_date = datetime.date(2025, 1, 1)
    end_date = datetime.date(2026, 12, 31)
    organisation = factory.SubFactory(OrganisationFactory)

    class Meta:
        model = ProjectPage


class ProjectMilestoneFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Delmål {n}")
    due_date = datetime.date(2025, 6, 30)
    status = MilestoneStatus.SCHEDULED

    class Meta:
        model = ProjectMilestone


class ProgressUpdateFactory(factory.django.DjangoModelFactory):
    date = datetime.date(2025, 3, 1)
    text = "Arbetet går enligt plan."

    class Meta:
        model = ProgressUpdate


class FundingLineFactory(factory.django.DjangoModelFactory):
    funder = factory.SubFactory(OrganisationFactory, kind=OrganisationKind.FUNDER)
    amount = Decimal("100000.00")
    currency = Currency.SEK
    status = FundingStatus.GRANTED

    class Meta:
        model = FundingLine
