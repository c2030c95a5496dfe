"""Parse many documents: in parallel processes, one result per input, never losing a file.

`parse_many(paths, workers=N)` yields, for every input, either a `Letter` or an
`ErrorRecord` (path, error type, message) — in input order, or as completed. An input that
is not a parliamentary document (a README, a metadata file or SRU search response, text
without letter structure) gives an `ErrorRecord` with ``skipped=True``: recorded, not a
failure. Each worker process loads the spaCy pipeline once and is replaced after
`max_tasks_per_child` documents, so memory stays flat over long runs; a per-document time
limit stops a pathological file without stopping the run.

It works from a script without ``if __name__ == "__main__":`` too: where worker processes
started by the fork server would re-run such a script, they are forked instead (on Linux),
or the documents are parsed in this process with a `KamerstukWarning` (elsewhere).

The package, one job per module:

- `kamerstuk.batch.records`: `Outcome`, `ErrorRecord`, `WorkerStartError`;
- `kamerstuk.batch.inputs`: `expand_inputs`, `file_sha256`;
- `kamerstuk.batch.worker`: `parse_one` under the time limit, the pipeline a batch runs, the
  set-up of a worker process;
- `kamerstuk.batch.child`: the child process that parses for a thread without SIGALRM;
- `kamerstuk.batch.pool`: `parse_many` and its pool of worker processes;
- `kamerstuk.batch.run`: `run_batch`, its journal and ``--resume``.

Every name is importable from `kamerstuk.batch` as before. To monkeypatch a name, patch it in
the module that uses it (``kamerstuk.batch.worker.parse``, ``kamerstuk.batch.child.CHILD_GRACE``,
``kamerstuk.batch.pool._main_reruns_call``): patching the name re-exported here changes nothing.
"""

from kamerstuk.batch.child import _CHILDREN as _CHILDREN  # read by tests
from kamerstuk.batch.child import CHILD_GRACE, CHILD_MAX_TASKS, CHILD_START_TIMEOUT
from kamerstuk.batch.inputs import DOCUMENT_SUFFIXES, expand_inputs, file_sha256
from kamerstuk.batch.pool import _context as _context  # called by tests
from kamerstuk.batch.pool import parse_many
from kamerstuk.batch.records import ErrorRecord, Outcome, WorkerStartError
from kamerstuk.batch.run import BatchSummary, run_batch
from kamerstuk.batch.worker import (
    TEST_DELAY_ENV,
    PipelineSpec,
    check_pipeline,
    parse_one,
    resolve_pipeline,
)

__all__ = [
    "CHILD_GRACE",
    "CHILD_MAX_TASKS",
    "CHILD_START_TIMEOUT",
    "DOCUMENT_SUFFIXES",
    "TEST_DELAY_ENV",
    "BatchSummary",
    "ErrorRecord",
    "Outcome",
    "PipelineSpec",
    "WorkerStartError",
    "check_pipeline",
    "expand_inputs",
    "file_sha256",
    "parse_many",
    "parse_one",
    "resolve_pipeline",
    "run_batch",
]
