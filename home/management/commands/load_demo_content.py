"""Build the demo site from code, in Swedish, Ukrainian and English.

Every demo object gets a translation key derived from its name in the demo data, so a second run
finds what the first one made: it adds only what is missing and never duplicates or overwrites
anything, including pages editors have changed since.
"""

import os
import uuid
from datetime import date, datetime, time
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import Locale, Page, Site
from wagtail.users.models import UserProfile

from home import demo_content, demo_partnership, editorial
from home.models import (
    AccessibilityStatementPage,
    ContentPage,
    FundingProgramme,
    HomePage,
    Organisation,
    SiteSettings,
    Topic,
)
from news.models import EventAgendaItem, EventPage, NewsPage
from partnership.models import (
    FundingLine,
    PartnerNeed,
    PartnerPage,
    ProgressUpdate,
    ProjectExternalId,
    ProjectMilestone,
    ProjectPage,
)

DEFAULT_DEMO_PASSWORD = "partnerskap-2026"
DEMO_USERS = [
    # username, superuser, group, preferred admin language
    ("admin", True, None, "en"),
    ("alingsas-editor", False, editorial.ALINGSAS_EDITORS, "sv"),
    ("alingsas-moderator", False, editorial.ALINGSAS_MODERATORS, "sv"),
    ("lviv-editor", False, editorial.LVIV_EDITORS, "uk"),
    ("lviv-moderator", False, editorial.LVIV_MODERATORS, "uk"),
    ("translator", False, editorial.TRANSLATION_COORDINATORS, "en"),
]
# The demo organisations each group publishes for.
PUBLISHERS = {
    "alingsas": [editorial.ALINGSAS_EDITORS, editorial.ALINGSAS_MODERATORS],
    "lviv-ova": [editorial.LVIV_EDITORS, editorial.LVIV_MODERATORS],
}
DEMO_NAMESPACE = uuid.UUID("6f0c6a52-3c1e-4d7e-9f57-6b1f3a0d2c41")


def demo_key(kind, key):
    return uuid.uuid5(DEMO_NAMESPACE, f"{kind}:{key}")


def as_date(value):
    return date.fromisoformat(value) if value else None


class Command(BaseCommand):
    help = "Create the demo site in sv, uk and en; running it again adds only what is missing."

    def add_arguments(self, parser):
        parser.add_argument(
            "--with-users",
            action="store_true",
            help="Also create the demo accounts admin, alingsas-editor and lviv-editor "
            "(password from DEMO_PASSWORD). Refused under production settings.",
        )

    def handle(self, *args, with_users=False, **options):
        if with_users and not settings.DEMO_USERS_ALLOWED:
            raise CommandError("Demo accounts are never created under production settings.")

        self.locales = {
            code: Locale.objects.get(language_code=code) for code, _ in settings.LANGUAGES
        }
        with transaction.atomic():
            homes = self.load_home()
            for home in homes.values():
                editorial.setup_tree(home)
            self.load_directory()
            indexes = {
                spec["key"]: self.ensure_page(
                    apps.get_model(spec["model"]), spec["key"], homes, self.texts(spec), True
                )
                for spec in demo_content.INDEX_PAGES
            }
            pages = {
                spec["key"]: self.ensure_page(
                    ContentPage, spec["key"], homes, self.texts(spec), spec["show_in_menus"]
                )
                for spec in demo_content.CONTENT_PAGES
            }
            pages["accessibility"] = self.load_accessibility_statement(homes)
            for spec in demo_partnership.PROJECTS:
                self.load_project(spec, indexes["projects"])
            for spec in demo_partnership.PARTNERS:
                self.load_partner(spec, indexes["partners"])
            for spec in demo_partnership.EVENTS:
                self.load_event(spec, indexes["events"])
            for spec in demo_partnership.NEWS:
                self.load_news(spec, indexes["news"])
            self.load_site_settings(pages)
            if with_users:
                self.load_users()

        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content ready: {Page.objects.filter(depth__gt=1).count()} pages."
            )
        )
        if with_users:
            password = "DEMO_PASSWORD" if "DEMO_PASSWORD" in os.environ else DEFAULT_DEMO_PASSWORD
            self.stdout.write(
                f"Demo logins at /admin/: {', '.join(name for name, *_ in DEMO_USERS)} "
                f"(password: {password})."
            )

    # Pages

    def ensure_page(self, page_class, key, parents, fields_for, show_in_menus=False):
        """The page `key` in every language, created and published under `parents` when missing."""
        translation_key = demo_key(page_class._meta.label, key)
        pages = {}
        for code, locale in self.locales.items():
            page = page_class.objects.filter(translation_key=translation_key, locale=locale).first()
            if page is None:
                page = page_class(
                    translation_key=translation_key, locale=locale, show_in_menus=show_in_menus
                )
                for name, value in fields_for(code).items():
                    setattr(page, name, value)
                parents[code].add_child(instance=page)
                page.save_revision().publish()
            pages[code] = page
        return pages

    @staticmethod
    def texts(spec):
        def fields_for(code):
            text = spec[code]
            fields = {"title": text["title"], "slug": text["slug"], "intro": text["intro"]}
            if "body" in text:
                fields["body"] = list(text["body"])
            if "easy_read" in text:
                fields["easy_read"] = text["easy_read"]
            return fields

        return fields_for

    def load_home(self):
        """One home page per language under the root; the Swedish one is the default site's root."""
        root = Page.get_first_root_node()
        # Root-level slugs never appear in URLs; the language code keeps them apart.
        homes = self.ensure_page(
            HomePage,
            "home",
            dict.fromkeys(self.locales, root),
            lambda code: {**demo_content.HOME[code], "slug": code},
        )
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            site = Site(hostname="localhost", port=80, is_default_site=True)
        placeholder = site.root_page if site.pk else None
        if placeholder is None or placeholder.pk != homes[settings.LANGUAGE_CODE].pk:
            site.root_page = homes[settings.LANGUAGE_CODE]
            site.site_name = "Alingsås–Lviv"
            site.save()
            # Wagtail's "Welcome to your new Wagtail site!" page is replaced, not kept.
            if placeholder and placeholder.specific_class is Page and placeholder.is_leaf():
                placeholder.delete()
        return homes

    def load_accessibility_statement(self, homes):
        spec = demo_content.ACCESSIBILITY_STATEMENT

        def fields_for(code):
            return {
                **self.texts(spec)(code),
                **{
                    name: spec[code].get(name, "")
                    for name in (
                        "organisation",
                        "non_compliance",
                        "disproportionate_burden",
                        "outside_scope",
                        "assessment_method",
                        "response_time",
                    )
                },
                "compliance": spec["compliance"],
                "assessed_on": as_date(spec["assessed_on"]),
                "updated_on": as_date(spec["updated_on"]),
                "feedback_email": spec["feedback_email"],
            }

        return self.ensure_page(AccessibilityStatementPage, spec["key"], homes, fields_for)

    def load_project(self, spec, parents):
        projects = self.ensure_page(ProjectPage, spec["key"], parents, self.project_fields(spec))
        self.date_first_status(projects.values(), spec)
        for activity in spec.get("activities", []):
            pages = self.ensure_page(
                ProjectPage, activity["key"], projects, self.project_fields(activity)
            )
            self.date_first_status(pages.values(), activity)

    @staticmethod
    def date_first_status(pages, spec):
        """A demo project got its status when it started, not when the demo was loaded."""
        started = as_date(spec.get("start_date"))
        for page in pages:
            changes = list(page.status_changes.all())
            if started and len(changes) == 1:
                changes[0].changed_at = datetime.combine(
                    started, time(12), ZoneInfo(settings.TIME_ZONE)
                )
                changes[0].save(update_fields=["changed_at"])

    def project_fields(self, spec):
        def fields_for(code):
            return {
                **self.texts(spec)(code),
                "status": spec["status"],
                "start_date": as_date(spec.get("start_date")),
                "end_date": as_date(spec.get("end_date")),
                "progress_manual": spec.get("progress_manual"),
                "weight": spec.get("weight", 1),
                "motion_point": spec.get("motion_point"),
                "organisation": self.snippet(
                    Organisation, "organisation", spec["organisation"], code
                ),
                "partners": self.snippets(Organisation, "organisation", spec["partners"], code),
                "topics": self.snippets(Topic, "topic", spec["topics"], code),
                "latitude": spec.get("latitude"),
                "longitude": spec.get("longitude"),
                "milestones": [
                    ProjectMilestone(
                        translation_key=demo_key("milestone", f"{spec['key']}:{number}"),
                        title=milestone[code],
                        due_date=as_date(milestone["due_date"]),
                        status=milestone["status"],
                        date_met=as_date(milestone.get("date_met")),
                    )
                    for number, milestone in enumerate(spec.get("milestones", []))
                ],
                "progress_updates": [
                    ProgressUpdate(
                        translation_key=demo_key("update", f"{spec['key']}:{number}"),
                        date=as_date(update["date"]),
                        text=update[code],
                    )
                    for number, update in enumerate(spec.get("updates", []))
                ],
                "funding_lines": [
                    FundingLine(
                        translation_key=demo_key("funding", f"{spec['key']}:{number}"),
                        funder=self.snippet(Organisation, "organisation", line["funder"], code),
                        programme=self.snippet(
                            FundingProgramme, "programme", line.get("programme"), code
                        ),
                        amount=Decimal(line["amount"]),
                        currency=line["currency"],
                        status=line["status"],
                    )
                    for number, line in enumerate(spec.get("funding", []))
                ],
                "external_ids": [
                    ProjectExternalId(
                        translation_key=demo_key("external-id", f"{spec['key']}:{number}"),
                        scheme=external["scheme"],
                        identifier=external["identifier"],
                    )
                    for number, external in enumerate(spec.get("external_ids", []))
                ],
            }

        return fields_for

    def load_partner(self, spec, parents):
        def fields_for(code):
            return {
                **self.texts(spec)(code),
                "region": spec[code].get("region", ""),
                "kind": spec["kind"],
                "country": spec["country"],
                "population": spec.get("population"),
                "area_km2": spec.get("area_km2"),
                "latitude": spec.get("latitude"),
                "longitude": spec.get("longitude"),
                "website": spec.get("website", ""),
                "organisation": self.snippet(
                    Organisation, "organisation", spec["organisation"], code
                ),
                "topics": self.snippets(Topic, "topic", spec["topics"], code),
                "needs": [
                    PartnerNeed(
                        translation_key=demo_key("need", f"{spec['key']}:{number}"),
                        sector=need[code]["sector"],
                        description=need[code]["description"],
                        status=need["status"],
                        project=self.project(need.get("project"), code),
                    )
                    for number, need in enumerate(spec.get("needs", []))
                ],
            }

        self.ensure_page(PartnerPage, spec["key"], parents, fields_for)

    def load_event(self, spec, parents):
        zone = ZoneInfo(spec["time_zone"])

        def fields_for(code):
            return {
                **self.texts(spec)(code),
                "start": datetime.fromisoformat(spec["start"]).replace(tzinfo=zone),
                "end": datetime.fromisoformat(spec["end"]).replace(tzinfo=zone),
                "time_zone": spec["time_zone"],
                "format": spec["format"],
                "location": spec[code].get("location", ""),
                "online_url": spec.get("online_url", ""),
                "registration_url": spec.get("registration_url", ""),
                "organisation": self.snippet(
                    Organisation, "organisation", spec["organisation"], code
                ),
                "topics": self.snippets(Topic, "topic", spec["topics"], code),
                "report": spec[code].get("report", ""),
                "attendee_count": spec.get("attendee_count"),
                "agenda_items": [
                    EventAgendaItem(
                        translation_key=demo_key("agenda", f"{spec['key']}:{number}"),
                        time=time.fromisoformat(item["time"]) if item.get("time") else None,
                        title=item[code]["title"],
                        description=item[code].get("description", ""),
                    )
                    for number, item in enumerate(spec.get("agenda", []))
                ],
            }

        self.ensure_page(EventPage, spec["key"], parents, fields_for)

    def load_news(self, spec, parents):
        def fields_for(code):
            return {
                **self.texts(spec)(code),
                "date": as_date(spec["date"]),
                "organisation": self.snippet(
                    Organisation, "organisation", spec["organisation"], code
                ),
                "topics": self.snippets(Topic, "topic", spec["topics"], code),
                "related_projects": [
                    self.project(key, code) for key in spec.get("related_projects", [])
                ],
            }

        self.ensure_page(NewsPage, spec["key"], parents, fields_for)

    def project(self, key, code):
        if not key:
            return None
        return ProjectPage.objects.get(
            translation_key=demo_key(ProjectPage._meta.label, key), locale=self.locales[code]
        )

    # Snippets

    def load_directory(self):
        for spec in demo_partnership.ORGANISATIONS:
            self.ensure_snippet(
                Organisation,
                "organisation",
                spec["key"],
                lambda code, spec=spec: {
                    **spec[code],
                    "kind": spec["kind"],
                    "country": spec["country"],
                    "website": spec.get("website", ""),
                },
            )
        for spec in demo_partnership.TOPICS:
            self.ensure_snippet(
                Topic,
                "topic",
                spec["slug"],
                lambda code, spec=spec: {"name": spec[code], "slug": spec["slug"]},
            )
        for key, group_names in PUBLISHERS.items():
            for organisation in Organisation.objects.filter(
                translation_key=demo_key("organisation", key)
            ):
                organisation.publisher_groups.add(*Group.objects.filter(name__in=group_names))
        for spec in demo_partnership.FUNDING_PROGRAMMES:
            self.ensure_snippet(
                FundingProgramme,
                "programme",
                spec["key"],
                lambda code, spec=spec: {
                    **spec[code],
                    "funder": self.snippet(Organisation, "organisation", spec["funder"], code),
                    "url": spec.get("url", ""),
                    "call_deadline": as_date(spec.get("call_deadline")),
                },
            )

    def ensure_snippet(self, model, kind, key, fields_for):
        translation_key = demo_key(kind, key)
        for code, locale in self.locales.items():
            model.objects.get_or_create(
                translation_key=translation_key, locale=locale, defaults=fields_for(code)
            )

    def snippet(self, model, kind, key, code):
        if not key:
            return None
        return model.objects.get(translation_key=demo_key(kind, key), locale=self.locales[code])

    def snippets(self, model, kind, keys, code):
        return list(
            model.objects.filter(
                translation_key__in=[demo_key(kind, key) for key in keys], locale=self.locales[code]
            )
        )

    # Settings and accounts

    def load_site_settings(self, pages):
        default = settings.LANGUAGE_CODE
        site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        site_settings.accessibility_page = (
            site_settings.accessibility_page or pages["accessibility"][default]
        )
        site_settings.privacy_page = site_settings.privacy_page or pages["privacy"][default]
        site_settings.save()

    def load_users(self):
        password = os.environ.get("DEMO_PASSWORD", DEFAULT_DEMO_PASSWORD)
        User = get_user_model()
        for username, is_superuser, group_name, language in DEMO_USERS:
            user, _ = User.objects.get_or_create(
                username=username, defaults={"email": f"{username}@example.org"}
            )
            user.is_superuser = is_superuser
            user.is_staff = is_superuser
            user.set_password(password)
            user.save()
            if group_name:
                user.groups.add(Group.objects.get(name=group_name))
            profile = UserProfile.get_for_user(user)
            profile.preferred_language = language
            profile.save()
