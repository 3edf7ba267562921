# __new__ can return an existing instance
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = object.__new__(cls)
            cls._inst.count = 0
        return cls._inst
    def __init__(self):
        self.count += 1
a = Single()
b = Single()
print(a is b, a.count)
class Cached:
    cache = {}
    def __new__(cls, key):
        if key not in cls.cache:
            cls.cache[key] = super().__new__(cls)
        return cls.cache[key]
print(Cached(1) is Cached(1), Cached(1) is Cached(2))
