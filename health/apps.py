from django.apps import AppConfig


class HealthConfig(AppConfig):
    """Health and readiness checks for monitors and load balancers (/healthz, /readyz)."""

    name = "health"
