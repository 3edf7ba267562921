# int/float/str.__format__ called directly or through super() from a
# subclass that customises format().
print("a".__format__(">3"), (5).__format__("03"), True.__format__(""), True.__format__("d"))
print((2.5).__format__(""), (2.5).__format__(".3f"), (-7).__format__("+x"))
print(int.__format__(255, "#x"), float.__format__(0.5, "%"))

class I(int):
    def __format__(self, spec):
        return "I" + super().__format__(spec)
print(format(I(5), "03"), f"{I(7)}", "{:x}".format(I(255)), str(I(3)))

class F(float):
    def __format__(self, spec):
        return "F" + float.__format__(self, spec)
print(f"{F(1.5):.2f}", format(F(2.0)), "{:e}".format(F(10.0)))

class S(str):
    def __format__(self, spec):
        return "S" + super().__format__(spec)
print(f"{S('ab'):>4}", format(S("x"), "^5"))

try:
    (5).__format__("z")
except ValueError:
    print("ValueError")

# 'z' (negative zero coercion) is for floats only.
for v, s in [(5, "z"), (5, "zd"), ("a", "z"), ("a", "zs"), (1.5, "z"), (-0.0, "z"), (-0.0001, "z.1f"), (True, "z")]:
    try:
        print(repr(format(v, s)))
    except ValueError as e:
        print("ValueError", e)
