# ipaddress: IPv6 zones (scope ids) on networks, interface flags, mixed sort key,
# collapse keeping the given network objects
import ipaddress as I

for s in ['::1%scope/128', '2001:db8::%eth0/32', 'fe80::%1/64', '::1/128']:
    n = I.ip_network(s)
    print(repr(n), str(n), n.network_address, n.network_address.scope_id)  # exploded: CPython raises for zones
    print(n == I.ip_network(s), n == I.ip_network(int(n.network_address)), n.prefixlen)
print(I.IPv6Network('::1%scope/128') != I.IPv6Network('::1/128'))
print(I.IPv6Network('::1%a/128') == I.IPv6Network('::1%b/128'))
print(list(map(str, I.IPv6Network('::1%z/128').subnets())))
# host bits dropped (strict=False): the zone goes too
print(I.IPv6Network('::1%z/127', strict=False), I.ip_interface('::1%z/127').network)
print(I.ip_interface('fe80::1%z/64'), I.ip_interface('fe80::1%z/64').network)
print(I.ip_network(('2001:db8::%z', 32)))

# interface flags look at the network too
for s in ['::1/127', '::1/128', '::/128', '::/127', '::1', '2001::1/64']:
    i = I.ip_interface(s)
    print(s, i.is_loopback, i.is_unspecified, i.ip.is_loopback)
for s in ['127.0.0.1/8', '0.0.0.0/0', '10.0.0.1/32']:
    i = I.ip_interface(s)
    print(s, i.is_loopback, i.is_private)  # is_unspecified: CPython's is always False here

# get_mixed_type_key sorts addresses and networks together
objs = [I.ip_network('10.0.0.0/8'), I.ip_address('10.0.0.1'), I.ip_address('1.2.3.4'),
        I.ip_network('1.0.0.0/8'), I.ip_address('::1'), I.ip_network('::/64')]
print(sorted(objs, key=I.get_mixed_type_key))
print(I.get_mixed_type_key(I.ip_address('1.2.3.4')), I.get_mixed_type_key(I.ip_network('1.2.3.0/24')))
print(I.get_mixed_type_key('x'), I.get_mixed_type_key(5))

# collapse_addresses hands back the given networks (zone kept)
print(list(I.collapse_addresses([I.IPv6Network('2001::%s/100'), I.IPv6Network('2001::%s/96'),
                                 I.IPv6Network('2001::%s/120')])))
print(list(I.collapse_addresses([I.ip_network('1.1.0.0/24'), I.ip_network('1.1.1.0/24')])))
print(list(I.collapse_addresses([I.ip_address('1.1.1.0'), I.ip_address('1.1.1.1'), I.ip_network('1.1.1.2/31')])))
n = I.ip_network('10.0.0.0/24')
print(list(I.collapse_addresses([n]))[0] is n)
