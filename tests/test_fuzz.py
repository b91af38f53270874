"""Arbitrary paths, query strings, headers and form posts at the public site: never a 500.

Every value may hold a NUL character (which PostgreSQL refuses) or a number past the database's
integers, so the suite finds on PostgreSQL what SQLite lets through.
"""

import pytest
from django.db import transaction
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

text = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=40)
numbers = st.integers(min_value=-(2**70), max_value=2**70).map(str) | st.sampled_from(
    ["0", "-1", str(2**31), str(2**63), "9" * 20]
)
values = text | numbers | text.map(lambda value: value + "\x00")
header_text = st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=60)
segments = st.lists(values, max_size=3).map(lambda parts: "/".join(parts))
paths = st.builds(
    lambda prefix, rest: prefix + rest,
    st.sampled_from(
        [
            "/",
            "/sv/",
            "/uk/",
            "/en/",
            "/sv/sok/",
            "/sv/nyheter/",
            "/documents/",
            "/api/v2/pages/",
            "/api/v2/pages/find/",
            "/api/v2/images/",
            "/api/v2/documents/",
            "/sitemap-sv-",
            "/sitemap-",
        ]
    ),
    segments,
) | st.builds("/sitemap-{}-{}.xml".format, values, numbers)
# The parameters the site's listings, search and API read, and any other name.
parameter_names = st.sampled_from(
    [
        "q",
        "page",
        "tag",
        "topic",
        "year",
        "type",
        "offset",
        "limit",
        "search",
        "search_operator",
        "order",
        "fields",
        "locale",
        "html_path",
        "id",
        "child_of",
        "descendant_of",
        "translation_of",
        "slug",
    ]
) | text.map(lambda name: name + "\x00")
queries = st.dictionaries(parameter_names, values, max_size=4)
headers = st.fixed_dictionaries(
    {},
    optional={
        "HTTP_HOST": st.sampled_from(["testserver", "localhost", "evil.example", ""]) | header_text,
        "HTTP_ACCEPT_LANGUAGE": header_text,
        "HTTP_COOKIE": header_text | st.just('sessionid="abcdefgh\\000ijklmnop"'),
        "HTTP_REFERER": header_text,
    },
)


@pytest.mark.django_db
@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(path=paths, query=queries, extra=headers, form=queries, post=st.booleans())
def test_the_public_site_never_answers_500(demo_site, path, query, extra, form, post):
    client = Client(raise_request_exception=False)
    # Each request is undone, so none sees another's writes, and a database error (which on
    # PostgreSQL fails every later statement of the transaction) is reported as itself.
    with transaction.atomic():
        response = client.post(path, form, **extra) if post else client.get(path, query, **extra)
        transaction.set_rollback(True)
    assert response.status_code < 500, (path, query, extra, form, response.status_code)
