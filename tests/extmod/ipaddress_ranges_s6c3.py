# ipaddress: collapse_addresses, summarize_address_range, address_exclude,
# reverse_pointer.
import ipaddress as ip
A4, A6, N4, N6 = ip.IPv4Address, ip.IPv6Address, ip.IPv4Network, ip.IPv6Network

print(list(ip.summarize_address_range(A4('192.0.2.0'), A4('192.0.2.130'))))
print(list(ip.summarize_address_range(A4('0.0.0.0'), A4('255.255.255.255'))))
print(list(ip.summarize_address_range(A4('10.0.0.7'), A4('10.0.0.7'))))
print(list(ip.summarize_address_range(A4('1.2.3.5'), A4('1.2.4.9'))))
print(list(ip.summarize_address_range(A6('::1'), A6('::ff'))))
print(list(ip.summarize_address_range(A6('ffff::'), A6('ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff'))))
for a, b in ((A4('1.1.1.2'), A4('1.1.1.1')), (A4('1.1.1.1'), A6('::1')), (N4('1.0.0.0/8'), A4('2.0.0.0'))):
    try:
        list(ip.summarize_address_range(a, b))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(list(ip.collapse_addresses([A4('192.0.2.0'), A4('192.0.2.1'), A4('192.0.2.2'), A4('192.0.2.3')])))
print(list(ip.collapse_addresses([N4('192.0.2.0/25'), N4('192.0.2.128/25')])))
print(list(ip.collapse_addresses([N4('10.0.0.0/24'), N4('10.0.0.0/16'), A4('10.1.0.0'), N4('10.1.0.0/31'),
                                  A4('10.1.0.5'), N4('10.0.0.0/8'), A4('11.0.0.0')])))
print(list(ip.collapse_addresses([N4('1.1.0.0/24'), N4('1.1.1.0/24'), N4('1.1.2.0/24'), A4('1.1.3.0')])))
print(list(ip.collapse_addresses([N6('2001::/120'), N6('2001::100/120'), A6('::1')])))
print(list(ip.collapse_addresses([])))
try:
    ip.collapse_addresses([A4('1.1.1.1'), A6('::1')])
except TypeError as e:
    print('TypeError')

n = N4('192.0.2.0/28')
print(list(n.address_exclude(N4('192.0.2.1/32'))))
print(list(n.address_exclude(N4('192.0.2.8/29'))), list(n.address_exclude(n)))
print(list(N6('2001:db8::/126').address_exclude(N6('2001:db8::2/127'))))
for other in (N4('10.0.0.0/24'), N6('::/128'), A4('192.0.2.1')):
    try:
        list(n.address_exclude(other))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(A4('127.0.0.1').reverse_pointer, A6('2001:db8::1').reverse_pointer)
