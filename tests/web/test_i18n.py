"""The English catalogue: complete, compiled, and actually used when a reader switches language.

The interface is written in Spanish and translated through gettext catalogues. A msgid left
empty or fuzzy silently shows Spanish to an English reader, a stale .mo shows yesterday's wording,
and a string added to a template without re-running makemessages is never translated at all.
These tests catch all three without polib or the gettext tools, so they run on a bare checkout.
"""

from __future__ import annotations

import ast
import gettext
import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client
from django.utils.translation.template import templatize

PACKAGE = Path(__file__).resolve().parents[2] / "sufragio"
PROJECT_PO = PACKAGE / "locale" / "en" / "LC_MESSAGES" / "django.po"
ALL_PO = sorted(PACKAGE.glob("**/locale/en/LC_MESSAGES/django.po"))
# Names under which sufragio's Python code calls gettext; the msgid is the first literal argument.
GETTEXT_NAMES = {"_", "gettext", "gettext_lazy", "gettext_noop", "ngettext", "ngettext_lazy"}
# templatize() rewrites {% translate %} and {% blocktranslate %} into these Python-syntax calls.
TEMPLATE_CALL = re.compile(r"\b(?:gettext|ngettext)\((u'(?:[^'\\]|\\.)*')")


@dataclass
class Entry:
    """One message of a .po file, as much of it as these checks need."""

    msgctxt: str | None = None
    msgid: str = ""
    msgid_plural: str | None = None
    msgstr: dict[int, str] = field(default_factory=dict)
    fuzzy: bool = False

    @property
    def complete(self) -> bool:
        """Whether msgfmt will compile this entry: translated in every form and not fuzzy."""
        return bool(self.msgstr) and all(self.msgstr.values()) and not self.fuzzy


def parse_po(path: Path) -> list[Entry]:
    """Read a .po file into entries (blank-line separated), header and obsolete #~ ones left out."""
    entries: list[Entry] = []
    current = Entry()
    target: tuple[str, int] | None = None
    for raw in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        line = raw.strip()
        if not line:
            if current.msgid:
                entries.append(current)
            current, target = Entry(), None
        elif line.startswith("#,"):
            current.fuzzy = current.fuzzy or "fuzzy" in line[2:].replace(" ", "").split(",")
        elif line.startswith("#"):
            continue
        elif line.startswith('"'):
            _append(current, target, ast.literal_eval(line))
        else:
            keyword, _, literal = line.partition(" ")
            match = re.fullmatch(r"msgstr\[(\d+)\]", keyword)
            target = ("msgstr", int(match.group(1))) if match else (keyword, 0)
            _append(current, target, ast.literal_eval(literal))
    return entries


def _append(entry: Entry, target: tuple[str, int] | None, text: str) -> None:
    """Add a (continuation) string literal to the field the last keyword opened."""
    assert target is not None, "string literal outside any field"
    name, index = target
    if name == "msgstr":
        entry.msgstr[index] = entry.msgstr.get(index, "") + text
    else:
        setattr(entry, name, (getattr(entry, name) or "") + text)


def template_msgids() -> set[str]:
    """Every msgid the templates under sufragio/ ask for, extracted the way makemessages does."""
    found: set[str] = set()
    for path in PACKAGE.glob("**/templates/**/*.html"):
        python_like = templatize(path.read_text(encoding="utf-8"), origin=str(path))
        found.update(ast.literal_eval(m) for m in TEMPLATE_CALL.findall(python_like))
    return found


def python_msgids() -> set[str]:
    """Every literal msgid passed to gettext and friends in sufragio's own Python code."""
    found: set[str] = set()
    for path in PACKAGE.glob("**/*.py"):
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            first = node.args[0]
            if name in GETTEXT_NAMES and isinstance(getattr(first, "value", None), str):
                found.add(first.value)
    return found


def test_the_parser_reads_plurals_context_fuzzy_and_continuations(tmp_path: Path) -> None:
    po = tmp_path / "django.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Language: en\\n"\n\n'
        '#, fuzzy, python-format\nmsgid "a"\n"b"\nmsgstr "x"\n\n'
        'msgctxt "c"\nmsgid "d"\nmsgid_plural "ds"\nmsgstr[0] "e"\nmsgstr[1] "es"\n\n'
        '#~ msgid "gone"\n#~ msgstr "old"\n',
        encoding="utf-8",
    )
    first, second = parse_po(po)
    assert (first.msgid, first.msgstr, first.fuzzy) == ("ab", {0: "x"}, True)
    assert (second.msgctxt, second.msgid, second.msgid_plural) == ("c", "d", "ds")
    assert not second.fuzzy
    assert second.msgstr == {0: "e", 1: "es"}


def test_every_project_msgid_is_translated_and_not_fuzzy() -> None:
    entries = parse_po(PROJECT_PO)
    assert len(entries) > 100, "the project catalogue looks truncated"
    assert [e.msgid for e in entries if e.fuzzy] == []
    assert [e.msgid for e in entries if not e.complete] == []


def test_placeholders_survive_translation() -> None:
    placeholder = re.compile(r"%(?:\([a-z_]+\))?[sd]")
    for entry in parse_po(PROJECT_PO):
        for msgstr in entry.msgstr.values():
            assert sorted(placeholder.findall(msgstr)) == sorted(
                placeholder.findall(entry.msgid)
            ), entry.msgid


def lookup(compiled: gettext.GNUTranslations, entry: Entry, form: int) -> str:
    """Translate `entry` through the compiled catalogue, asking for plural form `form`."""
    if entry.msgid_plural is not None:  # English: form 0 is n == 1, form 1 any other n
        return compiled.ngettext(entry.msgid, entry.msgid_plural, 1 if form == 0 else 2)
    if entry.msgctxt is not None:
        return compiled.pgettext(entry.msgctxt, entry.msgid)
    return compiled.gettext(entry.msgid)


@pytest.mark.parametrize("po", ALL_PO, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_compiled_catalogue_matches_its_source(po: Path) -> None:
    """Load the committed .mo as gettext does and look every source entry up in it."""
    with po.with_suffix(".mo").open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    stale = [
        entry.msgid
        for entry in parse_po(po)
        if entry.complete
        for index, msgstr in entry.msgstr.items()
        if lookup(compiled, entry, index) != msgstr
    ]
    assert stale == [], "the .mo is out of date: run compilemessages -l en"


def test_every_string_the_code_asks_for_has_an_english_entry() -> None:
    known = {e.msgid for po in ALL_PO for e in parse_po(po)}
    missing = sorted((template_msgids() | python_msgids()) - known)
    assert missing == [], "run makemessages -l en and translate: " + repr(missing[:10])


def english(client: Client, path: str) -> str:
    """Switch the session to English through the real language form, then fetch `path`."""
    client.post("/i18n/setlang/", {"language": "en", "next": "/"}, follow=True)
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en">' in html
    return html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "wanted", "unwanted"),
    [
        (
            "/",
            ["Search electoral legislation", ">Laws<", "Public AI register", "Skip to content"],
            ["Buscar en la legislación electoral", ">Leyes<", "Saltar al contenido"],
        ),
        ("/leyes/", [">Laws<", "Search articles"], [">Leyes<", "Buscar artículos"]),
        (
            "/cuentas/login/",
            [">Laws<", "Username", "Password", "Log in"],
            [">Leyes<", "Contraseña", ">Entrar<"],
        ),
    ],
)
def test_public_pages_render_in_english(
    client: Client, path: str, wanted: list[str], unwanted: list[str]
) -> None:
    html = english(client, path)
    assert [w for w in wanted if w not in html] == []
    assert [u for u in unwanted if u in html] == []
    assert "sufragio proposes; a person decides." in html


@pytest.mark.django_db
def test_signed_in_pages_render_in_english(client: Client) -> None:
    user = User.objects.create_user("auditora", is_staff=True)
    user.groups.add(Group.objects.create(name="auditor"))
    client.force_login(user)
    letters = english(client, "/cartas/")
    assert "Letters received" in letters
    assert ">Review desk<" in letters and ">Mesa de revisión<" not in letters
    assert ">Log out<" in letters and ">Salir<" not in letters
    audit = english(client, "/auditoria/")
    assert "Audit log" in audit and "Bitácora de auditoría" not in audit
