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
# Recycle workers now and then so that a slow leak never grows unbounded.
max_requests = 1000
max_requests_jitter = 100
# Behind Caddy or nginx: trust its X-Forwarded-* headers (the port is not published otherwise).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "*")
accesslog = "-"
errorlog = "-"
wsgi_app = "portal.wsgi:application"
