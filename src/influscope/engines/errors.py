"""What the engine layer raises for problems the user can act on."""


class EngineUnavailable(RuntimeError):
    """An engine cannot run on this machine; the message says what to install or set."""
