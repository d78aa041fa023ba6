"""One pipeline run at a time per store: a second is refused, and a killed run leaves no lock behind."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from telisik import api
from telisik.errors import StoreError
from telisik.store import Store

HOLD_LOCK = """
import sys, time
from telisik.store import Store
with Store.open(sys.argv[1]).run_lock():
    print("locked", flush=True)
    time.sleep(600)
"""


def test_a_second_run_is_refused_while_one_holds_the_store(store: Store) -> None:
    other = Store.open(store.url)
    try:
        with store.run_lock():
            with pytest.raises(StoreError, match="another telisik run"):
                api.run(other)
        assert api.run(other).failed == 0  # free again once the first run is over
    finally:
        other.close()


def test_a_killed_run_releases_the_lock(store: Store) -> None:
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, store.url], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(StoreError, match="another telisik run"):
            api.run(store)
    finally:
        holder.kill()
        holder.wait()
    for _ in range(50):  # the server notices the closed connection within moments
        try:
            api.run(store)
            return
        except StoreError:
            time.sleep(0.1)
    pytest.fail("the lock of a killed run was never released")
