# unittest.mock, compact. Each mock gets its own subclass (magic methods can
# be set per instance); a call is recorded up the chain of parents. Internal
# state lives in __dict__ under _m_ names.
import sys
from contextlib import ExitStack


class _Sent:
    def __init__(s, n):
        s.name = n

    __repr__ = lambda s: 'sentinel.' + s.name


class _Sents:
    def __getattr__(s, n):
        if n[:2] == '__':
            raise AttributeError(n)
        return s.__dict__.setdefault(n, _Sent(n))


sentinel = _Sents()
DEFAULT = sentinel.DEFAULT


class _Any:
    __eq__ = lambda s, o: True
    __ne__ = lambda s, o: False
    __repr__ = lambda s: '<ANY>'


ANY = _Any()


def _fa(n, a, k):
    return '%s(%s)' % (n, ', '.join([repr(x) for x in a] + ['%s=%r' % i for i in k.items()]))


def _exc(e):
    return isinstance(e, BaseException) or isinstance(e, type) and issubclass(e, BaseException)


class _Call(tuple):
    # (args, kwargs) for call_args, (name, args, kwargs) for mock_calls;
    # `call.a.b` (not yet called) builds names.
    def __new__(c, v, done=1):
        t = tuple.__new__(c, v)
        t._d = done
        return t

    args = property(lambda s: s[-2])
    kwargs = property(lambda s: s[-1])
    _nm = lambda s: s[0] if len(s) > 2 else ''
    _b = lambda s: s._nm() + '()' * s._d

    def __getattr__(s, n):
        if n[:2] == '__':
            raise AttributeError(n)
        return _Call(((s._b() + '.' + n).lstrip('.'), (), {}), 0)

    def __call__(s, *a, **k):
        return _Call((s._b(), a, k))

    def __eq__(s, o):
        try:
            o = tuple(o)
        except TypeError:
            return NotImplemented
        n = s._nm()
        return not (n and o[0] != n) and o[-2:] == s[-2:]

    __ne__ = lambda s, o: not s == o
    __hash__ = None

    def __repr__(s):
        n = s._nm()
        n = 'call' + ('' if n[:1] in '(' else '.') + n
        return _fa(n, *s[-2:]) if s._d else n


call = _Call(('', (), {}), 0)


def _ism(v):
    return isinstance(v, NonCallableMock)


def _adopt(parent, v, new_name, name):
    # A mock without a name or parent set as an attribute or return value
    # becomes that child (its calls are recorded up the chain), unless that
    # would make a cycle (h.__enter__.return_value = h), as CPython.
    if not _ism(v) or v._m_p is not None or v._m_n is not None:
        return
    p = parent
    while p is not None:
        if p is v:
            return
        p = p._m_p
    v.__dict__.update(_m_p=parent, _m_nn=new_name, _m_n=name)


class NonCallableMock:
    _m_kid = None
    _m_sig = _m_auto = None  # (autospec: the call check; the object specced)

    def __new__(c, *a, **k):
        return object.__new__(type(c.__name__, (c,), {}))

    def __init__(s, spec=None, wraps=None, name=None, spec_set=None, parent=None, _new_name='',
                 side_effect=None, return_value=DEFAULT, **kw):
        s.__dict__.update(_m_p=parent, _m_nn=_new_name, _m_n=name, _m_w=wraps, _m_c={},
                          _m_rv=return_value)
        s.mock_add_spec(spec_set if spec is None else spec, spec_set is not None)
        s.reset_mock()
        s.side_effect = side_effect
        s.configure_mock(**kw)

    def mock_add_spec(s, spec, spec_set=False):
        c = n = None
        if spec is not None:
            n = spec
            if not isinstance(spec, list):
                c = spec if isinstance(spec, type) else type(spec)
                n = dir(spec)
        s.__dict__.update(_m_sc=c, _m_sm=n, _m_ss=spec_set)

    __class__ = property(lambda s: s._m_sc or type(s))

    def __repr__(s):
        # the full name, as CPython's: the root's name (else 'mock'), then
        # the path down ('()' for a return value)
        path = []
        o = s
        while o._m_p is not None:
            path.append(o._m_nn)
            o = o._m_p
        n = o._m_n or 'mock'
        for p in reversed(path):
            n += p if p == '()' else '.' + p
        return "<%s%s id='%d'>" % (type(s).__name__, '' if n == 'mock' else ' name=%r' % n, id(s))

    def _kid(s, n, **kw):
        return (s._m_kid or type(s).__mro__[1])(parent=s, _new_name=n, name=None if n == '()' else n, **kw)

    def __getattr__(s, n):
        m = s._m_sm
        c = s._m_c.get(n)
        if c is None:
            if n[:3] == '_m_' or n[:2] == n[-2:] == '__' or m is not None and n not in m:
                raise AttributeError("Mock object has no attribute %r" % n if m is not None else n)
            a = s._m_auto
            if a is not None:
                c = create_autospec(getattr(a, n), s._m_ss, _parent=s, _name=n, _skip_first=_is_method(a, n))
            else:
                w = s._m_w
                c = s._kid(n, wraps=None if w is None else getattr(w, n))
            s._m_c[n] = c
        return c

    def __setattr__(s, n, v):
        if s._m_ss and n not in s._m_sm and n not in s.__dict__ and not hasattr(type(s), n):
            raise AttributeError("Mock object has no attribute '%s'" % n)
        if n in _MAGIC:
            # on a class of this mock's own, as CPython: other mocks keep theirs
            t = type(s)
            if '_m_own' not in t.__dict__:
                t = type(t.__name__, (t,), {'_m_own': 1})
                object.__setattr__(s, '__class__', t)
            if not _ism(v):
                return setattr(t, n, v)
            setattr(t, n, _Magic(n))
        elif n in ('return_value', 'side_effect') or not _ism(v):
            return object.__setattr__(s, n, v)
        _adopt(s, v, n, n)
        s._m_c[n] = v

    @property
    def return_value(s):
        r = s._m_rv
        if r is DEFAULT:
            r = s.__dict__['_m_rv'] = s._kid('()')
        return r

    @return_value.setter
    def return_value(s, v):
        _adopt(s, v, '()', None)
        s.__dict__['_m_rv'] = v

    @property
    def side_effect(s):
        return s._m_se

    @side_effect.setter
    def side_effect(s, v):
        if v is not None and not _exc(v) and not callable(v):
            v = iter(v)
        s.__dict__['_m_se'] = v

    def reset_mock(s, return_value=False, side_effect=False, _seen=()):
        s.__dict__.update(called=False, call_count=0, call_args=None, call_args_list=[],
                          mock_calls=[], method_calls=[], await_count=0, await_args=None)
        if return_value:
            s.return_value = DEFAULT
        if side_effect:
            s.side_effect = None
        _seen += (id(s),)
        for c in list(s._m_c.values()) + [s._m_rv]:
            if _ism(c) and id(c) not in _seen:
                c.reset_mock(return_value, side_effect, _seen)

    def configure_mock(s, **kw):
        for n, v in kw.items():
            o = s
            *p, n = n.split('.')
            for x in p:
                o = getattr(o, x)
            setattr(o, n, v)

    def attach_mock(s, m, n):
        m.__dict__.update(_m_p=None, _m_n=None)
        setattr(s, n, m)

    def _err(s, m, *a):
        raise AssertionError(m.replace('@', s._m_n or 'mock') % a)

    def _cnt(s, what):
        s._err("Expected '@' to " + what + '%s', s.call_count, '\nCalls: %r.' % s.mock_calls if s.mock_calls else '')

    def assert_not_called(s):
        if s.call_count:
            s._cnt('not have been called. Called %s times.')

    def assert_called(s):
        if not s.call_count:
            s._err("Expected '@' to have been called.")

    def assert_called_once(s):
        if s.call_count != 1:
            s._cnt('have been called once. Called %s times.')

    def assert_called_with(s, *a, **k):
        if s.call_args != (a, k):
            s._err('expected call not found.\nExpected: %s\n  Actual: %s', _fa(s._m_n or 'mock', a, k),
                   _fa(s._m_n or 'mock', *s.call_args) if s.call_args else 'not called.')

    def assert_called_once_with(s, *a, **k):
        if s.call_count != 1:
            s._cnt('be called once. Called %s times.')
        s.assert_called_with(*a, **k)

    def assert_any_call(s, *a, **k):
        if (a, k) not in s.call_args_list:
            s._err('%s call not found', _fa(s._m_n or 'mock', a, k))

    def assert_has_calls(s, calls, any_order=False):
        calls = list(calls)
        al = list(s.mock_calls)
        n = len(calls)
        if not any_order:
            if not any(al[i:i + n] == calls for i in range(len(al) - n + 1)):
                raise AssertionError('Calls not found.\nExpected: %r%s' % (calls, '\n  Actual: %r' % al if al else ''))
            return
        nf = []
        for c in calls:
            try:
                al.remove(c)
            except ValueError:
                nf.append(c)
        if nf:
            s._err("'@' does not contain all of %r in its call list, found %r instead", tuple(nf), al)


class Mock(NonCallableMock):
    _m_kid = None

    def __call__(s, *a, **k):
        if s._m_sig is not None:
            s._m_sig(a, k)  # (autospec: a call the real one would refuse is a TypeError)
        s._rec(a, k)
        return s._run(a, k)

    def _rec(s, a, k):
        c = _Call((a, k))
        s.called = True
        s.call_count += 1
        s.call_args = c
        s.call_args_list.append(c)
        s.mock_calls.append(_Call(('', a, k)))
        n = mn = s._m_nn
        p = s._m_p
        while p is not None:
            if mn and '(' not in mn and mn[:2] != '__':
                p.method_calls.append(_Call((mn, a, k)))
                mn = p._m_nn + '.' + mn
            p.mock_calls.append(_Call((n, a, k)))
            if p._m_nn:
                n = p._m_nn + ('' if n[0] == '(' else '.') + n
            p = p._m_p

    def _run(s, a, k):
        e = s._m_se
        if e is not None:
            if _exc(e):
                raise e
            r = e(*a, **k) if callable(e) else next(e)
            if _exc(r):
                raise r
            if r is not DEFAULT:
                return r
        if s._m_rv is DEFAULT and s._m_w is not None:
            return s._m_w(*a, **k)
        return s.return_value


_MAGIC = ['__%s__' % n for n in 'len contains exit aexit bool int float index complex lt gt le ge str iter enter '
          'getitem setitem delitem aenter neg pos abs invert round floor trunc ceil next'.split()]
_RV = dict(zip(_MAGIC, (0, False, False, False, True, 1, 1.0, 1, 1j) + (NotImplemented,) * 4))
# arithmetic, reflected and in place: a MagicMock gives a MagicMock
_MAGIC += ['__%s%s__' % (k, n) for n in 'add sub mul matmul truediv floordiv mod divmod pow lshift rshift and xor or'.split()
           for k in ('', 'r', 'i')]


class _Magic:
    def __init__(d, n):
        d.n = n

    def __get__(d, o, t=None):
        if o is None:
            return d
        n = d.n
        c = o._m_c.get(n)
        if c is None:
            c = o._m_c[n] = (AsyncMock if n in ('__aenter__', '__aexit__') else MagicMock)(parent=o, _new_name=n, name=n)
            c.return_value = object.__str__(o) if n == '__str__' else _RV.get(n, DEFAULT)
            if n == '__iter__':
                c.side_effect = lambda: iter([] if c._m_rv is DEFAULT else c._m_rv)
        return c


class MagicMock(Mock):
    pass


class NonCallableMagicMock(NonCallableMock):
    _m_kid = MagicMock


for _n in _MAGIC:
    setattr(MagicMock, _n, _Magic(_n))
    setattr(NonCallableMagicMock, _n, _Magic(_n))
NonCallableMock._m_kid = Mock


class PropertyMock(Mock):
    _m_kid = MagicMock
    __get__ = lambda s, o, t=None: s()
    __set__ = lambda s, o, v: s(v)


class AsyncMock(MagicMock):
    def __call__(s, *a, **k):
        s._rec(a, k)

        async def run():
            s.await_count += 1
            s.await_args = _Call((a, k))
            r = s._run(a, k)
            return await r if hasattr(r, '__await__') else r
        return run()

    def assert_awaited(s):
        if not s.await_count:
            s._err('Expected @ to have been awaited.')

    def assert_awaited_once(s):
        if s.await_count != 1:
            s._err('Expected @ to have been awaited once. Awaited %s times.', s.await_count)

    def assert_awaited_with(s, *a, **k):
        if s.await_args != (a, k):
            s._err('expected await not found.\nExpected: %s\n  Actual: %s', _fa(s._m_n or 'mock', a, k),
                   _fa(s._m_n or 'mock', *s.call_args))


def _is_method(spec, n):
    # A plain function of a class: called through the mock, its self is not
    # given (a static or class method, or one of an instance, has none).
    if isinstance(spec, type):
        for k in spec.__mro__:
            if n in k.__dict__:
                v = k.__dict__[n]
                return not isinstance(v, (staticmethod, classmethod)) and type(v) is type(_is_method)
    return False


def _signature_check(spec, skip_first):
    import inspect
    try:
        sig = inspect.signature(spec)
    except (TypeError, ValueError):
        return None  # (built-ins without a signature: not checked)
    if skip_first:
        return lambda a, k: sig.bind(None, *a, **k)
    return lambda a, k: sig.bind(*a, **k)


def create_autospec(spec, spec_set=False, instance=False, _parent=None, _name=None, _skip_first=False, **k):
    # As CPython's: the mock has spec's attributes only, each specced in
    # turn when reached; calls are checked against the real signatures.
    is_type = isinstance(spec, type)
    if _parent is not None:
        k.update(parent=_parent, _new_name=_name, name=_name)
    callable_ = callable(spec) and not (is_type and instance and
                                        not any('__call__' in c.__dict__ for c in spec.__mro__[:-1]))
    m = (MagicMock if callable_ else NonCallableMagicMock)(spec=spec, spec_set=spec if spec_set else None, **k)
    m.__dict__['_m_auto'] = spec
    if callable_:
        m.__dict__['_m_sig'] = _signature_check(spec.__call__ if is_type and instance else spec,
                                                _skip_first or is_type and instance)
    if is_type and not instance:
        m.return_value = create_autospec(spec, spec_set, instance=True)
    elif type(spec) is type(_is_method) and not _skip_first:
        # A function set on a class binds as one: K().meth(5) is
        # recorded as call(<K object>, 5).
        type(m).__get__ = lambda s, o, t=None: s if o is None else lambda *a, **kw: s(o, *a, **kw)
    return m


def mock_open(mock=None, read_data=''):
    import io

    def reset(*a, **k):
        f = (io.StringIO if read_data[:0] == '' else io.BytesIO)(read_data)
        for n in ('read', 'readline', 'readlines'):
            getattr(h, n).side_effect = getattr(f, n)
        h.__iter__.side_effect = lambda: iter(f)
        return DEFAULT

    if mock is None:
        mock = MagicMock(name='open', spec=open)
    h = MagicMock()
    h.__enter__.return_value = h
    h.write.return_value = None
    reset()
    mock.side_effect = reset
    mock.return_value = h
    return mock


def _get(t):
    def imp():
        p = t.split('.')
        o = __import__(p[0])
        for i in range(1, len(p)):
            try:
                o = getattr(o, p[i])
            except AttributeError:
                __import__('.'.join(p[:i + 1]))
                o = sys.modules['.'.join(p[:i + 1])]
        return o
    return imp if isinstance(t, str) else lambda: t


_active = []


class _Deco:
    # A decorated function gets the new object as an extra argument (_how).
    _how = 0

    def __call__(s, f):
        if isinstance(f, type):
            for n in dir(f):
                if n.startswith(patch.TEST_PREFIX) and callable(getattr(f, n)):
                    setattr(f, n, s(getattr(f, n)))
            return f
        if hasattr(f, 'patchings'):
            f.patchings.append(s)
            return f

        def w(*a, **k):
            with ExitStack() as st:
                for p in w.patchings:
                    r = st.enter_context(p)
                    if p._how:
                        a += (r,)
                return f(*a, **k)
        w.patchings = [s]
        w.__name__ = f.__name__
        return w

    def start(s):
        r = s.__enter__()
        _active.append(s)
        return r

    def stop(s):
        if s in _active:
            _active.remove(s)
        return s.__exit__()


class _patch(_Deco):
    def __init__(s, get, attr, new=DEFAULT, spec=None, create=False, spec_set=None, autospec=None,
                 new_callable=None, **kw):
        s.get, s.attr, s.new, s.create, s.nc, s.kw, s.auto = get, attr, new, create, new_callable, kw, autospec
        s._how = new is DEFAULT
        kw.update(spec=spec, spec_set=spec_set)

    def __enter__(s):
        t = s.t = s.get()
        n = s.attr
        o = s.orig = getattr(t, n, DEFAULT)
        if o is DEFAULT and isinstance(t, type(sys)) and n in vars(__import__('builtins')):
            s.create = True  # a module may shadow a builtin, as in CPython
        if o is DEFAULT and not s.create:
            raise AttributeError('%s does not have the attribute %r' % (t, n))
        try:
            s.local = n in vars(t)
        except TypeError:
            s.local = 1
        new = s.new
        if s.auto is not None:
            new = create_autospec(o if s.auto is True else s.auto, s.kw.get('spec_set'), name=n)
        elif new is DEFAULT:
            kw = {k: o if v is True else v for k, v in s.kw.items() if v is not None}
            if s.nc is None:
                kw['name'] = n
            new = (s.nc or MagicMock)(**kw)
        setattr(t, n, new)
        return new

    def __exit__(s, *e):
        t, n = s.t, s.attr
        if s.local and s.orig is not DEFAULT:
            setattr(t, n, s.orig)
        else:
            delattr(t, n)
            if not s.create and not hasattr(t, n):
                setattr(t, n, s.orig)


def patch(target, *a, **k):
    p = target.rpartition('.')
    return _patch(_get(p[0]), p[2], *a, **k)


class _dict(_Deco):
    def __init__(s, d, values=(), clear=False, **kw):
        s.get, s.v, s.c = _get(d), dict(values, **kw), clear

    def __enter__(s):
        d = s.d = s.get()
        s.o = dict(d)
        if s.c:
            _clear(d)
        d.update(s.v)
        return d

    def __exit__(s, *e):
        _clear(s.d)
        s.d.update(s.o)


def _clear(d):
    for k in list(d):
        del d[k]


def _stopall():
    for p in _active[::-1]:
        p.stop()


patch.object = lambda target, attribute, *a, **k: _patch(lambda: target, attribute, *a, **k)
patch.dict = _dict
patch.stopall = _stopall
patch.TEST_PREFIX = 'test'
