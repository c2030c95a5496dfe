"""Read the HTML manifestation of an official publication (zoek.officielebekendmakingen.nl).

The HTML is generated from the publication XML, so this reader fills the same
`PublicationParts` as the XML reader and hands them to the same `assemble_publication`:
both give the same metadata and paragraph texts. It uses the standard library's
`html.parser` (no DTD is ever loaded, no entity beyond HTML's own is expanded).

What it reads, by the classes the generator writes:

- ``<meta name=… content=…>`` in the head (DC.identifier, OVERHEIDop.vergaderjaar, …);
- ``h1.dossiertitel`` (``span.dossiernummer`` + title), ``h1.stuktitel`` (``span.stuknummer``
  + title), ``p.kamerstukdatum``;
- ``h1.kamervraagomschrijving_kop``, ``div.vraag``/``div.antwoord`` with their ``h2`` label;
- ``p`` paragraphs, ``div.alineagroep``, ``p.tussenkop``/``h2``–``h6`` headings, lists,
  tables (one block per row), ``p.ondertekening``, ``.adres``, ``.dagtekening``, ``.aanhef``;
- footnote markers ``<sup><a class="nootnum">1</a></sup>`` and footnotes
  ``div.voet.noot`` (``span.nootnum`` + ``p``).

Sloppy HTML is bounded: ``<p>``, ``<li>``, ``<dt>``/``<dd>``, ``<tr>``, ``<td>``/``<th>`` and
``<option>`` close an open one of their kind as browsers do, and elements nested deeper than
``max_depth`` (default 100; real pages nest about 10 deep) raise `DepthLimitError` while the
page is parsed, so neither the tree builder nor the reader's recursion runs without bound.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser

from kamerstuk.blocks import Block, Note, RawDocument
from kamerstuk.errors import DepthLimitError, InputTooLargeError, MalformedHTMLError
from kamerstuk.models import Dossier
from kamerstuk.patterns import structure as P
from kamerstuk.patterns import xml as X
from kamerstuk.readers.metadata_xml import dossier_from_id, meta_key, metadata_fields
from kamerstuk.readers.publication import (
    SENTINEL,
    PublicationParts,
    assemble_publication,
    count_headings,
    finish_text,
    omschrijving_dates,
    split_names,
)
from kamerstuk.readers.text import decode_text, sniff_encoding
from kamerstuk.safexml import MAX_DEPTH
from kamerstuk.structure import parse_dutch_date

#: Larger HTML is refused: no real Kamerstuk page comes near it.
MAX_HTML_BYTES = 50 * 1024 * 1024

_VOID = frozenset({"meta", "link", "br", "hr", "img", "input", "col", "area", "base", "wbr", "source"})
_CLOSES_P = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "li", "dl"})
_SKIP = frozenset({"script", "style", "title", "noscript", "template"})
_SKIP_IDS = frozenset({"kopregel", "inhoudsopgave", "voetregel"})
# A start tag that closes an open element of its kind (as browsers do), looking down the stack
# no further than the nearest element of the scope: `<li>` closes the previous `<li>` of its list.
_IMPLIED_END: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "li": (frozenset({"li"}), frozenset({"ul", "ol", "menu", "table"})),
    "dt": (frozenset({"dt", "dd"}), frozenset({"dl", "table"})),
    "dd": (frozenset({"dt", "dd"}), frozenset({"dl", "table"})),
    "tr": (frozenset({"tr"}), frozenset({"table", "thead", "tbody", "tfoot"})),
    "td": (frozenset({"td", "th"}), frozenset({"tr", "table"})),
    "th": (frozenset({"td", "th"}), frozenset({"tr", "table"})),
    "thead": (frozenset({"thead", "tbody", "tfoot"}), frozenset({"table"})),
    "tbody": (frozenset({"thead", "tbody", "tfoot"}), frozenset({"table"})),
    "tfoot": (frozenset({"thead", "tbody", "tfoot"}), frozenset({"table"})),
    "option": (frozenset({"option"}), frozenset({"select", "datalist"})),
}


@dataclass
class _Node:
    tag: str
    attrs: dict[str, str]
    children: list[_Node | str] = field(default_factory=list)

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def elements(self) -> list[_Node]:
        return [c for c in self.children if isinstance(c, _Node)]


class _TreeBuilder(HTMLParser):
    """Builds the `_Node` tree, in time linear in the page and to a bounded depth."""

    def __init__(self, max_depth: int = MAX_DEPTH) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("#root", {})
        self.stack = [self.root]
        self.open: dict[str, int] = {}  # how many elements of each tag the stack holds
        self.max_depth = max_depth
        self.pending: list[str] = []  # text since the last tag, joined into one child

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.flush()
        if tag in _CLOSES_P and self.open.get("p"):
            self._close("p")
        implied = _IMPLIED_END.get(tag)
        if implied is not None:
            self._close_within(*implied)
        node = _Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in _VOID:
            if len(self.stack) > self.max_depth:
                raise DepthLimitError(
                    f"the HTML nests elements deeper than the limit of {self.max_depth}",
                    limit="max_depth",
                    maximum=self.max_depth,
                )
            self.stack.append(node)
            self.open[tag] = self.open.get(tag, 0) + 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.flush()
        self.stack[-1].children.append(_Node(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag: str) -> None:
        self.flush()
        if tag not in _VOID:
            self._close(tag)

    def _close(self, tag: str) -> None:
        if not self.open.get(tag):  # not open: a stray end tag, ignored without a search
            return
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                self._pop_to(i)
                return

    def _close_within(self, tags: frozenset[str], scope: frozenset[str]) -> None:
        if not any(self.open.get(t) for t in tags):
            return
        for i in range(len(self.stack) - 1, 0, -1):
            name = self.stack[i].tag
            if name in tags:
                self._pop_to(i)
                return
            if name in scope:
                return

    def _pop_to(self, index: int) -> None:
        for node in self.stack[index:]:
            self.open[node.tag] -= 1
        del self.stack[index:]

    def handle_data(self, data: str) -> None:
        self.pending.append(data)

    def flush(self) -> None:
        if self.pending:
            self.stack[-1].children.append("".join(self.pending))
            self.pending.clear()

    def close(self) -> None:
        super().close()
        self.flush()


# "<![" opens a marked section only before one of these names; Python's parser raises
# AssertionError on any other, so such a "<![" is read as text.
_BAD_MARKED_SECTION = re.compile(
    r"<!\[(?!(?:cdata|temp|ignore|include|rcdata|if|else|endif)(?![-_.a-z0-9]))", re.IGNORECASE
)

#: An unparsed rest longer than this (after an unclosed comment, tag or declaration) is read as text.
_LONG_REST = 64 * 1024


def _build_tree(text: str, max_depth: int) -> _Node:
    builder = _TreeBuilder(max_depth)
    try:
        builder.feed(_BAD_MARKED_SECTION.sub("&lt;![", text))
        if len(builder.rawdata) > _LONG_REST:
            # What `feed` left is an unclosed construct and everything after it. Python's parser
            # (before 3.13.4) rereads that rest for every tag in it when closing: quadratic. Read
            # it as text instead (what the parser falls back to for an unclosed construct anyway).
            builder.rawdata = builder.rawdata.replace("<", "&lt;")
        builder.close()
    except AssertionError as exc:  # html.parser's way of refusing a declaration it cannot read
        raise MalformedHTMLError(f"the HTML cannot be parsed: {exc}") from None
    return builder.root


def _text(node: _Node | str) -> str:
    """The text of a node (``<br>`` a space, scripts and styles left out), without recursion."""
    out: list[str] = []
    stack: list[_Node | str] = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            out.append(item)
        elif item.tag == "br":
            out.append(" ")
        elif item.tag not in _SKIP:
            stack.extend(reversed(item.children))
    return "".join(out)


def _norm(text: str) -> str:
    return " ".join(text.split())


def _find(node: _Node, pred: Callable[[_Node], bool]) -> _Node | None:
    """The first element below `node`, in document order, for which `pred` holds."""
    stack = node.elements()[::-1]
    while stack:
        child = stack.pop()
        if pred(child):
            return child
        stack.extend(child.elements()[::-1])
    return None


def _is_note_marker(node: _Node) -> bool:
    return node.tag == "a" and "nootnum" in node.classes


class _Reader:
    def __init__(self) -> None:
        self.parts = PublicationParts()
        self.counted = [0, 0]
        self.next_note = 1

    # -- inline ---------------------------------------------------------------------------------

    def inline(self, node: _Node, numbers: list[int]) -> str:
        pieces: list[str] = []
        for child in node.children:
            if isinstance(child, str):
                pieces.append(child)
            elif child.tag in _SKIP or (
                child.tag == "a" and not child.children and "href" not in child.attrs
            ):
                continue
            elif child.tag == "br":
                pieces.append(" ")
            elif _is_note_marker(child) or (child.tag == "sup" and _find(child, _is_note_marker) is not None):
                m = X.NOTE_NUMBER.match(_text(child))
                numbers.append(int(m.group(1)) if m else self.next_note)
                pieces.append(SENTINEL)
            else:
                pieces.append(self.inline(child, numbers))
        return "".join(pieces)

    # -- blocks ---------------------------------------------------------------------------------

    def paragraph(self, node: _Node, *, tag: str | None = None, prefix: str = "") -> None:
        numbers: list[int] = []
        text, markers = finish_text(prefix + self.inline(node, numbers), numbers)
        if not text:
            return
        content = [c for c in node.children if not (isinstance(c, str) and not c.strip())]
        only = content[0] if len(content) == 1 and isinstance(content[0], _Node) else None
        bold = only is not None and only.tag in ("strong", "b")
        italic = only is not None and only.tag in ("em", "i")
        self.parts.body.append(
            Block(kind="text", text=text, page=1, line=0, markers=markers, bold=bold, italic=italic, tag=tag)
        )

    def heading(self, node: _Node, level: int) -> None:
        numbers: list[int] = []
        text, markers = finish_text(self.inline(node, numbers), numbers)
        if text:
            self.parts.body.append(
                Block(kind="heading", text=text, page=1, line=0, markers=markers, level=level)
            )

    def walk(self, node: _Node, tag: str | None = None) -> None:
        for child in node.children:
            if isinstance(child, str):
                if child.strip():
                    text, _ = finish_text(child, [])
                    self.parts.body.append(Block(kind="text", text=text, page=1, line=0, tag=tag))
                continue
            self.element(child, tag)

    def element(self, el: _Node, tag: str | None) -> None:
        name, classes = el.tag, el.classes
        if name in _SKIP or name in ("head", "hr", "h5") or el.attrs.get("id") in _SKIP_IDS:
            return
        if el.attrs.get("id") == "noten" or ("voet" in classes and "noot" in classes):
            self.footnotes(el)
        elif name == "h1" and "dossiertitel" in classes:
            self.dossier(el)
        elif name == "h1" and "stuktitel" in classes:
            self.stuktitel(el)
        elif name == "h1" and any(c.startswith("kamervraagomschrijving") for c in classes):
            self.omschrijving(_norm(_text(el)))
        elif "kamerstukdatum" in classes:
            span = _find(el, lambda n: "datum" in n.classes)
            self.parts.date = self.parts.date or parse_dutch_date(_text(span if span is not None else el))
        elif name == "div" and classes & {"vraag", "antwoord"}:
            self.question(el, "vraag" if "vraag" in classes else "antwoord")
        elif "ondertekening" in classes:
            self.signature(el)
        elif classes & {"adres", "adresregel"}:
            line = _norm(_text(el))
            self.parts.addressee_line = self.parts.addressee_line or line or None
        elif "dagtekening" in classes:
            text = _norm(_text(el))
            self.parts.date = self.parts.date or parse_dutch_date(text)
            place = text.split(",", 1)[0].strip() if "," in text else ""
            if place and len(place) <= 40:
                self.parts.place = place
        elif "aanhef" in classes and name == "p":
            self.parts.salutation = _norm(_text(el)) or None
        elif name in ("h2", "h3", "h4", "h5", "h6"):
            self.heading(el, int(name[1]) - 1)
        elif name == "p" and any(c.startswith("tussenkop") for c in classes):
            em = [c for c in el.elements() if c.tag in ("em", "i")]
            self.heading(el, 2 if em else 1)
        elif name == "p":
            self.paragraph(el, tag=tag)
        elif name in ("ul", "ol"):
            self.lijst(el, tag)
        elif name == "table":
            self.table(el, tag)
        else:
            self.walk(el, tag)

    def lijst(self, el: _Node, tag: str | None) -> None:
        for li in el.elements():
            if li.tag != "li":
                continue
            label_node = next(
                (c for c in li.elements() if c.tag == "span" and c.classes & {"ol", "li-nr"}), None
            )
            if label_node is None:
                label_node = _find(li, lambda n: n.tag == "span" and bool(n.classes & {"ol", "li-nr"}))
            label = _norm(_text(label_node)) if label_node is not None else ""
            first = True
            for child in li.children:
                if isinstance(child, str) or child is label_node:
                    continue
                if child.tag == "p":
                    stripped = _Node(
                        child.tag, child.attrs, [c for c in child.children if c is not label_node]
                    )
                    self.paragraph(stripped, tag=tag, prefix=f"{label} " if first and label else "")
                    first = False
                elif child.tag in ("ul", "ol"):
                    self.lijst(child, tag)
                else:
                    self.element(child, tag)
            if first:
                inline = _Node("p", {}, [c for c in li.children if c is not label_node])
                self.paragraph(inline, tag=tag, prefix=f"{label} " if label else "")

    def table(self, el: _Node, tag: str | None) -> None:
        caption = _find(el, lambda n: n.tag == "caption")
        if caption is not None:
            self.paragraph(caption, tag=tag)
        for row in _rows_in_order(el):
            numbers: list[int] = []
            cells = [
                finish_text(self.inline(c, numbers), [])[0].replace(SENTINEL, "")
                for c in row.elements()
                if c.tag in ("td", "th")
            ]
            text, markers = finish_text(" | ".join(cells), numbers)
            if text.strip(" |"):
                self.parts.body.append(
                    Block(kind="text", text=text, page=1, line=0, markers=markers, tag=tag)
                )

    def signature(self, el: _Node) -> None:
        lines: list[str] = []
        current: list[str] = []
        for child in el.children:
            if isinstance(child, str):
                current.append(child)
            elif child.tag == "br" or (child.tag == "span" and "naam" in child.classes):
                lines.append("".join(current))
                current = []
                if child.tag == "span":
                    lines.append(_text(child))
            elif child.tag == "p":
                lines.append("".join(current))
                current = []
                lines.append(_text(child))
            else:
                current.append(_text(child))
        lines.append("".join(current))
        self.parts.signature.extend(_norm(ln) for ln in lines if ln.strip())

    def footnotes(self, el: _Node) -> None:
        if not ("voet" in el.classes and "noot" in el.classes):
            for child in el.elements():
                self.footnotes(child)
            return
        num = _find(el, lambda n: "nootnum" in n.classes)
        m = X.NOTE_NUMBER.match(_text(num)) if num is not None else None
        number = int(m.group(1)) if m else self.next_note
        self.next_note = max(self.next_note, number + 1)
        paragraphs = [c for c in el.elements() if c.tag == "p"]
        text = _norm(" ".join(_text(p) for p in paragraphs))
        self.parts.footnotes.append(Block(kind="footnote", text=text, page=1, line=0, number=number))

    def dossier(self, el: _Node) -> None:
        number_node = _find(el, lambda n: "dossiernummer" in n.classes)
        number_text = _norm(_text(number_node)) if number_node is not None else ""
        rest = _Node("x", {}, [c for c in el.children if c is not number_node])
        title = _norm(_text(rest)) or None
        number = dossier_from_id(number_text) or number_text.replace(" ", "")
        if number:
            self.parts.dossiers.append(Dossier(number=number, title=title))

    def stuktitel(self, el: _Node) -> None:
        nr_node = _find(el, lambda n: "stuknummer" in n.classes)
        if nr_node is not None:
            self.parts.ondernummer = _norm(_text(nr_node)).removeprefix("Nr.").strip() or None
        rest = _Node("x", {}, [c for c in el.children if c is not nr_node])
        self.parts.title = _norm(self.inline(rest, []).replace(SENTINEL, "")) or None

    def omschrijving(self, text: str) -> None:
        parts = self.parts
        parts.doctype = "kamervragen"
        submitted, received = omschrijving_dates(text)
        if text.lower().startswith("antwoord"):
            parts.answer_text = text
            parts.received = parts.received or received
        else:
            parts.question_text = text
            if m := X.QUESTIONERS.match(text):
                parts.questioners = split_names(m.group(1))
            parts.submitted = parts.submitted or submitted

    def question(self, el: _Node, role: str) -> None:
        self.parts.doctype = "kamervragen"
        if role == "antwoord":
            self.parts.has_answers = True
        label_node = next((c for c in el.elements() if c.tag in ("h2", "h3", "h4")), None)
        label = _norm(_text(label_node)) if label_node is not None else ""
        m = X.QA_LABEL.match(label)
        number = m.group(2) if m else str(count_headings(self.parts.body, self.counted) // 2 + 1)
        if label:
            self.parts.body.append(Block(kind="heading", text=label, page=1, line=0, level=1))
        rest = _Node("div", {}, [c for c in el.children if c is not label_node])
        self.walk(rest, f"{role}:{number}")


def _rows_in_order(node: _Node) -> list[_Node]:
    out: list[_Node] = []
    stack = node.elements()[::-1]
    while stack:
        child = stack.pop()
        if child.tag == "tr":
            out.append(child)
        else:
            stack.extend(child.elements()[::-1])
    return out


def _decode(data: bytes) -> str:
    encoding, bom = sniff_encoding(data)
    if bom or encoding.startswith("utf-16"):  # a byte order mark, or UTF-16 without one, decides
        return decode_text(data)
    head = data[:1024].decode("ascii", errors="replace").lower()
    for encoding in ("utf-8", "windows-1252", "iso-8859-1"):
        if f"charset={encoding}" in head or f'encoding="{encoding}"' in head:
            break
    else:
        encoding = "utf-8"
    try:
        return data.decode("utf-8-sig" if encoding == "utf-8" else encoding)
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_html(data: bytes, *, max_bytes: int = MAX_HTML_BYTES, max_depth: int = MAX_DEPTH) -> RawDocument:
    """Read the HTML manifestation of a Kamerstuk or an Aanhangsel into blocks and metadata.

    Gives the same metadata and paragraph texts as `kamerstuk.readers.xml.read_xml` on
    the XML of the same publication. More than `max_bytes` raises `InputTooLargeError`,
    elements nested deeper than `max_depth` `DepthLimitError`.
    """
    if len(data) > max_bytes:
        raise InputTooLargeError(
            f"the HTML is {len(data):,} bytes; the limit is {max_bytes:,}",
            limit="max_text_bytes",
            maximum=max_bytes,
            actual=len(data),
        )
    root = _build_tree(_decode(data), max_depth)
    reader = _Reader()
    parts = reader.parts
    head = _find(root, lambda n: n.tag == "head")
    if head is not None:
        for meta in head.elements():
            if meta.tag == "meta" and "name" in meta.attrs and "content" in meta.attrs:
                parts.meta.append(
                    (meta_key(meta.attrs["name"]), meta.attrs.get("scheme", ""), _norm(meta.attrs["content"]))
                )
    body = _find(root, lambda n: n.tag == "body") or root
    reader.walk(body)
    if parts.doctype == "other" and (parts.dossiers or parts.ondernummer):
        parts.doctype = "kamerstuk"
    _fill_from_meta(parts)
    if parts.doctype == "other":
        parts.notes.append(Note("the HTML is not a Kamerstuk or Aanhangsel page; its text is kept"))
    return assemble_publication(parts)


def _fill_from_meta(parts: PublicationParts) -> None:
    """What the HTML body does not print (vergaderjaar, chamber, Aanhangsel number) comes from its head."""
    fields = metadata_fields(parts.meta)
    values = {k: v for k, _, v in parts.meta}
    parts.vergaderjaar = parts.vergaderjaar or fields.get("vergaderjaar")
    creator = values.get("creator")
    if parts.chamber is None and creator and P.CHAMBER_LINE.match(creator):
        parts.chamber = creator
    if parts.doctype == "kamervragen" and parts.aanhangsel is None:
        parts.aanhangsel = values.get("aanhangselnummer")
