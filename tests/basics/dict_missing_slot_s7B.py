# dict.__getitem__ and super().__getitem__ on a dict subclass use __missing__
class D(dict):
    def __missing__(self, k):
        return ("missing", k)


d = D(a=1)
print(dict.__getitem__(d, "a"))
print(dict.__getitem__(d, "zz"))
print(d.__getitem__("zz"), d.__getitem__.__self__ is d)


class E(dict):
    def __getitem__(self, k):
        return ("E", super().__getitem__(k))

    def __missing__(self, k):
        return k * 2


e = E(x=5)
print(e["x"], e["ab"])


class F(dict):
    pass


try:
    dict.__getitem__(F(), "q")
except KeyError as ex:
    print("KeyError", ex)
try:
    dict.__getitem__({}, "q")
except KeyError as ex:
    print("KeyError", ex)


class G(dict):
    def __missing__(self, k):
        raise LookupError("no " + k)


try:
    super(G, G()).__getitem__("k")
except LookupError as ex:
    print("LookupError", ex)
