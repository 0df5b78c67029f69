"""Italian date formats: Django's, without the leading zero on the day ("5 giugno 2024").

Everything not set here falls back to Django's own it formats.
"""

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
