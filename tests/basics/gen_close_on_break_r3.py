# a for loop leaving early (break/return) closes the generator it made, as CPython does
def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for x in g():
    print(x)
    break
print("after break")
def f():
    for x in g():
        return x
print(f(), "after return")
def f2():
    for i in range(2):
        for x in g():
            if x == 1:
                break
        print("inner done", i)
f2()
def ignores():
    try:
        yield 1
    except GeneratorExit:
        yield 2
for x in ignores():
    break
print("ignored exit swallowed")
def raising():
    try:
        yield 1
    finally:
        raise ValueError("in finally")
for x in raising():
    break
print("finally raise swallowed")
def fw():
    with open("/dev/null") as fh:
        for x in g():
            return "with+for"
print(fw())
for i in range(3):
    if i == 1:
        break
print("range ok", i)
for x in g():
    pass
print("exhausted")
