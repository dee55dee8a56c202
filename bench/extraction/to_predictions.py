#!/usr/bin/env python3
"""Turns `copydesk extract --format json` output into the benchmark's {"<page id>": {"articleBody": ...}} form.

Usage: to_predictions.py EXTRACT.json OUT.json  (a page's id is its file name without .html)
"""
import json
import sys
from pathlib import Path

files = json.loads(Path(sys.argv[1]).read_text(encoding="utf8"))["files"]
out = {}
for f in files:
    key = Path(f["path"]).name
    key = key[: -len(".html")] if key.endswith(".html") else key
    out[key] = {"articleBody": f.get("articleText", "")}
Path(sys.argv[2]).write_text(json.dumps(out), encoding="utf8")
