# Special methods of a Python mixin placed after a built-in base
# (class C(Exception, Mixin), C(list, Mixin)): the built-in base hides only
# what CPython's base.__dict__ holds (Exception has no __call__, __eq__ or
# __hash__ of its own, list no __str__), the rest comes from the mixin.
class Mixin:
    def __str__(self): return 'Mixin.str'
    def __repr__(self): return 'Mixin.repr'
    def __call__(self, *a): return ('Mixin.call', a)
    def __len__(self): return 7
    def __hash__(self): return 99
    def __eq__(self, o): return 'Mixin.eq'
    def __lt__(self, o): return 'Mixin.lt'
    def __iter__(self): return iter('xy')
    def __getitem__(self, k): return ('Mixin.gi', k)
    def __contains__(self, k): return True
    def __bool__(self): return False
    def __add__(self, o): return 'Mixin.add'
    def __neg__(self): return 'Mixin.neg'
    def __format__(self, s): return 'Mixin.fmt'
    def __reduce__(self): return 'Mixin.reduce'
    def __getattr__(self, n): return 'Mixin.ga ' + n
    def __init__(self, *a): self.inited = a
    def __setattr__(self, n, v): object.__setattr__(self, n, ('set', v))
    def __bytes__(self): return b'Mixin.bytes'
    def __int__(self): return 42
    def __index__(self): return 43
    def __float__(self): return 4.5
    def __enter__(self): return 'enter'
    def __exit__(self, *a): return True
def t(name, fn):
    try:
        r = fn()
    except Exception as e:
        r = 'E ' + type(e).__name__
    print(name, r)
for base in (Exception, list, dict, int, object, str, tuple, set, float, ValueError, bytes):
    print('---', base.__name__)
    try:
        C = type('C', (base, Mixin), {})
    except TypeError as e:
        print('TypeError', e); continue
    o = C()
    t('str', lambda: str(o))
    t('repr', lambda: repr(o))
    t('call', lambda: o(1))
    t('len', lambda: len(o))
    t('hash', lambda: hash(o))
    t('eq', lambda: o == 1)
    t('lt', lambda: o < 1)
    t('iter', lambda: list(o))
    t('gi', lambda: o[0])
    t('contains', lambda: 5 in o)
    t('bool', lambda: bool(o))
    t('add', lambda: o + 1)
    t('neg', lambda: -o)
    t('fmt', lambda: format(o, 'x'))
    t('ga', lambda: o.zzz)
    t('init', lambda: o.inited)
    t('bytes', lambda: bytes(o))
    if base not in (str, bytes):  # (int() parses these first here: not a class matter)
        t('int', lambda: int(o))
        t('index', lambda: [1, 2, 3, 4][o])
    t('float', lambda: float(o))
    def w():
        with o as x: return x
    t('with', w)
