"""Compressed weight of the browser client's first load.

Fetches `/` and every asset the first load needs (stylesheets, scripts, icons and
images the HTML and CSS reference, and every ES module reachable through static
`import` statements) with `Accept-Encoding: gzip`, and prints each transfer size
and the total. Target: under 150 KB.

    .venv/bin/python tools/page_weight.py            # starts a throwaway server
    .venv/bin/python tools/page_weight.py --url http://127.0.0.1:8000
"""

from __future__ import annotations

import argparse
import re
import sys
import urllib.request
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
# A sibling tool: the same throwaway server.
from screenshots import run_server

TARGET = 150 * 1024
HTML_REFS = re.compile(r"""<(?:link|script|img)\b[^>]*?\b(?:href|src)=["']([^"']+)["']""", re.I)
CSS_REFS = re.compile(r"""url\(\s*["']?([^"')]+)["']?\s*\)""")
JS_IMPORTS = re.compile(
    r"""(?:^|[;\s])(?:import|export)\s[^'"]*?from\s*["']([^"']+)["']|^\s*import\s*["']([^"']+)["']""",
    re.M,
)


def fetch(url: str) -> tuple[int, bytes, str, str]:
    req = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"})
    with urllib.request.urlopen(req, timeout=10) as r:
        raw = r.read()
        return (
            r.status,
            raw,
            r.headers.get("Content-Encoding", ""),
            r.headers.get("Content-Type", ""),
        )


def decode(raw: bytes, encoding: str) -> str:
    if encoding == "gzip":
        import gzip

        raw = gzip.decompress(raw)
    return raw.decode("utf-8", errors="replace")


def weigh(base: str) -> int:
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(base))
    queue: deque[str] = deque([urljoin(base, "/")])
    seen: set[str] = set()
    total = 0
    rows: list[tuple[str, int, str]] = []
    while queue:
        url = queue.popleft()
        if url in seen or not url.startswith(origin):
            continue
        seen.add(url)
        status, raw, encoding, ctype = fetch(url)
        if status != 200:
            raise SystemExit(f"{url}: HTTP {status}")
        total += len(raw)
        rows.append((urlsplit(url).path, len(raw), encoding or "identity"))
        if "html" in ctype or "css" in ctype or "javascript" in ctype:
            text = decode(raw, encoding)
            if "html" in ctype:
                refs = HTML_REFS.findall(text)
            elif "css" in ctype:
                refs = CSS_REFS.findall(text)
            else:
                refs = [a or b for a, b in JS_IMPORTS.findall(text)]
            for ref in refs:
                if ref.startswith("data:"):
                    continue
                queue.append(urljoin(url, ref).split("#")[0])
    for path, size, encoding in rows:
        print(f"{size:>8,d} B  {encoding:<8s} {path}")
    print(
        f"{total:>8,d} B  total for {len(rows)} requests ({total / 1024:.1f} KiB; target < 150 KB)"
    )
    return total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="a running server (default: start a throwaway one)")
    args = parser.parse_args()
    if args.url:
        total = weigh(args.url)
    else:
        with run_server() as url:
            total = weigh(url)
    return 0 if total < TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
