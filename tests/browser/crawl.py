"""The site's pages as a visitor reaches them, for the checks that look at every page."""

import re
from collections import Counter, deque
from collections.abc import Callable
from urllib.parse import urldefrag, urljoin, urlsplit

from playwright.sync_api import Page

# The Spanish pages are the English templates with other words: one page of each kind is
# checked (one guide, one cause, one player step...), so the walk stays quick.
SPANISH_OF_A_KIND = 1


def page_kind(path: str) -> str:
    """/es/stretches/chin-tuck/ and /es/stretches/cat-cow/ are one kind of page, and so are
    /es/routine/follow/?step=1 and ?step=2 (but not the safety check, without a step)."""
    path, _, query = path.partition("?")
    step = "?step" if "step=" in query else ""
    return re.sub(r"^(/es/(?:stretches|imbalances|r))/[^/]+", r"\1/*", path) + step


def links(page: Page, site: str, url: str) -> list[str]:
    """The site's pages the page links to (the API's JSON is for programs: only its docs
    page, which people read, is followed)."""
    found = []
    for href in page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)"):
        target, _ = urldefrag(urljoin(f"{site}{url}", href))
        parts = urlsplit(target)
        if f"{parts.scheme}://{parts.netloc}" != site or parts.path.startswith("/static/"):
            continue
        if parts.path.startswith("/api/") and parts.path != "/api/v1/docs":
            continue
        found.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return found


def walk[T](page: Page, site: str, look: Callable[[Page, str, str], T]) -> dict[str, T]:
    """Every page reachable from /, the pages only a visitor's actions reach, and the Spanish
    pages the language switcher leads to (a few of each kind), each visited once: `look`
    goes to it and says what it found."""
    page.goto(f"{site}/routine/")
    share = page.get_by_role("link", name="Share").get_attribute("href")
    queue = deque(
        [
            "/",
            "/routine/",
            "/routine/follow/",
            "/routine/follow/?step=1",
            "/routine/follow/?step=2",
            "/routine/history/",
            "/routine/print/",
            share,
            f"{share}follow/",
            f"{share}print/",
            "/no-such-page/",
            "/admin/login/",
        ]
    )
    seen: dict[str, T] = {}
    kinds: Counter[str] = Counter()
    while queue:
        url = queue.popleft()
        if url in seen or (url.startswith("/admin/") and url != "/admin/login/"):
            continue
        if url.startswith("/es/"):
            if kinds[page_kind(url)] >= SPANISH_OF_A_KIND:
                continue
            kinds[page_kind(url)] += 1
        seen[url] = look(page, site, url)
        if not url.startswith("/admin/"):
            queue.extend(links(page, site, url))
    return seen
