# ipaddress: a plain address sorts before every interface of its version,
# reverse_pointer of networks and interfaces is built from their text (with
# the "/len"), and addresses, networks and interfaces pickle in CPython's
# form (IPv4 addresses as their integer, the rest as their text).
import copy
import ipaddress as ipa
import pickle

A, I = ipa.ip_address, ipa.ip_interface
for a, b in [(A('0.0.0.0'), I('0.0.0.0/0')), (A('1.2.3.5'), I('1.2.3.4/24')), (A('::2'), I('::1/128'))]:
    print(a < b, a <= b, a > b, a >= b, a == b, b < a, b > a, b <= a, b >= a)
print(sorted([I('1.2.3.4/24'), A('1.2.3.4'), A('9.9.9.9'), I('0.0.0.1/8'), A('0.0.0.0')]))
try:
    A('1.2.3.4') < I('::1/64')
except TypeError:
    print('TypeError')

for s in ['1.2.3.4/24', '::1/64', 'fe80::1%eth0/64', '10.0.0.1']:
    print(I(s).reverse_pointer)
    print(ipa.ip_network(s, False).reverse_pointer)

for x in [A('1.2.3.4'), A('fe80::1%eth0'), I('1.2.3.4/24'), I('::1/64'),
          ipa.ip_network('1.2.3.0/24'), ipa.IPv6Network('::/0')]:
    f, args = x.__reduce__()
    print(f.__name__, args, copy.copy(x) == x, copy.deepcopy(x) == x, pickle.loads(pickle.dumps(x)) == x)

# compare_networks across versions: CPython says "type" there, "version" elsewhere
for a, b in [('1.2.3.0/24', '::/0'), ('::/0', '1.2.3.0/24')]:
    try:
        ipa.ip_network(a).compare_networks(ipa.ip_network(b))
    except TypeError as e:
        print(type(e).__name__, str(e).endswith("not of the same type"))
print(ipa.ip_network('1.2.3.0/24').compare_networks(ipa.ip_network('1.2.3.0/25')))
