# function objects: __name__, call, first-class use
def my_function():
    return 1
print(my_function.__name__)
f = my_function
print(f.__name__, f(), f is my_function, callable(f))
def outer():
    def inner_fn():
        pass
    return inner_fn
print(outer().__name__)
funcs = {'a': len, 'b': my_function}
print(funcs['a']('xyz'), funcs['b']())
print(type(my_function).__name__)
