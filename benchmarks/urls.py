from django.http import HttpResponse
from django.urls import path

from portal.urls import urlpatterns as portal_urlpatterns

FLOOR_BODY = b"<!doctype html><title>floor</title><p>A fixed response.</p>"


def floor(request):
    """The least a request can cost: the same server and middleware, no database, no template."""
    return HttpResponse(FLOOR_BODY)


urlpatterns = [path("bench/floor/", floor), *portal_urlpatterns]
