# MicroPython's ticks_add/ticks_diff at the edges of the ticks period: a delta
# of half the period or more, either way, is an OverflowError, so that
# ticks_diff(ticks_add(t, d), t) == d for every accepted d. MicroPython-only
# functions: .exp file.
import time

MAX = time.ticks_add(0, -1)
HALF = MAX // 2 + 1
print(MAX > 0, (MAX + 1) & MAX == 0)
for t in (0, 1, HALF - 1, HALF, MAX, time.ticks_ms()):
    for d in (0, 1, -1, HALF - 1, -(HALF - 1), 12345, -12345):
        r = time.ticks_add(t, d)
        assert 0 <= r <= MAX
        assert time.ticks_diff(r, t) == d, (t, d)
        assert time.ticks_diff(t, r) == -d, (t, d)
print("round trips ok")
for d in (HALF, -HALF, HALF + 1, -HALF - 1, 2 * HALF, 2**70, -(2**70)):
    try:
        time.ticks_add(0, d)
        print("no error")
    except OverflowError:
        print("OverflowError")
print(time.ticks_diff(HALF, 0) == -HALF, time.ticks_diff(HALF - 1, 0) == HALF - 1)
print(time.ticks_diff(0, HALF) == -HALF, time.ticks_diff(0, HALF - 1) == -(HALF - 1))
print(time.ticks_add(MAX, 1), time.ticks_add(0, -1) == MAX, time.ticks_diff(0, MAX))
for bad in (1.5, "1", None):
    try:
        time.ticks_add(bad, 1)
    except TypeError:
        print("TypeError")
    try:
        time.ticks_diff(0, bad)
    except TypeError:
        print("TypeError")

# asyncio.sleep_ms() past half the ticks period is an OverflowError too
try:
    import asyncio
except ImportError:
    asyncio = None


async def sleeper():
    await asyncio.sleep_ms(1.5)
    await asyncio.sleep_ms(0)
    await asyncio.sleep_ms(-3)
    try:
        await asyncio.sleep_ms(HALF)
    except OverflowError:
        print("sleep_ms OverflowError")
    await asyncio.sleep_ms(1)
    print("sleep_ms done")


if asyncio:
    asyncio.run(sleeper())
