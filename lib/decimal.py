# decimal: decimal floating point on Python ints (sign, coefficient,
# exponent), with CPython's public API: Decimal, Context, the signals.
# Specials keep their kind in the exponent slot: 'F' infinity, 'n' NaN,
# 'N' signalling NaN (the coefficient is then the NaN payload).

import math, re, numbers
from collections import namedtuple
from threading import local as _local

ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP = (
    'ROUND_DOWN ROUND_HALF_UP ROUND_HALF_EVEN ROUND_CEILING ROUND_FLOOR ROUND_UP ROUND_HALF_DOWN ROUND_05UP').split()
MAX_PREC = MAX_EMAX = 999999999999999999
MIN_EMIN = -MAX_EMAX
MIN_ETINY = MIN_EMIN - MAX_PREC + 1
HAVE_THREADS = True
HAVE_CONTEXTVAR = False


class DecimalException(ArithmeticError):
    pass
class Clamped(DecimalException):
    pass
class InvalidOperation(DecimalException):
    pass
class ConversionSyntax(InvalidOperation):
    pass
class DivisionByZero(DecimalException, ZeroDivisionError):
    pass
class DivisionImpossible(InvalidOperation):
    pass
class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass
class Inexact(DecimalException):
    pass
class InvalidContext(InvalidOperation):
    pass
class Rounded(DecimalException):
    pass
class Subnormal(DecimalException):
    pass
class Overflow(Inexact, Rounded):
    pass
class Underflow(Inexact, Rounded, Subnormal):
    pass
class FloatOperation(DecimalException, TypeError):
    pass

_SIGNALS = [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal, Inexact,
            Rounded, Clamped]
DecimalTuple = namedtuple('DecimalTuple', 'sign digits exponent')
_P = (1 << 61) - 1
_NN = ('n', 'N')
_NNF = ('n', 'N', 'F')
_NOCTX = 'is_nan is_qnan is_snan is_infinite is_finite is_zero is_signed copy_abs copy_negate ' \
    'canonical is_canonical'.split()


class Context:
    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None,
                 flags=None, traps=None):
        d = globals().get('DefaultContext')
        g = lambda v, n, z: v if v is not None else (getattr(d, n) if d else z)
        self.prec = g(prec, 'prec', 28)
        self.rounding = g(rounding, 'rounding', ROUND_HALF_EVEN)
        self.Emin = g(Emin, 'Emin', -999999)
        self.Emax = g(Emax, 'Emax', 999999)
        self.capitals = g(capitals, 'capitals', 1)
        self.clamp = g(clamp, 'clamp', 0)
        self.flags = self._sd(flags, {})
        self.traps = self._sd(traps, d.traps if d else [InvalidOperation, DivisionByZero, Overflow])

    def _sd(self, v, default):
        if v is None:
            v = default
        if isinstance(v, dict):
            return {s: bool(v.get(s)) for s in _SIGNALS}
        return {s: s in v for s in _SIGNALS}

    def __repr__(self):
        f = lambda m: '[' + ', '.join(s.__name__ for s in _SIGNALS if m[s]) + ']'
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=%s, traps=%s)'
                % (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp, f(self.flags),
                   f(self.traps)))

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                       self.flags, self.traps)
    __copy__ = copy

    def clear_flags(self):
        for s in _SIGNALS:
            self.flags[s] = False

    def clear_traps(self):
        for s in _SIGNALS:
            self.traps[s] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _raise(self, sig, cond=None):
        self.flags[sig] = True
        if self.traps[sig]:
            raise sig([cond or sig])

    def create_decimal(self, v='0'):
        d = Decimal(v, self)
        if isinstance(v, str) and v.strip() != v:
            return self._raise(InvalidOperation, ConversionSyntax) or _NaN
        if d._x in _NN and len(str(d._c)) > self.prec - self.clamp:
            return self._raise(InvalidOperation, ConversionSyntax) or _NaN
        return d if d._x in _NNF else self._fix(d._s, d._c, d._x)

    def create_decimal_from_float(self, f):
        return self.create_decimal(Decimal.from_float(f))

    def _fix(self, s, c, e, mode=None):
        # round (s, c, e) to this context: precision, exponent range, clamping
        p, emin, emax = self.prec, self.Emin, self.Emax
        tiny, top = emin - p + 1, emax - p + 1
        if c == 0:
            e2 = min(max(e, tiny), top if self.clamp else emax)
            if e2 != e:
                self._raise(Clamped)
            return _mk(s, 0, e2)
        n = len(str(c))
        sub = e + n - 1 < emin
        t = max(e + n - p, tiny)
        sig = []
        if t > e:
            c, inex = _round(c, t - e, mode or self.rounding, s)
            e = t
            if len(str(c)) > p:
                c //= 10
                e += 1
            if sub:
                sig = [Underflow, Subnormal, Inexact, Rounded] if inex else [Subnormal, Rounded]
                if inex and not c:
                    sig.append(Clamped)
            else:
                sig = [Inexact, Rounded] if inex else [Rounded]
        elif sub:
            sig = [Subnormal]
        if c and e + len(str(c)) - 1 > emax:
            for x in (Overflow, Inexact, Rounded):
                self._raise(x)
            m = mode or self.rounding
            if m in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or \
                    m == (ROUND_FLOOR if s else ROUND_CEILING):
                return _mk(s, 0, 'F')
            return _mk(s, 10 ** p - 1, top)
        if self.clamp and c and e > top:
            c *= 10 ** (e - top)
            e = top
            sig.append(Clamped)
        for x in sig:
            self._raise(x)
        return _mk(s, c, e)

    def __getattr__(self, n):
        # Context.add(a, b) & co.: the Decimal operation, done in this context
        m = _CTXOPS.get(n, n)
        if n[0] == '_' or not hasattr(Decimal, m):
            raise AttributeError(n)
        f = getattr(Decimal, m)

        def op(a, *b, **kw):
            a = [_conv(x, True) for x in (a,) + b]
            return f(*a) if m in _NOCTX else f(*a, context=self, **kw)
        return op



_CTXOPS = {'add': '__add__', 'subtract': '__sub__', 'multiply': '__mul__', 'divide': '__truediv__',
           'divide_int': '__floordiv__', 'remainder': '__mod__', 'divmod': '__divmod__', 'power': '__pow__',
           'abs': '__abs__', 'minus': '__neg__', 'plus': '__pos__', 'to_integral': 'to_integral_value'}


def _grp(ip):
    # digits grouped by threes with commas
    g = []
    while ip:
        g.insert(0, ip[-3:])
        ip = ip[:-3]
    return ','.join(g)


def _round(c, k, mode, s):
    # drop k digits of c under `mode`: (new coefficient, inexact?)
    q, r = divmod(c, 10 ** k)
    if not r:
        return q, False
    h = 5 * 10 ** (k - 1)
    if mode == ROUND_HALF_EVEN:
        up = r > h or r == h and q & 1
    elif mode == ROUND_HALF_UP:
        up = r >= h
    elif mode == ROUND_HALF_DOWN:
        up = r > h
    elif mode == ROUND_UP:
        up = 1
    elif mode == ROUND_CEILING:
        up = not s
    elif mode == ROUND_FLOOR:
        up = s
    elif mode == ROUND_05UP:
        up = q % 5 == 0
    else:
        up = 0
    return q + bool(up), True


_tls = _local()


def getcontext():
    try:
        return _tls.ctx
    except AttributeError:
        _tls.ctx = c = DefaultContext.copy()
        return c


def setcontext(c):
    if c in (DefaultContext, BasicContext, ExtendedContext):
        c = c.copy()
        c.clear_flags()
    _tls.ctx = c


class _LocalCtx:
    def __init__(self, c, kw):
        self.new = (c or getcontext()).copy()
        for k, v in kw.items():
            if not hasattr(self.new, k) or k in ('flags', 'traps'):
                if k not in ('flags', 'traps'):
                    raise TypeError("'%s' is an invalid keyword argument for this function" % k)
                v = self.new._sd(v, {})
            setattr(self.new, k, v)

    def __enter__(self):
        self.old = getcontext()
        setcontext(self.new)
        return self.new

    def __exit__(self, *a):
        setcontext(self.old)


def localcontext(ctx=None, **kw):
    return _LocalCtx(ctx, kw)


def _mk(s, c, e):
    d = object.__new__(Decimal)
    d._s, d._c, d._x = s, c, e
    return d


def _conv(v, strict=False):
    if isinstance(v, Decimal):
        return v
    if isinstance(v, int):
        return Decimal(v)
    if strict:
        raise TypeError('conversion from %s to Decimal is not supported' % type(v).__name__)
    return NotImplemented


_NUM = re.compile(r'\s*([-+]?)(?:(\d*)(\.\d*)?(?:[eE]([-+]?\d+))?|(inf|infinity)|(s?nan)(\d*))\s*\Z', re.I)


def _ctx(c):
    return c if c is not None else getcontext()


def _binop(f):
    def op(self, other, context=None):
        o = _conv(other)
        if o is NotImplemented:
            return o
        return f(self, o, _ctx(context))
    return op


def _rbinop(f):
    def op(self, other, context=None):
        o = _conv(other)
        if o is NotImplemented:
            return o
        return f(o, self, _ctx(context))
    return op


class Decimal:
    __slots__ = ('_s', '_c', '_x')

    def __new__(cls, value='0', context=None):
        self = object.__new__(cls)
        if isinstance(value, str):
            m = _NUM.match(value.replace('_', '') if '_' in value.strip('_') and '__' not in value else value)
            if not m or not (m.group(2) or len(m.group(3) or '') > 1 or m.group(5) or m.group(6)):
                _ctx(context)._raise(InvalidOperation, ConversionSyntax)
                value = _NaN
            else:
                sg, ip, fp, ex, inf, nan, pl = m.groups()
                self._s = sg == '-'
                if inf:
                    self._c, self._x = 0, 'F'
                elif nan:
                    self._c, self._x = int(pl or 0), 'N' if nan[0] in 'sS' else 'n'
                else:
                    fp = (fp or '.')[1:]
                    self._c = int(ip + fp)
                    self._x = int(ex or 0) - len(fp)
                return self
        if isinstance(value, Decimal):
            self._s, self._c, self._x = value._s, value._c, value._x
        elif isinstance(value, int):
            self._s, self._c, self._x = value < 0, abs(value), 0
        elif isinstance(value, float):
            _ctx(context)._raise(FloatOperation)
            d = Decimal.from_float(value)
            self._s, self._c, self._x = d._s, d._c, d._x
        elif isinstance(value, (tuple, list)):
            if len(value) != 3 or value[0] not in (0, 1):
                raise ValueError('argument must be a sequence of length 3')
            s, ds, e = value
            if not (e in ('F', 'n', 'N') or isinstance(e, int)) or \
                    not all(isinstance(x, int) and 0 <= x <= 9 for x in ds):
                raise ValueError('coefficient must be a tuple of digits')
            self._s, self._c, self._x = s, int(''.join(map(str, ds)) or 0), e
            if e == 'F':
                self._c = 0
        else:
            raise TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('argument must be int or float')
        s = math.copysign(1.0, f) < 0
        if f != f or f in (math.inf, -math.inf):
            d = _mk(s, 0, 'n' if f != f else 'F')
        else:
            n, den = abs(f).as_integer_ratio()
            k = den.bit_length() - 1
            d = _mk(s, n * 5 ** k, -k)
        return d if cls is Decimal else cls(d)

    # -- basic properties
    def _sp(self):
        return isinstance(self._x, str)

    def adjusted(self):
        return 0 if self._sp() else self._x + len(str(self._c)) - 1

    def as_tuple(self):
        return DecimalTuple(int(self._s), () if self._x in _NN and not self._c else
                            tuple(map(int, str(self._c))), self._x)

    def as_integer_ratio(self):
        if self._sp():
            raise (ValueError('cannot convert NaN to integer ratio') if self._x != 'F' else
                   OverflowError('cannot convert Infinity to integer ratio'))
        n, d = self._c, 1
        if self._x >= 0:
            n *= 10 ** self._x
        else:
            d = 10 ** -self._x
            g = math.gcd(n, d)
            n, d = n // g, d // g
        return (-n if self._s else n), d

    def is_nan(self):
        return self._x in ('n', 'N')

    def is_qnan(self):
        return self._x == 'n'

    def is_snan(self):
        return self._x == 'N'

    def is_infinite(self):
        return self._x == 'F'

    def is_finite(self):
        return not self._sp()

    def is_zero(self):
        return not self._sp() and not self._c

    def is_signed(self):
        return bool(self._s)

    def is_normal(self, context=None):
        return not self._sp() and self._c != 0 and self.adjusted() >= _ctx(context).Emin

    def is_subnormal(self, context=None):
        return not self._sp() and self._c != 0 and self.adjusted() < _ctx(context).Emin

    def copy_abs(self):
        return _mk(0, self._c, self._x)

    def copy_negate(self):
        return _mk(1 - self._s, self._c, self._x)

    def copy_sign(self, other, context=None):
        return _mk(_conv(other, True)._s, self._c, self._x)

    def conjugate(self):
        return self

    def canonical(self):
        return self

    def is_canonical(self):
        return True

    def radix(self):
        return Decimal(10)

    def number_class(self, context=None):
        if self._x in _NN:
            return 'sNaN' if self._x == 'N' else 'NaN'
        return '-+'[not self._s] + ('Infinity' if self._x == 'F' else 'Zero' if not self._c else
                                    'Subnormal' if self.is_subnormal(context) else 'Normal')

    def logb(self, context=None):
        ctx = _ctx(context)
        n = self._nans(None, ctx)
        if n is not None:
            return n
        if self._x == 'F':
            return _mk(0, 0, 'F')
        if not self._c:
            ctx._raise(DivisionByZero)
            return _mk(1, 0, 'F')
        a = self.adjusted()
        return ctx._fix(a < 0, abs(a), 0)

    def scaleb(self, other, context=None):
        o = _conv(other, True)
        ctx = _ctx(context)
        n = self._nans(o, ctx)
        if n is not None:
            return n
        if o._x != 0 or abs(o._c) > 2 * (ctx.Emax + ctx.prec):
            ctx._raise(InvalidOperation)
            return _NaN
        if self._x == 'F':
            return self
        return ctx._fix(self._s, self._c, self._x + (-o._c if o._s else o._c))
    real = property(lambda self: self)
    imag = property(lambda self: Decimal(0))

    # -- strings
    def __str__(self, eng=False, context=None):
        sg = '-' if self._s else ''
        x = self._x
        if x == 'F':
            return sg + 'Infinity'
        if x in _NN:
            return sg + ('sNaN' if x == 'N' else 'NaN') + (str(self._c) if self._c else '')
        d = str(self._c)
        lead = x + len(d)
        if x <= 0 and lead > -6:
            dot = lead
        elif not eng:
            dot = 1
        elif self._c:
            dot = (lead - 1) % 3 + 1
        else:
            dot = (lead + 1) % 3 - 1
        if dot <= 0:
            s = '0.' + '0' * -dot + d
        elif dot >= len(d):
            s = d + '0' * (dot - len(d))
        else:
            s = d[:dot] + '.' + d[dot:]
        if lead != dot:
            s += '%s%+d' % ('eE'[_ctx(context).capitals], lead - dot)
        return sg + s

    def to_eng_string(self, context=None):
        return self.__str__(True, context)

    def __repr__(self):
        return "Decimal('%s')" % self

    def __format__(self, spec, _ctx_=None):
        m = re.match(r'(?:(.)?([<>=^]))?([-+ ])?(z)?(0)?(\d*)(,)?(?:\.(\d+))?([eEfFgGn%])?\Z', spec, re.S)
        if not m:
            raise ValueError('invalid format string')
        fill, align, sign, z, zero, width, comma, prec, typ = m.groups()
        ctx = _ctx(_ctx_)
        p = None if prec is None else int(prec)
        d = self
        if typ == '%' and not d._sp():
            d = _mk(d._s, d._c, d._x + 2)
        neg = d._s
        if d._sp():
            body = str(d.copy_abs())
            if typ == '%':
                body += '%'
        else:
            if typ in ('e', 'E', 'g', 'G', 'n', None) and p is not None:
                pp = p + 1 if typ in ('e', 'E') else max(p, 1)
                n = len(str(d._c))
                if n > pp:
                    c, _ = _round(d._c, n - pp, ctx.rounding, d._s)
                    e = d._x + n - pp
                    if len(str(c)) > pp:
                        c, e = c // 10, e + 1
                    d = _mk(d._s, c, e)
                elif typ in ('e', 'E') and n < pp and d._c:
                    d = _mk(d._s, d._c * 10 ** (pp - n), d._x - pp + n)
            elif typ in ('f', 'F', '%') and p is not None:
                d = d._rescale(-p, ctx.rounding)
            ds = str(d._c)
            if typ in ('e', 'E') and p is not None and not d._c:
                ds *= p + 1
            lead = d._x + len(ds)
            if typ in ('e', 'E') or typ in ('g', 'G', 'n', None) and not (d._x <= 0 and lead > -6):
                dot = 1
            elif typ in ('f', 'F', '%') and d._x > 0:
                if d._c:
                    ds += '0' * d._x
                dot = lead = len(ds)
            else:
                dot = lead
            if dot <= 0:
                ip, fp = '0', '0' * -dot + ds
            elif dot >= len(ds):
                ip, fp = ds + '0' * (dot - len(ds)), ''
            else:
                ip, fp = ds[:dot], ds[dot:]
            if comma:
                ip = _grp(ip)
            body = ip + ('.' + fp if fp else '')
            if lead != dot or typ in ('e', 'E'):
                body += ('E' if typ in ('E', 'G') or typ is None and ctx.capitals else 'e') + '%+d' % (lead - dot)
            if typ == '%':
                body += '%'
            if z and not d._c:
                neg = 0
        sg = '-' if neg else ('' if sign in (None, '-') else sign)
        w = int(width or 0)
        if zero and not align:
            fill, align = ('0', '=') if not d._sp() else (' ', '>')
        fill = fill or ' '
        k = w - len(sg) - len(body)
        if k <= 0:
            return sg + body
        if align == '<':
            return sg + body + fill * k
        if align == '^':
            return fill * (k // 2) + sg + body + fill * (k - k // 2)
        if align == '=':
            if comma and fill == '0' and not d._sp():
                ip = ip.replace(',', '')
                rest = body[len(_grp(ip)):]
                while len(sg + _grp(ip) + rest) < w:
                    ip = '0' + ip
                return sg + _grp(ip) + rest
            return sg + fill * k + body
        return fill * k + sg + body

    # -- conversions
    def __bool__(self):
        return self._sp() or self._c != 0

    def _int(self):
        if self._sp():
            if self._x == 'F':
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')
        v = self._c * 10 ** self._x if self._x >= 0 else self._c // 10 ** -self._x
        return -v if self._s else v

    __int__ = __trunc__ = _int

    def __float__(self):
        if self._x in _NN:
            if self._x == 'N':
                raise ValueError('cannot convert signaling NaN to float')
            return -math.nan if self._s else math.nan
        return float(str(self))

    def __floor__(self):
        return self._toint(ROUND_FLOOR)

    def __ceil__(self):
        return self._toint(ROUND_CEILING)

    def _toint(self, mode):
        if self._sp():
            return self._int()
        return self._rescale(0, mode)._int() if self._x < 0 else self._int()

    def __round__(self, n=None):
        if n is None:
            return self._toint(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        return self.quantize(_mk(0, 1, -n))

    def __complex__(self):
        return complex(float(self))

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # -- comparison and hashing
    def _cmp(self, o):
        # -1, 0, 1 for finite-or-infinite self and o
        a = 0 if not self._c and self._x != 'F' else (-1 if self._s else 1)
        b = 0 if not o._c and o._x != 'F' else (-1 if o._s else 1)
        if a != b or not a:
            return (a > b) - (a < b)
        if self._x == 'F' or o._x == 'F':
            r = (self._x == 'F') - (o._x == 'F')
        else:
            r = self.adjusted() - o.adjusted()
            if not r:
                e = min(self._x, o._x)
                r = self._c * 10 ** (self._x - e) - o._c * 10 ** (o._x - e)
            r = (r > 0) - (r < 0)
        return -r if a < 0 else r

    def _other(self, o, order):
        # o as a Decimal for comparing, or a (num, den) pair, or None
        if isinstance(o, Decimal):
            return o
        if isinstance(o, int):
            return Decimal(o)
        if isinstance(o, float):
            if order:
                getcontext()._raise(FloatOperation)
            getcontext().flags[FloatOperation] = True
            return Decimal.from_float(o)
        if isinstance(o, complex) and not order and o.imag == 0:
            return Decimal.from_float(o.real)
        if isinstance(o, numbers.Rational):
            return (o.numerator, o.denominator)
        return None

    def _rel(self, o, order):
        v = self._other(o, order)
        if v is None:
            return NotImplemented
        if isinstance(v, tuple):
            if self._sp():
                v = Decimal(v[0])
            else:
                a = 0 if not self._c else (-1 if self._s else 1)
                b = (v[0] > 0) - (v[0] < 0)
                if a != b or not a:
                    return (a > b) - (a < b)
                k = self.adjusted()
                if k > len(str(abs(v[0]))) + 1 or k < -len(str(v[1])) - 1:
                    return a if k > 0 else -a
                n, d = self.as_integer_ratio()
                r = n * v[1] - v[0] * d
                return (r > 0) - (r < 0)
        if self._x in _NN or v._x in _NN:
            if order or self._x == 'N' or v._x == 'N':
                getcontext()._raise(InvalidOperation)
            return None
        return self._cmp(v)

    def __eq__(self, o):
        r = self._rel(o, False)
        return r if r is NotImplemented else r == 0

    def __ne__(self, o):
        r = self._rel(o, False)
        return r if r is NotImplemented else r != 0

    def __lt__(self, o):
        r = self._rel(o, True)
        return r if r is NotImplemented else r is not None and r < 0

    def __le__(self, o):
        r = self._rel(o, True)
        return r if r is NotImplemented else r is not None and r <= 0

    def __gt__(self, o):
        r = self._rel(o, True)
        return r if r is NotImplemented else r is not None and r > 0

    def __ge__(self, o):
        r = self._rel(o, True)
        return r if r is NotImplemented else r is not None and r >= 0

    def __hash__(self):
        if self._x == 'N':
            raise TypeError('Cannot hash a signaling NaN value.')
        if self._x == 'n':
            return object.__hash__(self)
        if self._x == 'F':
            return -314159 if self._s else 314159
        e = self._x
        h = self._c * (pow(10, e, _P) if e >= 0 else pow(pow(10, -e, _P), _P - 2, _P)) % _P
        h = -h if self._s else h
        return -2 if h == -1 else h

    def compare(self, other, context=None):
        o = _conv(other, True)
        n = self._nans(o, _ctx(context))
        return n if n is not None else Decimal(self._cmp(o))

    def compare_signal(self, other, context=None):
        o = _conv(other, True)
        ctx = _ctx(context)
        if self._x in _NN or o._x in _NN:
            ctx._raise(InvalidOperation)
            return _NaN
        return self.compare(o, ctx)

    def _nans(self, o, ctx):
        # the NaN result of an operation on self, o (None when neither is a NaN)
        for d in (self, o):
            if d is not None and d._x == 'N':
                ctx._raise(InvalidOperation)
                return _mk(d._s, d._c, 'n')
        for d in (self, o):
            if d is not None and d._x == 'n':
                return d
        return None

    def _minmax(self, other, context, big):
        o = _conv(other, True)
        ctx = _ctx(context)
        if self._x == 'N' or o._x == 'N' or self._x == 'n' and o._x == 'n':
            return self._nans(o, ctx)
        if self._x == 'n':
            r = o
        elif o._x == 'n':
            r = self
        else:
            c = self._cmp(o)
            if not c:
                c = (o._s - self._s) or ((self._x > o._x) - (self._x < o._x)) * (-1 if self._s else 1)
            r = self if not c or (c > 0) == big else o
        return +r if r._x == 'F' else ctx._fix(r._s, r._c, r._x)

    def max(self, other, context=None):
        return self._minmax(other, context, True)

    def min(self, other, context=None):
        return self._minmax(other, context, False)

    def same_quantum(self, other, context=None):
        o = _conv(other, True)
        if self._sp() or o._sp():
            return self._x == o._x or self._x in _NN and o._x in _NN
        return self._x == o._x

    # -- arithmetic
    def __pos__(self, context=None):
        ctx = _ctx(context)
        n = self._nans(None, ctx)
        if n is not None:
            return n
        if self._x == 'F':
            return self
        s = self._s if self._c else self._s and ctx.rounding == ROUND_FLOOR
        return ctx._fix(s, self._c, self._x)

    def __neg__(self, context=None):
        return self.copy_negate().__pos__(context) if self._c or self._sp() else \
            _mk(_ctx(context).rounding == ROUND_FLOOR, 0, self._x).__pos__(context)

    def __abs__(self, round=True, context=None):
        return (self.copy_negate() if self._s else self).__pos__(context) if round else self.copy_abs()

    def plus(self, context=None):
        return self.__pos__(context)

    def _add(a, b, ctx):
        n = a._nans(b, ctx)
        if n is not None:
            return n
        if a._x == 'F' or b._x == 'F':
            if a._x == b._x and a._s != b._s:
                ctx._raise(InvalidOperation)
                return _NaN
            return a if a._x == 'F' else b
        if not a._c or not b._c:
            e = min(a._x, b._x)
            if not a._c and not b._c:
                s = (a._s | b._s) if ctx.rounding == ROUND_FLOOR else (a._s & b._s)
                return ctx._fix(s, 0, e)
            z = a if a._c else b
            e = max(e, min(z._x, z.adjusted() - ctx.prec))
            return ctx._fix(z._s, z._c * 10 ** (z._x - e), e)
        if a.adjusted() < b.adjusted():
            a, b = b, a
        lim = min(a._x, a.adjusted() - ctx.prec - 2) - 1
        if b.adjusted() < lim:
            # b lies wholly below every digit that can survive rounding
            b = _mk(b._s, 1, lim)
        e = min(a._x, b._x)
        v = (-1 if a._s else 1) * a._c * 10 ** (a._x - e) + (-1 if b._s else 1) * b._c * 10 ** (b._x - e)
        if v == 0:
            return ctx._fix(ctx.rounding == ROUND_FLOOR, 0, e)
        return ctx._fix(v < 0, abs(v), e)

    def _sub(a, b, ctx):
        n = a._nans(b, ctx)
        return n if n is not None else a._add(b.copy_negate(), ctx)

    def _mul(a, b, ctx):
        n = a._nans(b, ctx)
        if n is not None:
            return n
        s = a._s ^ b._s
        if a._x == 'F' or b._x == 'F':
            if not a or not b:
                ctx._raise(InvalidOperation)
                return _NaN
            return _mk(s, 0, 'F')
        return ctx._fix(s, a._c * b._c, a._x + b._x)

    def _div(a, b, ctx):
        n = a._nans(b, ctx)
        if n is not None:
            return n
        s = a._s ^ b._s
        if a._x == 'F' or b._x == 'F':
            if a._x == b._x:
                ctx._raise(InvalidOperation)
                return _NaN
            if a._x == 'F':
                return _mk(s, 0, 'F')
            ctx._raise(Clamped)
            return _mk(s, 0, ctx.Etiny())
        if not b._c:
            if not a._c:
                ctx._raise(InvalidOperation, DivisionUndefined)
                return _NaN
            ctx._raise(DivisionByZero)
            return _mk(s, 0, 'F')
        ideal = a._x - b._x
        if not a._c:
            return ctx._fix(s, 0, ideal)
        k = ctx.prec + len(str(b._c)) - len(str(a._c)) + 1
        if k >= 0:
            q, r = divmod(a._c * 10 ** k, b._c)
        else:
            q, r = divmod(a._c, b._c * 10 ** -k)
        e = ideal - k
        if r:
            q, e = q * 10 + 1, e - 1
        else:
            while e < ideal and q % 10 == 0:
                q, e = q // 10, e + 1
        return ctx._fix(s, q, e)

    def _divmod(a, b, ctx):
        n = a._nans(b, ctx)
        if n is not None:
            return n, n
        s = a._s ^ b._s
        if a._x == 'F':
            ctx._raise(InvalidOperation)
            return (_NaN if b._x == 'F' else _mk(s, 0, 'F')), _NaN
        if b._x == 'F':
            return _mk(s, 0, 0), ctx._fix(a._s, a._c, a._x)
        if not b._c:
            if not a._c:
                ctx._raise(InvalidOperation, DivisionUndefined)
                return _NaN, _NaN
            ctx._raise(DivisionByZero)
            ctx._raise(InvalidOperation)
            return _mk(s, 0, 'F'), _NaN
        e = min(a._x, b._x)
        if a.copy_abs()._cmp(b.copy_abs()) < 0:
            return _mk(s, 0, 0), ctx._fix(a._s, a._c * 10 ** (a._x - e), e)
        if a.adjusted() - b.adjusted() > ctx.prec:
            ctx._raise(InvalidOperation, DivisionImpossible)
            return _NaN, _NaN
        q, r = divmod(a._c * 10 ** (a._x - e), b._c * 10 ** (b._x - e))
        if len(str(q)) > ctx.prec:
            ctx._raise(InvalidOperation, DivisionImpossible)
            return _NaN, _NaN
        return _mk(s, q, 0), ctx._fix(a._s, r, e)

    def _fdiv(a, b, ctx):
        if b._x != 'F' and not b._c and a._c and a._x not in _NN:
            ctx._raise(DivisionByZero)
            return _mk(a._s ^ b._s, 0, 'F')
        return a._divmod(b, ctx)[0]

    def _mod(a, b, ctx):
        if b._x != 'F' and not b._c and a._x not in _NN and (a._c or a._x == 'F'):
            ctx._raise(InvalidOperation)
            return _NaN
        return a._divmod(b, ctx)[1]

    __add__, __radd__ = _binop(_add), _rbinop(_add)
    __sub__, __rsub__ = _binop(_sub), _rbinop(_sub)
    __mul__, __rmul__ = _binop(_mul), _rbinop(_mul)
    __truediv__, __rtruediv__ = _binop(_div), _rbinop(_div)
    __floordiv__, __rfloordiv__ = _binop(_fdiv), _rbinop(_fdiv)
    __mod__, __rmod__ = _binop(_mod), _rbinop(_mod)
    __divmod__, __rdivmod__ = _binop(_divmod), _rbinop(_divmod)

    def fma(self, other, third, context=None):
        o, t = _conv(other, True), _conv(third, True)
        ctx = _ctx(context)
        if self._sp() or o._sp():
            p = self._mul(o, ctx)
        else:
            p = _mk(self._s ^ o._s, self._c * o._c, self._x + o._x)
        return p._add(t, ctx)

    def __pow__(self, other, modulo=None, context=None):
        o = _conv(other)
        if o is NotImplemented:
            return o
        ctx = _ctx(context)
        if modulo is not None:
            m = _conv(modulo, True)
            if any(d._sp() or d._x < 0 and d != d._toint(ROUND_DOWN) for d in (self, o, m)) or o._s or not m:
                ctx._raise(InvalidOperation)
                return _NaN
            v = pow(abs(self._int()), o._int(), abs(m._int()))
            return Decimal(-v if self._s and o._int() & 1 else v)
        return self._pow(o, ctx)

    def __rpow__(self, other, context=None):
        o = _conv(other)
        return o if o is NotImplemented else o._pow(self, _ctx(context))

    def _pow(a, b, ctx):
        n = a._nans(b, ctx)
        if n is not None:
            return n
        bint = b._x != 'F' and (b._x >= 0 or b._c % 10 ** -b._x == 0)
        odd = bint and b._int() & 1
        s = a._s and odd
        if not b and b._x != 'F':
            if not a and a._x != 'F':
                ctx._raise(InvalidOperation)
                return _NaN
            return ctx._fix(0, 1, 0)
        if a._s and a and not bint:
            ctx._raise(InvalidOperation)
            return _NaN
        if not a and a._x != 'F':
            return _mk(s, 0, 'F') if b._s else _mk(s, 0, 0)
        if a._x == 'F':
            return _mk(s, 0, 0) if b._s else _mk(s, 0, 'F')
        if b._x == 'F':
            c = a.copy_abs()._cmp(_ONE)
            if not c:
                return ctx._fix(0, 10 ** ctx.prec + 1, -ctx.prec - 1)
            return _mk(0, 0, 'F') if (c > 0) != b._s else _mk(0, 0, 0)
        if bint:
            k = abs(b._int())
            c, t = a._c, 0
            while c % 10 == 0:
                c, t = c // 10, t + 1
            if len(str(c)) * k < 4000:
                c **= k
                pad = min(t * k, max(ctx.prec - len(str(c)), 0))
                if pad < t * k:
                    ctx._raise(Rounded)
                d = _mk(s, c * 10 ** pad, (a._x + t) * k - pad)
                if not b._s:
                    return ctx._fix(d._s, d._c, d._x)
                return _ONE._div(d, ctx)
        w = ctx.copy()
        w.prec += 12 + len(str(abs(a.adjusted()) + 1)) + len(str(b.adjusted() + 2))
        w.Emax, w.Emin, w.traps = MAX_EMAX, MIN_EMIN, {x: False for x in _SIGNALS}
        r = b._mul(a.copy_abs().ln(w), w).exp(w)
        if r._x == 'F' or not r._c:
            return ctx._fix(s, 1, ctx.Emax + 9 if r._x == 'F' else ctx.Etiny() - 9)
        k = max(w.prec - len(str(r._c)), 0)
        return ctx._fix(s, r._c * 10 ** (k + 1) + 1, r._x - k - 1)

    def sqrt(self, context=None):
        ctx = _ctx(context)
        n = self._nans(None, ctx)
        if n is not None:
            return n
        if not self._c and self._x != 'F':
            return _mk(self._s, 0, self._x >> 1)
        if self._s:
            ctx._raise(InvalidOperation)
            return _NaN
        if self._x == 'F':
            return self
        c, e = self._c, self._x
        if e & 1:
            c, e = c * 10, e - 1
        k = max(ctx.prec + 1 - (len(str(c)) + 1) // 2, 0)
        c *= 100 ** k
        q = math.isqrt(c)
        e = e // 2 - k
        ideal = self._x >> 1
        if q * q != c:
            q, e = q * 10 + 1, e - 1
        else:
            while e < ideal and q % 10 == 0:
                q, e = q // 10, e + 1
        return ctx._fix(0, q, e, ROUND_HALF_EVEN)

    def _rescale(self, t, mode):
        if self._sp():
            return self
        if t <= self._x:
            return _mk(self._s, self._c * 10 ** (self._x - t), t)
        if t - self._x > len(str(self._c)) + 1:
            c = _round(1, 2, mode, self._s)[0] if self._c else 0
        else:
            c = _round(self._c, t - self._x, mode, self._s)[0]
        return _mk(self._s, c, t)

    def quantize(self, exp, rounding=None, context=None):
        q = _conv(exp, True)
        ctx = _ctx(context)
        n = self._nans(q, ctx)
        if n is not None:
            return n
        if self._x == 'F' or q._x == 'F':
            if self._x == q._x:
                return self
            ctx._raise(InvalidOperation)
            return _NaN
        t = q._x
        if not ctx.Etiny() <= t <= ctx.Emax or self._c and self.adjusted() - t + 1 > ctx.prec:
            ctx._raise(InvalidOperation)
            return _NaN
        r = self._rescale(t, rounding or ctx.rounding)
        if r._c and len(str(r._c)) > ctx.prec:
            ctx._raise(InvalidOperation)
            return _NaN
        if r._c and r.adjusted() < ctx.Emin:
            ctx._raise(Subnormal)
        if t > self._x:
            if r != self:
                ctx._raise(Inexact)
            ctx._raise(Rounded)
        return r

    def to_integral_value(self, rounding=None, context=None):
        ctx = _ctx(context)
        n = self._nans(None, ctx)
        if n is not None:
            return n
        return self if self._sp() or self._x >= 0 else self._rescale(0, rounding or ctx.rounding)
    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = _ctx(context)
        r = self.to_integral_value(rounding, ctx)
        if not self._sp() and self._x < 0:
            if r != self:
                ctx._raise(Inexact)
            ctx._raise(Rounded)
        return r

    def normalize(self, context=None):
        ctx = _ctx(context)
        n = self._nans(None, ctx)
        if n is not None:
            return n
        if self._x == 'F':
            return self
        r = ctx._fix(self._s, self._c, self._x)
        if r._x == 'F' or not r._c:
            return r if r._x == 'F' else _mk(r._s, 0, 0)
        c, e = r._c, r._x
        top = ctx.Etop() if ctx.clamp else ctx.Emax
        while c % 10 == 0 and e < top:
            c, e = c // 10, e + 1
        return _mk(r._s, c, e)

    # -- transcendental functions (round-half-even, last digit good in normal cases)
    def _tcheck(self, ctx, neg_ok):
        n = self._nans(None, ctx)
        if n is None and self._s and self and not neg_ok:
            ctx._raise(InvalidOperation)
            n = _NaN
        return n

    def exp(self, context=None):
        ctx = _ctx(context)
        n = self._tcheck(ctx, True)
        if n is not None:
            return n
        if self._x == 'F':
            return _mk(0, 0, 0) if self._s else self
        if not self._c:
            return _mk(0, 1, 0)
        p = ctx.prec
        if self.adjusted() < -p - 2:
            return ctx._fix(0, 10 ** (p + 3) + (-1 if self._s else 1), -p - 3, ROUND_HALF_EVEN)
        if self.adjusted() > 20:
            k = ctx.Emax + 9 if not self._s else ctx.Etiny() - 9
        else:
            k = int(float(self) / 2.302585092994046)
        if k > ctx.Emax + 2 or k < ctx.Etiny() - 2:
            return ctx._fix(0, 1, ctx.Emax + 9 if k > 0 else ctx.Etiny() - 9, ROUND_HALF_EVEN)
        w = p + 12 + len(str(abs(k)))
        S = 10 ** w
        X = self._c * 10 ** (w + self._x) if self._x + w >= 0 else self._c // 10 ** -(w + self._x)
        X = -X if self._s else X
        L = _lnfix(10, 0, w)
        k = (X + L // 2) // L
        y = _expfix(X - k * L, w)
        return ctx._fix(0, y * 10 + 1, k - w - 1, ROUND_HALF_EVEN)

    def _logf(self, ctx, base10):
        n = self._tcheck(ctx, False)
        if n is not None:
            return n
        if self._x == 'F':
            return self
        if not self._c:
            return _mk(1, 0, 'F')
        c, e = self._c, self._x
        while c % 10 == 0:
            c, e = c // 10, e + 1
        if c == 1 and (base10 or not e):
            return ctx._fix(e < 0, abs(e), 0)
        f = ctx.prec + 5
        while True:
            r = _lnfix(c, e, f)
            if base10:
                r = r * 10 ** f // _lnfix(10, 0, f)
            if len(str(abs(r))) >= ctx.prec + 4:
                break
            f += ctx.prec + 6 - len(str(abs(r)))
        return ctx._fix(r < 0, abs(r) * 10 + 1, -f - 1, ROUND_HALF_EVEN)

    def ln(self, context=None):
        return self._logf(_ctx(context), False)

    def log10(self, context=None):
        return self._logf(_ctx(context), True)


def _lnm(M, w):
    # ln(M / 10**w) * 10**w for M / 10**w in [1, 10]
    S = 10 ** w
    for _ in range(8):
        M = math.isqrt(M * S)
    z = (M - S) * S // (M + S)
    z2 = z * z // S
    t, tot, i = z, 0, 1
    while t:
        tot += t // i
        t = t * z2 // S
        i += 2
    return tot << 9


def _lnfix(c, e, f):
    # ln(c * 10**e) * 10**f, to about one unit (c > 0)
    n = len(str(c))
    k = e + n - 1
    w = f + 12 + len(str(abs(k)))
    S = 10 ** w
    r = _lnm(c * S // 10 ** (n - 1), w) + (k * _lnm(10 * S, w) if k else 0)
    return r // 10 ** (w - f)


def _expfix(X, w):
    # exp(X / 10**w) * 10**w for |X / 10**w| below about 2
    S = 10 ** w
    J = 8
    X >>= J
    t, tot, i = S, 0, 1
    while t:
        tot += t
        t = t * X // (S * i)
        i += 1
    for _ in range(J):
        tot = tot * tot // S
    return tot


_NaN = _mk(0, 0, 'n')
_ONE = _mk(0, 1, 0)
numbers.Number.register(Decimal)

DefaultContext = Context(28, ROUND_HALF_EVEN, -999999, 999999, 1, 0, [],
                         [DivisionByZero, Overflow, InvalidOperation])
BasicContext = Context(9, ROUND_HALF_UP, traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(9, ROUND_HALF_EVEN, traps=[])
