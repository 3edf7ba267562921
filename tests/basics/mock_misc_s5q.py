# unittest.mock: spec/spec_set, wraps, reset/configure/attach, mock_open,
# PropertyMock, AsyncMock, NonCallableMock, create_autospec.
import asyncio
from unittest.mock import (Mock, MagicMock, NonCallableMock, NonCallableMagicMock, PropertyMock,
                           AsyncMock, call, patch, mock_open, create_autospec, sentinel, DEFAULT)


class Spec:
    x = 1

    def meth(self):
        pass


m = Mock(spec=Spec)
print(isinstance(m, Spec), m.meth() is not None)
try:
    m.other
except AttributeError as e:
    print('AE', e)
m.other = 5
print(m.other)
m = Mock(spec=['a', 'b'])
m.a
try:
    m.c
except AttributeError as e:
    print('AE', e)
m = Mock(spec_set=Spec)
try:
    m.nope = 1
except AttributeError as e:
    print('AE', e)
m.x = 3
print(m.x)

w = Mock(wraps=lambda a: a + 1)
print(w(1), w.call_args)


class Real:
    def f(self, v):
        return v * 10


rw = Mock(wraps=Real())
print(rw.f(2), rw.f.call_count, rw.method_calls)

m = Mock(return_value=1, **{'a.return_value': 2, 'b': 3})
print(m(), m.a(), m.b)
m.configure_mock(side_effect=[7, 8])
print(m(), m())
m.reset_mock()
print(m.call_count, m.called, m.mock_calls, m.a.call_count)
m = Mock(return_value=9)
m()
m.reset_mock(return_value=True)
print(type(m()).__name__)

parent = Mock()
child = Mock()
parent.attach_mock(child, 'kid')
child(1)
print(parent.mock_calls, parent.method_calls)
c2 = Mock()
parent.other = c2
c2.x(2)
print(parent.mock_calls[-1])

ncm = NonCallableMock()
try:
    ncm()
except TypeError:
    print('not callable')
print(callable(ncm.method), type(NonCallableMagicMock().foo).__name__)

m = MagicMock()
m.__len__.return_value = 2
m.__contains__.return_value = True
m.__getitem__.side_effect = lambda k: k * 2
m.__str__.return_value = 'S'
print(len(m), 5 in m, m[4], str(m), bool(m))
m.__bool__.return_value = False
print(bool(m))
m.__iter__.return_value = iter('ab')
print(list(m))
mm = Mock()
mm.__len__ = lambda self: 7
print(len(mm))
m = MagicMock()
m[1] = 2
del m[1]
print(m.mock_calls)
with m as v:
    pass
print(m.__exit__.call_count, v is m.__enter__.return_value)

om = mock_open(read_data='line1\nline2\n')
with patch('builtins.open', om):
    with open('somefile') as f:
        print(repr(f.read()))
    with open('somefile') as f:
        print(f.readline(), f.readlines())
    with open('somefile') as f:
        print([l for l in f])
    with open('out', 'w') as f:
        f.write('data')
om.assert_called_with('out', 'w')
om().write.assert_called_once_with('data')
print(om.call_count)


class Obj:
    @property
    def p(self):
        return 'real'


with patch.object(Obj, 'p', new_callable=PropertyMock) as pm:
    pm.return_value = 'mocked'
    o = Obj()
    print(o.p)
    o.p = 3
    print(pm.mock_calls)
print(Obj().p)


async def main():
    am = AsyncMock(return_value=5)
    print(am.await_count, am.call_count)
    co = am(1)
    print(am.call_count, am.await_count)
    print(await co, am.await_count)
    am.assert_awaited()
    am.assert_awaited_once()
    am.assert_awaited_with(1)
    am2 = AsyncMock(side_effect=ValueError('x'))
    try:
        await am2()
    except ValueError as e:
        print('VE', e)
    try:
        am2.assert_awaited_once()
        AsyncMock().assert_awaited()
    except AssertionError as e:
        print(e)
    am3 = AsyncMock()
    async with am3 as v:
        print(type(v).__name__)
    am4 = AsyncMock()
    r = await am4.method(2)
    am4.method.assert_awaited_once_with(2)
    print(type(r).__name__)


asyncio.run(main())

a = create_autospec(Spec)
inst = a()
print(isinstance(inst, Spec), inst.meth() is not None)
try:
    inst.zzz
except AttributeError as e:
    print('AE', e)
print(sentinel.a is sentinel.a, sentinel.a is not sentinel.b, DEFAULT)
