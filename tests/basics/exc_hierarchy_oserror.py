# OSError subclasses and aliases
names = ['BlockingIOError', 'ChildProcessError', 'ConnectionError', 'BrokenPipeError',
         'ConnectionAbortedError', 'ConnectionRefusedError', 'ConnectionResetError',
         'FileExistsError', 'FileNotFoundError', 'InterruptedError', 'IsADirectoryError',
         'NotADirectoryError', 'PermissionError', 'ProcessLookupError', 'TimeoutError']
import builtins
for n in names:
    cls = getattr(builtins, n)
    print(n, issubclass(cls, OSError), issubclass(cls, ConnectionError))
print(EnvironmentError is OSError, IOError is OSError)
try:
    raise ConnectionResetError
except OSError as e:
    print('caught as OSError', type(e).__name__)
