# os.environ.clear() (a MutableMapping method) empties the process environment
import os
os.environ['S6C_A'] = '1'
saved = dict(os.environ)
os.environ.clear()
print(len(os.environ), 'S6C_A' in os.environ, os.getenv('S6C_A'), dict(os.environ))
os.environ.update(saved)
print(os.environ['S6C_A'], len(os.environ) == len(saved))
