"""Training of the paragraph classifier's linear model and the stance fallback on gold annotations (`kamerstuk train`)."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from spacy.language import Language

from kamerstuk.gold import GoldDocument, GoldError, caller_list
from kamerstuk.parse import parse
from kamerstuk.pipeline import build_pipeline
from kamerstuk.pipeline.classifier import LinearModel, ParagraphClassifier
from kamerstuk.pipeline.doc import letter_to_doc
from kamerstuk.pipeline.features import paragraph_features
from kamerstuk.pipeline.stance import StanceDetector
from kamerstuk.pipeline.stance_model import StanceModel


def training_rows(docs: Iterable[GoldDocument]) -> tuple[list[dict[str, float]], list[str]]:
    """The classifier's feature rows and gold labels of the annotated paragraphs of `docs`.

    Real letters under ``../shared`` are skipped: they are annotated to measure on and are not in
    the repository, so a shipped model must not depend on them.
    """
    scratch = build_pipeline("ensemble")  # makes the training Docs; its vocabulary fills with their words
    rows: list[dict[str, float]] = []
    labels: list[str] = []
    for doc in docs:
        if doc.document.startswith("shared:corpus/"):
            continue
        letter = parse(doc.path, pipeline="none")
        caller = caller_list(doc) if doc.report is not None or not letter.recommendations else None
        given = None
        if caller is not None:
            given = [{"id": r.id, "ordinal": r.ordinal, "text": r.text, "paragraph": None} for r in caller]
        spacy_doc = letter_to_doc(scratch, letter, given)
        feats = paragraph_features(spacy_doc)
        for p, f in zip(letter.paragraphs, feats, strict=True):
            if p.id not in doc.labels:
                raise GoldError(f"{doc.document}: paragraph {p.id} is not annotated")
            rows.append(f)
            labels.append(doc.labels[p.id])
    return rows, labels


def trained_pipeline(
    rows: list[dict[str, float]],
    labels: list[str],
    *,
    mode: str = "ensemble",
    model_weight: float | None = None,
    l2: float | None = None,
) -> Language:
    """A clean pipeline whose classifier's model is fitted on `rows` (no training text kept in it)."""
    if not rows:
        raise GoldError("no annotated paragraphs to train on")
    nlp = build_pipeline(mode)
    component = nlp.get_pipe("kamerstuk_paragraph_classifier")
    assert isinstance(component, ParagraphClassifier)
    if model_weight is not None:
        component.model_weight = model_weight
    model = LinearModel()
    if l2 is None:
        model.fit(rows, labels)
    else:
        model.fit(rows, labels, l2=l2)
    component.model = model
    return nlp


def stance_examples(docs: Iterable[GoldDocument]) -> tuple[list[str], list[str]]:
    """(answer text, gold stance) per annotated recommendation of `docs` that has answer paragraphs.

    The answer text is the recommendation's linked response paragraphs, joined in reading order:
    what the stance fallback reads at run time. Letters under ``../shared`` (the seed letter, the real
    corpus letters) are skipped: the model's vocabulary ships in the repository, and no words of theirs
    may go with it.
    """
    texts: list[str] = []
    labels: list[str] = []
    for doc in docs:
        if doc.document.startswith("shared:") or not doc.stances:
            continue
        letter = parse(doc.path, pipeline="none", entities=False)
        for ordinal, stance in sorted(doc.stances.items()):
            answers = [
                p.text
                for p in letter.paragraphs
                if doc.labels.get(p.id) == "response" and ordinal in doc.links.get(p.id, ())
            ]
            if answers:
                texts.append(" ".join(answers))
                labels.append(stance)
    return texts, labels


def train(
    gold: Iterable[GoldDocument],
    *,
    split: str | None = "train",
    mode: str = "ensemble",
    stance_split: str | None = "",
    stance_exclude: Collection[str] = (),
) -> Language:
    """Train the classifier's linear model on the gold documents of `split`, and the stance
    fallback (`kamerstuk.pipeline.stance_model`) on those of `stance_split` (default: `split`;
    None: every split) but `stance_exclude`; return the pipeline."""
    gold = list(gold)
    docs = [doc for doc in gold if split is None or doc.split == split]
    rows, labels = training_rows(docs)
    if not rows:
        raise GoldError(f"no annotated paragraphs in split {split!r}")
    nlp = trained_pipeline(rows, labels, mode=mode)
    component = nlp.get_pipe("kamerstuk_paragraph_classifier")
    assert isinstance(component, ParagraphClassifier)
    wanted = split if stance_split == "" else stance_split
    stance_docs = [
        doc for doc in gold if (wanted is None or doc.split == wanted) and doc.split not in stance_exclude
    ]
    texts, stances = stance_examples(stance_docs)
    if not texts:
        raise GoldError(f"no annotated stances with answer paragraphs in split {wanted!r}")
    stance = nlp.get_pipe("kamerstuk_stance")
    assert isinstance(stance, StanceDetector)
    stance.model = StanceModel()
    stance.model.fit(texts, stances)
    nlp.meta["kamerstuk_training"] = {
        "paragraphs": len(rows),
        "split": split,
        "features": len(component.model.vocabulary),
        "stance_examples": len(texts),
        "stance_splits": sorted({doc.split for doc in stance_docs if doc.stances}),
        "stance_features": len(stance.model.model.vocabulary),
    }
    return nlp
