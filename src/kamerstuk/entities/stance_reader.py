"""The state of the sentence reader of `kamerstuk.entities.stance`, shared by its cue finders
(`stance_hedges`, `stance_rejections`, `stance_agreement`, `stance_status`) and scope readings
(`stance_scope`): the sentence's words and clauses, the cues found so far, and the words phrases took."""

from __future__ import annotations

from kamerstuk.entities.stance_clauses import Cue as _Cue
from kamerstuk.entities.stance_clauses import Sentence as _Sentence
from kamerstuk.patterns import stance as P

__all__ = ["ReaderBase"]


class ReaderBase:
    """One sentence read as words in clauses (`s`), with the cues found in it (`cues`), the words a
    hedge or rejection phrase took (`consumed`) and per clause its first free negator (`negators`)."""

    def __init__(self, text: str) -> None:
        self.s = _Sentence.read(text)
        self.cues: list[_Cue] = []
        self.consumed: set[int] = set()  # words that belong to a hedge or rejection phrase
        self.negators: list[list[int]] = []  # per clause: its first free negator, if any

    def free_negator(self, k: int) -> bool:
        """Whether word `k` is a negator ("niet", "geen") that no hedge or rejection phrase took and that
        negates ("niet alleen …, maar ook" does not: `NOT_NEGATING_NEXT`)."""
        s = self.s
        if k in self.consumed or s.words[k] not in P.NEGATORS:
            return False
        if (
            k + 1 < len(s.words)
            and s.words[k + 1] == P.WITHOUT_GOING_THROUGH[0]
            and P.WITHOUT_GOING_THROUGH[1] in s.words[k + 2 : s.bounds[s.clause[k]][1]]
        ):
            return False  # "kan ik niet buiten het overleg om invoeren": a procedure named, nothing declined
        if (
            k > 0
            and s.words[k - 1] == "het"
            and s.words[k + 1 : k + 2] != []
            and s.words[k + 2 : k + 3] == ["van"]
        ):
            return False  # "Bij het niet overnemen van een aanbeveling volgt overleg": the verb as a noun, negated
        return not (k + 1 < len(s.words) and s.words[k + 1] in P.NOT_NEGATING_NEXT)

    def _followed_adviser(self, i: int) -> int | None:
        """Index of the adviser "volgen" at `i` takes as object ("De regering volgt de Afdeling op
        dit punt niet", see `FOLLOWED_ADVISERS`), else None."""
        s = self.s
        b = s.bounds[s.clause[i]][1]
        for k in range(i + 2, min(b, i + 5)):
            if s.words[k] in P.FOLLOWED_ADVISERS and s.words[k - 1] in {"de", "het"}:
                return k
        return None
