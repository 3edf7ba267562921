# An exception escaping a finaliser is reported on stderr as "Exception
# ignored in: <what raised>" and the program goes on. The report must name
# the __del__ that raised (it is chosen after the nlr_push of the finaliser
# runner, so a compiler may otherwise hand the exception path a stale NULL),
# and must not crash when the lookup of __del__ itself raises.
import gc
import os
import sys


class Boom:
    def __del__(self):
        raise ValueError('boom')


class BadDel:
    # Looking __del__ up raises before there is any function to blame.
    @property
    def __del__(self):
        raise TypeError('lookup')


def make(cls):
    for _ in range(3):
        cls()


def captured_stderr(fn):
    # fd 2 goes to a pipe while fn runs; a report is well under the pipe's size.
    r, w = os.pipe()
    saved = os.dup(2)
    sys.stderr.flush()
    os.dup2(w, 2)
    try:
        fn()
        sys.stderr.flush()
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(w)
    chunks = []
    while True:
        b = os.read(r, 4096)
        if not b:
            break
        chunks.append(b)
    os.close(r)
    return b''.join(chunks)


def run_boom():
    make(Boom)
    gc.collect()


err = captured_stderr(run_boom)
print(b'Exception ignored in: <function Boom.__del__ at ' in err)
print(b'ValueError: boom' in err)
print(b'Exception ignored in: None' in err)


def run_bad():
    make(BadDel)
    gc.collect()


captured_stderr(run_bad)
print('survived')
