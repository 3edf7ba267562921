# asyncio.to_thread runs the function in a copy of the caller's context:
# a ContextVar set in the task is seen in the thread, and a set() made in the
# thread does not leak back (CPython's test_asyncio.test_threads checks this)
import asyncio
import contextvars

v = contextvars.ContextVar('v', default='unset')


def in_thread(arg):
    seen = v.get()
    v.set('thread')
    return seen, arg, v.get()


async def main():
    print('before:', v.get())
    v.set('parent')
    print('thread result:', await asyncio.to_thread(in_thread, 5))
    print('after:', v.get())
    print('kwargs:', await asyncio.to_thread(lambda a, b=0: (a, b, v.get()), 1, b=2))


asyncio.run(main())
