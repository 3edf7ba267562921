# tb_frame.f_lineno of a traceback entry is its frame's current (or last) line:
# after `raise e` in the same frame, older entries of that frame follow it.
import traceback, sys
def f():
    try:
        raise ValueError('a')
    except ValueError as e:
        x = 1
        raise e

def lines(e):
    tb = e.__traceback__
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_lineno))
        tb = tb.tb_next
    return out
try:
    f()
except ValueError as e:
    print(lines(e))

def g():
    e = None
    try:
        raise KeyError('k')
    except KeyError as x:
        e = x
    y = 2
    raise e
try:
    g()
except KeyError as e:
    print(lines(e))

def h():
    try:
        raise TypeError('t')
    except TypeError:
        raise
try:
    h()
except TypeError as e:
    print(lines(e))

def k(e):
    raise e
def kk():
    try:
        raise IndexError
    except IndexError as e:
        k(e)
try:
    kk()
except IndexError as e:
    print(lines(e))

def m():
    e = OSError(1)
    for i in range(2):
        try:
            raise e
        except OSError:
            pass
    raise e
try:
    m()
except OSError as e:
    print(lines(e))
def q(n):
    try:
        if n == 0:
            raise KeyError('k')
        q(n - 1)
    except KeyError:
        raise
try:
    q(6)
except KeyError as e:
    tb = e.__traceback__
    while tb:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_lineno)
        tb = tb.tb_next
def w(n, e):
    if n == 0:
        raise e
    try:
        w(n - 1, e)
    except ValueError as x:
        raise x
try:
    w(3, ValueError())
except ValueError as e:
    tb = e.__traceback__
    while tb:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_lineno)
        tb = tb.tb_next
