"""Small demo PDFs for library resources, stored as Wagtail documents."""

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model


def demo_pdf(title):
    """A small, valid one-page PDF whose page shows `title` (ASCII only, as in PDF base fonts)."""
    text = title.encode("ascii", "replace").replace(b"(", b"[").replace(b")", b"]")
    stream = b"BT /F1 18 Tf 72 720 Td (" + text + b") Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    body = b"%PDF-1.4\n"
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(body))
        body += f"{number} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(body)
    body += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    body += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    body += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return body


def demo_document(slug, title):
    """The demo document for `slug`, created with a PDF showing `title` if it is missing."""
    Document = get_document_model()
    doc_title = f"VET-WEB demo: {slug}"
    existing = Document.objects.filter(title=doc_title).first()
    if existing is not None:
        return existing
    content = demo_pdf(title)
    document = Document(title=doc_title, file_size=len(content))
    document.file.save(f"{slug}.pdf", ContentFile(content), save=False)
    document._set_file_hash()
    document.save()
    return document
