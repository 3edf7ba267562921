# A class whose __init__ is the class itself recursed in C until the stack
# overflowed; it must raise RecursionError as in CPython.
class A: pass
A.__init__ = A
try:
    A()
except RecursionError:
    print("RecursionError")
