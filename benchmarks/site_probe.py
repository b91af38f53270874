"""The addresses `make bench` loads on one site, with the SQL queries each costs, as JSON.

Run with the site's own Python, from the site's directory and with its settings in
DJANGO_SETTINGS_MODULE, so the same code looks at the portal and at bakerydemo:

    python /path/to/benchmarks/site_probe.py portal|bakerydemo

It prints bakerydemo's public pages the portal is compared with (home, the blog index, a blog
post and search), the four admin views (dashboard, the explorer of the news or blog index, the
edit view of one of its pages, admin search), the number of pages under that index, and the
session cookie of a superuser for loading the admin through the server. Each query count is of
a second request, as on a running site whose caches and renditions exist.
"""

import json
import os
import sys
from urllib.parse import urlencode

SITES = {
    # The portal's public pages are listed by its own command, bench_targets.
    "portal": {
        "index": "news.NewsIndexPage",
        "page": "news.NewsPage",
        "word": "samarbete",
        "public": False,
    },
    "bakerydemo": {
        "index": "blog.BlogIndexPage",
        "page": "blog.BlogPage",
        "word": "bread",
        "public": True,
    },
}
BENCH_USER = "bench-admin"


def superuser():
    from django.contrib.auth import get_user_model

    model = get_user_model()
    user = model.objects.filter(is_superuser=True, is_active=True).order_by("pk").first()
    if user is None:
        user = model.objects.create_superuser(BENCH_USER, f"{BENCH_USER}@example.com", None)
    return user


def passed_second_factor(site, client, user):
    """The portal asks every admin session for a second factor (home/two_factor.py): mark this
    one as having passed it, as a session does once the editor has proved a code."""
    if site != "portal":
        return
    from home.two_factor import ENROLLED_SESSION_KEY

    session = client.session
    session[ENROLLED_SESSION_KEY] = str(user.pk)
    session.save()


def pages(site):
    """The index page the explorer lists and one page in it, in the default locale."""
    from django.apps import apps
    from wagtail.models import Locale, Page

    locale = Locale.get_default()
    index_model = apps.get_model(SITES[site]["index"])
    page_model = apps.get_model(SITES[site]["page"])
    index = index_model.objects.filter(locale=locale).live().order_by("path").first()
    page = page_model.objects.child_of(index).live().order_by("-path").first()
    children = Page.objects.child_of(index).count()
    return index, page, children


def public_targets(site, index, page):
    word = SITES[site]["word"]
    return [
        ("home", "/"),
        ("blog index", index.url),
        ("blog post", page.url),
        ("search", "/search/?" + urlencode({"q": word})),
    ]


def admin_targets(site, index, page):
    word = SITES[site]["word"]
    return [
        ("dashboard", "/admin/"),
        ("page explorer", f"/admin/pages/{index.pk}/"),
        ("edit view", f"/admin/pages/{page.pk}/edit/"),
        ("admin search", "/admin/pages/search/?" + urlencode({"q": word})),
    ]


def counted(client, name, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    if response.status_code != 200:
        raise SystemExit(f"{url} answered {response.status_code}")
    return {"name": name, "url": url, "status": 200, "queries": len(queries)}


def main(site):
    sys.path.insert(0, os.getcwd())
    import django

    django.setup()
    from django.conf import settings
    from django.test import Client

    index, page, children = pages(site)
    visitor, editor = Client(), Client()
    user = superuser()
    editor.force_login(user)
    passed_second_factor(site, editor, user)
    report = {
        "public": [
            counted(visitor, *target)
            for target in public_targets(site, index, page)
            if SITES[site]["public"]
        ],
        "admin": [counted(editor, *target) for target in admin_targets(site, index, page)],
        "children": children,
        "cookie": f"{settings.SESSION_COOKIE_NAME}="
        f"{editor.cookies[settings.SESSION_COOKIE_NAME].value}",
    }
    print(json.dumps(report))


if __name__ == "__main__":
    main(sys.argv[1])
