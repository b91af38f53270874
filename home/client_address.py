"""The address a request comes from, behind TRUSTED_PROXY_COUNT reverse proxies.

Each proxy appends the address it was connected from to X-Forwarded-For, so behind N proxies
the client is the N-th entry from the right. Entries further left are whatever the client sent
and prove nothing. django-axes' lockout, allauth's login limits and the API's rate limit all ask
here, so that visitors behind one proxy are counted apart and none can choose its address.
"""

import ipaddress

from django.conf import settings


def client_address(request):
    """The client's address: named by the trusted proxies, or the connecting one without them.

    A request that passed fewer proxies than configured (one that reached the site around the
    outer proxy) or whose entry is no address is counted by its connecting address.
    """
    proxies = settings.TRUSTED_PROXY_COUNT
    forwarded = request.headers.get("x-forwarded-for", "").split(",")
    if proxies and len(forwarded) >= proxies:
        try:
            return str(ipaddress.ip_address(forwarded[-proxies].strip()))
        except ValueError:
            pass
    return request.META.get("REMOTE_ADDR")
