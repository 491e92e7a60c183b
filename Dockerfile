# Upright: a small non-root image. It installs and starts the app with the same steps CI tests:
# pip from pyproject.toml, collectstatic at build, then bin/start (migrate, load content, gunicorn).

FROM python:3.13-slim AS build
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1
WORKDIR /app
COPY pyproject.toml README.md ./
RUN python -m venv /venv && /venv/bin/pip install --upgrade pip && /venv/bin/pip install .
COPY . .
RUN DJANGO_SECRET_KEY=build-only /venv/bin/python manage.py collectstatic --no-input --verbosity 0

FROM python:3.13-slim
# The build's id (a commit or tag): servers of two releases never share stored pages.
ARG RELEASE=unreleased
# Behind a TLS-terminating proxy, also set DJANGO_BEHIND_PROXY=1 and FORWARDED_ALLOW_IPS to
# the proxy's address, so only it may claim the original scheme and client.
ENV PATH=/venv/bin:$PATH PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 \
    HOST=0.0.0.0 PORT=8000 DATABASE_URL=sqlite:////data/db.sqlite3 \
    DJANGO_CACHE_DIR=/data/cache UPRIGHT_RELEASE=$RELEASE
RUN useradd --system --uid 10001 --home-dir /app upright && mkdir /data && chown upright /data
COPY --from=build /venv /venv
COPY --from=build --chown=root:root /app /app
WORKDIR /app
USER upright
EXPOSE 8000
VOLUME ["/data"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD python -c "import urllib.request, os; urllib.request.urlopen(f'http://127.0.0.1:{os.environ[\"PORT\"]}/healthz', timeout=4)"
CMD ["bin/start"]
