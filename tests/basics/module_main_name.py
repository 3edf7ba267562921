# the __main__ module's names
print(__name__)
if __name__ == '__main__':
    print('run as script')
import sys
m = sys.modules['__main__']
print(m.__name__, hasattr(m, 'sys'), 'm' in dir(m))
x_global = 5
print(m.x_global, globals()['x_global'], globals() is vars(m))
