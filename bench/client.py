"""A scripted visitor with its own cookies, for benchmarks against a server on 127.0.0.1."""

import http.cookiejar
import re
import urllib.error
import urllib.parse
import urllib.request


class LoopbackPolicy(http.cookiejar.DefaultCookiePolicy):
    """Send production's Secure cookies over plain http, to the server on 127.0.0.1 only."""

    def return_ok_secure(self, cookie, request):
        return urllib.parse.urlsplit(request.full_url).hostname == "127.0.0.1"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Visitor:
    def __init__(self, base: str, number: int = 0):
        self.base, self.number = base, number
        self.jar = http.cookiejar.CookieJar(policy=LoopbackPolicy())
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar), NoRedirect()
        )
        self.expected = 0  # steps the server has confirmed

    def request(self, path: str, data: dict | None = None) -> tuple[int, str]:
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        # As a browser posting from one of the site's own pages says it is.
        headers = {"Sec-Fetch-Site": "same-origin"}
        request = urllib.request.Request(f"{self.base}{path}", body, headers)
        try:
            with self.opener.open(request, timeout=10) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def add(self, slug: str) -> int:
        return self.request("/routine/add/", {"stretch": slug})[0]

    def steps_on_server(self) -> int:
        _status, html = self.request("/routine/")
        match = re.search(r"(\d+) of 30 stretches", html)
        return int(match.group(1)) if match else 0

    def cookie_header(self) -> str:
        return "; ".join(f"{cookie.name}={cookie.value}" for cookie in self.jar)
