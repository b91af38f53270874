"""Two-factor login for editors: allauth's login with TOTP, required for every session when set.

With PORTAL_REQUIRE_2FA on, a signed-in session counts only once it has passed the second factor
in allauth's login (allauth records the methods used in the session) or has just enrolled an
authenticator. A session signed in any other way, by the password alone, is signed out as soon
as it asks for anything but the account pages; so no login route, present or future, opens the
admin or a page for signed-in users with the password only. An editor without an authenticator
is sent to set one up before any admin page, straight after the password (allauth would ask for
it again). Wagtail's own login form, which knows nothing of a
second factor, and its front-end login are replaced by allauth's login. A wrong code counts as
a failed login in django-axes and against a limit per user (CodeForm).
"""

import time

from allauth.account import app_settings as account_settings
from allauth.account.adapter import DefaultAccountAdapter, get_adapter
from allauth.account.authentication import get_authentication_records
from allauth.core import context, ratelimit
from allauth.mfa.base.forms import AuthenticateForm
from allauth.mfa.models import Authenticator
from allauth.mfa.totp import views as totp_views
from axes.handlers.proxy import AxesProxyHandler
from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.signals import user_login_failed
from django.core.exceptions import ValidationError
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode

from home.client_address import client_address

ADMIN_PREFIX = "/admin/"
ADMIN_LOGIN = "/admin/login/"
# Reachable before the second factor: allauth's own pages (login, code, set-up, sign-out), and
# Wagtail's sign-out and password reset, which never sign anyone in.
OPEN_PREFIXES = ("/accounts/", "/admin/logout/", "/admin/password_reset/")
# Set in the session in which an editor enrolled an authenticator, by proving a code from it,
# with the time it happened.
ENROLLED_SESSION_KEY = "portal_second_factor_enrolled"
ENROLLED_AT_SESSION_KEY = "portal_second_factor_enrolled_at"


class AccountAdapter(DefaultAccountAdapter):
    """Editors are created by administrators in the admin, never by signing up."""

    def is_open_for_signup(self, request):
        return False

    def get_client_ip(self, request):
        """The address allauth's rate limits count: the same client django-axes counts."""
        return client_address(request)

    def is_reauthentication_required(self, *, app, **kwargs):
        """allauth asks for the password again before any change to the second factor, even
        seconds after the login; not while an editor sets up their first authenticator."""
        required = super().is_reauthentication_required(app=app, **kwargs)
        return required and not enrolling_after_login(context.request)


class CodeForm(AuthenticateForm):
    """The login's second step, where a wrong code counts as a failed login twice over.

    For django-axes, against the user name from this address (the lockout then refuses this
    step as well as the password); and against the user from every address (rate limit
    "wrong_code"), because allauth limits codes per address only and a guesser has many.
    """

    def clean_code(self):
        request = context.request
        credentials = {"username": self.user.get_username()}
        if not AxesProxyHandler.is_allowed(request, credentials) or not ratelimit.consume(
            request, action="wrong_code", user=self.user, dry_run=True
        ):
            raise get_adapter().validation_error("too_many_login_attempts")
        try:
            return super().clean_code()
        except ValidationError:
            ratelimit.consume(request, action="wrong_code", user=self.user)
            user_login_failed.send(sender=__name__, credentials=credentials, request=request)
            raise


def has_totp(user):
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def enrolling_after_login(request):
    """Whether this session is setting up the user's first authenticator right after proving
    the password: it signed in with the password and has no authenticator yet, or has just set
    one up (and is shown its recovery codes), within ACCOUNT_REAUTHENTICATION_TIMEOUT."""
    user = request.user
    if not user.is_authenticated:
        return False
    if has_totp(user):
        enrolled_here = request.session.get(ENROLLED_SESSION_KEY) == str(user.pk)
        since = request.session.get(ENROLLED_AT_SESSION_KEY) if enrolled_here else None
    else:
        logins = [
            record["at"]
            for record in get_authentication_records(request, user)
            if record.get("method") == "password"
        ]
        since = logins[-1] if logins else None
    return since is not None and time.time() - since < account_settings.REAUTHENTICATION_TIMEOUT


def passed_second_factor(request):
    """Whether this session, not merely this user, has passed a second factor."""
    user = request.user
    if request.session.get(ENROLLED_SESSION_KEY) == str(user.pk):
        return True
    return any(
        record.get("method") == "mfa" for record in get_authentication_records(request, user)
    )


class ActivateTOTPView(totp_views.ActivateTOTPView):
    """allauth's set-up of an authenticator, which proves a code from it: the session that did
    so has passed the second factor."""

    def form_valid(self, form):
        response = super().form_valid(form)
        self.request.session[ENROLLED_SESSION_KEY] = str(self.request.user.pk)
        self.request.session[ENROLLED_AT_SESSION_KEY] = time.time()
        return response


def login_redirect(request):
    """Every login route leads to allauth's, which asks for the second factor."""
    return HttpResponseRedirect(TwoFactorMiddleware.login_url(request))


class TwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.PORTAL_REQUIRE_2FA:
            return self.get_response(request)
        path = request.path_info
        if path == ADMIN_LOGIN:
            return HttpResponseRedirect(self.login_url(request))
        if (
            path.startswith(OPEN_PREFIXES)
            or not request.user.is_authenticated
            or passed_second_factor(request)
        ):
            return self.get_response(request)
        is_admin = path.startswith(ADMIN_PREFIX)
        if has_totp(request.user):
            # Signed in without the code the editor has: not a session of theirs to keep.
            logout(request)
            if is_admin:
                return HttpResponseRedirect(
                    self.login_url(request, next_url=request.get_full_path())
                )
            return self.get_response(request)
        if is_admin:
            return HttpResponseRedirect(reverse("mfa_activate_totp"))
        # Until an authenticator is set up the session reads the site as any visitor does.
        request.user = AnonymousUser()
        return self.get_response(request)

    @staticmethod
    def login_url(request, next_url=None):
        """Allauth's login, keeping the page the editor wanted if it is on this site."""
        url = reverse("account_login")
        next_url = next_url or request.GET.get("next") or request.POST.get("next")
        if next_url and url_has_allowed_host_and_scheme(
            next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            url += "?" + urlencode({"next": next_url})
        return url
