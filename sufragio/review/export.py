"""The approved reply as a formal letter: DOCX (python-docx) and PDF (fpdf2).

The salutation's name is filled in here, at export time, from the case's ``recipient_name`` (the
stored text keeps the ``{{destinatario}}`` placeholder, so personal data stays out of drafts and
revisions). The layout follows the draft's own structure — letterhead, folio block, place and
date, recipient, body, "Fundamento legal", closing and signature — with each part styled.
PDFs embed DejaVu Sans when the system has it (full Unicode); otherwise fpdf2's core Helvetica,
whose Latin-1 covers Spanish.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from django.utils import timezone

from sufragio.inquiries.drafting import Draft, render
from sufragio.inquiries.drafting.grounding import CLOSING_MARK, FUNDAMENTO
from sufragio.review.models import ReviewCase

LETTERHEAD = "INSTITUTO NACIONAL ELECTORAL"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@dataclass(frozen=True)
class Part:
    """One paragraph of the letter and how to set it."""

    kind: str  # letterhead | reference | date | heading | signature | body
    text: str


def rendered_text(case: ReviewCase) -> str:
    """The final text with the recipient's name in the salutation."""
    draft = Draft(
        text=case.final_text, citations=[], template_id="", template_version="", generator=""
    )
    return render(draft, case.recipient_name)


def letter_parts(text: str) -> list[Part]:
    """Split the reply into paragraphs and say what each one is."""
    parts: list[Part] = []
    for block in (b.strip() for b in text.replace("\r\n", "\n").split("\n\n")):
        if not block:
            continue
        first = block.splitlines()[0]
        if first == LETTERHEAD:
            kind = "letterhead"
        elif "Folio:" in block and len(parts) <= 1:
            kind = "reference"
        elif first.startswith("Ciudad de México, a"):
            kind = "date"
        elif first == FUNDAMENTO:
            kind = "heading"
        elif first.startswith(CLOSING_MARK):
            kind = "signature"
        else:
            kind = "body"
        parts.append(Part(kind, block))
    return parts


def approval_note(case: ReviewCase) -> str:
    approver = case.approved_by
    name = (approver.get_full_name() or approver.get_username()) if approver else ""
    day = timezone.localtime(case.approved_at).strftime("%d/%m/%Y") if case.approved_at else ""
    return f"Folio {case.letter.folio} · Revisó y aprobó: {name} · {day}"


def to_docx(case: ReviewCase) -> bytes:
    """The approved reply as a Word document."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)
    section = document.sections[0]
    head = section.header.paragraphs[0]
    head.text = LETTERHEAD
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    head.runs[0].bold = True
    foot = section.footer.paragraphs[0]
    foot.text = approval_note(case)
    foot.runs[0].font.size = Pt(8)
    align = {
        "reference": WD_ALIGN_PARAGRAPH.RIGHT,
        "date": WD_ALIGN_PARAGRAPH.RIGHT,
        "signature": WD_ALIGN_PARAGRAPH.CENTER,
        "body": WD_ALIGN_PARAGRAPH.JUSTIFY,
    }
    for part in letter_parts(rendered_text(case)):
        if part.kind == "letterhead":
            continue  # already in the page header
        paragraph = document.add_paragraph()
        paragraph.alignment = align.get(part.kind, WD_ALIGN_PARAGRAPH.LEFT)
        lines = part.text.splitlines()
        for i, line in enumerate(lines):
            run = paragraph.add_run(line)
            run.bold = part.kind in {"heading", "reference"} and i == 0
            if i < len(lines) - 1:
                run.add_break()
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _pdf_font(pdf) -> tuple[str, bool]:
    """Embed DejaVu Sans if installed (Unicode); else Helvetica (Latin-1 only)."""
    regular, bold = FONT_DIR / "DejaVuSans.ttf", FONT_DIR / "DejaVuSans-Bold.ttf"
    if regular.exists() and bold.exists():
        pdf.add_font("dejavu", "", str(regular))
        pdf.add_font("dejavu", "B", str(bold))
        return "dejavu", True
    return "helvetica", False


def to_pdf(case: ReviewCase) -> bytes:
    """The approved reply as a PDF in a formal letter layout (A4, 25 mm margins)."""
    from fpdf import FPDF

    note = approval_note(case)

    class LetterPDF(FPDF):
        def header(self) -> None:
            self.set_font(family, "B", 12)
            self.cell(0, 8, LETTERHEAD, align="C", new_x="LMARGIN", new_y="NEXT")
            self.ln(4)

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font(family, "", 8)
            self.cell(0, 6, fit(f"{note} · {self.page_no()}/{{nb}}"), align="C")

    pdf = LetterPDF(format="A4")
    pdf.set_margins(25, 20, 25)
    pdf.set_auto_page_break(True, margin=20)
    family, unicode_ok = _pdf_font(pdf)

    def fit(text: str) -> str:
        return text if unicode_ok else text.encode("latin-1", "replace").decode("latin-1")

    pdf.set_title(f"Respuesta {case.letter.folio}")
    pdf.add_page()
    align = {"reference": "R", "date": "R", "signature": "C", "body": "J"}
    for part in letter_parts(rendered_text(case)):
        if part.kind == "letterhead":
            continue
        pdf.set_font(family, "B" if part.kind == "heading" else "", 11)
        pdf.multi_cell(0, 5.5, fit(part.text), align=align.get(part.kind, "L"))
        pdf.ln(3)
    return bytes(pdf.output())
