"""paused_gc: the collector paused while results are built, its state restored after."""

from __future__ import annotations

import gc

from reconcile._memory import paused_gc


class _Result:
    """A tracked object, as the relation stage builds millions of."""


def test_the_collector_is_paused_inside_and_enabled_after() -> None:
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
        with paused_gc():  # nested: the outer one restores
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_disabled_collector_stays_disabled() -> None:
    gc.disable()
    try:
        with paused_gc():
            kept = _Result()
        assert not gc.isenabled()
        assert not any(o is kept for o in gc.get_objects(generation=2))
    finally:
        gc.enable()


def test_results_built_inside_go_to_the_oldest_generation() -> None:
    with paused_gc():
        kept = _Result()
        assert any(o is kept for o in gc.get_objects(generation=0))
    assert gc.get_freeze_count() == 0
    assert any(o is kept for o in gc.get_objects(generation=2))
    assert not any(o is kept for o in gc.get_objects(generation=0))


def test_objects_the_caller_froze_stay_frozen() -> None:
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with paused_gc():
            _Result()
        assert gc.get_freeze_count() == frozen
        assert gc.isenabled()
    finally:
        gc.unfreeze()


def test_extraction_pauses_the_collector_and_restores_it(monkeypatch) -> None:
    from reconcile import Document, extract
    from reconcile.extraction import claims as extraction

    seen: list[bool] = []
    read = extraction._claim

    def watching(*args, **kwargs):
        seen.append(gc.isenabled())
        return read(*args, **kwargs)

    monkeypatch.setattr(extraction, "_claim", watching)
    assert gc.isenabled()
    extract(Document(id="a.txt", text="Officials said 300 people fled and 20 died.", lang="en"))
    assert seen == [False, False]
    assert gc.isenabled()
