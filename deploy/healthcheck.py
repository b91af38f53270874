"""Container health check: asks the local gunicorn for /readyz (or the path given) as a proxy would.

The request names the first of ALLOWED_HOSTS and says it came over HTTPS, so that production
settings neither reject the host nor redirect to HTTPS. Exit status 0 means healthy.
"""

import os
import sys
import urllib.request

path = sys.argv[1] if len(sys.argv) > 1 else "/readyz"
address = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000").replace("0.0.0.0", "127.0.0.1")
host = (os.environ.get("ALLOWED_HOSTS", "localhost").split(",")[0].strip() or "localhost").lstrip(
    "."
)
request = urllib.request.Request(
    f"http://{address}{path}", headers={"Host": host, "X-Forwarded-Proto": "https"}
)
try:
    with urllib.request.urlopen(request, timeout=5) as response:
        sys.exit(0 if response.status == 200 else 1)
except Exception as error:
    print(f"{path}: {error}", file=sys.stderr)
    sys.exit(1)
