"""Page serialisation with every URL on the configured public origin (core.public_origin)."""

from rest_framework import relations
from rest_framework.fields import Field, SkipField

from django.urls import NoReverseMatch

from wagtail.api.v2 import serializers as wagtail_serializers

from core.public_origin import absolute


class PublicDetailUrlField(Field):
    """`meta.detail_url`: the object's API URL on the public origin (hidden without an endpoint)."""

    def get_attribute(self, instance):
        router = self.context["router"]
        path = router.get_object_detail_urlpath(type(instance), instance.pk)
        if not path:
            raise SkipField
        return absolute(self.context["request"], path)

    def to_representation(self, url):
        return url


class PublicHtmlUrlField(Field):
    """`meta.html_url`: where people read the page, on the public origin."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        try:
            parts = page.get_url_parts(self.context["request"])
        except NoReverseMatch:
            return None
        return absolute(self.context["request"], parts[2]) if parts else None


NESTED_PAGE_FIELDS = ["id", "type", "detail_url", "html_url", "title"]


class NestedPageField(relations.RelatedField):
    """A page linked from another (parent, alias original) in the same public-URL form."""

    def __init__(self, *args, attribute, **kwargs):
        self.page_attribute = attribute
        super().__init__(*args, **kwargs)

    def get_attribute(self, instance):
        if self.page_attribute == "parent":
            parent = instance.get_parent()
            return parent if self.context["base_queryset"].filter(id=parent.id).exists() else None
        return instance.alias_of

    def to_representation(self, value):
        serializer_class = wagtail_serializers.get_serializer_class(
            value.__class__,
            NESTED_PAGE_FIELDS,
            meta_fields=["type", "detail_url", "html_url"],
            base=PublicPageSerializer,
        )
        return serializer_class(context=self.context).to_representation(value)


class PublicPageSerializer(wagtail_serializers.PageSerializer):
    detail_url = PublicDetailUrlField(read_only=True)
    html_url = PublicHtmlUrlField(read_only=True)
    parent = NestedPageField(read_only=True, attribute="parent")
    alias_of = NestedPageField(read_only=True, attribute="alias_of")
