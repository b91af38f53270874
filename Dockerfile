# Production image: gunicorn serving the portal as a non-root user, static files collected.
# Build: docker build -t portal .   Run: see compose.yaml and docs/deployment.md.

FROM python:3.11-slim-bookworm AS build
ENV PYTHONDONTWRITEBYTECODE=1 UV_COMPILE_BYTECODE=1 UV_LINK_MODE=copy UV_PROJECT_ENVIRONMENT=/app/.venv
WORKDIR /app
RUN pip install --no-cache-dir uv==0.13.9
COPY pyproject.toml uv.lock ./
RUN uv sync --frozen --no-dev --no-install-project
COPY . .
# Settings need a key and hosts to load; these serve collectstatic only and are not kept.
RUN SECRET_KEY=collectstatic-only ALLOWED_HOSTS=localhost DJANGO_SETTINGS_MODULE=portal.settings.production \
    /app/.venv/bin/python manage.py collectstatic --noinput

FROM python:3.11-slim-bookworm
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PATH=/app/.venv/bin:$PATH \
    DJANGO_SETTINGS_MODULE=portal.settings.production MEDIA_ROOT=/app/media
RUN groupadd --system --gid 1000 portal && useradd --system --uid 1000 --gid 1000 --home-dir /app --shell /usr/sbin/nologin portal
WORKDIR /app
COPY --from=build --chown=root:root /app /app
# The media volume takes this folder's owner when it is first mounted.
RUN mkdir -p /app/media && chown portal:portal /app/media
USER 1000:1000
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "deploy/healthcheck.py", "/healthz"]
ENTRYPOINT ["deploy/entrypoint.sh"]
CMD ["serve"]
