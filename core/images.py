"""Renditions made ahead of rendering, without letting a lost original file take the page down."""

import logging

from wagtail.images.models import SourceImageIOError

logger = logging.getLogger(__name__)


def make_renditions(image, *specs):
    """The image's renditions for `specs`, made now where missing; {} when the original file is
    gone (a restored database without its media, say): the page still renders, and Wagtail's
    {% image %} tag shows its placeholder for that image, as it does for any lost file."""
    try:
        return image.get_renditions(*specs)
    except SourceImageIOError:
        logger.warning("Original file of image %s is missing; renditions not made", image.pk)
        return {}
