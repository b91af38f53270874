"""Two-factor login for editors: allauth's login with TOTP, required for the admin when set.

With PORTAL_REQUIRE_2FA on, the Wagtail admin answers only users with an activated TOTP
authenticator (others are sent to set one up), and Wagtail's own login form, which knows
nothing of a second factor, is replaced by allauth's login for both GET and POST. A wrong
code counts as a failed login in django-axes and against a limit per user (CodeForm).
"""

from allauth.account.adapter import DefaultAccountAdapter, get_adapter
from allauth.core import context, ratelimit
from allauth.mfa.base.forms import AuthenticateForm
from allauth.mfa.models import Authenticator
from axes.handlers.proxy import AxesProxyHandler
from django.conf import settings
from django.contrib.auth.signals import user_login_failed
from django.core.exceptions import ValidationError
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode

from home.client_address import client_address

ADMIN_PREFIX = "/admin/"
ADMIN_LOGIN = "/admin/login/"
# Reachable without a second factor: signing out, and the password reset, which never signs
# anyone in (the new password still has to pass allauth's login and its code check).
ADMIN_OPEN_PREFIXES = ("/admin/logout/", "/admin/password_reset/")


class AccountAdapter(DefaultAccountAdapter):
    """Editors are created by administrators in the admin, never by signing up."""

    def is_open_for_signup(self, request):
        return False

    def get_client_ip(self, request):
        """The address allauth's rate limits count: the same client django-axes counts."""
        return client_address(request)


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


class TwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        if not settings.PORTAL_REQUIRE_2FA or not path.startswith(ADMIN_PREFIX):
            return self.get_response(request)
        if path == ADMIN_LOGIN:
            return HttpResponseRedirect(self.login_url(request))
        if path.startswith(ADMIN_OPEN_PREFIXES):
            return self.get_response(request)
        if request.user.is_authenticated and not has_totp(request.user):
            return HttpResponseRedirect(reverse("mfa_activate_totp"))
        return self.get_response(request)

    @staticmethod
    def login_url(request):
        """Allauth's login, keeping the page the editor wanted if it is on this site."""
        url = reverse("account_login")
        next_url = request.GET.get("next") or request.POST.get("next")
        if next_url and url_has_allowed_host_and_scheme(
            next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            url += "?" + urlencode({"next": next_url})
        return url
