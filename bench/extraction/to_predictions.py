#!/usr/bin/env python3
"""Turns `copydesk extract --format json` output into the benchmark's {"<page id>": {"articleBody": ...}} form.

Usage: to_predictions.py EXTRACT.json OUT.json  (a page's id is its file name without .html)

The benchmark's schema keeps an article's headline apart from its body (`headline`, `articleBody`), so when the
first block of `articleText` is a heading that the page's title holds (or that holds the title), it is given as the
headline and left out of the body; every other block is the body, in order.
"""
import json
import re
import sys
from pathlib import Path


def norm(text):
    return re.sub(r"\s+", " ", text or "").strip().lower()


files = json.loads(Path(sys.argv[1]).read_text(encoding="utf8"))["files"]
out = {}
for f in files:
    key = Path(f["path"]).name
    key = key[: -len(".html")] if key.endswith(".html") else key
    body = f.get("articleText", "")
    headline = ""
    blocks = f.get("blocks", [])
    title = norm(f.get("title"))
    if blocks and blocks[0]["kind"] == "heading" and title:
        first = norm(blocks[0]["text"])
        if first and (first in title or title in first) and body.startswith(blocks[0]["text"]):
            headline = blocks[0]["text"]
            body = body[len(headline):].lstrip("\n")
    out[key] = {"headline": headline, "articleBody": body}
Path(sys.argv[2]).write_text(json.dumps(out), encoding="utf8")
