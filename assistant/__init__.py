"""cchc-assistant: ask, draft and check citations over Vietnamese administrative documents."""

__version__ = "0.1.0"
