# arbitrary expressions in f-strings
def f(a, b=2):
    return a * b
lst = [1, 2, 3]
print(f"{f(3)} {f(3, b=4)}")
print(f"{lst[-1]} {lst[1:]} {sum(lst)}")
print(f"{(lambda y: y + 1)(1)}")
print(f"{[i * i for i in range(4)]}")
print(f"{x}" if (x := 7) else "")
print(f"{3 > 2} {None} {1 == 1.0}")
print(f"{ {'a': 1}['a'] }")
print(f"{-5:+} {abs(-5)}")
