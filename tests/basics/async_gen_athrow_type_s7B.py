# The awaitables of an async generator: asend()/__anext__() and
# athrow()/aclose() have different type names.
async def g():
    yield 1

a = g()
for x in (a.__anext__(), a.asend(None), a.athrow(ValueError), a.aclose()):
    print(type(x).__name__)
    x.close()

async def main():
    a = g()
    print(await a.asend(None))
    try:
        await a.athrow(ValueError('v'))
    except ValueError as e:
        print('ValueError', e)
    print(await a.aclose())

c = main()
try:
    c.send(None)
except StopIteration:
    print('done')
