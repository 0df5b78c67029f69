"""StreamField blocks shared by the site's pages: small structs, then one stream per purpose."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    """A section heading; the level keeps the page outline valid (the page title is the h1)."""

    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section (h2)")), ("h3", _("Subsection (h3)"))],
        default="h2",
        search_index=False,
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "home/blocks/heading_block.html"
        preview_value = {"text": "What VET-WEB does", "level": "h2"}
        description = _("A heading that starts a section of the page")


class CaptionedImageBlock(blocks.StructBlock):
    """An image with an optional caption; alt text comes from the image's own description."""

    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "home/blocks/captioned_image_block.html"
        description = _("A responsive image with an optional caption")


class QuoteBlock(blocks.StructBlock):
    """A quotation from a participant or partner, with who said it."""

    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "home/blocks/quote_block.html"
        preview_value = {"text": "We came back with tools we use every week.", "attribution": "A trainer"}
        description = _("A highlighted quotation")


class BodyStreamBlock(blocks.StreamBlock):
    """The body of editorial pages: headings, text, images and quotes."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        label=_("Paragraph"),
        icon="pilcrow",
        template="home/blocks/paragraph_block.html",
        preview_value="<p>VET-WEB connects trainers in Albania and Montenegro with EU partners.</p>",
        description=_("Formatted text: paragraphs, lists and links"),
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
