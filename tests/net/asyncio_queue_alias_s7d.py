# asyncio queues can be subscripted in annotations (generic aliases).
# (No repr: CPython's classes live in asyncio.queues.)
import asyncio

for q in (asyncio.Queue, asyncio.LifoQueue, asyncio.PriorityQueue):
    a = q[int]
    print(a.__origin__ is q, a.__args__, q.__name__)
