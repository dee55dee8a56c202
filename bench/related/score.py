#!/usr/bin/env python3
"""Scores the related-links regions `copydesk extract` finds against the hand labels in labels.yaml.

Usage: score.py LABELS.yaml EXTRACT.json PAGE_DIR [--list]

EXTRACT.json is `copydesk extract --format json` run over PAGE_DIR, where each labelled page was unpacked under the
name its corpus path has with "/" turned into "__" and without ".gz". A region matches a labelled widget when its
heading equals the widget's heading, or its first item's text equals the widget's first title (both compared
lower-cased, punctuation and whitespace ignored, one containing the other). Region recall: labelled widgets matched;
precision: regions found that match a labelled widget (a second copy of one widget counts as a match); item recall:
items found in matched widgets, at most the labelled count each, over all labelled items.
"""
import json
import re
import sys
from pathlib import Path

import yaml


def norm(text):
    return " ".join(re.findall(r"\w+", (text or "").lower()))


def same(a, b):
    a, b = norm(a), norm(b)
    return bool(a) and bool(b) and (a == b or (min(len(a), len(b)) >= 8 and (a in b or b in a)))


def matches(region, widget):
    if widget.get("heading") and same(region["heading"], widget["heading"]):
        return True
    items = region["items"]
    return bool(items) and bool(widget.get("first")) and any(same(i["text"], widget["first"]) for i in items[:2])


def main():
    labels = yaml.safe_load(Path(sys.argv[1]).read_text(encoding="utf8"))
    files = json.loads(Path(sys.argv[2]).read_text(encoding="utf8"))["files"]
    by_name = {Path(f["path"]).name: f for f in files}
    widgets = found = matched_regions = regions = 0
    items = items_found = 0
    misses, false = [], []
    for page in labels:
        name = page["page"].replace("/", "__").removesuffix(".gz")
        extracted = by_name.get(name, {"related": []})
        got = extracted.get("related", [])
        regions += len(got)
        for r in got:
            if any(matches(r, w) for w in page["widgets"]):
                matched_regions += 1
            else:
                false.append((page["page"], r["heading"], r["items"][0]["text"] if r["items"] else "", len(r["items"])))
        for w in page["widgets"]:
            widgets += 1
            items += w["items"]
            hit = [r for r in got if matches(r, w)]
            if hit:
                found += 1
                items_found += min(w["items"], max(len(r["items"]) for r in hit))
            else:
                misses.append((page["page"], w.get("heading"), w.get("first"), w["items"]))
    print(f"pages {len(labels)}, labelled widgets {widgets} ({items} items), regions found {regions}")
    print(f"region recall {found / max(1, widgets):.3f}  precision {matched_regions / max(1, regions):.3f}  "
          f"item recall {items_found / max(1, items):.3f}")
    if "--list" in sys.argv:
        print("\nmissed:")
        for m in misses:
            print("  ", *m)
        print("\nnot labelled:")
        for f in false:
            print("  ", *f)


if __name__ == "__main__":
    main()
