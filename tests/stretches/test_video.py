import pytest
from django.core.exceptions import ValidationError

from stretches.video import embed_url, validate_video_url


@pytest.mark.parametrize(
    "url",
    [
        "https://www.youtube.com/watch?v=abc123XYZ_-",
        "https://youtu.be/abc123XYZ_-",
        "https://vimeo.com/123456",
        "https://www.spine-health.com/video/video-crossover-shoulder-stretch",
    ],
)
def test_allowed_video_hosts_pass(url):
    validate_video_url(url)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://www.youtube.com/watch?v=abc", "https://"),
        ("https://evil.example/watch?v=abc", "Videos can only come from"),
        ("https://www.youtube.com.evil.example/watch?v=abc", "Videos can only come from"),
        ("javascript:alert(1)", "https://"),
    ],
)
def test_other_urls_are_rejected_with_a_clear_message(url, message):
    with pytest.raises(ValidationError) as error:
        validate_video_url(url)
    assert message in str(error.value)


def test_youtube_embeds_use_the_privacy_enhanced_domain_and_start_time():
    assert embed_url("https://www.youtube.com/watch?v=abc123", 42) == (
        "https://www.youtube-nocookie.com/embed/abc123?start=42&rel=0"
    )
    assert embed_url("https://youtu.be/abc123").startswith(
        "https://www.youtube-nocookie.com/embed/abc123"
    )


def test_vimeo_embeds_and_clinic_pages_are_link_only():
    assert embed_url("https://vimeo.com/123456", 5) == "https://player.vimeo.com/video/123456#t=5s"
    assert embed_url("https://library.theprehabguys.com/vimeo-video/scapula-squeeze/") is None
