"""Patterns for the layout and structure of letters: header, letterhead, sidebar, signature.

Each pattern has a comment with a real-style example of what it matches. All are compiled
once, in one module per concern, and gathered here: the readers and the structure stage
import them as ``from kamerstuk.patterns import structure as P``, never write their own.

- `kamerstuk.patterns.markdown`: Markdown markup of converted PDFs;
- `kamerstuk.patterns.header`: the header of an official Kamerstuk (XPP layout) and its
  running furniture;
- `kamerstuk.patterns.preamble`: what a publication web page puts before the header;
- `kamerstuk.patterns.letterhead`: the ministry letterhead and sidebar, salutation, closing;
- `kamerstuk.patterns.signature`: the signature;
- `kamerstuk.patterns.body`: the plain-text body (footnotes, headings, lists, hyphens);
- `kamerstuk.patterns.answers`: answers to written questions, and motions;
- `kamerstuk.patterns.genres`: the parts of document genres that are no letter.

Add a pattern to the module of its concern: every public name there is re-exported here.
"""

from __future__ import annotations

from kamerstuk.patterns.answers import *  # noqa: F403
from kamerstuk.patterns.body import *  # noqa: F403
from kamerstuk.patterns.genres import *  # noqa: F403
from kamerstuk.patterns.header import *  # noqa: F403
from kamerstuk.patterns.letterhead import *  # noqa: F403
from kamerstuk.patterns.markdown import *  # noqa: F403
from kamerstuk.patterns.preamble import *  # noqa: F403
from kamerstuk.patterns.signature import *  # noqa: F403
