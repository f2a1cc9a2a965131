"""Hypothesis profiles: ``dev`` (fast, the default) and ``ci`` (thorough).

CI sets ``CI=true``, which selects ``ci``; ``HYPOTHESIS_PROFILE`` overrides both.
Plots draw off screen (matplotlib's Agg backend), with or without a display.
"""

import os

os.environ.setdefault("MPLBACKEND", "Agg")

from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=60, deadline=None)
settings.register_profile(
    "ci",
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))
