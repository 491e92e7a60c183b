"""
Demo videos: which hosts editors may link, and how a link becomes an embed.

Only https links to the hosts below pass validation. YouTube and Vimeo videos are embedded
(from YouTube's privacy-enhanced domain) after a visitor asks; the clinicians' video libraries
cannot be embedded, so their pages are linked instead.
"""

import re
from urllib.parse import parse_qs, urlsplit

from django.core.exceptions import ValidationError

YOUTUBE_HOSTS = {"youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be"}
VIMEO_HOSTS = {"vimeo.com", "www.vimeo.com", "player.vimeo.com"}
LINK_ONLY_HOSTS = {
    "www.spine-health.com",
    "library.theprehabguys.com",
    "harrisonclinic.co.uk",
    "body-works.ca",
}
ALLOWED_VIDEO_HOSTS = YOUTUBE_HOSTS | VIMEO_HOSTS | LINK_ONLY_HOSTS


def validate_video_url(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme != "https":
        raise ValidationError("Video links must start with https://.", code="video_scheme")
    if parts.hostname not in ALLOWED_VIDEO_HOSTS:
        allowed = ", ".join(sorted(ALLOWED_VIDEO_HOSTS))
        raise ValidationError(
            "Videos can only come from these sites: %(allowed)s.",
            code="video_host",
            params={"allowed": allowed},
        )


def _youtube_id(url: str) -> str | None:
    parts = urlsplit(url)
    if parts.hostname == "youtu.be":
        video_id = parts.path.strip("/")
    elif parts.path == "/watch":
        video_id = parse_qs(parts.query).get("v", [""])[0]
    elif parts.path.startswith(("/embed/", "/shorts/")):
        video_id = parts.path.split("/")[2]
    else:
        return None
    return video_id if re.fullmatch(r"[A-Za-z0-9_-]{6,20}", video_id) else None


def embed_url(url: str, start: int = 0) -> str | None:
    """The iframe address for an embeddable video, or None when it can only be linked."""
    host = urlsplit(url).hostname
    if host in YOUTUBE_HOSTS and (video_id := _youtube_id(url)):
        return f"https://www.youtube-nocookie.com/embed/{video_id}?start={start}&rel=0"
    if host in VIMEO_HOSTS:
        video_id = urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]
        if video_id.isdigit():
            return f"https://player.vimeo.com/video/{video_id}#t={start}s"
    return None
