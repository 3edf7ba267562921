# functools.reduce refuses keywords, named as CPython names it.
import functools
import operator
print(functools.reduce(operator.add, [1, 2], 3))
for kw in ({'initial': 3}, {'function': operator.add}):
    try:
        functools.reduce(operator.add, [1], **kw)
    except TypeError as e:
        print(e)
try:
    functools.reduce(operator.add)
except TypeError as e:
    print(e)
