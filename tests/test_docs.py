"""Docs are tested: every command, extractor, feature and setting is in the README with help."""

from __future__ import annotations

import re

import typer.main

from biaslens.cli import app
from biaslens.extractors import extractor_classes
from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_opens_with_install_run_and_test_commands():
    first_block = README.split("```", 2)[1]
    assert "pip install . && biaslens report" in first_block
    assert "pip install '.[test]' && python -m pytest" in first_block
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip install --quiet '.[test]'" in ci and "python -m pytest" in ci


def test_every_command_is_documented_with_help():
    group = typer.main.get_command(app)
    for name, command in group.commands.items():
        assert f"biaslens {name}" in README, f"command {name} missing from README"
        assert command.help, f"command {name} has no help"


def test_every_extractor_and_feature_is_documented():
    for name, cls in extractor_classes().items():
        assert f"(`{name}`)" in README, f"extractor {name} has no README section"
        for spec in cls.features:
            assert f"`{spec.name}`" in README, f"feature {spec.name} missing from README"


def test_every_settings_key_is_documented():
    source = (ROOT / "biaslens" / "settings.py").read_text(encoding="utf-8")
    for key in set(re.findall(r'report\.get\("(\w+)"\)', source)):
        assert f"{key} =" in README, f"setting {key} missing from README"
    assert "[extractors.NAME]" in README
