# the built-in exception hierarchy
pairs = [
    (Exception, BaseException), (SystemExit, BaseException), (KeyboardInterrupt, BaseException),
    (GeneratorExit, BaseException), (ArithmeticError, Exception), (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError), (LookupError, Exception), (IndexError, LookupError),
    (KeyError, LookupError), (ValueError, Exception), (UnicodeError, ValueError),
    (TypeError, Exception), (AttributeError, Exception), (NameError, Exception),
    (UnboundLocalError, NameError), (RuntimeError, Exception), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (StopIteration, Exception), (StopAsyncIteration, Exception),
    (ImportError, Exception), (ModuleNotFoundError, ImportError), (OSError, Exception),
    (EOFError, Exception), (AssertionError, Exception), (MemoryError, Exception),
    (SyntaxError, Exception), (IndentationError, SyntaxError), (Exception, object),
]
for sub, base in pairs:
    print(sub.__name__, base.__name__, issubclass(sub, base))
print(issubclass(SystemExit, Exception), issubclass(KeyboardInterrupt, Exception))
print(issubclass(GeneratorExit, Exception), issubclass(StopIteration, LookupError))
