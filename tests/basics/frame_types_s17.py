# A generator's, coroutine's and async generator's frame (gi_frame,
# cr_frame, ag_frame) is a types.FrameType, as sys._getframe()'s and a
# traceback's are, so inspect.isframe() holds for each.
import inspect
import sys
import types


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


g = gen()
c = coro()
a = agen()
for f in (g.gi_frame, c.cr_frame, a.ag_frame, sys._getframe()):
    print(type(f).__name__, isinstance(f, types.FrameType), inspect.isframe(f))
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(isinstance(tb.tb_frame, types.FrameType), inspect.isframe(tb.tb_frame))
print(g.gi_frame.f_code.co_name, c.cr_frame.f_code.co_name, a.ag_frame.f_code.co_name)
c.close()
