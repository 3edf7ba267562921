# ipaddress: format() of addresses, equality with foreign objects (NotImplemented),
# no __index__, version-checked containment, interface ordering (network
# first), teredo/sixtofour, compare_networks, v4/v6_int_to_packed.
import ipaddress as ip, operator
a4, a6 = ip.IPv4Address('1.2.3.42'), ip.IPv6Address('2001:db8::1')
for fmt in ('b', 'n', 'x', 'X', '_b', '_n', '_x', '_X', '#b', '#n', '#x', '#X', '#_b', '#_n', '#_x', '#_X', 's', '', '>12s'):
    print(repr(fmt), format(a4, fmt), format(a6, fmt))
print(f'{ip.IPv4Interface("1.2.3.4/24"):s} {ip.IPv4Interface("1.2.3.4/24"):x}')
for bad in ('q', '#', '_', 'bb', '#_#x', '10x', ' x'):
    try: print(format(a4, bad))
    except (TypeError, ValueError) as e: print(bad, type(e).__name__, e)
for o in (a4, a6, ip.IPv4Network('1.2.3.0/24'), ip.IPv6Network('::/64'), ip.IPv4Interface('1.2.3.4/24'), ip.IPv6Interface('::1/64'), ip.IPv6Address('::1%eth0')):
    other = object()
    print(o == other, o != other, o.__eq__(other), o.__ne__(other), o == None, o == o, o != o)
for bad in (operator.index, bytes, hex):
    try: print(bad(a4))
    except TypeError as e: print('TypeError', e)
print(int(a4), int(a6), a4 + 1, a6 - 1)
print(ip.IPv4Address('0.0.0.1') in ip.IPv6Network('::1/128'), ip.IPv6Address('::1') in ip.IPv4Network('0.0.0.0/0'), ip.IPv4Address('1.2.3.4') in ip.IPv4Network('1.2.3.0/24'))
i = ip.ip_interface
print(i('1.1.1.1/16') < i('1.1.1.1/24'), i('1.1.1.2/16') < i('1.1.1.1/24'), i('1.1.1.1/24') > i('1.1.1.2/16'), i('1.1.1.1/24') <= i('1.1.1.1/24'), i('::2/48') < i('::1/64'), i('::1/80') > i('::1/64'))
print(sorted([i('10.0.0.5/8'), i('10.0.0.1/24'), i('10.0.0.3/16'), i('10.0.0.2/24')]))
print(i('1.2.3.4/24') == i('1.2.3.4/24'), i('1.2.3.4/24') == i('1.2.3.4/16'), i('1.2.3.4/24') == ip.IPv4Address('1.2.3.4'), ip.IPv4Address('1.2.3.4') == i('1.2.3.4/24'))
print(ip.IPv6Address('::1%a') == ip.IPv6Address('::1%a'), ip.IPv6Address('::1%a') == ip.IPv6Address('::1'), ip.IPv6Address('::1') == ip.IPv6Address('::1'), ip.IPv4Address(1) == ip.IPv4Address(1), ip.IPv4Address(1) == ip.IPv6Address(1))
print(len({ip.IPv4Address(1), ip.IPv4Address(1), ip.IPv6Address('::1%x'), ip.IPv6Address('::1')}))
try: ip.IPv4Address(1) < ip.IPv6Address(1)
except TypeError as e: print(e)
print(ip.IPv6Address('2002:ac1d:2d64::1').sixtofour, ip.IPv6Address('2001:db8::1').sixtofour)
print(ip.IPv6Address('2001:0000:4136:e378:8000:63bf:3fff:fdd2').teredo, ip.IPv6Address('::1').teredo)
print(ip.IPv6Interface('2001::1/128').exploded, ip.IPv4Interface('1.2.3.4/24').exploded, ip.IPv6Interface('::1/64').compressed)
n1, n2, n3 = ip.ip_network('1.1.1.0/24'), ip.ip_network('1.1.1.0/25'), ip.ip_network('1.1.2.0/24')
print(n1.compare_networks(n1), n1.compare_networks(n2), n2.compare_networks(n1), n1.compare_networks(n3), n3.compare_networks(n1))
try: n1.compare_networks(ip.ip_network('::/0'))
except TypeError as e: print('TypeError')
print(ip.ip_network('fecf::/16').is_site_local, ip.ip_network('2001::/16').is_site_local)
print(ip.v4_int_to_packed(0x01020304), ip.v6_int_to_packed(1))
for f, v in ((ip.v4_int_to_packed, -1), (ip.v4_int_to_packed, 2**32), (ip.v6_int_to_packed, 2**128)):
    try: f(v)
    except ValueError as e: print(e)
