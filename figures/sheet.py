"""The contact sheet: every figure (loop, still, mirrored, thumbnail) beside its steps, in
light and dark, as one standalone HTML page for looking at figures in a browser."""

from dataclasses import dataclass
from html import escape
from pathlib import Path

from .compose import render_figure
from .errors import FigureError
from .figure import parse_figure
from .labels import mirror_label


@dataclass(frozen=True)
class Entry:
    slug: str
    name: str
    steps: tuple[str, ...]
    figure: dict | None


def _cell(entry: Entry) -> str:
    if entry.figure is None:
        return '<p class="missing">No figure yet.</p>'
    try:
        fig = parse_figure(entry.figure)
    except FigureError as error:
        return f'<p class="missing">Figure error: {escape(str(error))}</p>'
    alt = fig.alt
    views = (
        ("loop", render_figure(fig, label=alt)),
        ("still", render_figure(fig, still=True, label=alt)),
        ("mirrored", render_figure(fig, mirrored=True, label=mirror_label(alt))),
        ("72 px", render_figure(fig, thumbnail=True, label=alt)),
    )
    cells = "".join(
        f'<figure class="{"thumb" if n == "72 px" else "big"}">{s}'
        f"<figcaption>{n}</figcaption></figure>"
        for n, s in views
    )
    return f'<div class="row">{cells}</div><p class="alt">{escape(alt)}</p>'


def sheet_html(entries: list[Entry], css_href: str = "figures.css") -> str:
    blocks = []
    for e in entries:
        steps = "".join(f"<li>{escape(s)}</li>" for s in e.steps)
        body = f"<h2>{escape(e.name)} <code>{escape(e.slug)}</code></h2>{_cell(e)}<ol>{steps}</ol>"
        blocks.append(
            f'<section class="entry" id="{escape(e.slug)}"><div class="light">{body}</div>'
            f'<div class="dark">{body}</div></section>'
        )
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        "<title>Upright figures: contact sheet</title>"
        f'<link rel="stylesheet" href="{escape(css_href)}"><link rel="stylesheet" href="sheet.css">'
        f"</head><body><h1>Stretch figures</h1>{''.join(blocks)}</body></html>"
    )


SHEET_CSS = """
body { margin: 0; font: 14px/1.4 system-ui, sans-serif; }
h1 { margin: 8px; }
.entry { display: grid; grid-template-columns: 1fr 1fr; border-top: 1px solid #999; }
.light, .dark { padding: 8px 12px; background: var(--bg); color: var(--text); }
.light { --bg: #fbfaf7; --text: #1f2a30; --muted: #4a5860; --line: #d5dadc; --brand: #0b5d5b; }
.dark { --bg: #111819; --text: #e8eeee; --muted: #b5c2c4; --line: #34464a; --brand: #5cc8bd; }
.dark .fig { --fig-accent: #d9480f; }
.light .fig { --fig-accent: #f76707; }
h2 { font-size: 15px; margin: 0 0 6px; }
.row { display: flex; gap: 10px; align-items: flex-end; }
figure { margin: 0; text-align: center; font-size: 11px; }
figure.big .fig { width: 150px; height: 190px; }
figure.thumb .fig { width: 72px; height: 72px; }
ol { margin: 6px 0 0; padding-left: 18px; font-size: 12px; }
.alt { font-size: 12px; font-style: italic; margin: 4px 0; }
.missing { color: #b3261e; }
"""


def write_sheet(output: Path, css_source: Path, entries: list[Entry]) -> None:
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(sheet_html(entries), encoding="utf-8")
    (output.parent / "figures.css").write_text(css_source.read_text(encoding="utf-8"))
    (output.parent / "sheet.css").write_text(SHEET_CSS, encoding="utf-8")
