# tb.tb_frame is one object per traceback entry; frame.clear() on finished
# and running frames
import sys


def g():
    return sys._getframe()


fr = g()
print(fr.clear())
print(fr.f_locals)

try:
    raise ValueError
except ValueError as e:
    tb = e.__traceback__
    print(tb is e.__traceback__, tb.tb_frame is e.__traceback__.tb_frame)
    e2 = ValueError().with_traceback(tb)
    print(e2.__traceback__ is tb)


def inner():
    x = 5
    1 / 0


def outer():
    y = 6
    inner()


def running():
    try:
        outer()
    except ZeroDivisionError as e:
        tb = e.__traceback__
        f = tb.tb_frame
        print(f.f_code.co_name, f is tb.tb_frame)
        for fr in (f, f.f_back):
            try:
                fr.clear()
            except RuntimeError as ex:
                print('RuntimeError', ex)
        frames = []
        while tb:
            frames.append(tb.tb_frame)
            tb = tb.tb_next
        print([fr.f_code.co_name for fr in frames])
        for fr in frames[1:]:
            print(fr.clear())
            print(fr.f_locals)


running()
