"""
Lighthouse scores (performance, accessibility, best practices, SEO) for key pages.

Starts Upright under gunicorn on 127.0.0.1 and runs Lighthouse 12 (from the npm registry)
headless in Debian's chromium, with mobile emulation. About 15 s a page.

    npm install --no-save --no-audit --no-fund lighthouse@12.8   # once, in the project
    .venv/bin/python bench/lighthouse.py
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from client import Visitor  # noqa: E402
from serve import upright_server  # noqa: E402

LIGHTHOUSE = Path(__file__).resolve().parent.parent / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-background-networking --no-first-run"


def score(url: str, workdir: Path) -> dict[str, int]:
    report = workdir / "report.json"
    subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            "--quiet",
            "--output=json",
            f"--output-path={report}",
            f"--only-categories={','.join(CATEGORIES)}",
            f"--chrome-flags={FLAGS}",
        ],
        env={**os.environ, "CHROME_PATH": shutil.which("chromium")},
        check=True,
        timeout=180,
    )
    categories = json.loads(report.read_text())["categories"]
    return {name: round(categories[name]["score"] * 100) for name in CATEGORIES}


def main() -> None:
    if not LIGHTHOUSE.exists():
        sys.exit("Install Lighthouse first: npm install --no-save lighthouse@12.8")
    with upright_server() as (base, _master), tempfile.TemporaryDirectory() as tmp:
        visitor = Visitor(base)
        html = visitor.request("/routine/")[1]
        ready_made = re.search(r'href="(/r/[^/]+/)follow/"', html).group(1)
        pages = {
            "home": "/",
            "stretch": "/stretches/chin-tuck/",
            "builder": "/routine/",
            "player": f"{ready_made}follow/?step=1",
        }
        print(f"{'page':10} " + " ".join(f"{name:>15}" for name in CATEGORIES))
        for name, path in pages.items():
            scores = score(f"{base}{path}", Path(tmp))
            print(f"{name:10} " + " ".join(f"{scores[c]:>15}" for c in CATEGORIES))


if __name__ == "__main__":
    main()
