from django.conf import settings
from django.shortcuts import redirect
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_supported_language_variant
from django.utils.translation.trans_real import parse_accept_lang_header


def preferred_language(accept_language):
    """The first of the visitor's Accept-Language choices that the portal publishes in."""
    for code, _quality in parse_accept_lang_header(accept_language or ""):
        if code == "*":
            break
        try:
            return get_supported_language_variant(code)
        except LookupError:
            continue
    return settings.LANGUAGE_CODE


def language_redirect(request):
    """`/` sends each visitor to the home page in their own language, Swedish when none fits."""
    language = preferred_language(request.headers.get("Accept-Language"))
    response = redirect(f"/{language}/")
    patch_vary_headers(response, ["Accept-Language"])
    return response
