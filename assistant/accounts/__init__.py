"""Accounts and roles, saved conversations and the audit log of the shared archive.

All three live in the index folder (``retrieval.paths.users / history / audit``), so a
backup of the index carries them.
"""

from assistant.accounts.access import LOCAL, Accounts, Actor, PermissionDeniedError
from assistant.accounts.audit import AuditLog
from assistant.accounts.history import History, Message
from assistant.accounts.users import ROLES, AccountError, UserStore

__all__ = [
    "LOCAL",
    "ROLES",
    "AccountError",
    "Accounts",
    "Actor",
    "AuditLog",
    "History",
    "Message",
    "PermissionDeniedError",
    "UserStore",
]
