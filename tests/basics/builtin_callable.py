# callable()
class C:
    def m(self):
        pass
class D:
    def __call__(self):
        pass
print(callable(len), callable(print), callable(C), callable(C()), callable(D()), callable(C().m))
print(callable(lambda: 0), callable(1), callable('s'), callable(None), callable(int), callable([].append))
