"""The ceiling Upright's pages are measured against: a Django project with no installed apps,
no middleware and one view, served by the same gunicorn configuration (config/gunicorn.py)."""

SECRET_KEY = "bare-project-for-the-bench-only"
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
INSTALLED_APPS: list[str] = []
MIDDLEWARE: list[str] = []
ROOT_URLCONF = "bench.bare.urls"
DATABASES: dict = {}
USE_TZ = True
