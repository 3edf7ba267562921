# asyncio.Runner (CPython 3.11): one loop for several run() calls, made on
# first use; close() cancels what is left and closes the loop; a closed
# Runner refuses to run; closing one never used leaves it usable.
import asyncio


async def double(x):
    await asyncio.sleep(0)
    return x * 2


async def forever():
    try:
        await asyncio.sleep(100)
    except asyncio.CancelledError:
        print('cancelled at close')
        raise


with asyncio.Runner() as r:
    print(r.run(double(1)), r.run(double(2)))
    loop = r.get_loop()
    print(asyncio.get_event_loop() is loop)

    async def spawn():
        asyncio.get_running_loop().create_task(forever())
        await asyncio.sleep(0)

    r.run(spawn())
print(loop.is_closed())

c = double(3)
try:
    r.run(c)
except RuntimeError as e:
    print('RuntimeError', e)
c.close()

r2 = asyncio.Runner()
r2.close()
print(r2.run(double(5)))
r2.close()
for bad in (1, double):
    try:
        r2.run(bad)
    except (ValueError, RuntimeError) as e:
        print(type(e).__name__)

made = []


def factory():
    made.append(asyncio.new_event_loop())
    return made[-1]


r3 = asyncio.Runner(loop_factory=factory)
print(r3.get_loop() is made[0], len(made))
try:
    r3.run(double)
except ValueError:
    print('ValueError')


async def nested():
    c = double(1)
    try:
        r3.run(c)
    except RuntimeError as e:
        print('RuntimeError', e)
    c.close()
    return 'nested done'


print(r3.run(nested()))
r3.close()
print(made[0].is_closed(), len(made))
