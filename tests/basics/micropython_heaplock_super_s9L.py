# super().m(...) allocates nothing (as MicroPython's heapalloc_super.py
# checks), so it works while the heap is locked, through several levels and
# for classmethods and native bases; so does super(C, self).m(...).
# MicroPython only (heap_lock), hence the .exp.
import micropython


class A:
    def foo(self, n):
        return n + 1

    @classmethod
    def cm(cls, n):
        return n * 10


class B(A):
    def foo(self, n):
        return super().foo(n) * 2

    @classmethod
    def cm(cls, n):
        return super().cm(n) + 1


class C(B):
    def foo(self, n):
        return super().foo(n) + 1

    def explicit(self):
        return super(C, self).foo(1)


class L(list):
    def count(self, v):
        return super().count(v) + 100


c = C()
lst = L([1, 2])
r = [0, 0, 0]
micropython.heap_lock()
for i in range(3):
    r[i] = c.foo(i)
x = C.cm(2)
y = lst.count(2)
try:
    c.explicit()
    z = "no error"
except MemoryError:
    z = "MemoryError"
micropython.heap_unlock()
print(r, x, y, z)
