# !r and !s conversions in f-strings
s = "text"
print(f"{s!r}", f"{s!s}", f"{s}")
print(f"{s!r:>10}|")
print(f"{[s]!s}", f"{(s,)!r}")
class A:
    def __repr__(self):
        return "A-repr"
    def __str__(self):
        return "A-str"
a = A()
print(f"{a}", f"{a!r}", f"{a!s}")
print(f"{'q'!r}{1!r}")
