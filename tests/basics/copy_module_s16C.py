# A module cannot be copied (CPython: it cannot be pickled): copy.copy and
# copy.deepcopy raise TypeError instead of making a second module object.
# An object that only refers to a module copies shallowly as usual.
import copy
import json


for fn in (copy.copy, copy.deepcopy):
    try:
        fn(json)
        print(fn.__name__, "copied")
    except TypeError as e:
        print(fn.__name__, "TypeError", e)


class Config:
    def __init__(self):
        self.codec = json
        self.opts = [1]


c = Config()
s = copy.copy(c)
print(s.codec is json, s.opts is c.opts)
try:
    copy.deepcopy(c)
    print("deep copied")
except TypeError as e:
    print("deepcopy TypeError", e)
print(copy.deepcopy({"m": [1]}, {id(json): json}))
