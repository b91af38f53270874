"""Behind a reverse proxy every request comes from the proxy's address; TRUSTED_PROXY_COUNT tells
the site to count the client the proxy names in X-Forwarded-For instead.

Two visitors behind the same proxy are two clients to django-axes' lockout, allauth's login
limit and the API's rate limit, and no visitor can choose its address by sending the header.
"""

import pytest
from django.contrib.auth.models import User
from django.test import Client, override_settings

PASSWORD = "rätt-lösenord-12"
PROXY = "172.18.0.3"  # Caddy's address on the compose network
ALICE, BOB = "198.51.100.10", "203.0.113.20"


@pytest.fixture(autouse=True)
def one_proxy(settings):
    settings.TRUSTED_PROXY_COUNT = 1


@pytest.fixture
def editor(db):
    return User.objects.create_user("redaktor", "redaktor@example.org", PASSWORD)


def visitor(forwarded_for, remote_addr=PROXY):
    """A browser whose requests reach the site through the proxy with this X-Forwarded-For."""
    return Client(REMOTE_ADDR=remote_addr, HTTP_X_FORWARDED_FOR=forwarded_for)


def log_in(client, username="redaktor", password=PASSWORD):
    return client.post("/accounts/login/", {"login": username, "password": password})


def is_logged_in(client):
    return "_auth_user_id" in client.session


def lock_out(client):
    """Five wrong passwords: django-axes locks the user name from this client's address."""
    for _attempt in range(5):
        response = log_in(client, password="fel-lösenord")
    assert response.status_code == 429


def test_a_locked_out_visitor_does_not_lock_out_another_behind_the_same_proxy(editor):
    alice, bob = visitor(ALICE), visitor(BOB)
    lock_out(alice)
    assert log_in(alice).status_code == 429

    assert log_in(bob).status_code == 302
    assert is_logged_in(bob)


def test_allauths_login_limit_counts_each_visitor_behind_the_proxy(editor):
    alice, bob = visitor(ALICE), visitor(BOB)
    # Ten failures for ten user names: allauth's limit per address, which axes does not see.
    for number in range(10):
        assert log_in(alice, username=f"gissning-{number}").status_code == 200
    refused = log_in(alice)
    assert refused.status_code == 200
    assert refused.context["form"].errors
    assert not is_logged_in(alice)

    assert log_in(bob).status_code == 302
    assert is_logged_in(bob)


def test_the_api_rate_limit_counts_each_visitor_behind_the_proxy(homes):
    alice, bob = visitor(ALICE), visitor(BOB)
    with override_settings(API_RATE_LIMIT="3/minute"):
        for _request in range(3):
            assert alice.get("/api/v2/pages/").status_code == 200
        assert alice.get("/api/v2/pages/").status_code == 429
        assert bob.get("/api/v2/pages/").status_code == 200


@pytest.mark.parametrize("forged", ["203.0.113.99", "203.0.113.99, 10.0.0.1", "unknown"])
def test_a_visitor_cannot_choose_its_address_by_sending_x_forwarded_for(editor, homes, forged):
    # The proxy appends the address it was connected from to whatever the visitor sent.
    alice = visitor(ALICE)
    forging = visitor(f"{forged}, {ALICE}")
    lock_out(alice)
    assert log_in(forging).status_code == 429
    assert not is_logged_in(forging)

    with override_settings(API_RATE_LIMIT="3/minute"):
        for _request in range(3):
            alice.get("/api/v2/pages/")
        assert forging.get("/api/v2/pages/").status_code == 429


def test_without_a_proxy_x_forwarded_for_is_ignored(editor, settings):
    settings.TRUSTED_PROXY_COUNT = 0
    alice = visitor(ALICE, remote_addr="192.0.2.1")
    lock_out(alice)
    forging = visitor(BOB, remote_addr="192.0.2.1")
    assert log_in(forging).status_code == 429
    # The header names the locked-out address, but the connection comes from another one.
    assert log_in(visitor(ALICE, remote_addr="192.0.2.2")).status_code == 302
