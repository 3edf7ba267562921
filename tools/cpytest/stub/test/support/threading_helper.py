# cpytest stub: thread helpers
import unittest
import contextlib


def reap_threads(f):
    return f


def requires_working_threading(*, module=False):
    try:
        import threading
        ok = True
    except ImportError:
        ok = False
    if module:
        if not ok:
            raise unittest.SkipTest('no threading')
        return None
    return (lambda f: f) if ok else unittest.skip('no threading')


def threading_setup():
    return ()


def threading_cleanup(*a):
    pass


def join_thread(thread, timeout=None):
    thread.join(timeout)


@contextlib.contextmanager
def start_threads(threads, unlock=None):
    threads = list(threads)
    for t in threads:
        t.start()
    try:
        yield
    finally:
        if unlock:
            unlock()
        for t in threads:
            t.join()


@contextlib.contextmanager
def wait_threads_exit(timeout=None):
    yield


def catch_threading_exception():
    raise unittest.SkipTest('catch_threading_exception')
