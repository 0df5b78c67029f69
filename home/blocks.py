"""StreamField blocks shared by the site's pages: small structs, then one stream per purpose."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
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


class AltTextImageBlock(ImageBlock):
    """Wagtail's ImageBlock, but never the image's title as alt text.

    The block's own alt text (translated with the page) comes first; else the image's description,
    which is written once in the source language, so it is marked `alt_language`; else nothing is
    said (the title is a file label in English, not a description). An image that is not
    decorative cannot be saved without one or the other (ImageBlock.clean)."""

    def to_python(self, value):
        if isinstance(value, int):  # stored before ImageBlock: the image id alone
            value = {"image": value, "decorative": False, "alt_text": ""}
        return super().to_python(value)

    def bulk_to_python(self, values):
        values = [
            {"image": v, "decorative": False, "alt_text": ""} if isinstance(v, int) else v for v in values
        ]
        return super().bulk_to_python(values)

    def clean(self, value):
        """The chooser fills the alt text with the image's title when the image has no description:
        a file label in English, not a description, so it is refused like an empty one."""
        value = super().clean(value)
        if value is not None and not value.decorative and value.contextual_alt_text == value.title:
            raise StructBlockValidationError(
                block_errors={
                    "alt_text": ValidationError(
                        _("Describe what the image shows: its title is not a description.")
                    )
                }
            )
        return value

    def _struct_value_to_image(self, struct_value):
        image = super()._struct_value_to_image(struct_value)
        if image is not None and not image.decorative and not struct_value.get("alt_text"):
            image.contextual_alt_text = image.description or ""
            image.alt_language = settings.LANGUAGE_CODE if image.description else ""
        return image


class CaptionedImageBlock(blocks.StructBlock):
    """An image with an optional caption; alt text is the block's own, else the image's description."""

    image = AltTextImageBlock(label=_("Image"))
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
