"""The small archive of ``archive_builders`` as a fixture."""

from __future__ import annotations

import pytest
from archive_builders import build

from assistant.archive.lives import Lives


@pytest.fixture
def lives() -> Lives:
    """Five decisions, one replacing another, one amending another."""
    return build()
