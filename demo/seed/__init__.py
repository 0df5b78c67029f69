"""The demo seeders, one per part of the site, all built on demo.engine and demo/content."""
