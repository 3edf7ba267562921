# warnings (frozen pure-Python module, lib/warnings.py): warn, filters, catch_warnings.
# The reported file/line of a warning is not printed: it needs frame
# introspection (sys._getframe) that this interpreter may not have.
import io
import sys
import warnings

print(warnings.formatwarning('msg', UserWarning, 'file.py', 12, 'x = 1  '))
print(repr(warnings.formatwarning('msg', DeprecationWarning, '<string>', 3, '')))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.warn('first')
    warnings.warn('second', DeprecationWarning)
    warnings.warn(RuntimeWarning('as instance'))
    warnings.warn('again', stacklevel=2)
print(len(log))
for w in log:
    print(w.category.__name__, str(w.message), type(w.message).__name__, isinstance(w.lineno, int))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('ignore')
    warnings.warn('ignored')
print(len(log))

with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('now an error', UserWarning)
    except UserWarning as e:
        print('raised', type(e).__name__, e)
    try:
        warnings.warn('dep', DeprecationWarning)
    except DeprecationWarning as e:
        print('raised', type(e).__name__, e)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', message='skip.*')
    warnings.filterwarnings('error', category=RuntimeWarning)
    warnings.warn('skip me')
    warnings.warn('Skip me too')
    warnings.warn('keep me')
    try:
        warnings.warn('boom', RuntimeWarning)
    except RuntimeWarning:
        print('RuntimeWarning raised')
print([str(w.message) for w in log])

# The default action shows a warning once per location.
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('default')
    for i in range(3):
        warnings.warn('looped')
print(len(log))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('once')
    for i in range(3):
        warnings.warn('once only')
    warnings.warn('different text')
print([str(w.message) for w in log])

# Shown on stderr, in CPython's "file:line: Category: message" form.
old = sys.stderr
sys.stderr = io.StringIO()
with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.warn('to stderr')
text = sys.stderr.getvalue()
sys.stderr = old
first = text.split('\n')[0]
print(first.endswith(': UserWarning: to stderr'), first.count(':') >= 3)

try:
    warnings.warn('bad', category=int)
except TypeError as e:
    print('TypeError')
try:
    warnings.simplefilter('sometimes')
except AssertionError as e:
    print('AssertionError', e)
n = len(warnings.filters)
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    print(len(warnings.filters) == n + 1)
print(len(warnings.filters) == n)
print(issubclass(DeprecationWarning, Warning), issubclass(UserWarning, Exception))

# --- more coverage ---
print(warnings.filters[:2])
shown = []


def my_show(message, category, filename, lineno, file=None, line=None):
    shown.append((str(message), category.__name__))


with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.showwarning = my_show
    warnings.warn('via hook')
    warnings.warn('dep via hook', DeprecationWarning)
print(shown, warnings.showwarning is not my_show)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('module')
    warnings.warn('mod a')
    warnings.warn('mod a')
    warnings.warn('mod b')
print([str(w.message) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    print(warnings.filters)
    warnings.simplefilter('ignore', UserWarning)
    warnings.simplefilter('always', Warning, append=True)
    warnings.warn('user ignored')
    warnings.warn('runtime shown', RuntimeWarning)
    warnings.simplefilter('ignore', UserWarning)
    print(len(warnings.filters), warnings.filters[0][0], warnings.filters[0][2].__name__)
print([str(w.message) for w in log])

with warnings.catch_warnings(record=True, action='error', category=FutureWarning):
    try:
        warnings.warn('future', FutureWarning)
    except FutureWarning as e:
        print('error via catch_warnings action', e)
    warnings.warn('plain user warning kept')

cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
with cw:
    try:
        with cw:
            pass
    except RuntimeError as e:
        print('RuntimeError', e)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.warn_explicit('explicit', SyntaxWarning, 'some.py', 42)
    warnings.warn_explicit(UserWarning('inst'), None, 'other.py', 7, module='mymod')
for w in log:
    print(w.category.__name__, w.message, w.filename, w.lineno)
s = str(log[0])
print(s[:s.index('filename')])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.filterwarnings('ignore', category=UserWarning, lineno=42)
    warnings.warn_explicit('line 42', UserWarning, 'x.py', 42)
    warnings.warn_explicit('line 43', UserWarning, 'x.py', 43)
    warnings.filterwarnings('ignore', module='skipmod')
    warnings.warn_explicit('mod skip', UserWarning, 'x.py', 1, module='skipmod.sub')
    warnings.warn_explicit('mod kept', UserWarning, 'x.py', 1, module='other')
print([str(w.message) for w in log])


class MyWarning(UserWarning):
    pass


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    warnings.filterwarnings('error', category=MyWarning)
    try:
        warnings.warn('mine', MyWarning)
    except MyWarning as e:
        print('MyWarning raised', e)
    warnings.warn('parent still recorded', UserWarning)
print(len(log))
for bad in ({'message': 3}, {'category': 'x'}, {'category': int}, {'lineno': -1}):
    try:
        warnings.filterwarnings('ignore', **bad)
    except AssertionError as e:
        print('AssertionError', e)
try:
    warnings.warn('x', category='notaclass')
except TypeError as e:
    print('TypeError', e)
print(repr(warnings.formatwarning(ValueError('obj'), RuntimeWarning, 'f.py', 3, '   code()   ')))
print(warnings.defaultaction, type(warnings.onceregistry).__name__)
