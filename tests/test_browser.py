"""End to end: the review page in a real headless Chromium.

Each letter is rendered to a temporary .html file, opened from ``file://`` by Chromium
(``--dump-dom``: the DOM after the page's script has run), and the dumped DOM is checked
for the recommendation panels, paragraph links and commitments, and for the
``data-ready="1"`` the script sets on <body> once it has run. A screenshot of each page is
saved under tests/artifacts/ for people to look at.

Chromium (Debian package ``chromium``) is optional locally: without it these tests skip with a
reason. `.ci/run` installs it and sets KAMERSTUK_REQUIRE_BROWSER=1, so in CI they always run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

import kamerstuk
from kamerstuk.models import Letter
from kamerstuk.render import STANCES, render_html
from tests.conftest import LETTERS, require_shared
from tests.test_render import parse_dom

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed" / "000_07ea6d749bcb6be1.txt"
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
OFFICIAL = "https://zoek.officielebekendmakingen.nl/"

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
]


def chromium() -> str:
    """Path of the Chromium binary. Where it is not installed the test skips, or fails under
    KAMERSTUK_REQUIRE_BROWSER=1 (set by `.ci/run`, which installs it)."""
    path = shutil.which("chromium") or "/usr/bin/chromium"
    if not os.access(path, os.X_OK):
        message = (
            "Chromium is not installed (looked for `chromium` on PATH and /usr/bin/chromium); "
            "`make browser` installs Debian's package"
        )
        if os.environ.get("KAMERSTUK_REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return path


def run_chromium(args: list[str], profile: Path) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [chromium(), *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result


def load(name: str) -> Letter:
    if name == "seed":
        return kamerstuk.parse(require_shared(SEED))
    return kamerstuk.parse(LETTERS / f"{name}.md")


LETTER_CASES = [
    pytest.param("ocw_leesoffensief", "kst-36410-VIII-87", id="ocw_leesoffensief"),
    pytest.param("seed", "kst-31015-245", id="seed"),
]


@pytest.mark.parametrize(("name", "identifier"), LETTER_CASES)
def test_page_in_headless_chromium(name: str, identifier: str, tmp_path: Path) -> None:
    letter = load(name)
    assert letter.metadata.identifier == identifier
    page = tmp_path / f"{name}.html"
    page.write_text(render_html(letter), encoding="utf-8")

    dumped = run_chromium(["--dump-dom", page.as_uri()], tmp_path / "profile").stdout
    dom = parse_dom(dumped)

    # The inline script ran to the end and did not break the DOM.
    (body,) = dom.find_all("body")
    assert body.attrs.get("data-ready") == "1"
    assert body.attrs.get("data-identifier") == identifier

    ids = {n.attrs["id"] for n in dom.iter() if "id" in n.attrs}
    panels = dom.find_all("section", "recommendation")
    assert [p.attrs["data-recommendation"] for p in panels] == [r.id for r in letter.recommendations]
    assert len(panels) == 3
    for panel, rec in zip(panels, letter.recommendations, strict=True):
        assert panel.attrs["data-stance"] == rec.stance
        assert rec.stance is not None
        (badge,) = panel.find_all("span", "stance")
        assert badge.text() == STANCES[rec.stance]  # the page speaks Dutch: "overgenomen", …
        links = panel.find_all("a", "paragraph-link")
        assert links, rec.id
        for a in links:
            assert a.attrs["href"][1:] in ids
            (target,) = dom.find_all("p", "paragraph", id=a.attrs["data-paragraph"])
            assert rec.id in target.attrs.get("data-recommendations", "").split()

    paragraphs = dom.find_all("p", "paragraph")
    assert len(paragraphs) == len(letter.paragraphs)
    assert {p.attrs["data-label"] for p in paragraphs} >= {"recommendation", "response"}

    (main,) = dom.find_all("main")
    marks = main.find_all("mark", "commitment")
    assert {m.attrs["data-commitment"] for m in marks} == {c.id for c in letter.commitments}
    dated = [c for c in letter.commitments if c.deadline and c.deadline.latest]
    assert dated
    for c in dated:
        assert c.deadline is not None and c.deadline.latest is not None
        assert main.find_all("mark", "commitment", id=c.id, data_latest=c.deadline.latest.isoformat())

    citations = dom.find_all("a", "citation")
    assert citations and all(a.attrs["href"].startswith(OFFICIAL) for a in citations)

    (html_,) = dom.find_all("html")
    assert html_.attrs.get("lang") == "nl"
    panel_headings = [h.text() for h in dom.find_all("h2") if "section-title" not in h.classes]
    assert panel_headings == [
        "Aanbevelingen",
        "Toezeggingen",
        "Voetnoten",
        "Diagnostiek",
    ]


def _highlight_probe(page: Path, target: str) -> Path:
    """A copy of `page` whose extra script clicks the first link to `target` after load."""
    markup = page.read_text(encoding="utf-8")
    probe = (
        "<script>window.addEventListener('load',function(){"
        f"var a=document.querySelector('a.paragraph-link[data-paragraph=\"{target}\"]');"
        "if(a){a.click();}document.body.setAttribute('data-clicked',a?'1':'0');});</script>"
    )
    out = page.with_name(page.stem + ".probe.html")
    out.write_text(markup.replace("</body>", probe + "</body>"), encoding="utf-8")
    return out


def test_click_highlights_paragraph(tmp_path: Path) -> None:
    letter = load("ocw_leesoffensief")
    target = next(p.id for p in letter.paragraphs if p.recommendations)
    page = tmp_path / "letter.html"
    page.write_text(render_html(letter), encoding="utf-8")
    dumped = run_chromium(
        ["--dump-dom", _highlight_probe(page, target).as_uri()], tmp_path / "profile"
    ).stdout
    dom = parse_dom(dumped)
    (body,) = dom.find_all("body")
    assert body.attrs.get("data-clicked") == "1" and body.attrs.get("data-ready") == "1"
    highlighted = [n for n in dom.iter() if "highlight" in n.classes]
    assert len(highlighted) == 1
    (paragraph,) = highlighted[0].find_all("p", "paragraph")
    assert paragraph.attrs["id"] == target


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


@pytest.mark.parametrize(("name", "identifier"), LETTER_CASES)
def test_screenshot(name: str, identifier: str, tmp_path: Path) -> None:
    page = tmp_path / f"{name}.html"
    page.write_text(render_html(load(name)), encoding="utf-8")
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / f"review_{name}.png"
    shot.unlink(missing_ok=True)
    run_chromium([f"--screenshot={shot}", "--window-size=1280,2000", page.as_uri()], tmp_path / "profile")
    assert shot.exists(), "Chromium wrote no screenshot"
    assert _png_size(shot) == (1280, 2000)
    assert shot.stat().st_size > 50_000  # a blank page compresses to a few kilobytes
