import builtins
for n in ["ExceptionGroup", "BaseExceptionGroup", "BytesWarning", "EncodingWarning", "FutureWarning",
          "ImportWarning", "PendingDeprecationWarning", "ResourceWarning", "SyntaxWarning",
          "UnicodeWarning", "UnicodeTranslateError", "exit", "quit"]:
    print(n, n in dir(builtins), hasattr(builtins, n), getattr(builtins, n) is eval(n))
print(builtins.ExceptionGroup.__name__, issubclass(builtins.ExceptionGroup, Exception))
print(repr(exit)); print(str(quit)); print(type(exit).__name__)
for args in [(), (3,), ("bye",), (None,)]:
    try:
        exit(*args)
    except SystemExit as e:
        print("SystemExit", e.args, e.code)
try:
    quit(code=5)
except SystemExit as e:
    print("SystemExit", e.args)
print([n for n in dir(builtins) if n.startswith("$")])
try:
    raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
except* ValueError as eg:
    print("caught", repr(eg.exceptions))
except* TypeError as eg:
    print("caught", repr(eg.exceptions))
