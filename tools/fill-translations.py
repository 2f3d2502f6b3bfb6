#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Fill unfinished messages of translations/pavt_{de,fr,es}.ts from JSON files.

Usage: tools/fill-translations.py FILE.json [FILE.json ...]

Each JSON file maps a source text (exactly as in the .ts file, unescaped) to its translations:
  {"Refund %1": {"de": "%1 erstatten", "fr": "Rembourser %1", "es": "Reembolsar %1"},
   "%n refund(s)": {"de": ["%n Erstattung", "%n Erstattungen"], ...}}
A list fills a plural message's forms in order. Optionally a source may be written as
"Context|source" to pick one context. Only unfinished messages are changed; the script prints
what is still unfinished afterwards and exits 1 when anything is.
Run `cmake --build build --target update_translations` first, so that new sources are in the files.
"""
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("de", "fr", "es")


def load(files):
    table = {}
    for name in files:
        with open(name, encoding="utf-8") as f:
            table.update(json.load(f))
    return table


def fill(lang, table):
    path = ROOT / "translations" / f"pavt_{lang}.ts"
    text = path.read_text(encoding="utf-8")
    tree = ET.ElementTree(ET.fromstring(text))
    left = []
    changed = 0
    for context in tree.getroot().iter("context"):
        cname = context.findtext("name")
        for message in context.iter("message"):
            tr = message.find("translation")
            if tr is None or tr.get("type") != "unfinished":
                continue
            source = message.findtext("source")
            entry = table.get(f"{cname}|{source}", table.get(source))
            value = entry.get(lang) if entry else None
            if value is None:
                left.append(f"{lang}: {cname}: {source}")
                continue
            if message.get("numerus") == "yes":
                forms = value if isinstance(value, list) else [value, value]
                for child in list(tr):
                    tr.remove(child)
                tr.text = None
                for form in forms:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = value
            del tr.attrib["type"]
            changed += 1
    if changed:
        ET.indent(tree, space="    ")
        body = ET.tostring(tree.getroot(), encoding="unicode")
        body = body.replace("'", "&apos;").replace('"', "&quot;")
        # Attributes were written with double quotes; put them back.
        body = _restore_attribute_quotes(body)
        # lupdate does not indent the contexts under <TS> (tag lines only: a text can span lines).
        body = "\n".join(line[4:] if re.match(r"    +<", line) else line
                         for line in body.split("\n"))
        path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                        encoding="utf-8")
    return changed, left


def _restore_attribute_quotes(body):
    out = []
    in_tag = False
    i = 0
    while i < len(body):
        c = body[i]
        if c == "<":
            in_tag = True
        elif c == ">":
            in_tag = False
        if in_tag and body.startswith("&quot;", i):
            out.append('"')
            i += 6
            continue
        out.append(c)
        i += 1
    return "".join(out)


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    table = load(sys.argv[1:])
    missing = []
    for lang in LANGS:
        changed, left = fill(lang, table)
        print(f"{lang}: {changed} filled, {len(left)} unfinished")
        missing += left
    for line in missing:
        print("  unfinished:", line)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
