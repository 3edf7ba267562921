# ipaddress: the commonly used part of CPython's module (addresses, networks,
# interfaces, collapsing and summarising ranges).
IPV4LENGTH = 32
IPV6LENGTH = 128


class AddressValueError(ValueError):
    pass


class NetmaskValueError(ValueError):
    pass


def _guess(address, kinds, what, *strict):
    for cls in kinds:
        try:
            return cls(address, *strict)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError('%r does not appear to be an IPv4 or IPv6 %s' % (address, what))


def ip_address(address):
    return _guess(address, (IPv4Address, IPv6Address), 'address')


def ip_network(address, strict=True):
    return _guess(address, (IPv4Network, IPv6Network), 'network', strict)


def ip_interface(address):
    return _guess(address, (IPv4Interface, IPv6Interface), 'interface')


def _v4_from_text(s):
    parts = s.split('.')
    if len(parts) != 4:
        raise AddressValueError('Expected 4 octets in %r' % s)
    n = 0
    for p in parts:
        if not p:
            err = 'Empty octet not permitted'
        elif not (p.isdigit() and p.isascii()):
            err = 'Only decimal digits permitted in %r' % p
        elif len(p) > 3:
            err = 'At most 3 characters permitted in %r' % p
        elif p != '0' and p[0] == '0':
            err = 'Leading zeros are not permitted in %r' % p
        elif int(p) > 255:
            err = 'Octet %d (> 255) not permitted' % int(p)
        else:
            n = n << 8 | int(p)
            continue
        raise AddressValueError('%s in %r' % (err, s))
    return n


def _v6_from_text(s):
    parts = s.split(':')
    if len(parts) < 3:
        raise AddressValueError('At least 3 parts expected in %r' % s)
    if '.' in parts[-1]:
        try:
            v4 = _v4_from_text(parts.pop())
        except AddressValueError as e:
            raise AddressValueError('%s in %r' % (e, s)) from None
        parts += ['%x' % (v4 >> 16), '%x' % (v4 & 0xFFFF)]
    if len(parts) > 9:
        raise AddressValueError('At most 8 colons permitted in %r' % s)
    gaps = [i for i in range(1, len(parts) - 1) if not parts[i]]
    if len(gaps) > 1:
        raise AddressValueError("At most one '::' permitted in %r" % s)
    if gaps:
        hi = gaps[0]
        lo = len(parts) - hi - 1
        if not parts[0]:
            hi -= 1
            if hi:
                raise AddressValueError("Leading ':' only permitted as part of '::' in %r" % s)
        if not parts[-1]:
            lo -= 1
            if lo:
                raise AddressValueError("Trailing ':' only permitted as part of '::' in %r" % s)
        if hi + lo > 7:
            raise AddressValueError("Expected at most 7 other parts with '::' in %r" % s)
        parts = parts[:hi] + ['0'] * (8 - hi - lo) + parts[len(parts) - lo:]
    elif len(parts) != 8:
        raise AddressValueError("Exactly 8 parts expected without '::' in %r" % s)
    elif not parts[0]:
        raise AddressValueError("Leading ':' only permitted as part of '::' in %r" % s)
    elif not parts[-1]:
        raise AddressValueError("Trailing ':' only permitted as part of '::' in %r" % s)
    n = 0
    for p in parts:
        if not p or p.strip('0123456789abcdefABCDEF'):
            err = 'Only hex digits permitted in %r' % p
        elif len(p) > 4:
            err = 'At most 4 characters permitted in %r' % p
        else:
            n = n << 16 | int(p, 16)
            continue
        raise AddressValueError('%s in %r' % (err, s))
    return n


def _v6_text(n):
    h = ['%x' % (n >> i & 0xFFFF) for i in range(112, -1, -16)]
    # The first longest run of two or more zero groups becomes '::'.
    best = (0, 0)
    run = 0
    for i, x in enumerate(h):
        run = run + 1 if x == '0' else 0
        if run > max(best[1] - best[0], 1):
            best = (i + 1 - run, i + 1)
    a, b = best
    if b:
        h[a:b] = [''] * (1 + (a == 0) + (b == 8))
    return ':'.join(h)


class _Base:
    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, str(self))

    # pickles in CPython's form, so that either interpreter reads them
    def __reduce__(self):
        return type(self), (str(self),)

    @property
    def max_prefixlen(self):
        return self._bits

    @property
    def exploded(self):
        return str(self)

    @property
    def compressed(self):
        return str(self)

    @property
    def reverse_pointer(self):
        # from the text, so networks and interfaces keep their '/len' in it
        # (CPython 3.11 fails on a scoped address; the scope is left out)
        if self.version == 4:
            return '.'.join(str(self).split('.')[::-1]) + '.in-addr.arpa'
        return '.'.join(self.exploded.partition('%')[0][::-1].replace(':', '')) + '.ip6.arpa'

    def _cmp(self, other):
        if not isinstance(other, self._kind):
            return NotImplemented
        if self.version != other.version:
            raise TypeError('%s and %s are not of the same version' % (self, other))
        # a plain address sorts before every interface
        x = isinstance(self, _Interface) - isinstance(other, _Interface)
        if x:
            return x
        return (self._ip, self._len) > (other._ip, other._len) or -((self._ip, self._len) < (other._ip, other._len))

    def __lt__(self, other):
        r = self._cmp(other)
        return r if r is NotImplemented else r < 0

    def __gt__(self, other):
        r = self._cmp(other)
        return r if r is NotImplemented else r > 0

    def __le__(self, other):
        r = self._cmp(other)
        return r if r is NotImplemented else r <= 0

    def __ge__(self, other):
        r = self._cmp(other)
        return r if r is NotImplemented else r >= 0


class _Address(_Base):
    _len = 0
    _scope_id = None
    def __init__(self, address):
        bits = self._bits
        if isinstance(address, int):
            if address < 0:
                raise AddressValueError('%d (< 0) is not permitted as an IPv%d address' % (address, self.version))
            if address >> bits:
                raise AddressValueError('%d (>= 2**%d) is not permitted as an IPv%d address'
                                        % (address, bits, self.version))
            self._ip = address
            return
        if isinstance(address, bytes):
            if len(address) != bits // 8:
                raise AddressValueError('%r (len %d != %d) is not permitted as an IPv%d address'
                                        % (address, len(address), bits // 8, self.version))
            self._ip = int.from_bytes(address, 'big')
            return
        address = str(address)
        if '/' in address:
            raise AddressValueError("Unexpected '/' in %r" % address)
        self._ip = self._parse(address)

    def _parse(self, s):
        if not s:
            raise AddressValueError('Address cannot be empty')
        return self._from_text(s)

    def __int__(self):
        return self._ip

    def __eq__(self, other):
        if not isinstance(other, _Base):
            return NotImplemented
        return type(other) is type(self) and self._ip == other._ip and self._scope_id == other._scope_id

    def __format__(self, fmt):
        # 's' (or nothing): the text; [#][_] then b, x, X or n (b for IPv4,
        # x for IPv6): the number with all its digits
        base = fmt[-1:]
        if base in ('', 's'):
            return format(str(self), fmt)
        alt = fmt[:1] == '#'
        group = fmt[alt:-1] == '_'
        if base not in 'bnxX' or len(fmt) != 1 + alt + group:
            return object.__format__(self, fmt)
        if base == 'n':
            base = 'bx'[self.version == 6]
        width = self._bits if base == 'b' else self._bits // 4
        width += (width // 4 - 1) * group + 2 * alt
        return format(self._ip, '%s0%d%s%s' % ('#' * alt, width, '_' * group, base))

    def __hash__(self):
        return hash(hex(self._ip))

    def __add__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return type(self)(self._ip + other)

    def __sub__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return type(self)(self._ip - other)

    @property
    def packed(self):
        return self._ip.to_bytes(self._bits // 8, 'big')

    def _in(self, nets, plen=128):
        for n in nets.split():
            n = self._net(n)
            if n._len <= plen and self._ip >> (self._bits - n._len) == n._ip >> (self._bits - n._len):
                return True
        return False

    @property
    def is_unspecified(self):
        return self._ip == 0

    @property
    def is_multicast(self):
        return self._in(self._multicast)

    @property
    def is_link_local(self):
        return self._in(self._linklocal)

    @property
    def is_reserved(self):
        return self._in(self._reserved)

    @property
    def is_private(self):
        return self._in(self._private)


class IPv4Address(_Address):
    version = 4
    _bits = 32
    _multicast = '224.0.0.0/4'
    _linklocal = '169.254.0.0/16'
    _reserved = '240.0.0.0/4'
    _private = ('0.0.0.0/8 10.0.0.0/8 127.0.0.0/8 169.254.0.0/16 172.16.0.0/12 192.0.0.0/29 '
                '192.0.0.170/31 192.0.2.0/24 192.168.0.0/16 198.18.0.0/15 198.51.100.0/24 '
                '203.0.113.0/24 240.0.0.0/4 255.255.255.255/32')
    _from_text = staticmethod(_v4_from_text)

    def __reduce__(self):
        return type(self), (self._ip,)

    def __str__(self):
        return '.'.join(str(self._ip >> i & 255) for i in (24, 16, 8, 0))

    @property
    def is_loopback(self):
        return self._ip >> 24 == 127

    @property
    def is_global(self):
        return not self._in('100.64.0.0/10') and not self.is_private

class IPv6Address(_Address):
    version = 6
    _bits = 128
    _multicast = 'ff00::/8'
    _linklocal = 'fe80::/10'
    _reserved = ('::/8 100::/8 200::/7 400::/6 800::/5 1000::/4 4000::/3 6000::/3 8000::/3 a000::/3 '
                 'c000::/3 e000::/4 f000::/5 f800::/6 fe00::/9')
    _private = '::1/128 ::/128 ::ffff:0:0/96 100::/64 2001::/23 2001:2::/48 2001:db8::/32 2001:10::/28 fc00::/7 fe80::/10'
    _from_text = staticmethod(_v6_from_text)

    def _parse(self, s):
        s, sep, scope = s.partition('%')
        if sep:
            if not scope or '%' in scope:
                raise AddressValueError('Invalid IPv6 address: "%r"' % (s + sep + scope))
            self._scope_id = scope
        return _Address._parse(self, s)

    @property
    def scope_id(self):
        return self._scope_id

    def __str__(self):
        s = _v6_text(self._ip)
        return s + '%' + self._scope_id if self._scope_id else s

    def __hash__(self):
        return hash((self._ip, self._scope_id))

    @property
    def exploded(self):
        return ':'.join('%04x' % (self._ip >> i & 0xFFFF) for i in range(112, -1, -16)) + (
            '%' + self._scope_id if self._scope_id else '')

    @property
    def is_loopback(self):
        return self._ip == 1

    @property
    def is_site_local(self):
        return self._in('fec0::/10')

    @property
    def is_private(self):
        m = self.ipv4_mapped
        return m.is_private if m else _Address.is_private.fget(self)

    @property
    def is_global(self):
        return not self.is_private

    @property
    def ipv4_mapped(self):
        if self._ip >> 32 == 0xFFFF:
            return IPv4Address(self._ip & 0xFFFFFFFF)

    @property
    def sixtofour(self):
        if self._ip >> 112 == 0x2002:
            return IPv4Address(self._ip >> 80 & 0xFFFFFFFF)

    @property
    def teredo(self):
        # (server, client): the client's bits are stored inverted
        if self._ip >> 96 == 0x20010000:
            return IPv4Address(self._ip >> 64 & 0xFFFFFFFF), IPv4Address(~self._ip & 0xFFFFFFFF)

class _Interface:
    __reduce__ = _Base.__reduce__

    def __init__(self, address):
        net = self._netclass(address, False)
        self._ip = net._given._ip
        self._scope_id = getattr(net._given, '_scope_id', None)
        self.network = net
        self._len = net._len

    @property
    def ip(self):
        return self._addrclass(self._ip)

    def __str__(self):
        return '%s/%d' % (self._addrclass.__str__(self), self._len)

    def __eq__(self, other):
        r = self._addrclass.__eq__(self, other)
        return self.network == getattr(other, 'network', None) if r is True else r

    def _cmp(self, other):
        # interfaces order by network first, then by address
        r = _Base._cmp(self, other)
        if r is NotImplemented or not isinstance(other, _Interface):
            return r
        a, b = (self.network, self._ip), (other.network, other._ip)
        return (a > b) - (a < b)

    def __hash__(self):
        return hash((self._ip, self._len, int(self.network.network_address)))

    netmask = property(lambda self: self.network.netmask)
    exploded = property(lambda self: '%s/%d' % (self.ip.exploded, self._len))
    hostmask = property(lambda self: self.network.hostmask)
    with_prefixlen = property(lambda self: '%s/%d' % (self.ip, self._len))
    with_netmask = property(lambda self: '%s/%s' % (self.ip, self.netmask))
    with_hostmask = property(lambda self: '%s/%s' % (self.ip, self.hostmask))


class _Network(_Base):
    _kind = property(lambda self: _Network)
    def __init__(self, address, strict=True):
        A = self._addrclass
        bits = self._bits
        if isinstance(address, (tuple, list)):
            addr, mask = address if len(address) > 1 else (address[0], bits)
        elif isinstance(address, (int, bytes)):
            addr, mask = address, bits
        else:
            parts = str(address).split('/')
            if len(parts) > 2:
                raise AddressValueError("Only one '/' permitted in %r" % str(address))
            addr, mask = parts[0], parts[1] if len(parts) > 1 else bits
        addr = A(addr)
        self._given = addr
        self._len = n = self._prefix(mask)
        self._ip = addr._ip >> (bits - n) << (bits - n)
        if strict and self._ip != addr._ip:
            raise ValueError('%s/%d has host bits set' % (addr, n))
        # the zone survives only if the given address is the network's own
        self._scope_id = addr._scope_id if self._ip == addr._ip else None

    def _prefix(self, mask):
        if isinstance(mask, int):
            if 0 <= mask <= self._bits:
                return mask
        elif mask.isascii() and mask.isdigit():
            if int(mask) <= self._bits:
                return int(mask)
        elif self.version == 4:
            try:
                m = _v4_from_text(mask)
            except AddressValueError:
                m = -1
            for v in (m, ~m & 0xFFFFFFFF):
                n = bin(v).count('1')
                if m >= 0 and v == (1 << 32) - (1 << (32 - n)):
                    return n
        raise NetmaskValueError('%r is not a valid netmask' % mask)

    version = property(lambda self: self._addrclass.version)
    @property
    def network_address(self):
        a = self._addrclass(self._ip)
        if self._scope_id:
            a._scope_id = self._scope_id
        return a

    prefixlen = property(lambda self: self._len)
    num_addresses = property(lambda self: 1 << (self._bits - self._len))
    broadcast_address = property(lambda self: self._addrclass(self._ip | self._host()))
    hostmask = property(lambda self: self._addrclass(self._host()))
    netmask = property(lambda self: self._addrclass(((1 << self._bits) - 1) ^ self._host()))
    with_prefixlen = property(lambda self: str(self))
    with_netmask = property(lambda self: '%s/%s' % (self.network_address, self.netmask))
    with_hostmask = property(lambda self: '%s/%s' % (self.network_address, self.hostmask))

    def _host(self):
        return (1 << (self._bits - self._len)) - 1

    def __str__(self):
        return '%s/%d' % (self.network_address, self._len)

    @property
    def exploded(self):
        return '%s/%d' % (self.network_address.exploded, self._len)

    def __eq__(self, other):
        if not isinstance(other, _Base):
            return NotImplemented
        return isinstance(other, _Network) and (self.version, self._ip, self._len, self._scope_id) == (
            other.version, other._ip, other._len, other._scope_id)

    def __hash__(self):
        return hash(self._ip ^ (((1 << self._bits) - 1) ^ self._host()))

    def __contains__(self, other):
        if isinstance(other, _Network) or other.version != self.version:
            return False
        return other._ip & ~self._host() == self._ip

    def __iter__(self):
        A = self._addrclass
        for i in range(self._ip, self._ip + self.num_addresses):
            yield A(i)

    def __getitem__(self, n):
        size = self.num_addresses
        if n < 0:
            n += size
        if not 0 <= n < size:
            raise IndexError('address out of range')
        return self._addrclass(self._ip + n)

    def hosts(self):
        A = self._addrclass
        if self._bits - self._len < 2:
            return iter(self)
        return (A(i) for i in range(self._ip + 1, self._ip + self._host() + (self.version == 6)))

    def overlaps(self, other):
        return other.network_address in self or other.broadcast_address in self or (
            self.network_address in other or self.broadcast_address in other)

    def subnet_of(self, other):
        if self.version != other.version:
            raise TypeError('%s and %s are not of the same version' % (self, other))
        return other._len <= self._len and self.network_address in other

    def compare_networks(self, other):
        if self.version != other.version:
            raise TypeError('%s and %s are not of the same type' % (self, other))
        return int(self._cmp(other))

    def supernet_of(self, other):
        return other.subnet_of(self)

    def address_exclude(self, other):
        # Halve the network until `other` is reached, giving away the half
        # that does not hold it each time.
        if self.version != other.version:
            raise TypeError('%s and %s are not of the same version' % (self, other))
        if not isinstance(other, _Network):
            raise TypeError('%s is not a network object' % other)
        if not other.subnet_of(self):
            raise ValueError('%s not contained in %s' % (other, self))
        net = self
        while net != other:
            lo, hi = net.subnets()
            if other.subnet_of(lo):
                yield hi
                net = lo
            else:
                yield lo
                net = hi

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        if self._len == self._bits:
            yield self
            return
        if new_prefix is not None:
            if new_prefix < self._len:
                raise ValueError('new prefix must be longer')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = new_prefix - self._len
        if prefixlen_diff < 0:
            raise ValueError('prefix length diff must be > 0')
        n = self._len + prefixlen_diff
        if n > self._bits:
            raise ValueError('prefix length diff %d is invalid for netblock %s' % (n, self))
        step = 1 << (self._bits - n)
        for i in range(self._ip, self._ip + self.num_addresses, step):
            yield type(self)((i, n))

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        if self._len == 0:
            return self
        if new_prefix is not None:
            if new_prefix > self._len:
                raise ValueError('new prefix must be shorter')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = self._len - new_prefix
        n = self._len - prefixlen_diff
        if n < 0:
            raise ValueError('current prefixlen is %d, cannot have a prefixlen_diff of %d'
                             % (self._len, prefixlen_diff))
        return type(self)((self._ip, n), False)

    def _both(name):
        return property(lambda self: getattr(self.network_address, name) and getattr(self.broadcast_address, name))

    is_private = property(lambda self: self.network_address._in(self._addrclass._private, self._len))
    is_global = property(lambda self: not self.is_private and not (
        self.version == 4 and self.network_address._in('100.64.0.0/10', self._len)))
    is_multicast = _both('is_multicast')
    is_loopback = _both('is_loopback')
    is_link_local = _both('is_link_local')
    is_reserved = _both('is_reserved')
    is_unspecified = _both('is_unspecified')


class IPv4Network(_Network):
    _bits = 32
    _addrclass = IPv4Address


class IPv6Network(_Network):
    _bits = 128
    _addrclass = IPv6Address
    is_site_local = _Network._both('is_site_local')


IPv4Address._net = IPv4Network
_Address._kind = _Address
IPv6Address._net = IPv6Network


class IPv4Interface(_Interface, IPv4Address):
    _netclass = IPv4Network
    _addrclass = IPv4Address


class IPv6Interface(_Interface, IPv6Address):
    _netclass = IPv6Network
    _addrclass = IPv6Address
    is_unspecified = property(lambda self: self._ip == 0 and self.network.is_unspecified)
    is_loopback = property(lambda self: self._ip == 1 and self.network.is_loopback)


def get_mixed_type_key(obj):
    if isinstance(obj, _Network):
        return obj.version, obj.network_address, obj.netmask
    if isinstance(obj, _Address):
        return obj.version, obj
    return NotImplemented


def v4_int_to_packed(address):
    try:
        return address.to_bytes(4, 'big')
    except OverflowError:
        raise ValueError('Address negative or too large for IPv4')


def v6_int_to_packed(address):
    try:
        return address.to_bytes(16, 'big')
    except OverflowError:
        raise ValueError('Address negative or too large for IPv6')


def summarize_address_range(first, last):
    if not (isinstance(first, _Address) and isinstance(last, _Address)):
        raise TypeError('first and last must be IP addresses, not networks')
    if first.version != last.version:
        raise TypeError('%s and %s are not of the same version' % (first, last))
    if first > last:
        raise ValueError('last IP address must be greater than first')
    yield from _cover(first._net, first._ip, last._ip)


def _cover(net, lo, hi):
    bits = net._bits
    while lo <= hi:
        # the largest block aligned at lo that ends by hi
        k = (lo & -lo).bit_length() - 1 if lo else bits
        while lo + (1 << k) - 1 > hi:
            k -= 1
        yield net((lo, bits - k))
        lo += 1 << k


def collapse_addresses(addresses):
    spans = []
    given = {}
    version = net = None
    for a in addresses:
        if version is None:
            version, net, first = a.version, a._net if isinstance(a, _Address) else type(a), a
        elif a.version != version:
            raise TypeError('%s and %s are not of the same version' % (a, first))
        lo = a._ip
        if isinstance(a, _Network):
            given[lo, a._len] = a
        spans.append((lo, lo + a._host() if isinstance(a, _Network) else lo))
    spans.sort()
    out = []
    for lo, hi in spans:
        if out and lo <= out[-1][1] + 1:
            if hi > out[-1][1]:
                out[-1][1] = hi
        else:
            out.append([lo, hi])
    # a block that was given as is comes back as that object (keeps its zone)
    return (given.get((n._ip, n._len), n) for lo, hi in out for n in _cover(net, lo, hi))

