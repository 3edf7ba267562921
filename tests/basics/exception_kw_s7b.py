# Keyword arguments to a user exception class without its own __init__: refused
# (BaseException.__init__), but for ImportError/AttributeError/NameError's own keywords.
class E(Exception): pass
class IE(ImportError): pass
class AE(AttributeError): pass
class NE(NameError): pass
class KE(KeyError):
    def __init__(self, *a, **kw):
        super().__init__(*a)
        self.kw = kw
for f in (lambda: E(a=1), lambda: E('x', code=5), lambda: IE('m', name='n', path='p'), lambda: AE('m', name='n', obj=3),
          lambda: NE('m', name='nm'), lambda: IE('m', bad=1), lambda: KE('k', extra=1), lambda: E()):
    try:
        e = f()
        print(type(e).__name__, e.args, getattr(e, 'name', None), getattr(e, 'path', None), getattr(e, 'obj', None), getattr(e, 'kw', None))
    except TypeError as x:
        print('TypeError', x)
