# generator.throw() with something that is not an exception raises TypeError
# before the generator runs: it stays suspended where it was and goes on.
def g():
    try:
        yield 1
        yield 2
    finally:
        print("finally")


it = g()
print(next(it))
for bad in (5, "x", None, [ValueError], object()):
    try:
        it.throw(bad)
    except TypeError as e:
        print("TypeError", "BaseException" in str(e))
print(next(it))
try:
    it.throw(KeyError, KeyError("k"))
except KeyError as e:
    print("KeyError", e)
print(list(it))
