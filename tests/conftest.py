"""Shared fixtures. The hypothesis profiles: 'ci' (default) and 'fuzz' (long runs, outside CI):
select with HYPOTHESIS_PROFILE=fuzz."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

import toponyms

# the gate runs the same examples every time (a red run is a change's fault, never the draw's); the long
# profiles draw new ones to find what the gate's do not
settings.register_profile(
    "ci", max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "fuzz", max_examples=100_000, deadline=None, suppress_health_check=list(HealthCheck)
)
settings.register_profile("deep", max_examples=5_000, deadline=None, suppress_health_check=list(HealthCheck))
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent


@pytest.fixture(scope="session")
def mini() -> toponyms.Gazetteer:
    """The small test gazetteer, without the bundled data."""
    return toponyms.Gazetteer([DATA / "mini.yaml"], bundled=False)


@pytest.fixture(scope="session")
def gazetteer() -> toponyms.Gazetteer:
    """The bundled gazetteer."""
    return toponyms.default_gazetteer()
