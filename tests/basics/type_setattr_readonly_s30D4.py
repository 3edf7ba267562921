# Read-only attributes of a class (session 30, helper D4): __mro__, __base__
# and __dict__ cannot be set or deleted.


class C:
    pass


for src in ("C.__mro__ = ()", "C.__base__ = int", "del C.__mro__", "C.__dict__ = {}", "del C.__dict__",
        "C.__name__ = 'D'", "C.__qualname__ = 'Q.D'"):
    try:
        exec(src)
        print("ok", src)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, src)
print(C.__name__, C.__qualname__, C.__base__, [k.__name__ for k in C.__mro__])
