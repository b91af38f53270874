"""Response headers the settings cannot set, requests no view should see, and the health checks
for the load balancer."""

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import BadRequest
from django.db import connection
from django.http import HttpResponse
from django.views.decorators.cache import never_cache

from home import content_cache

# What the Wagtail admin needs beyond the public policy: its editors (Draftail, the date
# picker, the image focal-point chooser) set inline styles, and previews of uploaded images
# are shown from blob: and data: addresses. Wagtail's date and time widgets start their picker
# with an inline script per field (initDateChooser), also in each new inline-panel item, so
# the admin's scripts must be allowed inline too (tests/e2e/test_admin_csp.py drives them).
ADMIN_CSP_RELAXATIONS = {
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "frame-ancestors": ["'self'"],  # the page preview frames the page it previews
}


class NulCharacterMiddleware:
    """A NUL character in the address, a query parameter or a form field is a 400.

    PostgreSQL cannot store or even compare text holding one, so it would reach the database as a
    500 wherever a parameter is looked up; no address, query or form of the site has a use for
    one. A cookie holding one is dropped instead: the client would send it with every request.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        for name, value in list(request.COOKIES.items()):
            if "\0" in name or "\0" in value:
                del request.COOKIES[name]
        if "\0" in request.path_info or any(
            "\0" in key or any("\0" in value for value in values)
            for parameters in (request.GET, request.POST)
            for key, values in parameters.lists()
        ):
            raise BadRequest("NUL character in the request")
        return self.get_response(request)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """The strict public policy from settings, relaxed for the admin only as far as it needs."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith("/admin/"):
            parts.replace = {**(parts.replace or {}), **ADMIN_CSP_RELAXATIONS}
        return parts


class PermissionsPolicyMiddleware:
    """Turns off browser features the site never uses, so injected content cannot use them."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


@never_cache
def healthz(request):
    """The process is up and answering; says nothing about the database or cache."""
    return HttpResponse("ok\n", content_type="text/plain")


@never_cache
def readyz(request):
    """Ready for traffic: the database answers a query, the cache keeps a value, and no change to
    published content is waiting to reach the content cache (else 503)."""
    problems = []
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception:  # any failure means not ready; the reason is in the log
        problems.append("database")
    try:
        cache.set("readyz", "ok", 10)
        if cache.get("readyz") != "ok":
            problems.append("cache")
    except Exception:
        problems.append("cache")
    if content_cache.pending_change:
        problems.append("content cache behind a publish")
    if problems:
        return HttpResponse(
            f"unavailable: {', '.join(problems)}\n", content_type="text/plain", status=503
        )
    return HttpResponse("ok\n", content_type="text/plain")
