# MicroPython-only (generator.pend_throw; hence the .exp): a coroutine with a
# pending exception is still "being awaited already" when awaited twice.
class Wait:
    def __await__(self):
        yield 1


async def inner():
    await Wait()
    return "inner done"


async def outer(c):
    return await c


c = inner()
first = outer(c)
print(first.send(None))
c.pend_throw(ValueError("pending"))
second = outer(c)
try:
    second.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    first.send(None)
except ValueError as e:
    print("ValueError", e)
second.close()
