"""One writer at a time: the local ingest lock, and in server mode a lease held in the server.

Embedded Chroma is guarded by the file lock under the index folder (``fsutil.ingest_lock``).
Two workstations sharing one Chroma server have two index folders, so the server also
holds a *writer lease*: claims in a small collection (``assistant-lease``), each
``{holder, state, acquired, expires}`` in the server's clock.

Chroma has no transactions, so the lease is taken by write-then-read: a contender that
sees no other live claim writes its own, reads all claims again, and holds the lease
only if its claim is the single live one; otherwise it withdraws and retries. Two
contenders cannot both see only themselves: the later writer's read follows the
earlier one's write. The holder renews its claim every third of the lease's life from
a background thread; a holder that dies stops renewing, and its claim lapses after
``ASSISTANT_LEASE_TTL`` seconds, when the next contender deletes it. A holder renewing
late keeps its claim if no one else claimed meanwhile; one that finds its claim gone, or
another claim beside its late one, has lost the lease: ``Lease.ensure`` then stops its
ingest before the manifest is committed.
"""

from __future__ import annotations

import contextlib
import getpass
import logging
import os
import random
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from assistant.config import Settings
from assistant.errors import IndexBusyError
from assistant.fsutil import ingest_lock

log = logging.getLogger(__name__)


def holder_name() -> str:
    """Who writes: user, host and process, as other workstations are told."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "?"
    return f"{user}@{socket.gethostname()} pid {os.getpid()}"


class Lease:
    """A writer lease on one Chroma server (see the module's docstring)."""

    def __init__(self, settings: Settings) -> None:
        from assistant.retrieval.store import LeaseRecords

        self.settings = settings
        self.ttl = max(1.0, settings.lease_ttl)
        self.claim_id = uuid.uuid4().hex
        self.holder = holder_name()
        self.lost: str | None = None
        self._records = LeaseRecords(settings)
        self._stop = threading.Event()
        self._renewer: threading.Thread | None = None

    def acquire(self, *, wait: float) -> None:
        """Take the lease, waiting up to ``wait`` seconds for its holder.

        Raises:
            IndexBusyError: another process still holds it; the message names it.
        """
        deadline = time.monotonic() + wait
        while True:
            other = self._try_acquire()
            if other is None:
                break
            if time.monotonic() >= deadline:
                raise IndexBusyError(self._busy_message(other))
            # Only claimants (none holding yet): back off at random so one of them wins.
            pause = 0.5 if other.get("state") == "held" else random.uniform(0.05, 0.4)
            time.sleep(pause)
        self._renewer = threading.Thread(target=self._renew, name="lease-renewer", daemon=True)
        self._renewer.start()

    def ensure(self) -> None:
        """Raise if the lease was lost: the caller must not commit.

        Raises:
            IndexBusyError: the lease lapsed or was taken over.
        """
        if self.lost is not None:
            raise IndexBusyError(
                f"This ingest lost its writer lease on the Chroma server ({self.lost}); "
                "nothing was committed. Run the ingest again: what it embedded is cached. "
                "If it keeps happening, raise ASSISTANT_LEASE_TTL."
            )

    def release(self) -> None:
        """Stop renewing and withdraw the claim."""
        self._stop.set()
        if self._renewer is not None:
            self._renewer.join(timeout=self.ttl)
        with contextlib.suppress(Exception):
            self._records.delete([self.claim_id])

    def _try_acquire(self) -> dict[str, Any] | None:
        """One attempt; returns None when the lease is ours, else a claim in the way."""
        other = self._first_other()
        if other is not None:
            return other
        now = self._records.now()
        claim = {"holder": self.holder, "state": "claiming", "acquired": now}
        claim["expires"] = now + self.ttl
        self._records.put(self.claim_id, claim)
        other = self._first_other()
        if other is not None:
            self._records.delete([self.claim_id])
            return other
        self._records.put(self.claim_id, {**claim, "state": "held"})
        return None

    def _first_other(self) -> dict[str, Any] | None:
        """A live claim not ours (a held one first); lapsed claims are deleted on the way."""
        now = self._records.now()
        claims = self._records.claims()
        lapsed = [i for i, c in claims.items() if float(c.get("expires", 0)) <= now]
        if lapsed:
            log.info("writer lease: removing %d lapsed claim(s)", len(lapsed))
            self._records.delete(lapsed)
        others = [c for i, c in claims.items() if i != self.claim_id and i not in lapsed]
        others.sort(key=lambda c: c.get("state") != "held")
        return {**others[0], "now": now} if others else None

    def _renew(self) -> None:
        while not self._stop.wait(self.ttl / 3) and self.renew():
            pass

    def renew(self) -> bool:
        """Push the claim's expiry on; False once the lease is lost (``lost`` says why).

        Renewing is write-then-read like taking the lease: a claim renewed late (a busy
        machine) is kept while no one else has claimed meanwhile. A claim already
        deleted, or another live claim beside one renewed late, means another process
        may hold the lease: this one has lost it and withdraws.
        """
        try:
            now = self._records.now()
            mine = self._records.claims().get(self.claim_id)
            if mine is None:
                return self._lose("it lapsed while this process was paused, and another removed it")
            late = float(mine.get("expires", 0)) - now < self.ttl / 3
            self._records.put(self.claim_id, {**mine, "expires": now + self.ttl})
            other = self._first_other()
            if other is not None and (late or other.get("state") == "held"):
                return self._lose(f"{other.get('holder')} claimed it while this process was late")
        except Exception as exc:  # the server may be briefly unreachable: try again later
            log.warning("writer lease: cannot renew (%s); retrying", exc)
        return True

    def _lose(self, why: str) -> bool:
        self.lost = why
        with contextlib.suppress(Exception):
            self._records.delete([self.claim_id])
        return False

    def _busy_message(self, other: dict[str, Any]) -> str:
        where = f"{self.settings.chroma_host}:{self.settings.chroma_port}"
        since = time.strftime("%H:%M:%S", time.localtime(float(other.get("acquired", 0))))
        left = max(0.0, float(other.get("expires", 0)) - float(other.get("now", 0)))
        return (
            f"Another workstation is writing to the Chroma server {where}: "
            f"{other.get('holder', 'unknown')}, since {since}. If that process has died, its "
            f"lease lapses within {left:.0f} s. Wait for it to finish, or set "
            "ASSISTANT_LOCK_WAIT=600 to wait up to 10 minutes. Searches keep working meanwhile."
        )


@contextlib.contextmanager
def writer_lock(settings: Settings, *, wait: float | None = None) -> Iterator[Lease | None]:
    """Be the index's only writer: the local lock, plus the server's lease in server mode.

    Yields:
        The lease in server mode (call ``ensure`` before committing), else None.

    Raises:
        IndexBusyError: another writer holds the lock or the lease after ``wait`` seconds
            (default ``settings.lock_wait``).
    """
    wait = settings.lock_wait if wait is None else wait
    started = time.monotonic()
    with ingest_lock(Path(settings.index), wait=wait):
        if not settings.server_mode:
            yield None
            return
        lease = Lease(settings)
        lease.acquire(wait=max(0.0, wait - (time.monotonic() - started)))
        try:
            yield lease
        finally:
            lease.release()
