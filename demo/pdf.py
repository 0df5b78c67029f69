"""Demo PDFs for library resources, stored as Wagtail documents: two readable A4 pages in the
resource's language (title, summary, how to use it in a workshop, a page for notes), made with fpdf2.

DejaVu Sans (Debian's fonts-dejavu-core, which Chromium brings) is embedded when it is installed,
so Albanian ë and Montenegrin č ć đ print as written; without it the PDF uses Helvetica, whose
Latin-1 letters lack č ć đ š ž, and those letters lose their marks (c, c, d, s, z). Both are real PDFs.
"""

import unicodedata
from pathlib import Path

from fpdf import FPDF

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model

from . import data

FONT_FOLDERS = ("/usr/share/fonts/truetype/dejavu",)
DEMO_LABEL = "VET-WEB demo document"
ABOUT = "What this tool is for"
WORKSHOP = "Using it in a workshop"
STEPS = (
    "Read the tool before the session and choose the parts that fit your learners.",
    "Work through it with the group, one section at a time.",
    "Note what worked and what you would change, and share it with the partners.",
)
NOTES = "Notes"
DISCLAIMER = (
    "This document was generated for the demo of the VET-WEB website; it is not a publication of the project."
)


def _fonts(pdf):
    """The family to write with, and how text must be prepared for it."""
    for folder in FONT_FOLDERS:
        regular, bold = Path(folder, "DejaVuSans.ttf"), Path(folder, "DejaVuSans-Bold.ttf")
        if regular.is_file() and bold.is_file():
            pdf.add_font("DejaVu", "", str(regular))
            pdf.add_font("DejaVu", "B", str(bold))
            return "DejaVu", str
    return "Helvetica", _latin1


def _latin1(text):
    """Text Helvetica can print: letters outside Latin-1 without their marks (č → c, đ → d)."""
    text = text.replace("đ", "d").replace("Đ", "D")
    letters = []
    for letter in text:
        try:
            letter.encode("latin-1")
        except UnicodeEncodeError:
            letter = unicodedata.normalize("NFKD", letter).encode("latin-1", "ignore").decode("latin-1")
        letters.append(letter)
    return "".join(letters)


def demo_pdf(title, summary="", language="en"):
    """A two-page A4 PDF about the resource `title`, in `language` (the demo catalogue's words)."""

    def say(text):
        return prepare(data.in_language(text, language))

    pdf = FPDF(format="A4")
    pdf.set_title(title)
    pdf.set_lang(language)
    pdf.set_creator("VET-WEB demo")
    pdf.set_margins(20, 20, 20)
    family, prepare = _fonts(pdf)

    pdf.add_page()
    pdf.set_font(family, "", 10)
    pdf.cell(0, 6, say(DEMO_LABEL), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font(family, "B", 22)
    pdf.multi_cell(0, 10, prepare(title), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    if summary:
        pdf.set_font(family, "B", 13)
        pdf.cell(0, 8, say(ABOUT), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(family, "", 12)
        pdf.multi_cell(0, 7, prepare(summary), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    pdf.set_font(family, "B", 13)
    pdf.cell(0, 8, say(WORKSHOP), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, "", 12)
    for number, step in enumerate(STEPS, start=1):
        pdf.multi_cell(0, 7, f"{number}. {say(step)}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font(family, "", 9)
    pdf.multi_cell(0, 5, say(DISCLAIMER), new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    pdf.set_font(family, "B", 13)
    pdf.cell(0, 8, say(NOTES), new_x="LMARGIN", new_y="NEXT")
    for line in range(22):
        y = 40 + line * 10
        pdf.line(20, y, 190, y)
    return bytes(pdf.output())


def demo_document(slug, title, summary="", language="en"):
    """The demo document for `slug`, created with a PDF about `title` in `language` if missing."""
    Document = get_document_model()
    doc_title = f"VET-WEB demo: {slug}"
    existing = Document.objects.filter(title=doc_title).first()
    if existing is not None:
        return existing
    content = demo_pdf(title, summary, language)
    document = Document(title=doc_title, file_size=len(content))
    document.file.save(f"{slug}.pdf", ContentFile(content), save=False)
    document._set_file_hash()
    document.save()
    return document
