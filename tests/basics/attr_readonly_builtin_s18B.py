# Setting or deleting an attribute a built-in object has but cannot change
# gives CPython's messages: a method is read-only, a value is not writable;
# a name it does not have at all is still "has no attribute".


def g():
    yield


cases = [
    lambda: setattr("a", "upper", 1),
    lambda: setattr([], "append", 1),
    lambda: delattr([], "append"),
    lambda: setattr(1.5, "hex", 1),
    lambda: setattr(1, "real", 2),
    lambda: delattr(1, "real"),
    lambda: setattr(g(), "gi_running", 1),
    lambda: setattr(len, "__name__", "x"),
    lambda: setattr(1, "nope", 2),
    lambda: setattr(print, "x", 1),
    lambda: delattr([], "nope"),
]
for case in cases:
    try:
        case()
    except AttributeError as e:
        print("AttributeError:", e)
