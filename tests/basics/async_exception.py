# exceptions propagate through await chains and into coroutines via throw()
class Wait:
    def __await__(self):
        yield 'waiting'
async def fails():
    await Wait()
    raise ValueError('inside')
async def catcher():
    try:
        await fails()
    except ValueError as e:
        return 'caught ' + str(e)
c = catcher()
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
async def waits():
    try:
        await Wait()
    except KeyError:
        return 'thrown in'
c2 = waits()
c2.send(None)
try:
    c2.throw(KeyError)
except StopIteration as e:
    print(e.value)
c3 = waits()
c3.send(None)
c3.close()
print('closed')
