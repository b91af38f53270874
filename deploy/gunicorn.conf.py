"""gunicorn settings for the portal; every value can be overridden from the environment.

Workers are processes, sized from the CPU count (2 per core + 1: while one waits on the
database or Redis another runs). WEB_CONCURRENCY overrides it, e.g. where the container sees
more cores than it may use.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
# Let a worker finish its requests when the container stops or a new release replaces it.
graceful_timeout = 30
# Workers are not recycled: a new one imports Django and Wagtail and refills its per-worker
# memory, and at 1,000 requests each a busy site restarted a worker every few seconds (warm
# pages fell to a third, p99 to seconds). GUNICORN_MAX_REQUESTS turns recycling on against a
# leak, at a count where it costs nothing measurable (100,000 or more).
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "0"))
max_requests_jitter = max_requests // 10
# Behind Caddy or nginx: trust its X-Forwarded-* headers (the port is not published otherwise).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "*")
accesslog = "-"
errorlog = "-"
wsgi_app = "portal.wsgi:application"
