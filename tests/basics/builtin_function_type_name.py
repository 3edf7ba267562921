# built-in functions and methods share one type, builtin_function_or_method
print(type(len).__name__, type(print).__name__, type([].append).__name__, type('a'.join).__name__)
print(isinstance(len, type(print)), type(len) is type(sorted), type(len) is type([].append))
def f():
    pass
print(type(f).__name__, type(f) is type(len))
