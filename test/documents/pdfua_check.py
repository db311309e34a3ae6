"""The checks of PDF/UA-1 (ISO 14289-1) a program can make, over a PDF read with pikepdf.

Usage: pdfua_check.py FILE. Prints one problem per line (nothing when every check holds) and exits
0 either way; a PDF it cannot open exits 2. Run with Debian's python3 (python3-pikepdf).

What it checks (the clause of ISO 14289-1, or the Matterhorn Protocol checkpoint, in brackets):
the PDF/UA identification in the XMP (5), a dc:title there (7.1) shown in the window (7.1),
MarkInfo /Marked (7.1), the catalog's /Lang (7.2), a structure tree with a ParentTree (7.1),
standard structure types or a RoleMap to them (7.1), headings starting at H1 and not skipping a
level (7.4.2), a Scope on every TH (7.5), /Alt on every Figure (7.3), every font embedded with a
ToUnicode map or a standard encoding (7.21), tab order by structure where a page has annotations
(7.18.3), and every text, path, image and shading drawn in marked content that is either tagged
(an MCID) or an Artifact (7.1, Matterhorn 01-005).
"""
import re
import sys

import pikepdf
from pikepdf import Array, Dictionary, Name

STANDARD = set(
    "Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 "
    "L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot "
    "Ruby RB RT RP Warichu WT WP Figure Formula Form".split()
)
# Operators that show text or paint: each must be inside tagged content or an artifact.
DRAWING = {"Tj", "TJ", "'", '"', "f", "F", "f*", "B", "B*", "b", "b*", "S", "s", "sh", "Do", "BI"}


def text_of(value):
    return str(value) if value is not None else ""


def metadata_problems(pdf):
    problems = []
    metadata = pdf.Root.get("/Metadata")
    if metadata is None:
        return ["no XMP metadata in the catalog"]
    xmp = metadata.read_bytes().decode("utf-8", "replace")
    part = re.search(r"pdfuaid:part(?:>|=\")\s*(\d+)", xmp)
    if not part or part.group(1) != "1":
        problems.append("the XMP does not identify the file as PDF/UA-1 (pdfuaid:part 1)")
    title = re.search(r"<dc:title>.*?<rdf:li[^>]*>([^<]*)</rdf:li>", xmp, re.S)
    if not title or not title.group(1).strip():
        problems.append("the XMP has no dc:title")
    return problems


def catalog_problems(pdf):
    root = pdf.Root
    problems = []
    mark_info = root.get("/MarkInfo")
    if mark_info is None or not bool(mark_info.get("/Marked", False)):
        problems.append("the catalog has no MarkInfo /Marked true")
    if not text_of(root.get("/Lang")).strip():
        problems.append("the catalog has no /Lang")
    preferences = root.get("/ViewerPreferences")
    if preferences is None or not bool(preferences.get("/DisplayDocTitle", False)):
        problems.append("the window shows the file name, not the title (no DisplayDocTitle)")
    return problems


def kids(element):
    k = element.get("/K")
    if k is None:
        return []
    return list(k) if isinstance(k, Array) else [k]


def tree_problems(pdf):
    tree = pdf.Root.get("/StructTreeRoot")
    if tree is None:
        return ["no structure tree (StructTreeRoot)"]
    problems = []
    if not kids(tree):
        problems.append("the structure tree is empty")
    if tree.get("/ParentTree") is None:
        problems.append("the structure tree has no ParentTree")
    role_map = tree.get("/RoleMap") or Dictionary()
    headings = []

    def standard(type_name):
        seen = set()
        while type_name not in STANDARD and type_name not in seen:
            seen.add(type_name)
            mapped = role_map.get("/" + type_name)
            if mapped is None:
                return None
            type_name = str(mapped)[1:]
        return type_name if type_name in STANDARD else None

    def walk(element):
        if not isinstance(element, Dictionary) or element.get("/S") is None:
            return
        own = str(element.S)[1:]
        kind = standard(own)
        if kind is None:
            problems.append(f"{own} is neither a standard structure type nor mapped to one")
            kind = own
        if re.fullmatch(r"H[1-6]", kind):
            headings.append(int(kind[1]))
        if kind == "TH":
            attributes = element.get("/A")
            attributes = list(attributes) if isinstance(attributes, Array) else [attributes] if attributes is not None else []
            if not any(isinstance(a, Dictionary) and a.get("/O") == Name.Table and a.get("/Scope") in (Name.Row, Name.Column, Name.Both) for a in attributes):
                problems.append("a TH without a Scope")
        if kind == "Figure" and not text_of(element.get("/Alt")).strip():
            problems.append("a Figure without alternative text (/Alt)")
        for kid in kids(element):
            walk(kid)

    for kid in kids(tree):
        walk(kid)
    if headings and headings[0] != 1:
        problems.append(f"the first heading is H{headings[0]}, not H1")
    for before, after in zip(headings, headings[1:]):
        if after > before + 1:
            problems.append(f"H{after} follows H{before}: a heading level skipped")
    return problems


def font_problems(pdf):
    problems = []
    seen = set()
    for number, page in enumerate(pdf.pages, start=1):
        fonts = page.obj.get("/Resources", Dictionary()).get("/Font", Dictionary())
        for name, font in fonts.items():
            key = font.objgen
            if key in seen:
                continue
            seen.add(key)
            descendant = font.DescendantFonts[0] if font.get("/Subtype") == Name.Type0 else font
            descriptor = descendant.get("/FontDescriptor")
            if descriptor is None or not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                problems.append(f"page {number}: the font {name} ({text_of(font.get('/BaseFont'))}) is not embedded")
            standard_encoding = font.get("/Encoding") in (Name.WinAnsiEncoding, Name.MacRomanEncoding, Name.StandardEncoding)
            if font.get("/ToUnicode") is None and not standard_encoding:
                problems.append(f"page {number}: the font {name} has no ToUnicode map")
    return problems


def content_problems(pdf):
    problems = []
    for number, page in enumerate(pdf.pages, start=1):
        if page.obj.get("/Annots") and page.obj.get("/Tabs") != Name.S:
            problems.append(f"page {number}: annotations, but the tab order is not the structure's (/Tabs /S)")
        # The marked-content sequences open at each point: whether each is tagged or an artifact.
        stack = []
        untagged = 0
        for operands, operator in pikepdf.parse_content_stream(page):
            op = str(operator)
            if op in ("BMC", "BDC"):
                tag = str(operands[0])
                properties = operands[1] if op == "BDC" and len(operands) > 1 else None
                if isinstance(properties, Name):
                    properties = page.obj.get("/Resources", Dictionary()).get("/Properties", Dictionary()).get(properties)
                has_mcid = isinstance(properties, Dictionary) and "/MCID" in properties
                stack.append(tag == "/Artifact" or has_mcid)
            elif op == "EMC":
                if stack:
                    stack.pop()
            elif op in DRAWING and not any(stack):
                untagged += 1
        if untagged:
            problems.append(f"page {number}: {untagged} drawing or text operators are neither tagged content nor an artifact")
    return problems


def main(path):
    try:
        pdf = pikepdf.open(path)
    except Exception as error:  # noqa: BLE001 - any reason the file cannot be read
        print(f"cannot open {path}: {error}", file=sys.stderr)
        return 2
    for problem in metadata_problems(pdf) + catalog_problems(pdf) + tree_problems(pdf) + font_problems(pdf) + content_problems(pdf):
        print(problem)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
