"""Serializer fields that page models name in their `api_fields` (importable while models load)."""

from wagtail.images.api.fields import ImageRenditionField

from core.public_origin import absolute


class PublicRenditionField(ImageRenditionField):
    """An image as a rendition (`filter_spec`) with its URL on the public origin and its alt text."""

    def to_representation(self, image):
        data = dict(super().to_representation(image))
        if "url" in data:
            data["url"] = absolute(self.context["request"], data["url"])
            data.pop("full_url", None)
        return data
