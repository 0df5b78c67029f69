"""The apps build on each other in one direction: no app imports another that imports it back, and
each floor of docs/architecture.md ("Rooms and the one-way import rule") imports only the floors
below it.

Read from the source (every import statement, module-level or inside a function), so a circle
cannot hide behind a function-level import. No database needed.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Every app, and the project package, which wires them together.
APPS = sorted({path.parent.name for path in ROOT.glob("*/apps.py")} | {"vetweb_site"})
# The floors of docs/architecture.md, bottom up. A new app is placed on one (a test says so).
GROUND = {"core"}
SERVICES = {"caching", "scheduling", "throttling", "health", "exports", "visitors"}
FEATURES = {
    "home",
    "resources",
    "events",
    "search",
    "languages",
    "editorial",
    "mobility",
    "results",
    "demand",
    "contact",
    "network",
    "api",
}
TOP = {"vetweb_site", "demo", "static_archive"}
MODELS_MODULES = ["home.models", "resources.models", "events.models", "search.models"]


def app_modules(app):
    return [path for path in (ROOT / app).rglob("*.py") if "migrations" not in path.parts]


def imported_modules(path):
    """Absolute names of the modules `path` imports (relative imports resolved)."""
    package = ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])
    names = []
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                names.append(".".join([*base, node.module] if node.module else base))
            else:
                names.append(node.module)
    return names


def app_graph():
    """{app: the other apps it imports}."""
    graph = {}
    for app in APPS:
        targets = {name.split(".")[0] for path in app_modules(app) for name in imported_modules(path)}
        graph[app] = sorted(targets & set(APPS) - {app})
    return graph


def find_cycle(graph):
    """One import circle as a list of apps, or None."""
    visiting, done = [], set()

    def visit(app):
        if app in visiting:
            return [*visiting[visiting.index(app) :], app]
        if app in done:
            return None
        visiting.append(app)
        for target in graph[app]:
            cycle = visit(target)
            if cycle:
                return cycle
        visiting.pop()
        done.add(app)
        return None

    for app in graph:
        cycle = visit(app)
        if cycle:
            return cycle
    return None


def test_the_apps_import_each_other_in_one_direction_only():
    graph = app_graph()
    assert find_cycle(graph) is None, f"import circle: {' -> '.join(find_cycle(graph))} ({graph})"


def test_the_ground_floor_imports_no_app():
    assert app_graph()["core"] == []


def test_every_app_stands_on_one_floor():
    floors = [GROUND, SERVICES, FEATURES, TOP]
    assert sorted(set().union(*floors)) == APPS
    assert sum(len(floor) for floor in floors) == len(APPS)


@pytest.mark.parametrize("app", sorted(SERVICES))
def test_the_services_build_on_the_ground_floor_and_each_other_only(app):
    """A service (cache, throttles, health, exports, visitor counting, scheduler) knows no feature,
    so any feature can use it."""
    assert set(app_graph()[app]) <= GROUND | SERVICES


@pytest.mark.parametrize("app", sorted(FEATURES))
def test_no_feature_imports_the_project_or_the_demo(app):
    assert not set(app_graph()[app]) & TOP


def test_the_check_finds_a_circle_when_there_is_one():
    assert find_cycle({"home": ["resources"], "resources": ["core", "home"], "core": []}) == [
        "home",
        "resources",
        "home",
    ]
    assert find_cycle({"home": ["core"], "resources": ["core", "home"], "core": []}) is None


@pytest.mark.parametrize("models_module", MODELS_MODULES)
def test_each_apps_models_import_first_in_a_fresh_interpreter(models_module):
    """Importing one app's models before any other (as a script or shell might) works."""
    import subprocess
    import sys

    code = (
        "import django, importlib, os\n"
        "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'vetweb_site.settings.test')\n"
        "from django.conf import settings\n"
        f"settings.INSTALLED_APPS = ['{models_module.split('.')[0]}', *settings.INSTALLED_APPS]\n"
        "settings.INSTALLED_APPS = list(dict.fromkeys(settings.INSTALLED_APPS))\n"
        "django.setup()\n"
        f"importlib.import_module('{models_module}')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr


def test_the_cache_builds_on_the_ground_floor_only():
    """docs/architecture.md: caching/ knows no app, so no app's change can be hidden from it."""
    assert set(app_graph()["caching"]) <= {"core"}


def test_no_app_builds_on_the_static_archive():
    """docs/decisions/0007: the archive reads the whole site, and the site never imports it (the
    live site knows only the STATIC_ARCHIVE setting its templates read)."""
    graph = app_graph()
    assert "static_archive" in graph
    assert [app for app, targets in graph.items() if "static_archive" in targets] == []
