from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class ContentConfig(AppConfig):
    name = "content"
    verbose_name = "Site content and plumbing"


class UprightAdminConfig(admin_apps.AdminConfig):
    """Django's admin, with the login rate-limited (see content/admin_site.py)."""

    default = False  # "content" itself is ContentConfig
    default_site = "content.admin_site.UprightAdminSite"
