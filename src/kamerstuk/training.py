"""Training of the paragraph classifier's linear model, the stance fallback and the stance arbiter on
gold annotations (`kamerstuk train`)."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

from kamerstuk.gold import GoldDocument, GoldError, caller_list, json_object
from kamerstuk.parse import parse
from kamerstuk.pipeline import build_pipeline, classifier, stance_arbiter, stance_model
from kamerstuk.pipeline.classifier import LinearModel, ParagraphClassifier
from kamerstuk.pipeline.doc import letter_to_doc
from kamerstuk.pipeline.features import paragraph_features
from kamerstuk.pipeline.stance import StanceDetector
from kamerstuk.pipeline.stance_arbiter import StanceArbiter, out_of_split_folds
from kamerstuk.pipeline.stance_model import STANCE_LABELS, StanceModel

#: The source files whose code fits and saves the models (`TrainingInputs.fingerprint` digests them):
#: this module, the linear model, the stance fallback and the arbiter.
_FITTING_SOURCES: tuple[Path, ...] = tuple(
    Path(path)
    for path in (__file__, classifier.__file__, stance_model.__file__, stance_arbiter.__file__)
    if path
)


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
    examples = stance_examples_by_split(docs)
    return [text for _, text, _ in examples], [label for _, _, label in examples]


def stance_examples_by_split(docs: Iterable[GoldDocument]) -> list[tuple[str, str, str]]:
    """(split, answer text, gold stance) per example of `stance_examples`, in the same order."""
    out: list[tuple[str, str, str]] = []
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
                out.append((doc.split, " ".join(answers), stance))
    return out


@dataclass(frozen=True)
class StanceReading:
    """What the stance rules read on one recommendation of a held-out split when that split was
    measured blind: the arbiter's training example (``fixtures/gold/stance_readings.jsonl``).

    ``code`` is the commit the split was measured on, ``cue`` the label the rules read (None: no cue),
    ``answer`` the text of the paragraphs the linker linked to the recommendation, ``stance`` the gold
    label.
    """

    split: str
    code: str
    document: str
    recommendation: int
    stance: str
    cue: str | None
    answer: str


def load_stance_readings(path: str | Path) -> list[StanceReading]:
    """The readings of a JSON Lines file (blank lines skipped); GoldError naming the line when one is
    not a reading."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot read stance readings: {exc}") from None
    readings: list[StanceReading] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            obj = json_object(line)
        except GoldError as exc:
            raise GoldError(f"{where}: {exc}") from None
        missing = sorted(set(_READING_TYPES) - set(obj))
        if missing:
            raise GoldError(f"{where}: not a stance reading (missing {', '.join(missing)})")
        for key, kind in _READING_TYPES.items():
            value = obj[key]
            if isinstance(value, bool) or (
                not isinstance(value, kind) and not (key == "cue" and value is None)
            ):
                raise GoldError(f"{where}: {key} must be {kind.__name__}, not {type(value).__name__}")
        reading = StanceReading(**{key: obj[key] for key in _READING_TYPES})
        bad = ({reading.stance} | ({reading.cue} if reading.cue is not None else set())) - set(STANCE_LABELS)
        if bad:
            raise GoldError(f"{where}: not stance labels: {sorted(bad)}")
        if not reading.answer.strip():
            raise GoldError(f"{where}: empty answer")
        readings.append(reading)
    return readings


def blind_stance_readings(
    gold: Iterable[GoldDocument], nlp: Language, *, split: str, code: str
) -> list[StanceReading]:
    """What the stance rules of `nlp` read on each recommendation of `split`, as the arbiter's training
    examples: to record once, when the split is measured blind on commit `code` and before its errors are
    read (``kamerstuk evaluate --split S --record-readings FILE --code C``).

    The cue is the rules' label with the trained fallback and arbiter switched off (None: no cue); the
    answer is the text of the paragraphs the pipeline labelled ``response`` and linked to the recommendation
    (recommendations not found or not answered give no reading); the stance is the gold label.
    """
    from kamerstuk.evaluate import align_recommendations
    from kamerstuk.gold import parse_gold_document

    pipe = nlp.get_pipe("kamerstuk_stance") if "kamerstuk_stance" in nlp.pipe_names else None
    stance_pipe = pipe if isinstance(pipe, StanceDetector) else None
    saved = stance_pipe.model_fallback if stance_pipe is not None else None
    if stance_pipe is not None:
        stance_pipe.model_fallback = False  # the rules' own reading: no trained part overrules it
    out: list[StanceReading] = []
    try:
        for doc in gold:
            if doc.split != split or doc.document.startswith("shared:") or not doc.stances:
                continue
            letter = parse_gold_document(doc, nlp)
            mapping = align_recommendations(doc, letter)
            found = {mapping[r.id]: r for r in letter.recommendations if r.id in mapping}
            for ordinal, stance in sorted(doc.stances.items()):
                rec = found.get(ordinal)
                if rec is None:
                    continue
                answer = " ".join(
                    p.text for p in letter.paragraphs if rec.id in p.recommendations and p.label == "response"
                )
                if answer.strip():
                    out.append(StanceReading(split, code, doc.document, ordinal, stance, rec.stance, answer))
    finally:
        if stance_pipe is not None and saved is not None:
            stance_pipe.model_fallback = saved
    return out


def append_stance_readings(path: str | Path, readings: Sequence[StanceReading]) -> None:
    """Append `readings` to the JSON Lines file at `path` (created when missing); GoldError when the file
    already holds readings of one of their splits: a split is read blind once."""
    import json

    path = Path(path)
    held = {r.split for r in load_stance_readings(path)} if path.exists() else set()
    again = sorted({r.split for r in readings} & held)
    if again:
        raise GoldError(f"{path}: already holds readings of {', '.join(again)} (a split is read blind once)")
    keys = list(_READING_TYPES)
    with path.open("a", encoding="utf-8") as f:
        for r in readings:
            f.write(json.dumps({k: getattr(r, k) for k in keys}, ensure_ascii=False) + "\n")


#: The fields of a stance reading and their JSON types (``cue`` may also be null).
_READING_TYPES: dict[str, type] = {
    "split": str,
    "code": str,
    "document": str,
    "recommendation": int,
    "stance": str,
    "cue": str,
    "answer": str,
}


def train_arbiter(
    readings: Sequence[StanceReading], examples: Sequence[tuple[str, str, str]]
) -> StanceArbiter:
    """The arbiter fitted on those `readings` that read a cue (the only ones it is asked about), each
    with the probabilities of a fallback trained on the `examples` (from `stance_examples_by_split`)
    of every split outside its group (`out_of_split_folds`)."""
    readings = [r for r in readings if r.cue is not None]
    if not readings:
        raise GoldError("no stance readings with a cue to train the arbiter on")
    folds = out_of_split_folds([r.split for r in readings])
    cues: list[str | None] = []
    probabilities: list[list[float]] = []
    labels: list[str] = []
    for fold in sorted(set(folds.values())):
        held = {split for split, f in folds.items() if f == fold}
        train = [(text, label) for split, text, label in examples if split not in held]
        if not train:
            raise GoldError(
                f"no stance examples outside {', '.join(sorted(held))} to give their readings probabilities"
            )
        model = StanceModel()
        model.fit([t for t, _ in train], [label for _, label in train])
        group = [r for r in readings if r.split in held]
        probs = model.probabilities([r.answer for r in group])
        for reading, row in zip(group, probs, strict=True):
            cues.append(reading.cue)
            probabilities.append([float(v) for v in row])
            labels.append(reading.stance)
    arbiter = StanceArbiter()
    arbiter.fit(cues, probabilities, labels)
    return arbiter


@dataclass(frozen=True)
class TrainingInputs:
    """Everything `train` fits on, gathered from the gold (`training_inputs`): the classifier's feature
    rows and labels, the stance fallback's examples (split, answer text, gold stance), the arbiter's
    readings, and the options that chose them.

    `fingerprint` digests them together with the source of the fitting code, and `train` stores it in the
    pipeline's meta (``kamerstuk_training.fingerprint``): fitting is deterministic, so a shipped model whose
    fingerprint equals that of today's inputs is the model training would make now, which can be checked
    in seconds where a retrain takes minutes.
    """

    rows: list[dict[str, float]]
    labels: list[str]
    examples: list[tuple[str, str, str]]
    readings: list[StanceReading]
    split: str | None
    mode: str
    stance_split: str | None
    stance_splits: list[str]
    has_readings: bool

    def fingerprint(self) -> str:
        """A SHA-256 hex digest of the inputs and of the source of the modules that fit and save the
        models (a change to either makes a model trained before stale)."""
        import hashlib
        import json

        payload = {
            "rows": self.rows,
            "labels": self.labels,
            "examples": self.examples,
            "readings": [[getattr(r, k) for k in _READING_TYPES] for r in self.readings],
            "has_readings": self.has_readings,
            "split": self.split,
            "mode": self.mode,
        }
        digest = hashlib.sha256(json.dumps(payload, sort_keys=True, ensure_ascii=True).encode("ascii"))
        for source in _FITTING_SOURCES:
            digest.update(source.read_bytes())
        return digest.hexdigest()


def training_inputs(
    gold: Iterable[GoldDocument],
    *,
    split: str | None = "train",
    mode: str = "ensemble",
    stance_split: str | None = "",
    stance_exclude: Collection[str] = (),
    stance_readings: Sequence[StanceReading] = (),
) -> TrainingInputs:
    """What `train` fits on with these options (see there); GoldError when a part is empty."""
    gold = list(gold)
    docs = [doc for doc in gold if split is None or doc.split == split]
    rows, labels = training_rows(docs)
    if not rows:
        raise GoldError(f"no annotated paragraphs in split {split!r}")
    wanted = split if stance_split == "" else stance_split
    stance_docs = [
        doc for doc in gold if (wanted is None or doc.split == wanted) and doc.split not in stance_exclude
    ]
    examples = stance_examples_by_split(stance_docs)
    if not examples:
        raise GoldError(f"no annotated stances with answer paragraphs in split {wanted!r}")
    return TrainingInputs(
        rows=rows,
        labels=labels,
        examples=examples,
        readings=[r for r in stance_readings if r.split not in stance_exclude],
        split=split,
        mode=mode,
        stance_split=wanted,
        stance_splits=sorted({doc.split for doc in stance_docs if doc.stances}),
        has_readings=bool(stance_readings),
    )


def train(
    gold: Iterable[GoldDocument],
    *,
    split: str | None = "train",
    mode: str = "ensemble",
    stance_split: str | None = "",
    stance_exclude: Collection[str] = (),
    stance_readings: Sequence[StanceReading] = (),
) -> Language:
    """Train the classifier's linear model on the gold documents of `split`, the stance fallback
    (`kamerstuk.pipeline.stance_model`) on those of `stance_split` (default: `split`; None: every
    split) but `stance_exclude`, and, given `stance_readings`, the stance arbiter
    (`kamerstuk.pipeline.stance_arbiter`) on those outside `stance_exclude`; return the pipeline."""
    return train_on(
        training_inputs(
            gold,
            split=split,
            mode=mode,
            stance_split=stance_split,
            stance_exclude=stance_exclude,
            stance_readings=stance_readings,
        )
    )


def train_on(inputs: TrainingInputs) -> Language:
    """The pipeline `train` fits on `inputs`, with their fingerprint in its meta."""
    nlp = trained_pipeline(inputs.rows, inputs.labels, mode=inputs.mode)
    component = nlp.get_pipe("kamerstuk_paragraph_classifier")
    assert isinstance(component, ParagraphClassifier)
    texts = [t for _, t, _ in inputs.examples]
    stances = [label for _, _, label in inputs.examples]
    stance = nlp.get_pipe("kamerstuk_stance")
    assert isinstance(stance, StanceDetector)
    stance.model = StanceModel()
    stance.model.fit(texts, stances)
    if inputs.has_readings:
        # readings given but none left (all excluded, or none with a cue) is an error, not a quiet
        # pipeline without an arbiter
        stance.arbiter = train_arbiter(inputs.readings, inputs.examples)
    nlp.meta["kamerstuk_training"] = {
        "paragraphs": len(inputs.rows),
        "split": inputs.split,
        "features": len(component.model.vocabulary),
        "stance_examples": len(texts),
        "stance_splits": inputs.stance_splits,
        "stance_features": len(stance.model.model.vocabulary),
        "arbiter_readings": sum(r.cue is not None for r in inputs.readings),
        "arbiter_splits": sorted({r.split for r in inputs.readings}),
        "fingerprint": inputs.fingerprint(),
    }
    return nlp
