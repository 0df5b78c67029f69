"""Settings shared by every environment; safe for production on their own.

Everything that differs between machines comes from environment variables (see README).
"""

import os
from pathlib import Path

import dj_database_url

from django.conf.locale import LANG_INFO
from django.core.exceptions import ImproperlyConfigured

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env(name, default=None, *, required=False):
    """Read a setting from the environment, refusing to start without a required one."""
    value = os.environ.get(name, default)
    if required and not value:
        raise ImproperlyConfigured(f"Set the {name} environment variable.")
    return value


def env_list(name, default=""):
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


def env_bool(name, default=False):
    return env(name, "true" if default else "false").strip().lower() in {"1", "true", "yes", "on"}


DEBUG = False
SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "core",
    "home",
    "resources",
    "search",
    "languages",
    "events",
    "mobility",
    "results",
    "api",
    "demand",
    "editorial",
    "demo",
    # Contact form and newsletter, the VET network directory.
    "contact",
    "network",
    "wagtail.contrib.forms",
    "wagtail_localize",
    "wagtail_localize.locales",
    # Services that apps build on (docs/architecture.md): throttles, health checks, exports, visitor counting.
    "throttling",
    "health",
    "exports",
    "visitors",
    # Before "wagtail": its publish_scheduled (which records a heartbeat) replaces Wagtail's.
    "scheduling",
    # The edge purges (caching/edge.py) use wagtail.contrib.frontend_cache's backends, but not its
    # app: its handlers would purge on publish before the commit, so the edge could fetch the old page again.
    "caching",
    # `manage.py archive_site`: the whole public site as static files, for after the funding.
    "static_archive",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Outermost after security, so what it compresses is the finished page.
    "vetweb_site.compression.AnonymousGZipMiddleware",
    # Outside the session, CSRF and auth middleware, so it sees every cookie they set.
    "caching.cache_control.PublicCacheControlMiddleware",
    "vetweb_site.security.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "languages.middleware.RegionalVariantMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "core.request_memo.RequestMemoMiddleware",
    "django.middleware.common.CommonMiddleware",
    # As early as it can decide (it needs the session cookie, the language and a valid host): a
    # hit skips the rest of the stack. What the rest adds to a response (a CSRF or messages
    # cookie) happens before it decides whether to store it, so such a page is never stored.
    "caching.pages.PageCacheMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "languages.machine_translation.MachineTranslationErrorMiddleware",
    # Before the editorial refusals: they and Wagtail's own speak the editor's admin language.
    "editorial.admin_language.AdminLanguageMiddleware",
    "editorial.translator_access.TranslatorLanguageMiddleware",
    "editorial.publishing.TranslationPublishingMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "vetweb_site.urls"
WSGI_APPLICATION = "vetweb_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "static_archive.context_processors.site_archive",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",  # an empty value means the default too
        conn_max_age=int(env("DATABASE_CONN_MAX_AGE", "0")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Write-ahead logging: readers never wait for a writer, and a commit (a search or a download
    # counted) is not a flush to disk each time: 2 ms -> 0.3 ms per counted search. With WAL,
    # synchronous=NORMAL may lose the last commits in a power cut but never corrupts the file.
    DATABASES["default"].setdefault("OPTIONS", {})["init_command"] = (
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
    )
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # No JIT compilation of query plans: it pays off for long analytic queries, and this site's
    # are short. A page's privacy check (core.pages.is_private) makes the planner overestimate a
    # read of many pages (the site search's visible pages at 10,000 items), and compiling it cost
    # 10-60 ms for a query that runs in 20 (decision 0006).
    options = DATABASES["default"].setdefault("OPTIONS", {})
    options["options"] = f"{options.get('options', '')} -c jit=off".strip()
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache and sessions: Redis when REDIS_URL is set (shared by every app server), otherwise memory.
REDIS_URL = env("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "caching.backend.ForgivingRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env("CACHE_KEY_PREFIX", "vetweb"),
            "TIMEOUT": int(env("CACHE_TIMEOUT", "300")),
        }
    }
    # Sessions live in Redis and are written through to the database, so a Redis flush
    # does not log editors out and no app server keeps session state of its own.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    # A file cache every process on the machine shares: the server, the scheduler and manage.py
    # commands then agree on the content generation (caching/generation.py).
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": env("CACHE_DIR", str(BASE_DIR / "var" / "cache")),
            "TIMEOUT": int(env("CACHE_TIMEOUT", "300")),
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages. English is the source; adding a language is a line here plus a catalogue in locale/.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("sq", "Shqip"),
    ("cnr", "Crnogorski"),
    ("it", "Italiano"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
# Translators choose their admin language in their account: sq and cnr come from locale/ (issue 27).
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
# Our own date formats come first: Django has none for Montenegrin (cnr), see vetweb_site/formats/.
FORMAT_MODULE_PATH = ["vetweb_site.formats"]
TIME_ZONE = "Europe/Rome"

# Django has no entry for Montenegrin (ISO 639-3 "cnr"); without one, get_language_info() fails.
LANG_INFO["cnr"] = {
    "bidi": False,
    "code": "cnr",
    "name": "Montenegrin",
    "name_local": "crnogorski",
}
# Montenegrin browsers usually announce sr-ME or sr-Latn-ME; readers of the neighbouring
# standard languages understand Montenegrin better than English, so they land on /cnr/ too.
for _code in ("sr-me", "sr-latn-me", "sr-latn", "sr", "bs", "hr", "sh"):
    LANG_INFO.setdefault(_code, {}).setdefault("fallback", ["cnr"])

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = Path(env("STATIC_ROOT", str(BASE_DIR / "static")))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / "media")))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Uploads on S3-compatible object storage (AWS S3, MinIO, Ceph, ...) when a bucket is named, so
# that no app server keeps state on its own disk. django-storages reads the AWS_* settings.
AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME")
if AWS_STORAGE_BUCKET_NAME:
    AWS_S3_ENDPOINT_URL = env("AWS_S3_ENDPOINT_URL")  # unset for AWS itself
    AWS_S3_REGION_NAME = env("AWS_S3_REGION_NAME")
    AWS_ACCESS_KEY_ID = env("AWS_ACCESS_KEY_ID")
    AWS_SECRET_ACCESS_KEY = env("AWS_SECRET_ACCESS_KEY")
    AWS_S3_CUSTOM_DOMAIN = env("AWS_S3_CUSTOM_DOMAIN")  # e.g. a CDN in front of the bucket
    AWS_S3_URL_PROTOCOL = env("AWS_S3_URL_PROTOCOL", "https:")
    AWS_LOCATION = env("AWS_LOCATION", "media")
    AWS_QUERYSTRING_AUTH = env_bool("AWS_QUERYSTRING_AUTH", False)
    AWS_DEFAULT_ACL = env("AWS_DEFAULT_ACL")  # e.g. public-read; unset keeps the bucket's policy
    AWS_S3_FILE_OVERWRITE = False
    AWS_S3_ADDRESSING_STYLE = env("AWS_S3_ADDRESSING_STYLE")  # "path" for most S3 look-alikes
    AWS_S3_OBJECT_PARAMETERS = {"CacheControl": "max-age=31536000, public"}
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    # Documents are served by redirecting to the object store instead of streaming through Django.
    WAGTAILDOCS_SERVE_METHOD = env("WAGTAILDOCS_SERVE_METHOD", "redirect")

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "VET-WEB"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Absolute URLs in /api/v2/ start here (e.g. https://vet-web.eu); unset, they take the host the
# client asked for. Never the Site record. `check --deploy` requires it (api/checks.py).
WAGTAILAPI_BASE_URL = env("PUBLIC_BASE_URL") or None
WAGTAILAPI_LIMIT_MAX = 50
# Wagtail's database backend uses PostgreSQL full-text search on PostgreSQL and FTS5 on SQLite:
# the same code on both. Run `manage.py update_index` nightly (see docs/deployment.md).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backend"}}  # + word forms (search/backend.py)
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 25 * 1024 * 1024
WAGTAILDOCS_DOCUMENT_FORM_BASE = "vetweb_site.uploads.SafeDocumentForm"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp", "gif"]  # never svg: it can carry scripts
WAGTAILIMAGES_IMAGE_FORM_BASE = "vetweb_site.uploads.ReencodedImageForm"
# Renditions in WebP unless a template asks for another format (the picture tag also offers AVIF).
WAGTAILIMAGES_FORMAT_CONVERSIONS = {
    "bmp": "webp",
    "jpeg": "webp",
    "png": "webp",
    "webp": "webp",
    "avif": "avif",
}

# Admin sign-in: after this many attempts on one username, or from one address, further attempts
# are refused for LOGIN_LOCKOUT_SECONDS (throttling/login_throttle.py).
WAGTAILADMIN_USER_LOGIN_FORM = "throttling.login_throttle.ThrottledLoginForm"
LOGIN_FAILURE_LIMIT = int(env("LOGIN_FAILURE_LIMIT", "5"))
LOGIN_ADDRESS_FAILURE_LIMIT = int(env("LOGIN_ADDRESS_FAILURE_LIMIT", "20"))
# How many proxies (load balancer, CDN) in front of the app servers append to X-Forwarded-For:
# the visitor's address is then read from that header (throttling/client.py). 0: the header is ignored.
TRUSTED_PROXY_COUNT = int(env("TRUSTED_PROXY_COUNT", "0"))
LOGIN_LOCKOUT_SECONDS = int(env("LOGIN_LOCKOUT_SECONDS", str(15 * 60)))

# Statistics (visitors/counting.py): new search-log rows per language and day are capped here; a
# search beyond it still runs but is not logged as a new query.
SEARCH_LOG_NEW_QUERIES_PER_DAY = int(env("SEARCH_LOG_NEW_QUERIES_PER_DAY", "500"))
# Site search reads at most this many distinct words of a query (the rest are ignored).
SEARCH_MAX_WORDS = int(env("SEARCH_MAX_WORDS", "10"))

# Whole-page cache of the public site for anonymous visitors (caching/pages.py), keyed by the
# release (RELEASE, else the git commit) and the content generation.
PAGE_CACHE_SECONDS = int(env("PAGE_CACHE_SECONDS", "600"))
RELEASE = env("RELEASE", "")
if env("PAGE_CACHE_DEBUG_HEADER"):  # X-Page-Cache: hit|miss outside DEBUG too (the load test reads it)
    PAGE_CACHE_DEBUG_HEADER = env_bool("PAGE_CACHE_DEBUG_HEADER")
# E-mail (contact form, newsletter confirmations, network applications). SMTP from the environment;
# settings/dev.py prints mails to the console and pytest keeps them in memory (mail.outbox).
EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = int(env("EMAIL_PORT", "25"))
EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = int(env("EMAIL_TIMEOUT", "10"))
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "VET-WEB <no-reply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Where contact-form messages and network applications are sent (the project's mailbox).
CONTACT_EMAIL = env("CONTACT_EMAIL", "contact@localhost")
# Public forms (contact, newsletter, join the network): accepted posts per visitor address per hour.
PUBLIC_FORM_LIMIT = int(env("PUBLIC_FORM_LIMIT", "5"))
# The static archive (static_archive/): the project's end date its banner shows (YYYY-MM-DD), and
# the archive mode itself, which only `archive_site` turns on while it renders (never set it here).
PROJECT_END_DATE = env("PROJECT_END_DATE", "")
STATIC_ARCHIVE = None
PUBLIC_FORM_WINDOW_SECONDS = int(env("PUBLIC_FORM_WINDOW_SECONDS", "3600"))

WAGTAILEMBEDS_RESPONSIVE_HTML = True
# No third-party requests, not even in the admin: no Gravatar, no release check.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Machine translation pre-fills wagtail-localize's editor ("Translate with DeepL"); off unless a key
# is set. DeepL has no Montenegrin: translators of cnr fill those strings themselves (README).
# Machine translation, per language (languages/machine_translation.py): DeepL for the languages in
# DEEPL_LANGUAGES (it has no Montenegrin), a self-hosted LibreTranslate for LIBRETRANSLATE_LANGUAGES.
_MACHINE_ENGINES = []
if env("DEEPL_AUTH_KEY"):
    _MACHINE_ENGINES.append(
        {
            "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
            "OPTIONS": {"AUTH_KEY": env("DEEPL_AUTH_KEY")},
            "LANGUAGES": env_list("DEEPL_LANGUAGES", "it"),
        }
    )
if env("LIBRETRANSLATE_URL"):
    _MACHINE_ENGINES.append(
        {
            "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
            "OPTIONS": {
                "LIBRETRANSLATE_URL": env("LIBRETRANSLATE_URL"),
                "API_KEY": env("LIBRETRANSLATE_API_KEY", ""),
            },
            "LANGUAGES": env_list("LIBRETRANSLATE_LANGUAGES", "sq,it"),
        }
    )
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = (
    {
        "CLASS": "languages.machine_translation.PerLanguageTranslator",
        "OPTIONS": {"ENGINES": _MACHINE_ENGINES},
    }
    if _MACHINE_ENGINES
    else None
)

# Cache-Control for anonymous visitors of public pages (caching.cache_control): browsers keep a page
# PUBLIC_CACHE_MAX_AGE seconds, shared caches (the CDN) PUBLIC_CACHE_S_MAXAGE; 0 turns it off.
PUBLIC_CACHE_MAX_AGE = int(env("PUBLIC_CACHE_MAX_AGE", "60"))
# A change purges the whole site from the edge at once (caching/edge.py); an edge that cannot
# take such a purge (Cloudflare through Wagtail's backend) shows pages at most this old.
PUBLIC_CACHE_S_MAXAGE = int(env("PUBLIC_CACHE_S_MAXAGE", "60"))


def _frontend_cache_backends():
    """Edge caches purged on every change visitors see (caching/edge.py), each switched on by its own variables."""
    backends = {}
    hostnames = env_list("FRONTEND_CACHE_HOSTNAMES")
    if env("FRONTEND_CACHE_PURGE_URL"):  # Varnish, nginx, Fastly-style HTTP PURGE
        backends["http"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": env("FRONTEND_CACHE_PURGE_URL"),
        }
    if env("CLOUDFLARE_ZONE_ID"):
        backends["cloudflare"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "ZONEID": env("CLOUDFLARE_ZONE_ID"),
        }
        if env("CLOUDFLARE_BEARER_TOKEN"):
            backends["cloudflare"]["BEARER_TOKEN"] = env("CLOUDFLARE_BEARER_TOKEN")
        else:
            backends["cloudflare"]["EMAIL"] = env("CLOUDFLARE_EMAIL")
            backends["cloudflare"]["API_KEY"] = env("CLOUDFLARE_API_KEY")
    if env("CLOUDFRONT_DISTRIBUTION_ID"):
        backends["cloudfront"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
            "DISTRIBUTION_ID": env("CLOUDFRONT_DISTRIBUTION_ID"),
        }
    if env("AZURE_CDN_ENDPOINT_NAME"):
        backends["azure"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.AzureCdnBackend",
            "RESOURCE_GROUP_NAME": env("AZURE_CDN_RESOURCE_GROUP_NAME"),
            "CDN_PROFILE_NAME": env("AZURE_CDN_PROFILE_NAME"),
            "CDN_ENDPOINT_NAME": env("AZURE_CDN_ENDPOINT_NAME"),
        }
    if hostnames:
        for backend in backends.values():
            backend["HOSTNAMES"] = hostnames
    return backends


WAGTAILFRONTENDCACHE = _frontend_cache_backends()

# Scheduled publishing (scheduling/): /readyz reports it as not running when `publish_scheduled`
# has not run for this many seconds (run it every minute from a timer, or `run_scheduler`).
SCHEDULER_STALE_AFTER = int(env("SCHEDULER_STALE_AFTER", "600"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "WARNING")},
}
