"""Arbitrary paths, query strings, headers and form posts at the public site: never a 500."""

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

text = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=40)
header_text = st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=60)
paths = st.builds(
    lambda prefix, rest: prefix + rest,
    st.sampled_from(["/", "/sv/", "/uk/", "/en/", "/sv/sok/", "/documents/", "/sv/nyheter/"]),
    text,
)
queries = st.dictionaries(st.sampled_from(["q", "page", "tag", "topic", "year", "x"]), text)
headers = st.fixed_dictionaries(
    {},
    optional={
        "HTTP_HOST": st.sampled_from(["testserver", "localhost", "evil.example", ""]) | header_text,
        "HTTP_ACCEPT_LANGUAGE": header_text,
        "HTTP_COOKIE": header_text,
        "HTTP_REFERER": header_text,
    },
)


@pytest.mark.django_db
@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(path=paths, query=queries, extra=headers, form=queries, post=st.booleans())
def test_the_public_site_never_answers_500(demo_site, path, query, extra, form, post):
    client = Client(raise_request_exception=False)
    response = client.post(path, form, **extra) if post else client.get(path, query, **extra)
    assert response.status_code < 500, (path, query, extra, response.status_code)
