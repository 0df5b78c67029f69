"""Demo photos for event reports, drawn at seed time with Pillow and stored as Wagtail images
with their alt text in the image's own description field, so image handling (renditions, WebP,
alt text) is exercised without shipping binary files."""

import io
import random

from PIL import Image as PILImage
from PIL import ImageDraw

from django.core.files.images import ImageFile

from wagtail.images import get_image_model

SIZE = (1200, 800)
SKIN = ("#f1c27d", "#e0ac69", "#c68642", "#8d5524", "#ffdbac")
CLOTHES = ("#1f4e79", "#a01818", "#1e6b34", "#7a4d00", "#4b3b8f", "#333333")


def _draw_scene(seed, wall):
    """A plain picture of people around a table in a room: shapes only, reproducible by `seed`."""
    rng = random.Random(seed)  # noqa: S311 - shapes of a demo picture, not a secret
    picture = PILImage.new("RGB", SIZE, wall)
    draw = ImageDraw.Draw(picture)
    draw.rectangle((0, 560, 1200, 800), fill="#b89b72")  # floor
    draw.rectangle((80, 90, 420, 330), fill="#ffffff", outline="#555555", width=6)  # screen
    for line in range(4):
        draw.rectangle((110, 130 + line * 45, 390 - rng.randint(0, 120), 150 + line * 45), fill="#1f4e79")
    for person in range(7):
        x = 170 + person * 140 + rng.randint(-20, 20)
        y = 400 + rng.randint(-25, 25)
        draw.ellipse((x - 38, y - 120, x + 38, y - 44), fill=rng.choice(SKIN))
        draw.rounded_rectangle((x - 60, y - 40, x + 60, y + 140), radius=30, fill=rng.choice(CLOTHES))
    draw.rectangle((100, 520, 1100, 580), fill="#6b4f2c")  # table
    return picture


def demo_image(slug, title, alt_text, wall="#dfe9f3"):
    """The demo image `slug`, drawn and saved (JPEG) with `alt_text` as its description if missing."""
    Image = get_image_model()
    image_title = f"VET-WEB demo: {title}"
    existing = Image.objects.filter(title=image_title).first()
    if existing is not None:
        return existing
    buffer = io.BytesIO()
    _draw_scene(slug, wall).save(buffer, "JPEG", quality=80)
    image = Image(title=image_title, description=alt_text)
    image.file = ImageFile(io.BytesIO(buffer.getvalue()), name=f"{slug}.jpg")
    image.save()
    return image
