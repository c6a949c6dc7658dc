"""A test that could block (a pipe, a device) fails after a deadline instead of hanging the suite."""

import signal
from contextlib import contextmanager


@contextmanager
def deadline(seconds: int = 5):
    """Fail (instead of hanging forever) when the body blocks longer than ``seconds``."""
    def timeout(*_):
        raise TimeoutError(f"blocked for more than {seconds} s")
    old = signal.signal(signal.SIGALRM, timeout)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
