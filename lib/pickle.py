# pickle: serialisation of Python objects in protocols 0 to 5, written from
# the documented format (pickletools' opcode descriptions). Output matches
# CPython's C pickler byte for byte for the common types.

import sys
import io
import copyreg
from copyreg import dispatch_table
from struct import pack, unpack

__all__ = ['PickleError', 'PicklingError', 'UnpicklingError', 'Pickler',
           'Unpickler', 'dump', 'dumps', 'load', 'loads',
           'HIGHEST_PROTOCOL', 'DEFAULT_PROTOCOL']

bytes_types = (bytes, bytearray)
HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


# the opcodes, one byte each, named as in pickletools
for _k, _v in zip(('MARK STOP POP POP_MARK DUP FLOAT INT BININT BININT1 LONG BININT2 NONE '
                   'PERSID BINPERSID REDUCE STRING BINSTRING SHORT_BINSTRING UNICODE '
                   'BINUNICODE APPEND BUILD GLOBAL DICT EMPTY_DICT APPENDS GET BINGET INST '
                   'LONG_BINGET LIST EMPTY_LIST OBJ PUT BINPUT LONG_BINPUT SETITEM TUPLE '
                   'EMPTY_TUPLE SETITEMS BINFLOAT PROTO NEWOBJ EXT1 EXT2 EXT4 TUPLE1 TUPLE2 '
                   'TUPLE3 NEWTRUE NEWFALSE LONG1 LONG4 BINBYTES SHORT_BINBYTES '
                   'SHORT_BINUNICODE BINUNICODE8 BINBYTES8 EMPTY_SET ADDITEMS FROZENSET '
                   'NEWOBJ_EX STACK_GLOBAL MEMOIZE FRAME BYTEARRAY8 NEXT_BUFFER '
                   'READONLY_BUFFER').split(),
                  b'(.012FIJKLMNPQRSTUVXabcd}eghijl]opqrst)uG\x80\x81\x82\x83\x84\x85\x86\x87\x88\x89'
                  b'\x8a\x8bBC\x8c\x8d\x8e\x8f\x90\x91\x92\x93\x94\x95\x96\x97\x98'):
    globals()[_k] = bytes([_v])
    __all__.append(_k)
del _k, _v
TRUE = b'I01\n'
FALSE = b'I00\n'

_FRAME_TARGET = 65536
_BATCH = 1000

# Python 2 names of renamed globals (protocols 0-2 with fix_imports)
_NAMES3TO2 = {
    ('builtins', 'range'): ('__builtin__', 'xrange'),
    ('builtins', 'str'): ('__builtin__', 'unicode'),
    ('functools', 'reduce'): ('__builtin__', 'reduce'),
}
_MODS3TO2 = {'builtins': '__builtin__', 'copyreg': 'copy_reg', 'queue': 'Queue'}
_NAMES2TO3 = {v: k for k, v in _NAMES3TO2.items()}
_NAMES2TO3[('__builtin__', 'basestring')] = ('builtins', 'str')
_NAMES2TO3[('__builtin__', 'long')] = ('builtins', 'int')
_MODS2TO3 = {v: k for k, v in _MODS3TO2.items()}
_MODS2TO3.update({'cPickle': 'pickle', 'exceptions': 'builtins'})


def _codecs_encode(s, enc):
    return s.encode(enc)


def _core_newobj():
    # the rebuilding callable our core's object.__reduce_ex__ hands out
    return object().__reduce_ex__(2)[0]


_core_newobj = _core_newobj()


def _lookup_path(obj, name):
    parent = None
    for part in name.split('.'):
        if part == '<locals>':
            raise AttributeError("Can't get local attribute %r on %r" % (name, obj))
        parent = obj
        obj = getattr(obj, part)
    return obj, parent


def whichmodule(obj, name):
    m = getattr(obj, '__module__', None)
    if m is None:
        import builtins
        m = 'builtins' if getattr(builtins, name, None) is obj else '__main__'
    return m


def encode_long(x):
    if x == 0:
        return b''
    n = (x.bit_length() >> 3) + 1
    b = x.to_bytes(n, 'little', signed=True)
    if x < 0 and n > 1 and b[-1] == 0xff and b[-2] & 0x80:
        b = b[:-1]
    return b


def decode_long(data):
    return int.from_bytes(data, 'little', signed=True)


class Pickler:
    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError('pickle protocol must be <= %d' % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError('buffer_callback needs protocol >= 5')
        self._fw = getattr(file, 'write', None)
        if self._fw is None:
            raise TypeError("file must have a 'write' attribute")
        self.memo = {}
        self.proto = protocol
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        if not hasattr(self, '_fw'):
            raise PicklingError('Pickler.__init__() was not called by %s.__init__()'
                                % type(self).__name__)
        self._buf = bytearray()
        self._framing = self.proto >= 4
        self._fstart = None
        if self.proto >= 2:
            self._buf += PROTO + bytes([self.proto])
        self._new_frame()
        self.save(obj)
        self.write(STOP)
        self._commit()
        self._fw(bytes(self._buf))
        self._buf = None

    # Frames: the bytes since the current frame's start get an 8-byte size
    # header when the frame is closed (not when it is shorter than 4 bytes).
    def _new_frame(self):
        if self._framing:
            self._fstart = len(self._buf)

    def _commit(self):
        s = self._fstart
        if s is not None:
            n = len(self._buf) - s
            if n >= 4:
                self._buf[s:s] = FRAME + pack('<Q', n)
            self._fstart = None
        if len(self._buf) >= _FRAME_TARGET:
            self._fw(bytes(self._buf))
            self._buf = bytearray()

    def write(self, data):
        self._buf += data

    def _write_big(self, head, data):
        # Large payloads sit outside any frame, as CPython writes them.
        if self._framing and len(data) >= _FRAME_TARGET:
            self._commit()
            self._buf += head
            self._fw(bytes(self._buf))
            self._fw(data)
            self._buf = bytearray()
            self._new_frame()
        else:
            self._buf += head
            self._buf += data

    def memoize(self, obj):
        if self.fast:
            return
        i = len(self.memo)
        if self.proto >= 4:
            self.write(MEMOIZE)
        elif not self.bin:
            self.write(PUT + repr(i).encode('ascii') + b'\n')
        elif i < 256:
            self.write(BINPUT + bytes([i]))
        else:
            self.write(LONG_BINPUT + pack('<I', i))
        self.memo[id(obj)] = i, obj

    def get(self, i):
        if not self.bin:
            return GET + repr(i).encode('ascii') + b'\n'
        if i < 256:
            return BINGET + bytes([i])
        return LONG_BINGET + pack('<I', i)

    def save(self, obj, save_persistent_id=True):
        pid = getattr(self, 'persistent_id', None)
        if save_persistent_id and pid is not None:
            pid = pid(obj)
            if pid is not None:
                self.save_pers(pid)
                return
        t = type(obj)
        f = _atoms.get(t)
        if f is not None:
            f(self, obj)
        else:
            x = self.memo.get(id(obj))
            if x is not None:
                self.write(self.get(x[0]))
            else:
                self._save(obj, t)
        if self._framing and len(self._buf) - self._fstart >= _FRAME_TARGET:
            self._commit()
            self._new_frame()

    def _save(self, obj, t):
        f = _types.get(t)
        if f is not None:
            f(self, obj)
            return
        override = getattr(self, 'reducer_override', None)
        rv = NotImplemented if override is None else override(obj)
        if rv is NotImplemented:
            if t is type(len) or t is type or t is type(_lookup_path):
                return self.save_global(obj)
            r = getattr(self, 'dispatch_table', copyreg.dispatch_table).get(t)
            if r is not None:
                rv = r(obj)
            elif issubclass(t, type):
                return self.save_global(obj)
            elif t.__reduce_ex__ is object.__reduce_ex__:
                rv = copyreg._reduce(obj, self.proto)
            else:
                rv = obj.__reduce_ex__(self.proto)
        if isinstance(rv, str):
            return self.save_global(obj, rv)
        if not isinstance(rv, tuple):
            raise PicklingError('%s must return string or tuple' % '__reduce__')
        if not 2 <= len(rv) <= 6:
            raise PicklingError('tuple returned by %s must contain 2 through 6 elements'
                                % '__reduce__')
        self.save_reduce(*rv, obj=obj)

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
        else:
            try:
                self.write(PERSID + str(pid).encode('ascii') + b'\n')
            except UnicodeEncodeError:
                raise PicklingError('persistent IDs in protocol 0 must be ASCII strings')

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError('args from save_reduce() must be a tuple')
        if not callable(func):
            raise PicklingError('func from save_reduce() must be callable')
        save = self.save
        write = self.write
        name = getattr(func, '__name__', '')
        if func is _core_newobj:
            name = '__newobj__'
        if self.proto >= 2 and name == '__newobj_ex__':
            cls, args, kwargs = args
            if not hasattr(cls, '__new__'):
                raise PicklingError('args[0] from __newobj_ex__ args has no __new__')
            if obj is not None and cls is not obj.__class__:
                raise PicklingError('args[0] from __newobj_ex__ args has the wrong class')
            if self.proto >= 4:
                save(cls)
                save(args)
                save(kwargs)
                write(NEWOBJ_EX)
            else:
                from functools import partial
                save(partial(cls.__new__, cls, *args, **kwargs))
                save(())
                write(REDUCE)
        elif self.proto >= 2 and name == '__newobj__':
            cls = args[0]
            if not hasattr(cls, '__new__'):
                raise PicklingError('args[0] from __newobj__ args has no __new__')
            if obj is not None and cls is not obj.__class__:
                raise PicklingError('args[0] from __newobj__ args has the wrong class')
            save(cls)
            save(args[1:])
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)
        if obj is not None:
            x = self.memo.get(id(obj))
            if x is not None:
                write(POP + self.get(x[0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch(listitems, APPEND, APPENDS, 1)
        if dictitems is not None:
            self._batch(dictitems, SETITEM, SETITEMS, 2)
        if state is not None:
            if state_setter is None:
                save(state)
                write(BUILD)
            else:
                save(state_setter)
                save(obj)
                save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    def _batch(self, items, one, many, width, tail=False):
        # tail: CPython ends an exact dict's or set's run of full batches
        # with an empty one
        save = self.save
        write = self.write
        it = iter(items)
        if not self.bin:
            for x in it:
                if width == 2:
                    save(x[0])
                    save(x[1])
                else:
                    save(x)
                write(one)
            return
        first = True
        while True:
            chunk = []
            for x in it:
                chunk.append(x)
                if len(chunk) == _BATCH:
                    break
            n = len(chunk)
            if not n:
                if tail and not first:
                    write(MARK + many)
                return
            first = False
            if n > 1 or one is None:
                write(MARK)
            for x in chunk:
                if width == 2:
                    save(x[0])
                    save(x[1])
                else:
                    save(x)
            if n > 1 or one is None:
                write(many)
            elif n == 1:
                write(one)
            if n < _BATCH:
                return

    def _save_none(self, obj):
        self.write(NONE)

    def _save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)

    def _save_long(self, obj):
        if -0x80000000 <= obj <= 0x7fffffff:
            if not self.bin:
                self.write(INT + repr(obj).encode('ascii') + b'\n')
            elif 0 <= obj <= 0xff:
                self.write(BININT1 + bytes([obj]))
            elif 0 <= obj <= 0xffff:
                self.write(BININT2 + pack('<H', obj))
            else:
                self.write(BININT + pack('<i', obj))
        elif self.proto >= 2:
            b = encode_long(obj)
            n = len(b)
            self.write((LONG1 + bytes([n]) if n < 256 else LONG4 + pack('<i', n)) + b)
        else:
            self.write(LONG + repr(obj).encode('ascii') + b'L\n')

    def _save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + pack('>d', obj))
        else:
            self.write(FLOAT + repr(obj).encode('ascii') + b'\n')

    def _save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_codecs_encode, (str(obj, 'latin1'), 'latin1'), obj=obj)
            return
        n = len(obj)
        if n < 256:
            self.write(SHORT_BINBYTES + bytes([n]) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self._write_big(BINBYTES8 + pack('<Q', n), obj)
        else:
            self._write_big(BINBYTES + pack('<I', n), obj)
        self.memoize(obj)

    def _save_bytearray(self, obj):
        if self.proto < 5:
            self.save_reduce(bytearray, (bytes(obj),) if obj else (), obj=obj)
            return
        self._write_big(BYTEARRAY8 + pack('<Q', len(obj)), bytes(obj))
        self.memoize(obj)

    def _save_str(self, obj, key=None):
        if self.bin:
            b = obj.encode('utf-8', 'surrogatepass')
            n = len(b)
            if n < 256 and self.proto >= 4:
                self.write(SHORT_BINUNICODE + bytes([n]) + b)
            elif n > 0xffffffff and self.proto >= 4:
                self._write_big(BINUNICODE8 + pack('<Q', n), b)
            else:
                self._write_big(BINUNICODE + pack('<I', n), b)
        else:
            for c, e in (('\\', '\\u005c'), ('\0', '\\u0000'), ('\n', '\\u000a'),
                         ('\r', '\\u000d'), ('\x1a', '\\u001a')):
                obj = obj.replace(c, e)
            self.write(UNICODE + obj.encode('raw_unicode_escape') + b'\n')
        self.memoize(obj if key is None else key)

    def _save_tuple(self, obj):
        save = self.save
        write = self.write
        if not obj:
            write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        n = len(obj)
        short = n <= 3 and self.proto >= 2
        if not short:
            write(MARK)
        for x in obj:
            save(x)
        x = self.memo.get(id(obj))
        if x is not None:
            # the tuple was reached through its own items and pickled there
            get = self.get(x[0])
            if short:
                write(POP * n + get)
            elif self.bin:
                write(POP_MARK + get)
            else:
                write(POP * (n + 1) + get)
            return
        write((TUPLE1, TUPLE2, TUPLE3)[n - 1] if short else TUPLE)
        self.memoize(obj)

    def _save_list(self, obj):
        self.write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        self._batch(obj, APPEND, APPENDS, 1)

    def _save_dict(self, obj):
        self.write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        self._batch(obj.items(), SETITEM, SETITEMS, 2, True)

    def _save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self.write(EMPTY_SET)
        self.memoize(obj)
        self._batch(obj, None, ADDITEMS, 1, True)

    def _save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self.write(MARK)
        for x in obj:
            self.save(x)
        x = self.memo.get(id(obj))
        if x is not None:
            self.write(POP_MARK + self.get(x[0]))
            return
        self.write(FROZENSET)
        self.memoize(obj)

    def _save_method(self, obj):
        self.save_reduce(getattr, (obj.__self__, obj.__func__.__name__), obj=obj)

    def save_global(self, obj, name=None):
        write = self.write
        if obj is _codecs_encode:
            module_name, name, parent = '_codecs', 'encode', None
            module = None
        else:
            if type(obj) is type(len):
                owner = getattr(obj, '__self__', None)
                if owner is None or type(owner) is type(sys):
                    owner = getattr(obj, '__objclass__', None)
                if owner is not None:
                    return self.save_reduce(getattr, (owner, obj.__name__), obj=obj)
            if obj is type(None) or obj is type(NotImplemented) or obj is type(...):
                return self.save_reduce(type, ({type(None): None, type(...): ...}.get(
                    obj, NotImplemented),), obj=obj)
            if name is None:
                name = getattr(obj, '__qualname__', None) or obj.__name__
            module_name = whichmodule(obj, name)
            try:
                __import__(module_name)
                module = sys.modules[module_name]
                obj2, parent = _lookup_path(module, name)
            except (ImportError, KeyError, AttributeError):
                raise PicklingError("Can't pickle %r: it's not found as %s.%s" %
                                    (obj, module_name, name)) from None
            if obj2 is not obj:
                raise PicklingError("Can't pickle %r: it's not the same object as %s.%s" %
                                    (obj, module_name, name))
            if self.proto >= 2:
                code = copyreg._extension_registry.get((module_name, name))
                if code:
                    if code <= 0xff:
                        write(EXT1 + bytes([code]))
                    elif code <= 0xffff:
                        write(EXT2 + pack('<H', code))
                    else:
                        write(EXT4 + pack('<i', code))
                    return
            if parent is module:
                name = name.rpartition('.')[2]
        if self.proto >= 4:
            if type(obj) is type(len):
                # CPython makes a new module name string for each built-in
                # function, so the memo never shares it
                self._save_str(module_name, [])
            else:
                self.save(module_name)
            self.save(name)
            write(STACK_GLOBAL)
        elif parent is not module and parent is not None:
            self.save_reduce(getattr, (parent, name.rpartition('.')[2]))
        else:
            if self.proto < 3:
                if self.fix_imports:
                    k = (module_name, name)
                    if k in _NAMES3TO2:
                        module_name, name = _NAMES3TO2[k]
                    elif module_name in _MODS3TO2:
                        module_name = _MODS3TO2[module_name]
                    if module_name == '__builtin__' and isinstance(obj, type) and \
                            issubclass(obj, BaseException):
                        module_name = 'exceptions'
                try:
                    write(GLOBAL + (module_name + '\n' + name + '\n').encode('ascii'))
                except UnicodeEncodeError:
                    raise PicklingError("can't pickle global identifier '%s.%s' using "
                                        "pickle protocol %i" % (module_name, name, self.proto)) from None
            else:
                write(GLOBAL + (module_name + '\n' + name + '\n').encode('utf-8'))
        self.memoize(obj)


def _save_descr(self, obj):
    self.save_reduce(getattr, (obj.__objclass__, obj.__name__), obj=obj)


_atoms = {type(None): Pickler._save_none, bool: Pickler._save_bool,
          int: Pickler._save_long, float: Pickler._save_float}
_types = {bytes: Pickler._save_bytes, bytearray: Pickler._save_bytearray,
          str: Pickler._save_str, tuple: Pickler._save_tuple,
          list: Pickler._save_list, dict: Pickler._save_dict,
          set: Pickler._save_set, frozenset: Pickler._save_frozenset,
          type(object.__new__(Pickler).dump): Pickler._save_method,
          type(str.index): _save_descr,
          type(...): lambda s, o: s.save_global(o, 'Ellipsis'),
          type(NotImplemented): lambda s, o: s.save_global(o, 'NotImplemented')}


class Unpickler:
    def __init__(self, file, *, fix_imports=True, encoding='ASCII', errors='strict',
                 buffers=None):
        self.read = getattr(file, 'read', None)
        self.readline = getattr(file, 'readline', None)
        if self.read is None or self.readline is None:
            raise TypeError("file must have 'read' and 'readline' attributes")
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    def load(self):
        if not hasattr(self, 'read'):
            raise UnpicklingError('Unpickler.__init__() was not called by %s.__init__()'
                                  % type(self).__name__)
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        self.proto = 0
        read = self.read
        ops = _ops
        while True:
            key = read(1)
            if not key:
                raise EOFError('Ran out of input')
            if key == STOP:
                return self.stack.pop()
            f = ops.get(key[0])
            if f is None:
                k = key[0]
                raise UnpicklingError(("invalid load key, '%c'." if 32 <= k < 127 else
                                       "invalid load key, '\\x%02x'.") % k)
            f(self)

    def pop_mark(self):
        items = self.stack
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def persistent_load(self, pid):
        raise UnpicklingError('A load persistent id instruction was encountered,\n'
                              'but no persistent_load function was specified.')

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _NAMES2TO3:
                module, name = _NAMES2TO3[(module, name)]
            elif module in _MODS2TO3:
                module = _MODS2TO3[module]
        if module == '_codecs' and name == 'encode':
            return _codecs_encode
        __import__(module, level=0)
        if self.proto >= 4:
            return _lookup_path(sys.modules[module], name)[0]
        return getattr(sys.modules[module], name)

    def _line(self):
        s = self.readline()
        if not s.endswith(b'\n'):
            raise UnpicklingError('pickle data was truncated')
        return s[:-1]

    def _n(self, fmt, size):
        data = self.read(size)
        if len(data) != size:
            raise UnpicklingError('pickle data was truncated')
        return unpack(fmt, data)[0]

    def _bytes(self, n):
        if n > sys.maxsize:
            raise UnpicklingError('exceeds system\'s maximum size of %d bytes' % sys.maxsize)
        data = self.read(n)
        if len(data) != n:
            raise UnpicklingError('pickle data was truncated')
        return data

    def _str(self, data):
        if self.encoding == 'bytes':
            return data
        return data.decode(self.encoding, self.errors)

    def _instantiate(self, klass, args):
        if args or not isinstance(klass, type) or hasattr(klass, '__getinitargs__'):
            value = klass(*args)
        else:
            value = klass.__new__(klass)
        self.append(value)

    def _ext(self, code):
        obj = copyreg._extension_cache.get(code, _missing)
        if obj is _missing:
            key = copyreg._inverted_registry.get(code)
            if not key:
                if code <= 0:
                    raise UnpicklingError('EXT specifies code <= 0')
                raise ValueError('unregistered extension code %d' % code)
            obj = self.find_class(*key)
            copyreg._extension_cache[code] = obj
        self.append(obj)

    def _memo(self, i):
        try:
            self.append(self.memo[i])
        except KeyError:
            raise UnpicklingError('Memo value not found at index %d' % i) from None

    def _put(self, i):
        if i < 0:
            raise ValueError('negative PUT argument')
        self.memo[i] = self.stack[-1]

    def _proto(self):
        p = self.read(1)[0]
        if not 0 <= p <= HIGHEST_PROTOCOL:
            raise ValueError('unsupported pickle protocol: %d' % p)
        self.proto = p

    def _persid(self):
        try:
            pid = self._line().decode('ascii')
        except UnicodeDecodeError:
            raise UnpicklingError('persistent IDs in protocol 0 must be ASCII strings') from None
        self.append(self.persistent_load(pid))

    def _long4(self):
        n = self._n('<i', 4)
        if n < 0:
            raise UnpicklingError('LONG pickle has negative byte count')
        self.append(decode_long(self._bytes(n)))

    def _string(self):
        data = self._line()
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            try:
                data = eval('b' + data.decode('latin-1'))
            except Exception:
                raise ValueError('bad STRING opcode argument') from None
            self.append(self._str(data))
        else:
            raise UnpicklingError('the STRING opcode argument must be quoted')

    def _appends(self):
        items = self.pop_mark()
        obj = self.stack[-1]
        if type(obj) is list or hasattr(obj, 'extend'):
            obj.extend(items)
        else:
            for x in items:
                obj.append(x)

    def _setitems(self):
        items = self.pop_mark()
        d = self.stack[-1]
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]

    def _additems(self):
        items = self.pop_mark()
        s = self.stack[-1]
        if isinstance(s, set):
            s.update(items)
        else:
            for x in items:
                s.add(x)

    def _build(self):
        state = self.stack.pop()
        inst = self.stack[-1]
        f = getattr(inst, '__setstate__', None)
        if f is not None:
            f(state)
            return
        slots = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slots = state
        if state:
            d = inst.__dict__
            for k, v in state.items():
                d[sys.intern(k) if type(k) is str else k] = v
        if slots:
            for k, v in slots.items():
                setattr(inst, k, v)

    def _reduce(self):
        args = self.stack.pop()
        self.stack[-1] = self.stack[-1](*args)

    def _pop(self):
        if self.stack:
            self.stack.pop()
        else:
            self.pop_mark()

    def _mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append

    def _global(self):
        module = self._line().decode('utf-8')
        self.append(self.find_class(module, self._line().decode('utf-8')))

    def _stack_global(self):
        name = self.stack.pop()
        module = self.stack.pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError('STACK_GLOBAL requires str')
        self.append(self.find_class(module, name))

    def _inst(self):
        module = self._line().decode('ascii')
        klass = self.find_class(module, self._line().decode('ascii'))
        self._instantiate(klass, self.pop_mark())

    def _obj(self):
        args = self.pop_mark()
        self._instantiate(args.pop(0), args)

    def _newobj(self):
        args = self.stack.pop()
        cls = self.stack.pop()
        self.append(cls.__new__(cls, *args))

    def _newobj_ex(self):
        kwargs = self.stack.pop()
        args = self.stack.pop()
        cls = self.stack.pop()
        self.append(cls.__new__(cls, *args, **kwargs))

    def _int(self):
        data = self.readline()
        if data == b'00\n':
            self.append(False)
        elif data == b'01\n':
            self.append(True)
        else:
            self.append(int(data))

    def _long(self):
        v = self._line()
        if v.endswith(b'L'):
            v = v[:-1]
        self.append(int(v))

    def _tuple_n(self, n):
        s = self.stack
        if len(s) < n:
            raise IndexError('unpickling stack underflow')
        t = tuple(s[len(s) - n:])
        del s[len(s) - n:]
        self.append(t)

    def _append(self):
        v = self.stack.pop()
        self.stack[-1].append(v)

    def _setitem(self):
        v = self.stack.pop()
        k = self.stack.pop()
        self.stack[-1][k] = v

    def _marked(self, f):
        # pop_mark first: it rebinds self.append to the outer stack
        items = self.pop_mark()
        self.append(f(items))

    def _dict(self):
        items = self.pop_mark()
        self.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})


_missing = object()


_U = Unpickler
_ops = {
    ord(PROTO): _U._proto,
    ord(FRAME): lambda u: u._n('<Q', 8),
    ord(MARK): _U._mark,
    ord(POP): _U._pop,
    ord(POP_MARK): _U.pop_mark,
    ord(DUP): lambda u: u.append(u.stack[-1]),
    ord(PERSID): _U._persid,
    ord(BINPERSID): lambda u: u.append(u.persistent_load(u.stack.pop())),
    ord(NONE): lambda u: u.append(None),
    ord(NEWFALSE): lambda u: u.append(False),
    ord(NEWTRUE): lambda u: u.append(True),
    ord(INT): _U._int,
    ord(BININT): lambda u: u.append(u._n('<i', 4)),
    ord(BININT1): lambda u: u.append(u._n('<B', 1)),
    ord(BININT2): lambda u: u.append(u._n('<H', 2)),
    ord(LONG): _U._long,
    ord(LONG1): lambda u: u.append(decode_long(u._bytes(u._n('<B', 1)))),
    ord(LONG4): _U._long4,
    ord(FLOAT): lambda u: u.append(float(u._line())),
    ord(BINFLOAT): lambda u: u.append(u._n('>d', 8)),
    ord(STRING): _U._string,
    ord(BINSTRING): lambda u: u.append(u._str(u._bytes(u._n('<i', 4)))),
    ord(SHORT_BINSTRING): lambda u: u.append(u._str(u._bytes(u._n('<B', 1)))),
    ord(BINBYTES): lambda u: u.append(u._bytes(u._n('<I', 4))),
    ord(SHORT_BINBYTES): lambda u: u.append(u._bytes(u._n('<B', 1))),
    ord(BINBYTES8): lambda u: u.append(u._bytes(u._n('<Q', 8))),
    ord(BYTEARRAY8): lambda u: u.append(bytearray(u._bytes(u._n('<Q', 8)))),
    ord(UNICODE): lambda u: u.append(u._line().decode('raw_unicode_escape')),
    ord(BINUNICODE): lambda u: u.append(u._bytes(u._n('<I', 4)).decode('utf-8', 'surrogatepass')),
    ord(SHORT_BINUNICODE): lambda u: u.append(u._bytes(u._n('<B', 1)).decode('utf-8', 'surrogatepass')),
    ord(BINUNICODE8): lambda u: u.append(u._bytes(u._n('<Q', 8)).decode('utf-8', 'surrogatepass')),
    ord(EMPTY_TUPLE): lambda u: u.append(()),
    ord(TUPLE): lambda u: u._marked(tuple),
    ord(TUPLE1): lambda u: u._tuple_n(1),
    ord(TUPLE2): lambda u: u._tuple_n(2),
    ord(TUPLE3): lambda u: u._tuple_n(3),
    ord(EMPTY_LIST): lambda u: u.append([]),
    ord(EMPTY_DICT): lambda u: u.append({}),
    ord(EMPTY_SET): lambda u: u.append(set()),
    ord(FROZENSET): lambda u: u._marked(frozenset),
    ord(LIST): lambda u: u._marked(list),
    ord(DICT): _U._dict,
    ord(INST): _U._inst,
    ord(OBJ): _U._obj,
    ord(NEWOBJ): _U._newobj,
    ord(NEWOBJ_EX): _U._newobj_ex,
    ord(GLOBAL): _U._global,
    ord(STACK_GLOBAL): _U._stack_global,
    ord(EXT1): lambda u: u._ext(u._n('<B', 1)),
    ord(EXT2): lambda u: u._ext(u._n('<H', 2)),
    ord(EXT4): lambda u: u._ext(u._n('<i', 4)),
    ord(REDUCE): _U._reduce,
    ord(GET): lambda u: u._memo(int(u._line())),
    ord(BINGET): lambda u: u._memo(u._n('<B', 1)),
    ord(LONG_BINGET): lambda u: u._memo(u._n('<I', 4)),
    ord(PUT): lambda u: u._put(int(u._line())),
    ord(BINPUT): lambda u: u._put(u._n('<B', 1)),
    ord(LONG_BINPUT): lambda u: u._put(u._n('<I', 4)),
    ord(MEMOIZE): lambda u: u._put(len(u.memo)),
    ord(APPEND): _U._append,
    ord(APPENDS): _U._appends,
    ord(SETITEM): _U._setitem,
    ord(SETITEMS): _U._setitems,
    ord(ADDITEMS): _U._additems,
    ord(BUILD): _U._build,
}
del _U

_Pickler = Pickler
_Unpickler = Unpickler


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    f = io.BytesIO()
    Pickler(f, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return f.getvalue()


def load(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors,
                     buffers=buffers).load()


def loads(data, /, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
    if isinstance(data, str):
        raise TypeError("Can't load pickle from unicode string")
    return Unpickler(io.BytesIO(data), fix_imports=fix_imports, encoding=encoding,
                     errors=errors, buffers=buffers).load()


_dump = dump
_dumps = dumps
_load = load
_loads = loads
