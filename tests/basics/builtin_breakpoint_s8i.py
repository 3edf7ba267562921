# breakpoint() calls sys.breakpointhook; the default one follows $PYTHONBREAKPOINT.
import sys, os, warnings
def myhook(*a, **k):
    print('hook', a, sorted(k.items()))
    return 'ret'
print(sys.breakpointhook is sys.__breakpointhook__)
sys.breakpointhook = myhook
print(breakpoint(1, 2, x=3))
sys.breakpointhook = lambda: None
try:
    breakpoint(1)
except TypeError:
    print('TypeError')
sys.breakpointhook = sys.__breakpointhook__
os.environ['PYTHONBREAKPOINT'] = 'int'
print(breakpoint('7'))
os.environ['PYTHONBREAKPOINT'] = 'os.path.join'
print(breakpoint('a', 'b'))
os.environ['PYTHONBREAKPOINT'] = '0'
print(breakpoint())
for bad in ('.', '..', '.foo', 'foo.', '.int', 'int.', '.foo.bar', '..foo.bar', '/./',
            'nosuchbuiltin', 'nosuchmodule.nosuchcallable'):
    os.environ['PYTHONBREAKPOINT'] = bad
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        r = breakpoint()
    print(repr(bad), r, [(x.category.__name__, str(x.message)) for x in w])
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print('RuntimeError', e)
