"""``assistant users add NAME --role reader|editor|admin``, ``users list``, ``users remove NAME``.

The password is read from the terminal (twice, not echoed) or, when standard input is
not a terminal, from its first line (for scripts: ``echo "$PW" | assistant users add …``).
Each change is written to the audit log as done by ``cli:<system user>``.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys

from assistant.accounts.users import ROLES, AccountError
from assistant.config import Settings


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The ``users`` sub-commands on parser ``p``."""
    sub = p.add_subparsers(dest="users_command", required=True, metavar="ACTION")
    add = sub.add_parser("add", help="create an account (password from the terminal or stdin)")
    add.add_argument("name")
    add.add_argument("--role", choices=ROLES, required=True, help="reader, editor or admin")
    listing = sub.add_parser("list", help="the accounts and their roles")
    listing.add_argument("--json", action="store_true", help="print JSON")
    remove = sub.add_parser("remove", help="delete an account")
    remove.add_argument("name")


def read_password() -> str:
    """The new password: prompted twice on a terminal, else the first line of stdin.

    Raises:
        AccountError: the two entries differ, or stdin is empty.
    """
    if sys.stdin.isatty():
        first = getpass.getpass("Mật khẩu: ")
        if getpass.getpass("Nhập lại mật khẩu: ") != first:
            raise AccountError("Hai lần nhập mật khẩu không khớp: hãy chạy lại lệnh.")
        return first
    line = sys.stdin.readline().rstrip("\r\n")
    if not line:
        raise AccountError(
            "Không đọc được mật khẩu từ stdin: truyền nó trên dòng đầu, "
            "ví dụ: printf '%s\\n' \"$MAT_KHAU\" | assistant users add TÊN --role reader"
        )
    return line


def cmd_users(args: argparse.Namespace, settings: Settings) -> int:
    """Add, list or remove UI accounts (the users file lives with the index)."""
    from assistant.accounts import Accounts

    accounts = Accounts(settings)
    who = f"cli:{_system_user()}"
    if args.users_command == "list":
        users = accounts.users.list()
        if getattr(args, "json", False):
            print(json.dumps([u.__dict__ for u in users], ensure_ascii=False, indent=2))
            return 0
        if not users:
            print(
                "no accounts: the UI is open on 127.0.0.1 only (add one with: "
                "assistant users add NAME --role admin)"
            )
        for u in users:
            print(f"{u.name}\t{u.role}\t{u.created}")
        return 0
    if args.users_command == "add":
        user = accounts.users.add(args.name, args.role, read_password())
        accounts.audit.record(who, "user_add", user.name, detail=f"role={user.role}")
        print(
            f"added {user.name} ({user.role}); restart 'assistant serve' if it runs without "
            "a login page",
            file=sys.stderr,
        )
        return 0
    user = accounts.users.remove(args.name)
    accounts.audit.record(who, "user_remove", user.name, detail=f"role={user.role}")
    print(f"removed {user.name}", file=sys.stderr)
    return 0


def _system_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "?"
