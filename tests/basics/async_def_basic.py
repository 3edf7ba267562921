# async def creates coroutine objects driven by send(None)
async def add(a, b):
    return a + b
c = add(1, 2)
print(type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print('result', e.value)
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
print(run(add(10, 20)))
async def nothing():
    pass
print(run(nothing()))
