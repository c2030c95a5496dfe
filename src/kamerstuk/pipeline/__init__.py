"""The spaCy pipeline: classify paragraphs, link them to recommendations, read the stance.

Built on ``spacy.blank("nl")`` with kamerstuk's own components (registered on import and
through the ``spacy_factories`` entry point):

- ``kamerstuk_paragraph_classifier`` — context / recommendation / response / closing / other
- ``kamerstuk_recommendation_linker`` — paragraph → recommendation links with evidence
- ``kamerstuk_stance`` — adopted / partly_adopted / rejected / already_in_place / noted

`load_pipeline()` loads the pipeline shipped inside the package (its classifier trained on
our annotated letters); `load_pipeline(rules_only=True)` gives the same pipeline with the
hand-set rules only. `apply_pipeline(letter, nlp)` returns the enriched Letter.
"""

from __future__ import annotations

import functools
import warnings
from importlib import resources
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

from kamerstuk._version import __version__
from kamerstuk.entities.recommendation_order import default_source
from kamerstuk.errors import KamerstukWarning
from kamerstuk.models import Letter, Link, Recommendation
from kamerstuk.pipeline import classifier as _classifier  # noqa: F401  (registers the factories)
from kamerstuk.pipeline import linker as _linker  # noqa: F401
from kamerstuk.pipeline import stance as _stance  # noqa: F401
from kamerstuk.pipeline.doc import EXTENSION, data, letter_to_doc, register_extensions

__all__ = ["apply_pipeline", "build_pipeline", "letter_to_doc", "load_pipeline", "shipped_pipeline_path"]

COMPONENTS = ("kamerstuk_paragraph_classifier", "kamerstuk_recommendation_linker", "kamerstuk_stance")


def shipped_pipeline_path() -> Path:
    """Where the pipeline trained by the kamerstuk developers lies inside the package."""
    return Path(str(resources.files("kamerstuk"))) / "data" / "pipeline"


def build_pipeline(mode: str = "ensemble") -> Language:
    """A fresh, untrained pipeline (``mode`` of the classifier: rules, model or ensemble)."""
    register_extensions()
    nlp = spacy.blank("nl")
    nlp.add_pipe("kamerstuk_paragraph_classifier", config={"mode": mode})
    nlp.add_pipe("kamerstuk_recommendation_linker")
    nlp.add_pipe("kamerstuk_stance")
    nlp.meta["name"] = "kamerstuk_nl"
    nlp.meta["version"] = __version__
    nlp.meta["kamerstuk_version"] = __version__
    nlp.meta["description"] = "kamerstuk paragraph classifier, recommendation linker and stance"
    return nlp


def load_pipeline(path: str | Path | None = None, *, rules_only: bool = False) -> Language:
    """Load a saved pipeline (default: the one shipped with kamerstuk).

    ``rules_only=True`` returns a pipeline whose classifier uses the hand-set rules only. A
    pipeline saved by another kamerstuk version loads with a `KamerstukWarning`.
    """
    register_extensions()
    if rules_only:
        return build_pipeline("rules")
    target = Path(path) if path is not None else shipped_pipeline_path()
    if not (target / "config.cfg").exists():
        if path is not None:
            raise FileNotFoundError(f"no spaCy pipeline at {target}")
        warnings.warn(
            "kamerstuk's shipped pipeline is missing; using rules only", KamerstukWarning, stacklevel=2
        )
        return build_pipeline("rules")
    nlp = spacy.load(target)
    saved = nlp.meta.get("kamerstuk_version")
    if saved != __version__:
        warnings.warn(
            f"pipeline at {target} was saved by kamerstuk {saved}, this is {__version__}; retrain if results look off",
            KamerstukWarning,
            stacklevel=2,
        )
    return nlp


@functools.lru_cache(maxsize=4)
def _cached(path: str | None, rules_only: bool) -> Language:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", KamerstukWarning)
        return load_pipeline(path, rules_only=rules_only)


def default_pipeline(rules_only: bool = False) -> Language:
    """The shipped pipeline, loaded once per process (per worker in a batch)."""
    return _cached(None, rules_only)


def apply_pipeline(
    letter: Letter,
    nlp: Language | None = None,
    *,
    recommendations: list[Recommendation] | None = None,
) -> Letter:
    """Run the pipeline over a letter: labels on paragraphs, links, stances.

    `recommendations` replaces the letter's own list (from `parse_report()` or the caller),
    for letters that do not restate the recommendations they answer.
    """
    nlp = nlp or default_pipeline()
    given = None
    if recommendations is not None:
        given = [
            {
                "id": r.id,
                "ordinal": r.ordinal,
                "code": r.code,
                "text": r.text,
                "paragraph": None,
                "source": "caller" if r.source == "letter" else r.source,
                "by": list(r.by),
                "report": getattr(r, "report", None),
                "to": r.to,
            }
            for r in recommendations
        ]
    doc = letter_to_doc(nlp, letter, given)
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc_to_letter(doc._.get(EXTENSION), letter, recommendations)


def doc_to_letter(
    info: dict[str, Any], letter: Letter, recommendations: list[Recommendation] | None
) -> Letter:
    """Copy the components' results from the Doc data back onto a Letter."""
    paragraphs = []
    for p, result in zip(letter.paragraphs, info["paragraphs"], strict=True):
        paragraphs.append(
            p.model_copy(
                update={
                    "label": result["label"],
                    "label_score": result["score"],
                    "recommendations": list(result["recommendations"]),
                }
            )
        )
    base = recommendations if recommendations is not None else letter.recommendations
    by_id = {r["id"]: r for r in info["recommendations"]}
    recs = []
    fallback: tuple[list[str], str | None] | None = None
    for r in base:
        result = by_id.get(r.id, {})
        update: dict[str, Any] = {
            "stance": result.get("stance"),
            "stance_evidence": result.get("stance_evidence"),
            "stance_basis": result.get("stance_basis"),
            "stance_score": result.get("stance_score"),
        }
        if recommendations is not None and r.source == "letter":
            update["source"] = "caller"
        if recommendations is not None and not r.by and r.report is None:
            # a caller's item says nothing of its author: the report the letter answers, as for
            # the letter's own recommendations (`Recommendation.report`)
            fallback = fallback or default_source(letter.text)
            update["by"], update["report"] = list(fallback[0]), fallback[1]
        recs.append(r.model_copy(update=update))
    links = [Link.model_validate(lk) for lk in info["links"]]
    return letter.model_copy(update={"paragraphs": paragraphs, "recommendations": recs, "links": links})


__all__ += ["data", "default_pipeline", "doc_to_letter"]
