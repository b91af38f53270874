"""The portal uses Wagtail's and Django's public APIs only, so the next Wagtail LTS cannot break
it unseen: no attribute or method whose name starts with "_" is read, written or overridden,
outside the one compatibility module (home/compat.py), whose every use is tested there.
"""

import ast
import importlib
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

ROOT = Path(settings.BASE_DIR)
PACKAGES = ("home", "news", "partnership", "search", "portal", "benchmarks")
COMPAT = ROOT / "home" / "compat.py"
# Underscored names that are documented public API.
DOCUMENTED = {
    "_meta": "Django's Model _meta API",
    "_default_manager": "Django's Model._default_manager",
    "_state": "Django's Model._state (adding, db)",
    "_replace": "namedtuple._replace",
    "_asdict": "namedtuple._asdict",
}
# Methods a subclass is documented to implement, though their names start with "_".
DOCUMENTED_HOOKS = {
    "_save": "Django's custom storage API: a Storage implements _save and _open",
    "_open": "Django's custom storage API",
}


def project_files():
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" not in path.parts and path != COMPAT:
                yield path


def own_names(tree):
    """Underscored names the module defines itself: its own functions, methods and attributes."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
            if isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"):
                names.add(node.attr)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
    return names


def private_uses(path, root=ROOT):
    tree = ast.parse(path.read_text(), filename=str(path))
    own = own_names(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            name = node.attr
            is_self = isinstance(node.value, ast.Name) and node.value.id in ("self", "cls")
            if (
                name.startswith("_")
                and not name.startswith("__")
                and name not in DOCUMENTED
                and name not in DOCUMENTED_HOOKS
                and not (is_self and name in own)
            ):
                yield f"{path.relative_to(root)}:{node.lineno}: .{name}"
        elif isinstance(node, ast.Constant) and str(node.value).startswith("_wagtail"):
            yield f"{path.relative_to(root)}:{node.lineno}: {node.value!r}"


def test_no_private_attribute_is_read_or_written_outside_the_compatibility_module():
    uses = [use for path in project_files() for use in private_uses(path)]
    assert uses == []


def underscored_class_members(path):
    """(class name, member name) of each underscored method or attribute a class body defines."""
    tree = ast.parse(path.read_text(), filename=str(path))
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        for member in node.body:
            if isinstance(member, ast.FunctionDef | ast.AsyncFunctionDef):
                names = [member.name]
            elif isinstance(member, ast.Assign):
                names = [target.id for target in member.targets if isinstance(target, ast.Name)]
            else:
                names = []
            for name in names:
                if name.startswith("_") and not name.startswith("__"):
                    yield node.name, name


def overridden_private_members():
    for path in project_files():
        module_name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        for class_name, name in underscored_class_members(path):
            if name in DOCUMENTED_HOOKS:
                continue
            cls = getattr(importlib.import_module(module_name), class_name)
            foreign = [base for base in cls.__mro__[1:] if not base.__module__.startswith(PACKAGES)]
            if any(name in vars(base) for base in foreign):
                yield f"{module_name}.{class_name}.{name}"


def test_no_private_method_of_a_package_is_overridden():
    assert list(overridden_private_members()) == []


@pytest.mark.parametrize(
    "source",
    [
        "request._wagtail_site = site",
        "page._cached_parent_obj = parent",
        "getattr(request, '_wagtail_route_for_request', None)",
    ],
)
def test_the_check_finds_what_it_looks_for(tmp_path, source):
    path = tmp_path / "module.py"
    path.write_text(source + "\n")
    assert list(private_uses(path, root=tmp_path))


def test_the_prefix_switch_the_search_backends_set_is_still_the_packages():
    """search/backends sets modelsearch's LAST_TERM_IS_PREFIX, as its own autocomplete compilers
    do; an upgrade that drops the switch fails here (and prefix searches in test_search.py).
    Each backend's module can only be loaded on its own database."""
    if connection.vendor == "postgresql":
        from modelsearch.backends.database.postgres.postgres import (
            PostgresAutocompleteQueryCompiler as autocomplete,
        )
        from modelsearch.backends.database.postgres.postgres import (
            PostgresSearchQueryCompiler as search,
        )
    else:
        from modelsearch.backends.database.sqlite.sqlite import (
            SQLiteAutocompleteQueryCompiler as autocomplete,
        )
        from modelsearch.backends.database.sqlite.sqlite import (
            SQLiteSearchQueryCompiler as search,
        )
    assert vars(search).get("LAST_TERM_IS_PREFIX") is False
    assert vars(autocomplete).get("LAST_TERM_IS_PREFIX") is True
