# arity errors of built-in functions and methods name the callee as CPython does
import math
calls = ["len()", "len(1, 2)", "abs()", "chr()", "ord()", "hex()", "id()", "hash()", "callable()", "repr()",
    "divmod(1)", "isinstance()", "issubclass(int)", "hasattr(1)", "setattr(1, 2)", "getattr()",
    "[].append()", "[].append(1, 2)", "[].extend()", "[].insert(1)", "[].copy(1)", "[].clear(1)", "[].reverse(1)",
    "[].remove()", "{}.keys(1)", "{}.items(1)", "{}.values(1)", "{}.setdefault()", "{}.pop()", "{}.popitem(1)",
    "{}.copy(1)", "{}.fromkeys()", "set().add()", "set().discard()", "set().remove()", "set().pop(1)",
    "''.join()", "''.upper(1)", "''.lower(1)", "''.zfill()", "''.isdigit(1)", "b''.upper(1)",
    "math.sqrt()", "math.sqrt(1, 2)", "math.pow(1)", "math.floor()", "(1).bit_length(1)", "(1.5).is_integer(1)",
    "len(x=1)", "abs(x=1)", "[].append(x=1)", "math.sqrt(x=1)"]
for c in calls:
    try:
        eval(c)
    except TypeError as e:
        print(c, "->", e)
