# Error messages of async with / async for / yield from with objects that
# cannot be awaited.


async def co():
    pass


def plain_gen():
    c = co()
    try:
        yield from c
    finally:
        c.close()


try:
    list(plain_gen())
except TypeError as e:
    print('TypeError', e)


def show(coro):
    try:
        coro.send(None)
    except Exception as e:
        print(type(e).__name__, e, repr(e.__cause__))


class W:
    def __await__(self):
        return 5


class AM:
    def __aenter__(self):
        return 1

    def __aexit__(self, *a):
        return 1


class AM2:
    async def __aenter__(self):
        return 1

    def __aexit__(self, *a):
        return 1


class AM3:
    def __aenter__(self):
        return W()

    def __aexit__(self, *a):
        return W()


class AM4:
    async def __aenter__(self):
        return 1

    def __aexit__(self, *a):
        return 2


async def use(cls):
    async with cls():
        pass


async def use_raising(cls):
    async with cls():
        raise KeyError


for cls in (AM, AM2, AM3):
    show(use(cls))
show(use_raising(AM4))


class AI:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 1


class AI2:
    def __aiter__(self):
        return self

    def __anext__(self):
        return W()


async def loop(obj):
    async for x in obj:
        pass


show(loop(5))
show(loop(AI()))
show(loop(AI2()))


# Good managers still work.
class Good:
    async def __aenter__(self):
        return 'in'

    async def __aexit__(self, *a):
        print('exit', a[0])
        return True


async def good():
    async with Good() as v:
        print(v)
        raise KeyError
    return 'done'


show(good())
