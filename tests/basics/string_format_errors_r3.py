# Corner cases of %-formatting, str.format and format specs that CPython
# answers in a particular way (error type printed, plus the message where the
# message is the point).
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

# A keyed conversion ends the positional ones.
t(lambda: "%(x)s %s" % {"x": 1})
t(lambda: "%s %(x)s" % {"x": 1})
t(lambda: "%(x)s %(y)s" % {"x": 1, "y": 2})

# %d takes objects with __int__ (not ones with only __float__).
class IntLike:
    def __int__(self):
        return 7
class FloatLike:
    def __float__(self):
        return 1.5
t(lambda: "%d|%i|%u" % (IntLike(), IntLike(), IntLike()))
t(lambda: "%d" % FloatLike())
t(lambda: "%x" % IntLike())

# '#' with no type keeps the decimal point of an exponent form.
for v in [1e16, 1e-5, 5e-324, 1e300, 1.5, 100.0, 0.0, float("inf"), -1e22]:
    t(lambda: format(v, "#"))
t(lambda: format(1e16, "#>12"))

# An index in a field name is literal up to its ']'.
d = {"}": 5, "{": 6, ":": 7, "a": 8}
for f in ["{0[}]}", "{0[{]}", "{0[:]}", "{0[a]:>4}", "{0[}", "{0[a", "{0[a]b}"]:
    t(lambda: f.format(d))

# Repeated grouping options.
for f in ["{:,,}", "{:__}", "{:_,}", "{:,_}"]:
    t(lambda: f.format(1))
