# Slots and methods that answer their own object (one shared C function):
# iterators, context managers, copies of immutable re objects.
import copy
import os
import re
import socket


def gen():
    yield 1


g = gen()
print(iter(g) is g, g.__iter__() is g)
it = iter(int, 1)
print(type(it).__name__, iter(it) is it)

p = re.compile("a+")
m = p.match("aa")
print(copy.copy(p) is p, copy.deepcopy(p) is p, copy.copy(m) is m, copy.deepcopy(m) is m)

s = socket.socket()
with s as entered:
    print(entered is s)
print(s.fileno())

with os.scandir(".") as sd:
    print(iter(sd) is sd)

# A file checks it is open before answering itself.
f = open(__file__)
print(iter(f) is f, f.__enter__() is f)
f.close()
for what in (lambda: iter(f), f.__enter__):
    try:
        what()
    except ValueError:
        print("ValueError")
