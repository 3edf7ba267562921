# cpytest stub, used only when running our interpreter (which has no termios,
# so no tty): test_asyncio.test_events imports tty when it loads, for its pty
# tests only; those skip themselves when they call it.
import unittest


def __getattr__(name):
    if name.startswith('__'):
        raise AttributeError(name)
    raise unittest.SkipTest('tty.%s is not available' % name)
