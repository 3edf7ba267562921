# str.format / % formatting corner cases found by the s3 conformance sweep


def show(f, *a, **k):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


# a bad conversion is reported before any argument is looked up
for fmt in ["{!}", "{0!}", "{!x}", "{a{}b}", "{a{b}", "{[}"]:
    show(lambda: fmt.format())
print("{[{}]}".format({"{}": 5}), "{[!]}".format({"!": "a"}))

# format_map has no positional arguments
show(lambda: "{}".format_map({"a": 2}))
show(lambda: "{0}".format_map({"a": 2}))
print("{a}".format_map({"a": 2}))


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class IntBase(int):
    pass


# %c takes anything with __index__
print("%c" % Idx(109), b"%c" % Idx(65), "%c" % IntBase(66), "%c" % True)
for v in [-1, 2**70, "ab", 1.5]:
    show(lambda: "%c" % v)
show(lambda: b"%c" % Idx(256))


class Raising:
    def __int__(self):
        raise RuntimeError("int")

    def __index__(self):
        raise RuntimeError("index")


# %d/%i/%u use __int__ first; %x/%o only __index__
for conv in "diuxXo":
    show(lambda: ("%" + conv) % Raising())

import sys

show(lambda: "%.*d" % (sys.maxsize, 1))
print("%.*d" % (3, 7), "%*d|" % (-4, 7))
