# operator.index and indexing: an int subclass is used as its value (its
# __index__ is not asked); __index__ returning a bool or int subclass.
import operator
class MyInt(int):
    def __index__(self): return int(str(self)) + 1
m = MyInt(7)
print(m.__index__(), operator.index(m), [0, 1, 2, 3, 4, 5, 6, 7, 8][m], slice(m).indices(20))
class BadInt:
    def __index__(self): return True
class BadInt2(int):
    def __index__(self): return True
print(operator.index(BadInt()), operator.index(BadInt2()), 'abc'[BadInt()])
class Sub(int): pass
class RetSub:
    def __index__(self): return Sub(3)
print(operator.index(RetSub()), type(operator.index(RetSub())).__name__, range(10)[RetSub()])
class Bad:
    def __index__(self): return 1.5
try: operator.index(Bad())
except TypeError as e: print(e)
