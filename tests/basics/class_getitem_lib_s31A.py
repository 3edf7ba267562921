# Library classes that CPython makes generic (PEP 585): Queue[int] in an
# annotation must not raise TypeError.
import queue
import contextvars
import dataclasses
import logging
import tempfile
from concurrent.futures import Future

for c in (queue.Queue, queue.SimpleQueue, queue.LifoQueue, queue.PriorityQueue, Future,
          contextvars.ContextVar, contextvars.Token, dataclasses.Field, logging.LoggerAdapter,
          logging.StreamHandler, logging.FileHandler, tempfile.TemporaryDirectory,
          tempfile.SpooledTemporaryFile):
    a = c[int]
    print(c.__name__, repr(a).rpartition(".")[2], a.__origin__ is c, a.__args__)


def f(q: queue.Queue[int], fut: "Future[str]" = None) -> Future[bool]:
    return q.get()


q = queue.Queue[int]()
q.put(5)
print(type(q).__name__, f(q))
