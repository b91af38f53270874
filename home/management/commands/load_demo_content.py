"""Build the demo site from code: a home page and content pages in Swedish, Ukrainian and English.

Pages that already exist are left as they are, so running the command again (or after editors have
changed the demo) adds only what is missing and never duplicates or overwrites anything.
"""

import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import Locale, Page, Site
from wagtail.users.models import UserProfile

from home import demo_content
from home.models import ContentPage, HomePage, SiteSettings

DEFAULT_DEMO_PASSWORD = "partnerskap-2026"
DEMO_USERS = [
    # username, superuser, group, preferred admin language
    ("admin", True, None, "en"),
    ("alingsas-editor", False, "Editors", "sv"),
    ("lviv-editor", False, "Editors", "uk"),
]


class Command(BaseCommand):
    help = "Create the demo home page and content pages in sv, uk and en (idempotent)."

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

        with transaction.atomic():
            locales = {
                code: Locale.objects.get(language_code=code) for code, _ in settings.LANGUAGES
            }
            homes = self.load_home(locales)
            pages = {
                spec["key"]: self.load_content_page(spec, homes, locales)
                for spec in demo_content.CONTENT_PAGES
            }
            site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
            site_settings.accessibility_page = (
                site_settings.accessibility_page or pages["accessibility"]
            )
            site_settings.privacy_page = site_settings.privacy_page or pages["privacy"]
            site_settings.save()
            if with_users:
                self.load_users()

        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content ready: {Page.objects.filter(depth__gt=1).count()} pages."
            )
        )

    def load_home(self, locales):
        """The Swedish home page is the default site's root; the others are its translations."""
        default = locales[settings.LANGUAGE_CODE]
        home = HomePage.objects.filter(locale=default, depth=2).first()
        if home is None:
            root = Page.get_first_root_node()
            home = root.add_child(
                instance=self.build(HomePage, demo_content.HOME["sv"], slug="hem")
            )
            home.save_revision().publish()
            site = Site.objects.filter(is_default_site=True).first() or Site(
                hostname="localhost", port=80, is_default_site=True
            )
            welcome = site.root_page if site.pk else None
            site.root_page = home
            site.site_name = "Alingsås–Lviv"
            site.save()
            # Wagtail's placeholder "Welcome to your new Wagtail site!" page is replaced, not kept.
            if welcome is not None and welcome.specific_class is Page and welcome.is_leaf():
                welcome.delete()

        homes = {settings.LANGUAGE_CODE: home}
        for code, locale in locales.items():
            if code == settings.LANGUAGE_CODE:
                continue
            homes[code] = self.translate(home, locale, demo_content.HOME[code])
        return homes

    def load_content_page(self, spec, homes, locales):
        default = settings.LANGUAGE_CODE
        home = homes[default]
        text = spec[default]
        page = home.get_children().filter(slug=text["slug"]).specific().first()
        if page is None:
            page = home.add_child(
                instance=self.build(ContentPage, text, show_in_menus=spec["show_in_menus"])
            )
            page.save_revision().publish()
        for code, locale in locales.items():
            if code != default:
                self.translate(page, locale, spec[code])
        return page

    def translate(self, source, locale, text):
        """The source page's translation in `locale`, created and published when it is missing."""
        existing = source.get_translation_or_none(locale)
        if existing is not None:
            return existing.specific
        translation = source.copy_for_translation(locale)
        for field, value in self.fields(text).items():
            setattr(translation, field, value)
        translation.save_revision().publish()
        return translation

    def build(self, page_class, text, **extra):
        return page_class(**{**self.fields(text), **extra})

    @staticmethod
    def fields(text):
        """Page fields from one language's demo text; home pages keep Wagtail's own slugs."""
        fields = {"title": text["title"], "intro": text["intro"], "body": list(text["body"])}
        if "slug" in text:
            fields["slug"] = text["slug"]
        return fields

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
        self.stdout.write(f"Demo accounts: {', '.join(name for name, *_ in DEMO_USERS)}.")
