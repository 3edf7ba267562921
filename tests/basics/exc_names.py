# names of the built-in exception classes
for cls in (BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError,
            LookupError, IndexError, KeyError, ValueError, TypeError, AttributeError,
            NameError, RuntimeError, NotImplementedError, StopIteration, GeneratorExit,
            KeyboardInterrupt, SystemExit, ImportError, OSError, EOFError, AssertionError,
            MemoryError, SyntaxError, UnicodeError, RecursionError):
    e = cls()
    print(cls.__name__, type(e).__name__, e.args)
