from django.conf import settings
from django.contrib import admin
from django.utils.decorators import method_decorator
from django_ratelimit.decorators import ratelimit


def limit_logins(key: str):
    return method_decorator(
        ratelimit(
            group=f"admin-login-{key}",
            key=key,
            rate=settings.RATELIMIT_LOGINS,
            method="POST",
            block=True,
        )
    )


class UprightAdminSite(admin.AdminSite):
    site_header = "Upright content"
    site_title = "Upright admin"
    index_title = "Stretches, causes and red flags"

    # Password guessing is slowed per client address and, separately, per username: one
    # address cannot try many accounts, and many addresses cannot wear down one account.
    # The username limit also means one address's guesses never lock another person out.
    @limit_logins("ip")
    @limit_logins("post:username")
    def login(self, request, extra_context=None):
        return super().login(request, extra_context)
