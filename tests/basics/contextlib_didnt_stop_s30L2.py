# contextlib: a @contextmanager generator that goes on after its yield is
# closed at once (its finally blocks run before the RuntimeError leaves the
# with statement), on a clean exit and after a thrown exception alike
import contextlib

log = []

@contextlib.contextmanager
def twice(catch):
    try:
        yield 1
    except ValueError:
        if not catch:
            raise
    finally:
        log.append('finally 1')
    try:
        yield 2
    finally:
        log.append('finally 2')

for catch, exc in ((False, None), (True, ValueError)):
    log.clear()
    try:
        with twice(catch):
            if exc:
                raise exc('x')
    except RuntimeError as e:
        print('RuntimeError', e, log)

# a manager used without "with": __exit__ alone still closes the generator
log.clear()
m = twice(False)
print(m.__enter__())
try:
    m.__exit__(None, None, None)
except RuntimeError as e:
    print('RuntimeError', e, log)

try:
    import asyncio
except ImportError:
    print('SKIP')
    raise SystemExit

@contextlib.asynccontextmanager
async def atwice():
    try:
        yield 1
    except KeyError:
        log.append('caught')
    finally:
        log.append('async finally 1')
    try:
        yield 2
    finally:
        log.append('async finally 2')

async def main():
    log.clear()
    try:
        async with atwice():
            pass
    except RuntimeError as e:
        print('RuntimeError', e, log)
    log.clear()
    try:
        async with atwice():
            raise KeyError('k')
    except RuntimeError as e:
        print('RuntimeError', e, log)

asyncio.run(main())
