"""Rate limit of the content API (portal/api.py); its own module, as DRF imports it at start-up."""

from django.conf import settings
from rest_framework.throttling import UserRateThrottle


class APIRateThrottle(UserRateThrottle):
    """Per user or client address; the rate is read per request so settings can change it."""

    scope = "api"

    def get_rate(self):
        return settings.API_RATE_LIMIT
