"""The demo brand, Maison Lumière, saved into each engine's fresh store."""

import pytest

from influscope.demo import save_demo


@pytest.fixture
def demo(engine):
    save_demo(engine)
    return engine
