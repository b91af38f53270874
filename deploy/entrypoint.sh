#!/bin/sh
# The image's entry point. "serve" (the default) starts gunicorn; "release" runs the steps that
# must happen once per release, before the new code takes traffic; anything else is run as is.
set -eu
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python}"

case "${1:-serve}" in
    serve)
        exec gunicorn --config deploy/gunicorn.conf.py
        ;;
    release)
        # Refuse migrations that would break the code still running (docs/deployment.md).
        "$PYTHON" manage.py check_migrations
        "$PYTHON" manage.py migrate --noinput
        if [ -n "${SEARCH_URL:-}" ]; then
            "$PYTHON" manage.py update_index
        fi
        ;;
    *)
        exec "$@"
        ;;
esac
