"""Fixtures of the citation tests: the real texts of ../shared, and the seed's registry.

The texts are not ours: they are read where they lie (``ASSISTANT_SHARED`` or
``/work/shared``), never copied; tests that need them skip when they are absent.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from assistant.citations import Registry
from assistant.models import Identity

SHARED = Path(os.environ.get("ASSISTANT_SHARED", Path(__file__).parents[2].parent / "shared"))
SEED = SHARED / "seed" / "bao-cao-cchc-2021-skhcn-khanh-hoa.txt"
ADMIN = SHARED / "data" / "admin-text" / "university-admin-text-2023.txt"
SEED_NAME = "bao-cao-cchc-2021-skhcn-khanh-hoa.txt"


def _read(path: Path) -> str:
    if not path.exists():
        pytest.skip(f"{path} is absent: set ASSISTANT_SHARED to the folder holding seed/ and data/")
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The 2021 CCHC report of Sở KH&CN Khánh Hòa (the reference archive)."""
    return _read(SEED)


@pytest.fixture(scope="session")
def admin_text() -> str:
    """Real university administrative text: NFD diacritics, malformed numbers."""
    return _read(ADMIN)


def seed_locate(offset: int) -> tuple[int, str]:
    """A stand-in page map for the seed: a page every 3,000 characters, one section."""
    return 1 + offset // 3000, "I"


@pytest.fixture(scope="session")
def seed_registry(seed_text: str) -> Registry:
    """The registry built from the seed alone, as the pipeline would."""
    registry = Registry()
    identity = Identity(ident="/BC-SKHCN", code="BC", kind="Báo cáo", date="2021-11")
    registry.add_text(SEED_NAME, seed_text, identity=identity, locate=seed_locate)
    return registry
