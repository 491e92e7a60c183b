from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class SitewideConfig(AppConfig):
    """What every request passes through: security headers, the request log, the page's
    language, forgery and rate-limit refusals, health checks."""

    name = "sitewide"
    verbose_name = "Site-wide plumbing"


class UprightAdminConfig(admin_apps.AdminConfig):
    """Django's admin, with the login rate-limited (see sitewide/admin_site.py)."""

    default = False  # the app itself is SitewideConfig
    default_site = "sitewide.admin_site.UprightAdminSite"
