# __name__ of classes, functions, methods, builtins and modules
import sys
class MyClass:
    def my_method(self):
        pass
def my_func():
    pass
print(MyClass.__name__, my_func.__name__, MyClass.my_method.__name__)
print(MyClass().my_method.__name__)
print(int.__name__, str.__name__, type.__name__, object.__name__, len.__name__)
print(ValueError.__name__, sys.__name__, __name__)
print(type(None).__name__, type(...).__name__, type(print).__name__ == type(len).__name__)
