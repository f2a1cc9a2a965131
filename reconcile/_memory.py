"""Memory: pause the cyclic garbage collector around bulk work."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

__all__ = ["paused_gc"]


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many acyclic objects.

    Clustering and relating a million claims allocate millions of small
    objects that never form cycles; the collector's repeated full passes over
    them cost a large share of the time. The previous state is restored on exit.

    On exit the objects still alive (the results, which the caller keeps) go
    straight to the oldest generation, as surviving would take them: the
    first young collection would otherwise scan every one of them (a second
    or more at a million claims) only to move them on. The caller's own young
    objects move with them, so cyclic garbage among those waits for the next
    full collection. A caller that froze objects itself (``gc.freeze``) is
    left as it was: its frozen objects stay frozen.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            if gc.get_freeze_count() == 0:
                # both steps move whole lists: no object is visited
                gc.freeze()
                gc.unfreeze()
            gc.enable()
