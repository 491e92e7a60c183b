"""Reading what a page tells search engines and share previews: its head's tags and its
JSON-LD data blocks, parsed as a crawler would."""

import json
from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class Head:
    meta: dict[str, list[str]] = field(default_factory=dict)  # property or name → contents
    canonical: list[str] = field(default_factory=list)
    data: list[dict] = field(default_factory=list)  # every JSON-LD block, parsed

    def one(self, key: str) -> str:
        values = self.meta.get(key, [])
        assert len(values) == 1, f"{key}: {values}"
        return values[0]

    def of_type(self, schema_type: str) -> dict:
        found = [item for item in self.data if item.get("@type") == schema_type]
        assert len(found) == 1, f"{schema_type}: {[item.get('@type') for item in self.data]}"
        return found[0]


class HeadParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.head, self.in_data, self.text = Head(), False, []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and (key := attrs.get("property") or attrs.get("name")):
            self.head.meta.setdefault(key, []).append(attrs.get("content", ""))
        elif tag == "link" and attrs.get("rel") == "canonical":
            self.head.canonical.append(attrs["href"])
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self.in_data, self.text = True, []

    def handle_data(self, data):
        if self.in_data:
            self.text.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self.in_data:
            self.head.data.append(json.loads("".join(self.text)))
            self.in_data = False


def read_head(html: str) -> Head:
    parser = HeadParser()
    parser.feed(html)
    return parser.head
