"""`build_letter`: the structure rooms in order, from a reader's blocks to a `Letter`."""

from __future__ import annotations

import dataclasses

from kamerstuk.blocks import Block, RawDocument
from kamerstuk.doctypes import motion_parts, question_answers
from kamerstuk.errors import StructureError
from kamerstuk.models import Diagnostic, Letter, Metadata, Signatory, Source
from kamerstuk.structure.body import lay_out, qa_labels
from kamerstuk.structure.footnotes import anchor_footnotes
from kamerstuk.structure.genre import as_non_letter, find_genre
from kamerstuk.structure.header import Header, official_identifier, read_header
from kamerstuk.structure.letterhead import apply_fields, ministry
from kamerstuk.structure.signature import find_signature, motion_signatories, split_at_signature


def build_letter(raw: RawDocument, source: Source, *, strict: bool = True) -> Letter:
    """Build a `Letter` from a reader's `RawDocument`.

    With ``strict=True`` (the default), text without any letter structure raises
    `StructureError`; with ``strict=False`` it becomes a Letter of kind ``other`` with a
    diagnostic.
    """
    diagnostics = [
        Diagnostic(stage="reader", message=n.message, location=n.location, severity=n.severity)
        for n in raw.notes
    ]
    header = read_header(raw.blocks, diagnostics)
    apply_fields(header, raw.fields)

    body = list(raw.blocks[header.end :])
    if header.body_line and body:
        # the header's last lines and the body's first in one block: keep the body's lines as a block of their own
        first = body[0]
        rest = first.lines[header.body_line :]
        body[0] = dataclasses.replace(
            first, text=" ".join(rest), lines=rest, line=first.line + header.body_line, markers=()
        )
    attachment: list[Block] = []
    signatories, span = find_signature(body)
    if span:
        header.cues.append("signature")
        body, attachment = split_at_signature(body, span)
    if header.kind == "motie" and not signatories:
        signatories, body = motion_signatories(body)
        if signatories:
            header.cues.append("signature")
    if header.kind == "antwoord":
        body = qa_labels(body)
    if header.kind is None:
        header.kind = "brief" if {"addressee", "signature", "salutation"} & set(header.cues) else None

    genre = find_genre(raw, header)  # a report, BNC-fiche, memo, … : not a letter
    if genre is not None or len(set(header.cues)) < 2:
        message = (
            genre.message if genre else "no letter structure found (no header, addressee, date or signature)"
        )
        if strict:
            raise StructureError(message, source=source.name, found=genre.kind if genre else None)
        diagnostics.append(Diagnostic(stage="structure", message=message))
        if genre is not None:  # every block is body; metadata only what the genre states as such
            header, raw = as_non_letter(genre, header, raw, diagnostics)
            body, attachment, signatories = list(raw.blocks), [], []

    laid = lay_out(body, diagnostics, attachment=attachment)
    footnotes = anchor_footnotes(laid.footnote_blocks, laid.marker_home, diagnostics)
    if not laid.paragraphs:
        message = "no body paragraphs found"
        if strict:
            raise StructureError(message, source=source.name)
        diagnostics.append(Diagnostic(stage="structure", message=message))

    metadata = _metadata(header, signatories, raw)
    return Letter(
        source=source,
        metadata=metadata,
        text=laid.text,
        sections=laid.sections,
        paragraphs=laid.paragraphs,
        footnotes=footnotes,
        diagnostics=diagnostics,
        questions=question_answers(laid.paragraphs, laid.tags) if metadata.kind == "antwoord" else [],
        motion=motion_parts(laid.paragraphs, laid.tags) if metadata.kind == "motie" else [],
    )


def _metadata(header: Header, signatories: list[Signatory], raw: RawDocument) -> Metadata:
    """The document's metadata: header and signature, then what a structured reader knows exactly."""
    fields = raw.fields
    sender = header.sender
    for s in signatories:
        if sender and s.role and s.role.lower() == sender.lower():
            sender = s.role  # the signature carries the office's own casing
    if sender is None and signatories:
        sender = signatories[0].role
    identifier = fields.get("identifier")
    if header.identifier or (header.dossiers and header.ondernummer):
        identifier = official_identifier(header)
    elif header.kind == "antwoord" and header.ondernummer and header.vergaderjaar:
        identifier = f"ah-{header.chamber}-{header.vergaderjaar.replace('-', '')}-{header.ondernummer}"
    if header.signatories and not signatories:
        signatories = header.signatories
    metadata = Metadata(
        kind=header.kind or "other",
        vergaderjaar=header.vergaderjaar,
        dossiers=header.dossiers,
        ondernummer=header.ondernummer,
        identifier=identifier,
        date=header.date,
        place=header.place,
        sender=sender,
        addressee=header.addressee,
        signatories=signatories,
        subject=header.subject,
        reference=header.reference,
        attachments=header.attachments,
        ministry=ministry(fields, signatories, header.date),
        questioners=header.questioners,
        submitted=header.submitted,
        received=header.received,
        movers=header.movers,
    )
    if raw.metadata is not None:
        known = {k: getattr(raw.metadata, k) for k in raw.metadata.model_fields_set}
        metadata = metadata.model_copy(update=known)
    if metadata.kind == "motie" and metadata.movers and not metadata.signatories:
        # The movers sign a motion; the XML names them once, in the title.
        metadata = metadata.model_copy(update={"signatories": [Signatory(name=n) for n in metadata.movers]})
    return metadata
