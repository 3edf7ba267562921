# async with calls __aenter__ and __aexit__
class Suspend:
    def __await__(self):
        yield
class ACM:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print('aenter', self.name)
        await Suspend()
        return self.name.upper()
    async def __aexit__(self, t, v, tb):
        print('aexit', self.name, t.__name__ if t else None)
        return t is KeyError
async def main():
    async with ACM('a') as x, ACM('b') as y:
        print('body', x, y)
    async with ACM('c'):
        raise KeyError
    try:
        async with ACM('d'):
            raise ValueError
    except ValueError:
        print('ValueError propagated')
    return 'ok'
def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
print(run(main()))
