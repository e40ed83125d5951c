#!/usr/bin/env python3
"""Checks a report page's DOM (as dumped by `chromium --dump-dom`) for a highlighted conflict.

Usage: check_dom.py DOM.html WORDS_1 WORDS_2 [--severity conflict|variant]

Passes (exit 0) when one row of the report table (`tr.finding`) holds a
`<mark class="conflict">` whose text contains WORDS_1 in one document's column
(`td[data-doc]`, or `div[data-doc]` when the report has too many documents for a column each)
and one whose text contains WORDS_2 in another document's.
Otherwise prints what it found and exits 1. Written for corroborate; standard library only.
"""

import sys
from html.parser import HTMLParser


class Rows(HTMLParser):
    """Collects, for each finding row, the marks of each document column."""

    def __init__(self, severity):
        super().__init__(convert_charrefs=True)
        self.severity = severity
        self.rows = []  # [(row id, [(doc, mark text)])]
        self.stack = []  # open tags
        self.doc = None  # data-doc of the open cell
        self.cell_depth = None
        self.mark_depth = None
        self.mark_text = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        if tag == "tr" and "finding" in classes:
            self.rows.append((attrs.get("id", "?"), []))
        if tag in ("td", "div") and "data-doc" in attrs and self.rows and self.doc is None:
            self.doc = attrs["data-doc"]
            self.cell_depth = len(self.stack)
        if tag == "mark" and self.severity in classes and self.doc is not None:
            self.mark_depth = len(self.stack)
            self.mark_text = []
        if tag not in ("br", "meta", "link", "img", "hr", "input", "wbr"):
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag not in self.stack:
            return
        while self.stack:
            open_tag = self.stack.pop()
            depth = len(self.stack)
            if self.mark_depth is not None and depth == self.mark_depth:
                self.rows[-1][1].append((self.doc, "".join(self.mark_text)))
                self.mark_depth = None
            if self.cell_depth is not None and depth == self.cell_depth:
                self.doc = None
                self.cell_depth = None
            if open_tag == tag:
                break

    def handle_data(self, data):
        if self.mark_depth is not None:
            self.mark_text.append(data)


def norm(s):
    return " ".join(s.split()).casefold()


def check(dom, first, second, severity="conflict"):
    """Returns (ok, message)."""
    parser = Rows(severity)
    parser.feed(dom)
    parser.close()
    a, b = norm(first), norm(second)
    for row, marks in parser.rows:
        docs_a = {doc for doc, text in marks if a in norm(text)}
        docs_b = {doc for doc, text in marks if b in norm(text)}
        for da in docs_a:
            for db in docs_b:
                if da != db:
                    return True, (
                        f"ok: row {row} marks {first!r} ({severity}) in column {da} "
                        f"and {second!r} in column {db}"
                    )
    found = [(row, marks) for row, marks in parser.rows if marks]
    lines = [f"no row marks {first!r} and {second!r} as {severity} in two columns"]
    lines.append(f"{len(parser.rows)} finding rows; rows with {severity} marks: {len(found)}")
    for row, marks in found[:10]:
        lines.append(f"  {row}: " + "; ".join(f"{d}: {t!r}" for d, t in marks))
    return False, "\n".join(lines)


def main(argv):
    import argparse

    ap = argparse.ArgumentParser(description="Checks a dumped report DOM for a highlighted discrepancy.")
    ap.add_argument("dom", help="the DOM, as dumped by chromium --dump-dom")
    ap.add_argument("first", help="words marked in one document's column")
    ap.add_argument("second", help="words marked in another document's column")
    ap.add_argument("--severity", default="conflict", choices=["conflict", "variant"])
    args = ap.parse_args(argv[1:])
    try:
        with open(args.dom, encoding="utf-8") as f:
            dom = f.read()
    except OSError as e:
        print(f"check_dom: {args.dom}: {e}", file=sys.stderr)
        return 1
    ok, message = check(dom, args.first, args.second, args.severity)
    print(f"check_dom: {args.dom}: {message}", file=sys.stdout if ok else sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
