"""
Upright's settings: one module, driven by the environment.

Development defaults are safe to run locally; anything that matters in production is read
from a DJANGO_* variable, and the app refuses to start without a secret key when DEBUG is off.
"""

import os
import tempfile
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

from sitewide.logging import json_logging

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name, "").strip().lower()
    return value in {"1", "true", "yes", "on"} if value else default


def env_list(name: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, "").split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", False)

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off (make run turns DEBUG on)."
        )
    SECRET_KEY = "django-insecure-upright-development-only"

# Loopback names are always allowed so a health check on the machine itself reaches /healthz.
ALLOWED_HOSTS = [*env_list("DJANGO_ALLOWED_HOSTS"), "localhost", "127.0.0.1", "[::1]"]
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Before the admin, which it extends with a field per language (stretches/translation.py).
    "modeltranslation",
    "sitewide.apps.UprightAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django_htmx",
    "django_ratelimit",
    "modern_csrf",
    "sitewide",
    "content",
    "seo",
    "offline",
    "stretches",
    "routines",
    "imbalances",
    "api",
]

MIDDLEWARE = [
    # Compresses pages (WhiteNoise's static files come compressed), padded against BREACH.
    "django.middleware.gzip.GZipMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # WhiteNoise directly after SecurityMiddleware, as its docs ask, so static files skip the rest.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Public pages kept whole and served from here, before the rest (sitewide/caching.py).
    "sitewide.caching.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The language from the URL's /es/ prefix alone (no Vary); before CommonMiddleware.
    "sitewide.languages.PathLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Refuses writes from other sites' pages by the browser's Fetch metadata, not by tokens.
    "modern_csrf.middleware.ModernCsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # A page showing a one-time message is not kept for offline use (offline/middleware.py).
    "offline.middleware.OneTimePagesMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "sitewide.middleware.SecurityHeadersMiddleware",
    "django_ratelimit.middleware.RatelimitMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# SQLite is the embedded default. WAL lets readers run beside a writer, the timeout makes a
# writer wait for the lock instead of failing, and IMMEDIATE transactions take the write lock
# up front so two writers never deadlock upgrading from a read lock.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=600,
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
    # Tests use a real file, not Django's shared in-memory database, so that concurrent
    # writers meet SQLite's actual locking (WAL, busy timeout) as they would in production.
    DATABASES["default"]["TEST"] = {
        "NAME": str(Path(tempfile.gettempdir()) / f"upright-test-{os.getpid()}.sqlite3")
    }

# Names the code this server runs: a build's commit or image tag (the Dockerfile bakes one in).
# Servers of two releases never share stored pages, and browsers get a new service worker.
RELEASE = os.environ.get("UPRIGHT_RELEASE", "dev")

# Three caches, each shared by every worker of a server, so a page drawn once serves them all,
# a recycled worker loses nothing, and "10 a minute" means 10 a minute per address:
# `pages` keeps whole public pages, filed under the content version (sitewide/caching.py);
# `default` keeps sessions in front of the database; `ratelimit` counts requests. Several app
# servers share them through Redis.
FILES = "django.core.cache.backends.filebased.FileBasedCache"
CACHE_DIR = Path(os.environ.get("DJANGO_CACHE_DIR", BASE_DIR / ".cache"))
if REDIS_URL := os.environ.get("REDIS_URL"):
    CACHES = {
        alias: {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": f"upright:{alias}",
        }
        for alias in ("default", "pages", "ratelimit")
    }
else:
    CACHES = {
        "default": {"BACKEND": FILES, "LOCATION": CACHE_DIR / "default"},
        "pages": {"BACKEND": FILES, "LOCATION": CACHE_DIR / "pages"},
        # A table in the database, which `createcachetable` makes.
        "ratelimit": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "upright_ratelimit",
            # Past MAX_ENTRIES the cache deletes a third of its rows, live counters too.
            "OPTIONS": {"MAX_ENTRIES": 100_000},
        },
    }
CACHES["pages"].update(KEY_PREFIX=f"upright:pages:{RELEASE}", OPTIONS={"MAX_ENTRIES": 5000})
if DEBUG:
    # In development a template may change under a running server: draw every page afresh.
    CACHES["pages"] = {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
# One-time messages ride in a signed cookie, so a public page needs no session to show them.
MESSAGE_STORAGE = "django.contrib.messages.storage.cookie.CookieStorage"

# Rate limits per client address (and per username at the admin login). django-ratelimit's
# checks call Django's Redis backend "unsupported" (it predates it) and the database cache
# "not atomic" (two requests in one instant may count as one: accepted for one server).
RATELIMIT_USE_CACHE = "ratelimit"
RATELIMIT_VIEW = "sitewide.views.rate_limited"
RATELIMIT_WRITES = os.environ.get("UPRIGHT_WRITE_RATE", "60/m")
RATELIMIT_LOGINS = os.environ.get("UPRIGHT_LOGIN_RATE", "10/m")
RATELIMIT_API = os.environ.get("UPRIGHT_API_RATE", "120/m")  # API answers built, not stored
SILENCED_SYSTEM_CHECKS = [
    "django_ratelimit.E003",
    "django_ratelimit.W001",
    # Django's token middleware is replaced by django-modern-csrf's Fetch-metadata check
    # (ModernCsrfViewMiddleware), which guards the admin's forms as it does every other write.
    "security.W003",
    # X-Frame-Options comes from sitewide.middleware.SecurityHeadersMiddleware, with the other
    # headers Django does not send; the CSP's frame-ancestors says the same.
    "security.W002",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"django.contrib.auth.password_validation.{name}Validator"}
    for name in ("UserAttributeSimilarity", "MinimumLength", "CommonPassword", "Numeric")
]

LANGUAGE_CODE = "en-gb"
# Each language is named in its own words, as the language switcher shows it.
LANGUAGES = [("en-gb", "English"), ("es", "Español")]
LOCALE_PATHS = [BASE_DIR / "locale"]
MODELTRANSLATION_DEFAULT_LANGUAGE = LANGUAGE_CODE
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", BASE_DIR / "staticfiles"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Django's error mail (if ADMINS is set) goes out through an SMTP relay in production.
SMTP = {
    "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
    "OPTIONS": {
        "host": os.environ.get("DJANGO_SMTP_HOST", "localhost"),
        "port": int(os.environ.get("DJANGO_SMTP_PORT", 25)),
    },
}
CONSOLE = {"BACKEND": "django.core.mail.backends.console.EmailBackend"}
MAILERS = {"default": CONSOLE if DEBUG else SMTP}

LOGIN_URL = "admin:login"
CSRF_FAILURE_VIEW = "sitewide.views.csrf_failure"  # a refused cross-site write, in our own page

# Security headers. Every script and style is a static file, so the policy needs no
# 'unsafe-inline'; video hosts may only appear in frames, after a visitor asks for a video.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "frame-src": ["https://www.youtube-nocookie.com", "https://player.vimeo.com"],
    "frame-ancestors": [CSP.NONE],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "form-action": [CSP.SELF],
}
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# A visitor's routine is bound to their session, so the session lasts a year, not two weeks.
SESSION_COOKIE_AGE = 365 * 24 * 60 * 60
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", not DEBUG)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
# Cookies are Secure when https is in force (redirected to, or a proxy terminates it), so a
# plain-http `make serve` on this machine keeps working.
SECURE_COOKIES = env_bool(
    "DJANGO_SECURE_COOKIES", SECURE_SSL_REDIRECT or env_bool("DJANGO_BEHIND_PROXY", False)
)
SESSION_COOKIE_SECURE = SECURE_COOKIES
CSRF_COOKIE_SECURE = SECURE_COOKIES  # the admin's forms still carry Django's token cookie
SECURE_HSTS_SECONDS = 0 if DEBUG else int(os.environ.get("DJANGO_HSTS_SECONDS", 31_536_000))
# Both off for a site whose subdomains are not all on https.
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", not DEBUG)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD", not DEBUG)
# Behind a TLS-terminating proxy, trust X-Forwarded-Proto and count rate limits by the
# client address the proxy appended to X-Forwarded-For.
if env_bool("DJANGO_BEHIND_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    RATELIMIT_IP_META_KEY = "sitewide.middleware.forwarded_client"
# JSON lines on stdout: what went wrong (sitewide/logging.py); each request's line is gunicorn's.
LOGGING = json_logging(level=os.environ.get("DJANGO_LOG_LEVEL", "INFO"))
