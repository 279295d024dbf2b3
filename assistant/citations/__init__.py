"""Vietnamese document citations: find them, register them, check them.

``extract`` finds every reference in a text; ``Registry`` holds the archive's
documents and every mention of them; ``check`` compares a draft's citations with
the registry; ``lookup_key`` and ``parse_query_ident`` find documents by loose numbers.
No LangChain, Chroma or Gradio here.
"""

from __future__ import annotations

from assistant.citations.check import CheckResult, Finding, check, format_report
from assistant.citations.extract import extract
from assistant.citations.normalize import lookup_key, normalize
from assistant.citations.query import QueryIdent, parse_query_ident
from assistant.citations.records import Citation
from assistant.citations.registry import Mention, Registry, RegistryEntry

__all__ = [
    "CheckResult",
    "Citation",
    "Finding",
    "Mention",
    "QueryIdent",
    "Registry",
    "RegistryEntry",
    "check",
    "extract",
    "format_report",
    "lookup_key",
    "normalize",
    "parse_query_ident",
]
