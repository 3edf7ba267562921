# ipaddress: addresses, networks, interfaces and CPython's error messages.
import ipaddress as I
bad4 = ['', '1.2.3', '1.2.3.4.5', '1.2.3.256', '1.2.3.04', '1.2.3.x', '1.2.3.1234', '1..3.4', '1.2.3.4/24', 2**32, -1, b'\x01\x02', '1.2.3.4%x']
for b in bad4:
    try:
        print(I.IPv4Address(b))
    except ValueError as e:
        print(type(e).__name__, e)
bad6 = ['', ':', '1:2', '1:2:3:4:5:6:7:8:9', '1::2::3', ':1:2::3', '1:2::3:', '1:2:3:4:5:6:7::8', '1:2:3:4:5:6:7', ':1:2:3:4:5:6:7', '1:2:3:4:5:6:7:', 'g::1', '12345::1', '::1.2.3', '::1.2.3.256', '::1/128', '::1%', '::1%a%b', 2**128, -5, b'\x00'*4, '1:2:3:4:5:6:1.2.3.4:1', '::ffff:1.2.3.4']
for b in bad6:
    try:
        print(repr(I.IPv6Address(b)))
    except ValueError as e:
        print(type(e).__name__, e)
for s in ['::', '::1', '1::', '1:0:0:2:0:0:0:3', '1:0:0:2:0:0:3:4', '0:0:1:0:0:0:0:0', '1:0:1:0:1:0:1:0', '0:1:2:3:4:5:6:7', '1:2:3:4:5:6:7:0', '2001:DB8:0:0:8:800:200C:417A', 'ff02::1', '::ffff:192.168.1.1', '1:2:3:4:5:6:0:0', 'fe80::1:2']:
    a = I.ip_address(s)
    print(repr(a), str(a), a.exploded, a.compressed, int(a), a.packed, a.version, a.max_prefixlen, a.is_private, a.is_global, a.is_loopback, a.is_multicast, a.is_link_local, a.is_unspecified, a.is_reserved, a.is_site_local, a.ipv4_mapped, a.scope_id)
for s in ['0.0.0.0', '127.0.0.1', '10.1.2.3', '8.8.8.8', '100.64.1.1', '224.0.0.1', '169.254.3.4', '240.1.1.1', '255.255.255.255', '192.168.0.1', '172.31.255.255', '172.32.0.0']:
    a = I.ip_address(s)
    print(repr(a), a.exploded, int(a), a.packed, a.is_private, a.is_global, a.is_loopback, a.is_multicast, a.is_link_local, a.is_unspecified, a.is_reserved, '{}|'.format(a))
a = I.IPv4Address('1.2.3.4')
print(a + 1, a - 5, I.IPv4Address(16909060) == a, a < I.IPv4Address('1.2.3.5'), a >= a, a > a, a <= a, a != '1.2.3.4', a == I.IPv4Address(b'\x01\x02\x03\x04'))
print(sorted([I.ip_address('10.0.0.2'), I.ip_address('9.0.0.1'), I.ip_address('10.0.0.1')]))
print(hash(a) == hash(I.IPv4Address('1.2.3.4')), len({a, I.IPv4Address('1.2.3.4')}))
try:
    I.IPv4Address('255.255.255.255') + 1
except I.AddressValueError as e:
    print(e)
try:
    a < I.ip_address('::1')
except TypeError as e:
    print(e)
try:
    a < 5
except TypeError as e:
    print('TypeError')
for x in ['1.2.3.4', '::1', 3232235777, 2**40, 'x', b'\x01\x02\x03\x04', b'\x00' * 16, '1.2.3.4/8']:
    try:
        print(repr(I.ip_address(x)))
    except ValueError as e:
        print(type(e).__name__, e)
s = I.IPv6Address('FE80::1%eth0')
print(repr(s), s.scope_id, s == I.IPv6Address('fe80::1'), s == I.IPv6Address('fe80::1%eth0'), int(s))
for s in ['10.0.0.0/8', '192.168.1.0/255.255.255.0', '192.168.1.0/0.0.0.255', '1.2.3.4', '1.2.3.4/32', '0.0.0.0/0', '10.1.2.0/31', '2001:db8::/32', '::/0', '::1', 'fe80::/64', ('10.0.0.0', 16), (167772160, 24), 3232235776, '2001:db8::/127']:
    n = I.ip_network(s)
    print(repr(n), n.network_address, n.broadcast_address, n.netmask, n.hostmask, n.prefixlen, n.num_addresses, n.with_prefixlen, n.with_netmask, n.with_hostmask, n.version, n.max_prefixlen, n.exploded, n.compressed)
    print(' ', n.is_private, n.is_global, n.is_multicast, n.is_loopback, n.is_link_local, n.is_reserved, n.is_unspecified)
for bad in ['10.0.0.1/8', '10.0.0.0/33', '10.0.0.0/x', '10.0.0.0/255.0.255.0', '10.0.0.0/', '1.2.3.4/8/9', '::1/64', '::/129', '::/ffff::', 'x/8', '10.0.0.0/-1', ('10.0.0.0', 40)]:
    try:
        print(I.ip_network(bad))
    except ValueError as e:
        print(type(e).__name__, e)
    for cls in (I.IPv4Network, I.IPv6Network):
        try:
            print(cls(bad))
        except ValueError as e:
            print(' ', type(e).__name__, e)
print(I.ip_network('10.0.0.1/8', strict=False), I.IPv4Network('10.1.2.3/255.255.0.0', False))
n = I.ip_network('192.168.1.0/29')
print(list(n), list(n.hosts()), n[0], n[-1], n[3])
print(list(I.ip_network('10.0.0.0/31').hosts()), list(I.ip_network('10.0.0.5/32').hosts()))
print(list(I.ip_network('2001:db8::/126').hosts()), list(I.ip_network('2001:db8::/127').hosts()))
print(list(n.subnets()), list(n.subnets(2)), list(n.subnets(new_prefix=31))[:2])
print(list(I.ip_network('1.2.3.4/32').subnets()))
print(n.supernet(), n.supernet(3), n.supernet(new_prefix=16), I.ip_network('0.0.0.0/0').supernet())
for f in (lambda: list(n.subnets(new_prefix=28)), lambda: list(n.subnets(2, 30)), lambda: list(n.subnets(-1)), lambda: list(n.subnets(4)), lambda: n.supernet(new_prefix=30), lambda: n.supernet(30), lambda: n[8], lambda: n.supernet(2, 20)):
    try:
        print(f())
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(I.ip_address('192.168.1.3') in n, I.ip_address('192.168.1.8') in n, I.ip_network('192.168.1.0/30') in n)
a, b, c = I.ip_network('10.0.0.0/8'), I.ip_network('10.2.0.0/16'), I.ip_network('11.0.0.0/8')
print(a.overlaps(b), b.overlaps(a), a.overlaps(c), b.subnet_of(a), a.subnet_of(b), a.supernet_of(b), c.supernet_of(b))
print(sorted([c, b, a]), a == I.IPv4Network('10.0.0.0/8'), a != b, a < b, hash(a) == hash(I.ip_network('10.0.0.0/8')), len({a, I.ip_network('10.0.0.0/8')}))
print(I.ip_network('10.0.0.0/8') == I.ip_network('10.0.0.0/16'), I.ip_network('::/0') == I.ip_network('0.0.0.0/0'))
print(list(I.ip_network('2001:db8::/126')), list(I.ip_network('2001:db8::/62').subnets(new_prefix=64)))
for s in ['192.168.1.5/24', '10.0.0.1', '10.0.0.1/255.0.0.0', '2001:db8::1/64', '::1']:
    i = I.ip_interface(s)
    print(repr(i), str(i), i.ip, repr(i.network), i.netmask, i.hostmask, i.with_prefixlen, i.with_netmask, i.with_hostmask, int(i), i.version, i.is_private, i.packed)
i = I.IPv4Interface('192.168.1.5/24')
print(i == I.IPv4Interface('192.168.1.5/24'), i == I.IPv4Interface('192.168.1.5/25'), i == I.IPv4Address('192.168.1.5'), hash(i) == hash(I.IPv4Interface('192.168.1.5/24')))
for bad in ['1.2.3.4/33', 'x', '1.2.3']:
    try:
        I.ip_interface(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    I.ip_network('1.2.3.0/24') < I.ip_network('::/0')
except TypeError as e:
    print(e)
print(I.IPV4LENGTH, I.IPV6LENGTH, issubclass(I.AddressValueError, ValueError), issubclass(I.NetmaskValueError, ValueError))
print(I.ip_network('100.64.0.0/16').is_global, I.ip_network('100.0.0.0/8').is_global)
