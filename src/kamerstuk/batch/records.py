"""What a batch gives per input: an `Outcome` holding a `Letter` or an `ErrorRecord`.

An `ErrorRecord` is a batch's error line, never an exception; `WorkerStartError` is the one
exception a batch raises when its worker processes cannot start at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from kamerstuk.models import Letter


class ErrorRecord(BaseModel):
    """One input that could not be parsed: a batch's error line, never an exception."""

    model_config = ConfigDict(frozen=True)

    path: str
    error: str = Field(
        description="Exception type: SourceError, ScannedPDFError, StructureError, TimeoutError, …"
    )
    message: str
    sha256: str | None = Field(default=None, description="Content hash of the input, if it could be read.")
    skipped: bool = Field(
        default=False,
        description="True when the input is not a parliamentary document (a metadata file or SRU "
        "response, a README or other text without letter structure): left out, not a failure.",
    )


class WorkerStartError(RuntimeError):
    """Worker processes could not start, so no input could be parsed (raised once, not per input)."""


@dataclass(frozen=True)
class Outcome:
    """What one input gave, with the cost of getting it."""

    index: int
    path: str
    result: Letter | ErrorRecord
    seconds: float
    peak_rss_kb: int  # peak resident memory of the process that parsed it

    @property
    def ok(self) -> bool:
        return isinstance(self.result, Letter)

    @property
    def skipped(self) -> bool:
        """True when the input is not a parliamentary document (see `ErrorRecord.skipped`)."""
        return isinstance(self.result, ErrorRecord) and self.result.skipped

    def __repr__(self) -> str:
        """One short line: index, ``ok`` or the error type, time, and the letter or the message."""
        if isinstance(self.result, Letter):
            status, what = "ok", repr(self.result)[len("<Letter ") : -1]
        else:
            status, what = self.result.error, f"{Path(self.path).name}: {self.result.message}"
        line = f"<Outcome #{self.index} {status} in {self.seconds:.1f} s: {what}"
        return (line if len(line) <= 119 else line[:118] + "…") + ">"
