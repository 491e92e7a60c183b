# Features this site never uses are switched off; the player may keep the screen awake.
PERMISSIONS_POLICY = (
    "accelerometer=(), autoplay=(), camera=(), display-capture=(), fullscreen=(self), "
    "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), "
    "picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(self), "
    "usb=(), xr-spatial-tracking=()"
)


class SecurityHeadersMiddleware:
    """The security headers Django's SecurityMiddleware and CSP middleware do not send, from
    one place: Permissions-Policy, Cross-Origin-Resource-Policy, and X-Frame-Options for
    browsers older than the CSP's frame-ancestors."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        response.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        response.setdefault("X-Frame-Options", "DENY")
        return response


def forwarded_client(request) -> str:
    """The client address the trusted proxy appended last to X-Forwarded-For."""
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    return forwarded.rsplit(",", 1)[-1].strip() or request.META.get("REMOTE_ADDR", "")
