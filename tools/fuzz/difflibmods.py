#!/usr/bin/env python3
# Differential fuzzer over the pure-Python modules network code leans on
# (session 29): seeded programs of random calls into urllib.parse, ipaddress,
# datetime, email.utils, http.cookies, html, shlex, textwrap, uuid and
# fractions, with ordinary and odd arguments (IPv6 brackets, ports out of
# range, broken '%' escapes, out-of-range dates, malformed literals...), run
# under ./micropython and CPython 3.11; every call whose outcome differs is
# run again alone to confirm it and printed.
#
#   tools/fuzz/difflibmods.py [--seed N] [--count N] [--calls N] [--binary PATH]
#                             [--messages] [--only MOD,...] [--show N]
#
# Each call prints the repr of its result (iterators drained into at most 50
# items, sets sorted, cookies through output(), addresses masked) or the
# exception's class name; --messages adds the text. Nothing reads the local
# clock or zone: every time is a fixed timestamp or an aware datetime.
#
# Known differences, not generated: HTML5-only names in html.unescape()
# (&NotEqualTilde;: only HTML 4's table and the legacy names are kept, see
# lib/html.py); uuid3/uuid5 take a bytes name and UUID(bytes=) a bytearray
# (3.12's behaviour; 3.11 fails, with an assert for the bytearray);
# shlex.split(None) is a ValueError (3.12; 3.11 reads standard input);
# parse_qsl's separator=1 is a ValueError (3.11's AttributeError comes from
# an internal decode); urlsplit(bytearray) works (3.11's TypeError comes from
# its cache). With --messages: datetime types are named 'date', not
# 'datetime.date', in operator messages (they are Python classes here).

import argparse
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from diffexpr import run, parse, CPYTHON, REPO  # noqa: E402

PRELUDE = r'''
import itertools, re
import urllib.parse as up, ipaddress as ipa, datetime as dt, email.utils as eu
import http.cookies as hc, html, shlex, textwrap, uuid
from fractions import Fraction as Fr
from datetime import date, time, datetime, timedelta, timezone
def L(it, n=50):
    return list(itertools.islice(it, n))
def CK(s):
    c = hc.SimpleCookie()
    c.load(s)
    return (c.output(), sorted((k, m.value, m.coded_value) for k, m in c.items()))
def T(i, f):
    try:
        v = f()
        if isinstance(v, (set, frozenset)):
            v = sorted(v, key=repr)
        elif type(v).__name__ in ("generator", "map", "filter", "zip", "list_iterator"):
            v = L(v)
        s = type(v).__name__ + ":" + repr(v)
        s = re.sub("0x[0-9a-f]{6,}", "0x", s)
    except Exception as e:
        s = "E " + type(e).__name__ + (": " + str(e) if MSG else "")
    print(i, s)
'''


def pick(r, l):
    return r.choice(l)


def chars(r, alphabet, n=12):
    # a random string over alphabet (a list of pieces), as a literal
    return repr("".join(pick(r, alphabet) for _ in range(r.randint(0, n))))


URLS = ["'http://user:pw@Host.COM:80/p/a;x=1?q=1&r=2#frag'", "'http://[::1]:8080/x'",
    "'http://[::1'", "'http://::1]/'", "'http://host:99999/'", "'http://host:-1/'",
    "'http://host:abc/'", "'http://host:/'", "'http://host:0'", "'http://host:65535'",
    "'http://host:65536'", "'//host/path'", "'mailto:x@y.z'", "'file:///etc/passwd'",
    "'a/b/../c'", "'../g'", "''", "'?q=1'", "'#f'", "'http://h/%zz%4'", "'HTTP://H/'",
    "'http://a/b/c/d;p?q'", "'path;params?x#y'", "'sch:/p'", "'1http://x'",
    "'http://[v1.fe]/'", "'http://[::ffff:1.2.3.4]/'", "'http://u@'", "' http://x '",
    "'http://x\\n/y\\t'", "'http://[::1]x/'", "'http://[fe80::1%25eth0]:1/'", "'x:y'",
    "'http:'", "'http://'", "'http:///p'", "'https://a:b:c@d'", "'http://a@b@c/'",
    "'ht\\u00e9tp://x'", "'http://\\u00e9x.com/\\u00e9'", "'//a:1:2'", "'tel:+1-800'",
    "'svn+ssh://h/r'", "'http://h?#'", "'http://h/;'", "'data:text/plain,hi'", "'a:1'",
    "'http://[1.2.3.4]/'", "'http://[::1]:80:90'", "'http://h:+80/'", "'http://h: 80/'",
    "'http://h:\\u0661/'", "'HTTP://[::1]:0080'", "'foo://?'", "'g;x=1/../y'",
    "b'http://u:p@h:8/p;q?x#y'", "b'//h/'", "b''", "b'http://[::1]:9/'", "b'x/%41'",
    "None", "1"]
BASES = ["'http://a/b/c/d;p?q'", "'http://a'", "'http://a/b/'", "''", "'file:///x/y'",
    "'mailto:a@b'", "'http://a/b/c/../d'", "b'http://a/b/c'", "'svn://a/b/c'", "'//a/b/c'",
    "'http://a/b/c/d;p?q#f'", "'http:/a'", "'a/b/c'"]
RELS = ["'g'", "'./g'", "'g/'", "'/g'", "'//g'", "'?y'", "'g?y'", "'#s'", "'g#s'", "'g?y#s'",
    "';x'", "'g;x'", "'g;x?y#s'", "''", "'.'", "'./'", "'..'", "'../'", "'../g'", "'../..'",
    "'../../'", "'../../g'", "'../../../g'", "'/./g'", "'/../g'", "'g.'", "'.g'", "'g..'",
    "'..g'", "'./../g'", "'./g/.'", "'g/./h'", "'g/../h'", "'g;x=1/./y'", "'g;x=1/../y'",
    "'http:g'", "'http:'", "'https://x/y'", "'mailto:z'", "b'g'", "b'../h'", "'a/./b/../../c'",
    "'...'", "'//'", "'///x'", "'?'", "'#'"]
QSTR = ["''", "'abc'", "'a b&c=d/e'", "'\\u00e9\\u20ac'", "'~_.-'", "'%'", "'a+b'", "'/?#[]@'",
    "'\\U0001f600'", "b'a b\\xff'", "bytearray(b'%/')", "'\\x00\\x7f'", "\"!*'()\"", "'\\ud800'"]
UQSTR = ["''", "'%41%42'", "'%zz'", "'%4'", "'%'", "'a+b%20c'", "'%C3%A9'", "'%C3'", "'%e9'",
    "'%ff%fe'", "'\\u00e9%41'", "b'%41'", "'%%41'", "'%2B+'", "'%F0%9F%98%80'", "'%E2%82'",
    "'%C3x%A9'", "'%0a%0D'"]
QS = ["''", "'a=1&b=2'", "'a=1;b=2'", "'a=1&a=2&b'", "'a&b='", "'=x'", "'a=1&&b=2'",
    "'a=%41+b&c=%zz'", "'a=b=c'", "'&'", "'a==1'", "'%3D=%26'", "'a[]=1&a[]=2'", "b'a=1&b=%41'",
    "'x=\\u00e9'", "'a=1&b=2&c=3&d=4'", "'a=;b=2'", "' a = 1 '", "'a=1&b'", "'k=%C3'"]
SEPS = ["'&'", "';'", "'&;'", "''", "None", "b'&'"]
ENC = ["{'a': 1, 'b': 'x y'}", "[('a', 1), ('a', 2)]", "{'a': [1, 2], 'b': ()}",
    "{'a': 'x', 'b': b'\\xff'}", "{b'k': 'v'}", "[('a', None)]", "{'a': ['x', b'y']}",
    "[('s p', '/?&=')]", "{'a': 'x'}.items()", "'ab'", "[('a',)]", "{}", "[]", "{1: 2.5}",
    "{'a': '\\u00e9'}", "{'a': (x for x in 'ab')}", "[['a', 'b']]", "{'a': {'k': 1}}"]


def url(r):
    # a URL from random pieces, each ordinary or odd
    s = pick(r, ["", "http", "HTTPS", "ftp", "mailto", "x-y.z+w", "1a", "file", "svn+ssh", "h\u00e9"])
    s += pick(r, ["://", "://", ":", ":/", ":///", "//", ""])
    if r.random() < 0.3:
        s += pick(r, ["u@", "u:p@", ":@", "u:@", "a@b@", "%40@", "u:p:q@"])
    s += pick(r, ["h", "H.Com", "[::1]", "[::1", "::1]", "1.2.3.4", "", "ex.com.", "[v1.x]",
        "[fe80::1%25e]", "\u00e9.com", "[1:2:3:4:5:6:7:8]", "[::ffff:1.2.3.4]", "[bad]", "h\u2100"])
    s += pick(r, ["", "", ":", ":80", ":99999", ":-1", ":x", ":0080", ": 1", ":1:2", ":65535",
        ":65536", ":+1", ":1_0", ":\u0661"])
    s += pick(r, ["", "/", "/a/b", "/a;p", "/%zz", "/a b", "//x", "/a/./../b", ";p=1", "/\u00e9"])
    s += pick(r, ["", "", "?", "?a=1&b", "?;", "?a?b"])
    s += pick(r, ["", "", "#", "#f", "#a#b", "#?x"])
    if r.random() < 0.1:
        s = pick(r, [" ", "\t", "\x00", "\n"]) + s
    if r.random() < 0.05:
        s = s[:r.randint(0, len(s))] + pick(r, ["\n", "\t", "\r"]) + s[r.randint(0, len(s)):]
    if r.random() < 0.1 and s.isascii():
        return repr(s.encode())
    return repr(s)


QCH = list("a%2A%zF+=&;/?# \u00e9~") + ["%41", "%C3%A9", "%E2%82", "%%", "\U0001f600", "%0"]


def gen_urllib(r):
    u = pick(r, URLS) if r.random() < 0.4 else url(r)
    k = r.random()
    if k < 0.15:
        return pick(r, ["up.%s(%s)" % (pick(r, ["quote", "quote_plus", "unquote", "unquote_plus",
            "unquote_to_bytes", "parse_qsl", "urlsplit"]), chars(r, QCH)),
            "up.parse_qs(%s, %s)" % (chars(r, QCH), pick(r, ["True", "False"])),
            "up.parse_qsl(%s, True, True)" % chars(r, QCH),
            "up.quote(%s, safe=%s)" % (chars(r, QCH), chars(r, QCH, 3))])
    if k < 0.25:
        f = pick(r, ["urlsplit", "urlparse"])
        extra = pick(r, ["", "", ", scheme='ftp'", ", allow_fragments=False", ", 'x', False",
            ", b'ftp'"])
        attr = pick(r, ["", "", ".port", ".hostname", ".username", ".password", ".netloc",
            ".geturl()", ".path", ".query", ".fragment", ".scheme", "._replace(scheme='h')",
            ".encode()", ".decode()"])
        return "up.%s(%s%s)%s" % (f, u, extra, attr)
    if k < 0.3:
        return "up.%s(up.%s(%s))" % (pick(r, ["urlunsplit", "urlunparse"]),
            pick(r, ["urlsplit", "urlparse"]), u)
    if k < 0.35:
        return "up.%s(%s)" % (pick(r, ["urlunsplit", "urlunparse"]), pick(r, [
            "('http', 'h', '/p', 'q', 'f')", "('', '', 'p', '', '')", "('', '', '//p', '', '')",
            "('s', '', 'p', '', '')", "('http', 'h', 'p', '', '')", "[b'http', b'h', b'/', b'', b'']",
            "('a', 'b', 'c')", "('', 'h', '', '', '', '')", "('http', 'h', '/p', 'x', 'q', 'f')",
            "('file', '', '/x', '', '')", "('http', '', '', '', '#')", "('', '', 'a:b', '', '')",
            "('mailto', '', 'a@b', '', '')", "(None, None, None, None, None)"]))
    if k < 0.5:
        if r.random() < 0.3:
            b, rel = url(r), pick(r, RELS)
            if b[0] == "b" and rel[0] != "b":
                rel = "b" + rel
            return "up.urljoin(%s, %s)" % (b, url(r) if r.random() < 0.3 else rel)
        return "up.urljoin(%s, %s%s)" % (pick(r, BASES), pick(r, RELS),
            pick(r, ["", "", ", False"]))
    if k < 0.55:
        return "up.urldefrag(%s)" % u
    if k < 0.65:
        f = pick(r, ["quote", "quote_plus"])
        opts = ""
        if r.random() < 0.4:
            opts += ", safe=%s" % pick(r, ["''", "'/'", "'&='", "b'~'", "'\\u00e9'", "'%'", "None"])
        if r.random() < 0.2:
            opts += ", encoding=%s" % pick(r, ["'latin-1'", "'ascii'", "'utf-8'"])
            if r.random() < 0.5:
                opts += ", errors=%s" % pick(r, ["'strict'", "'replace'", "'ignore'"])
        return "up.%s(%s%s)" % (f, pick(r, QSTR), opts)
    if k < 0.75:
        f = pick(r, ["unquote", "unquote_plus", "unquote_to_bytes"])
        opts = ""
        if f != "unquote_to_bytes" and r.random() < 0.3:
            opts = pick(r, [", 'latin-1'", ", errors='strict'", ", errors='ignore'",
                ", 'ascii', 'replace'"])
        return "up.%s(%s%s)" % (f, pick(r, UQSTR + ["None", "1"]), opts)
    if k < 0.85:
        opts = ""
        if r.random() < 0.4:
            opts += ", doseq=%s" % pick(r, ["True", "False"])
        if r.random() < 0.3:
            opts += ", safe=%s" % pick(r, ["'/'", "'[]'", "''", "b'/'"])
        if r.random() < 0.2:
            opts += ", quote_via=%s" % pick(r, ["up.quote", "up.quote_plus"])
        return "up.urlencode(%s%s)" % (pick(r, ENC), opts)
    f = pick(r, ["parse_qs", "parse_qsl"])
    opts = ""
    if r.random() < 0.4:
        opts += ", keep_blank_values=%s" % pick(r, ["True", "False", "1"])
    if r.random() < 0.4:
        opts += ", strict_parsing=%s" % pick(r, ["True", "False"])
    if r.random() < 0.3:
        opts += ", max_num_fields=%s" % pick(r, ["1", "2", "3", "0", "None"])
    if r.random() < 0.3:
        opts += ", separator=%s" % pick(r, SEPS)
    if r.random() < 0.1:
        opts += ", encoding='latin-1'"
    v = "up.%s(%s%s)" % (f, pick(r, QS), opts)
    return "sorted(%s.items())" % v if f == "parse_qs" else v


ADDRS = ["'1.2.3.4'", "'0.0.0.0'", "'255.255.255.255'", "'256.1.1.1'", "'01.2.3.4'", "'1.2.3'",
    "'1.2.3.4.5'", "'::'", "'::1'", "'fe80::1%eth0'", "'2001:db8::'", "'::ffff:1.2.3.4'",
    "'1::2::3'", "'1:2:3:4:5:6:7:8:9'", "'1:2:3:4:5:6:7:8'", "'gggg::'", "0", "2**32",
    "2**32-1", "-1", "2**128", "2**128-1", "b'\\x01\\x02\\x03\\x04'", "bytes(16)", "bytes(5)",
    "'127.0.0.1'", "'10.1.2.3'", "'172.16.0.1'", "'192.168.1.1'", "'169.254.1.1'",
    "'224.0.0.1'", "'240.0.0.1'", "'100.64.0.1'", "'fe80::'", "'fec0::1'", "'ff02::1'",
    "'2002:c000:204::1'", "'2001::1'", "'::ffff:7f00:1'", "'1.2.3.04'", "' 1.2.3.4'",
    "'1.2.3.4 '", "''", "'1.2.3.4/32'", "'::1.2.3.4'", "'1:2:3:4:5:6:1.2.3.4'", "'12345::'",
    "'::0:0:0:0:0:0:0'", "'0:0:0:0:0:0:0:0'", "'1:0:0:1:0:0:0:1'", "'FE80::ABCD'",
    "'1.2.3.4%1'", "'[::1]'", "'::1%'", "None", "1.5", "'0x1.2.3.4'", "'1.2.3.256'",
    "'fd00::1'", "'64:ff9b::1'", "'2001:db8::1'", "'100::'", "'2001:10::1'"]
NETS = ["'10.0.0.0/8'", "'10.0.0.1/8'", "'192.168.0.0/255.255.0.0'", "'10.0.0.0/0.0.0.255'",
    "'1.2.3.4/33'", "'::/0'", "'2001:db8::/32'", "'fe80::/10'", "'1.2.3.0/24'", "('10.0.0.0', 8)",
    "(167772160, 24)", "'10.0.0.0/08'", "'0.0.0.0/0'", "'1.2.3.4'", "'1.2.3.4/32'",
    "'1.2.3.4/31'", "'::1/128'", "'::/127'", "'2001:db8::/126'", "'1.2.3.0/255.0.255.0'",
    "'10.0.0.0/-1'", "'10.0.0.0/'", "'/8'", "'1.2.3.0/24/1'", "'fe80::1%e/64'",
    "'2001:db8::1/64'", "'192.0.2.0/30'", "'10.0.0.0/ 8'", "(b'\\n\\x00\\x00\\x00', 8)",
    "'1.2.3.0/0.0.0.0'", "'1.2.3.4/255.255.255.255'", "('::1', 128)", "'::/ffff::'",
    "'172.16.0.0/12'", "'ff00::/8'", "'100.64.0.0/10'"]


def v4(r):
    return ".".join(pick(r, ["0", "1", "10", "127", "169", "172", "192", "224", "255", "256",
        "01", "00", "", "1000", "254", "100", "168", "16", "31", "64"]) for _ in range(
        pick(r, [4, 4, 4, 4, 3, 5])))


def v6(r):
    g = [pick(r, ["0", "1", "ffff", "FFFF", "fe80", "2001", "db8", "0000", "00000", "g", "",
        "abcd", "ff02", "2002", "64", "ff9b", "fc00", "100"]) for _ in range(pick(r, [8, 8, 7, 6, 3, 9]))]
    t = ":".join(g)
    if r.random() < 0.5:
        i = r.randint(0, len(g))
        t = ":".join(g[:i]) + "::" + ":".join(g[i + 2:])
    if r.random() < 0.1:
        t += ":" + v4(r)
    if r.random() < 0.1:
        t += pick(r, ["%eth0", "%", "%1/64"])
    return t


def rnet(r):
    if r.random() < 0.5:
        return "ipa.ip_network((%d, %d), False)" % (r.getrandbits(32), r.randint(16, 32))
    return "ipa.ip_network((%d, %d), False)" % (r.getrandbits(128), r.randint(100, 128))


def gen_ipaddress(r):
    if r.random() < 0.2:
        n, m = rnet(r), rnet(r)
        return pick(r, ["L(%s.address_exclude(%s))" % (n, "%s.supernet(%d)" % (m, r.randint(0, 3))),
            "L(%s.address_exclude(%s))" % (n, "ipa.ip_network((%s.network_address + %d, %d), False)"
                % (n, r.randint(0, 64), r.randint(24, 32))),
            "L(ipa.collapse_addresses([%s]))" % ", ".join("ipa.ip_network(('10.0.%d.%d', %d), False)"
                % (r.randint(0, 3), r.randint(0, 255), r.randint(22, 32)) for _ in range(r.randint(1, 6))),
            "L(ipa.summarize_address_range(ipa.ip_address(%d), ipa.ip_address(%d)))" % tuple(
                sorted([r.getrandbits(32), r.getrandbits(32)])),
            "L(ipa.summarize_address_range(ipa.ip_address('1.2.3.%d'), ipa.ip_address('1.2.%d.%d')))" % (
                r.randint(0, 255), r.randint(0, 5), r.randint(0, 255)),
            "(%s.subnet_of(%s), %s.supernet_of(%s), %s.overlaps(%s))" % (n, m, n, m, n, m),
            "L(%s.subnets(new_prefix=%d))" % (n, r.randint(14, 36)),
            "%s.supernet(new_prefix=%d)" % (n, r.randint(0, 34)),
            "L(%s.hosts(), 5)" % n, "%s[%d]" % (n, r.randint(-70000, 70000)),
            "(%s < %s, %s == %s)" % (n, m, n, m),
            "%s.compare_networks(%s)" % (n, m),
            "ipa.ip_address(%d) %s %d" % (r.getrandbits(32), pick(r, "+-"), r.randint(-2**32, 2**32)),
        ])
    a = pick(r, ADDRS) if r.random() < 0.5 else repr(pick(r, [v4, v6])(r))
    n = pick(r, NETS) if r.random() < 0.5 else repr(pick(r, [v4, v6])(r) + "/" + pick(r,
        ["0", "1", "8", "24", "30", "31", "32", "33", "64", "120", "127", "128", "129", "255.255.0.0",
         "0.255.255.255", "ffff::", "", "x", "016", "+8"]))
    s = pick(r, ["", "", ", strict=False", ", False", ", strict=True"])
    k = r.random()
    if k < 0.3:
        f = pick(r, ["ip_address", "ip_address", "ip_interface", "IPv4Address", "IPv6Address"])
        attr = pick(r, ["", ".compressed", ".exploded", ".reverse_pointer", ".is_private",
            ".is_global", ".is_loopback", ".is_multicast", ".is_link_local", ".is_reserved",
            ".is_unspecified", ".is_site_local", ".packed", ".version", ".max_prefixlen",
            ".ipv4_mapped", ".sixtofour", ".teredo", ".scope_id", "", " + 1", " - 1", " + 2**32",
            " - (-1)", ".network", ".netmask", ".with_prefixlen", ".ip", ".hostmask",
            ".with_netmask", ".with_hostmask", "", "int()", "str()"])
        if attr in ("int()", "str()"):
            return "%s(ipa.%s(%s))" % (attr[:-2], f, a)
        return "ipa.%s(%s)%s" % (f, a, attr)
    if k < 0.6:
        f = pick(r, ["ip_network", "ip_network", "IPv4Network", "IPv6Network", "ip_interface"])
        attr = pick(r, ["", ".network_address", ".broadcast_address", ".netmask", ".hostmask",
            ".prefixlen", ".num_addresses", ".with_prefixlen", ".with_netmask", ".with_hostmask",
            ".compressed", ".exploded", ".is_private", ".is_global", ".is_multicast",
            ".is_reserved", ".is_loopback", ".is_link_local", ".reverse_pointer",
            "[0]", "[-1]", "[3]", "[2**40]", ".supernet()", ".supernet(3)", ".supernet(new_prefix=4)",
            ".supernet(prefixlen_diff=40)", ".supernet(1, 2)", ".supernet(new_prefix=30)",
            ".subnets()", ".subnets(2)", ".subnets(new_prefix=26)", ".subnets(new_prefix=4)",
            ".subnets(prefixlen_diff=0)", ".subnets(1, 2)", ".subnets(200)", ".hosts()",
            ".network", ".ip", ".interface"])
        if attr in (".hosts()",) or attr.startswith(".subnets"):
            return "L(ipa.%s(%s%s)%s)" % (f, n, s if f != "ip_interface" else "", attr)
        if f == "ip_interface":
            s = ""
        return "ipa.%s(%s%s)%s" % (f, n, s, attr)
    if k < 0.7:
        return "ipa.ip_network(%s, False).%s(ipa.ip_network(%s, False))" % (n, pick(r,
            ["overlaps", "subnet_of", "supernet_of", "compare_networks", "__contains__",
             "__eq__", "__lt__"]), pick(r, NETS))
    if k < 0.75:
        return "L(ipa.ip_network(%s, False).address_exclude(ipa.ip_network(%s, False)))" % (
            n, pick(r, NETS))
    if k < 0.8:
        return "L(ipa.collapse_addresses([%s]))" % ", ".join(
            "ipa.ip_%s(%s%s)" % pick(r, [("network", pick(r, NETS), ", False"),
            ("address", pick(r, ADDRS[:16]), ""), ("network", "'1.2.3.%d/32'" % r.randint(0, 9), ""),
            ("network", "'10.0.%d.0/24'" % r.randint(0, 5), "")]) for _ in range(r.randint(0, 4)))
    if k < 0.85:
        return "L(ipa.summarize_address_range(ipa.ip_address(%s), ipa.ip_address(%s)))" % (
            pick(r, ADDRS[:20] + ["'1.2.3.7'", "'1.2.3.200'", "'::5'"]),
            pick(r, ADDRS[:20] + ["'1.2.3.7'", "'1.2.3.200'", "'::ffff'"]))
    if k < 0.93:
        op = pick(r, ["<", ">", "<=", ">=", "==", "!="])
        x = pick(r, ["ipa.ip_address(%s)" % a, "ipa.ip_network(%s, False)" % n,
            "ipa.ip_interface(%s)" % a, "1", "'1.2.3.4'"])
        y = pick(r, ["ipa.ip_address(%s)" % pick(r, ADDRS), "ipa.ip_network(%s, False)" %
            pick(r, NETS), "ipa.ip_interface(%s)" % pick(r, NETS), "None"])
        return "%s %s %s" % (x, op, y)
    return pick(r, [
        "sorted([ipa.ip_address(%s), ipa.ip_address(%s)], key=ipa.get_mixed_type_key)" % (
            a, pick(r, ADDRS)),
        "ipa.v4_int_to_packed(%s)" % pick(r, ["0", "2**32-1", "2**32", "-1", "'1'"]),
        "ipa.v6_int_to_packed(%s)" % pick(r, ["0", "2**128-1", "2**128", "-1"]),
        "ipa.ip_address(%s) in ipa.ip_network(%s, False)" % (a, n),
        "format(ipa.ip_address(%s), %s)" % (a, pick(r, ["''", "'b'", "'x'", "'X'", "'n'",
            "'_b'", "'#x'", "'s'", "'>20'", "'#_X'", "'d'"])),
        "hash(ipa.ip_address(%s)) == hash(ipa.ip_address(%s))" % (a, a),
        "ipa.ip_address(%s).__reduce__()" % a,
    ])


DATES = ["2000, 1, 1", "1, 1, 1", "9999, 12, 31", "2024, 2, 29", "2023, 2, 29", "0, 1, 1",
    "10000, 1, 1", "2020, 13, 1", "2020, 0, 1", "2020, 1, 32", "2020, 4, 31", "1970, 1, 1",
    "2021, 1, 3", "2020, 12, 28", "1999, 12, 31", "2020, 1.5, 1", "'2020', 1, 1", "2020, True, 1"]
TIMES = ["", "0", "23, 59, 59, 999999", "12, 30", "24", "0, 60", "0, 0, 60", "0, 0, 0, 1000000",
    "1, 2, 3, 4", "-1", "13, 0, 0, 500", "0, 0, 0, 0, None, fold=1", "0, 0, 0, 0, None, fold=2"]
TDS = ["0", "1", "-1", "days=1", "seconds=-1", "microseconds=1", "1.5", "hours=25", "weeks=-1",
    "milliseconds=-1.5", "days=999999999", "days=-999999999", "days=1000000000",
    "0, 0, 0.5", "minutes=1e10", "0, 86399, 999999", "-0.000001", "days=0.1", "seconds=1e-7",
    "microseconds=0.5", "microseconds=1.5", "microseconds=2.5", "days=-1, seconds=1",
    "hours=-1.25", "0, -1", "days=float('nan')"]
TZS = ["timezone.utc", "timezone(timedelta(hours=5, minutes=30))", "timezone(timedelta(hours=-8))",
    "timezone(timedelta(0), 'Z')", "timezone(timedelta(hours=24))", "timezone(timedelta(seconds=1))",
    "timezone(timedelta(hours=-23, minutes=-59))", "timezone(timedelta(microseconds=5))",
    "None", "timezone(timedelta(hours=1), 'CET')"]
ISO_D = ["'2020-01-02'", "'20200102'", "'2020-1-2'", "'2020-W01-1'", "'2020W011'", "'2020-366'",
    "'2021-366'", "'2020-02-30'", "''", "'2020-01-02T'", "'0000-01-01'", "'2020-001'",
    "'2020-W53-7'", "'2021-W53-1'", "'+2020-01-01'", "' 2020-01-02'"]
ISO_T = ["'12:34'", "'12:34:56'", "'12:34:56.7'", "'12:34:56.123456789'", "'12:34:56,5'",
    "'1234'", "'123456'", "'12'", "'24:00'", "'12:60'", "'12:34:56Z'", "'12:34+05:30'",
    "'12:34:56-0800'", "'12:34:56+05'", "'12:34:56+05:30:15.5'", "'12:34:56.+01'", "'T12:34'",
    "'12:34:56.1234567'", "''", "'12:3'", "'12:34:56+24:00'", "'12:34:56.000001Z'"]
ISO_DT = ["'2020-01-02T03:04:05'", "'2020-01-02 03:04'", "'2020-01-02T03:04:05.123+01:00'",
    "'2020-01-02T03:04:05Z'", "'2020-01-02T24:00'", "'2020-01-02x03:04'", "'2020-01-02T'",
    "'20200102T030405'", "'2020-W01-1T00:00'", "'2020-01-02T03'", "'2020-01-02T03:04:05.5-0530'",
    "'2020-01-02T03:04:05+00:00:01'", "'2020-01-02'", "'2020-01-02T3:04'", "'2020-12-31T23:59:59.999999'"]
FMTS = ["'%Y-%m-%d %H:%M:%S'", "'%a %A %b %B'", "'%j %U %W %w'", "'%y %p %I'", "'%f'",
    "'%z %Z'", "'%%'", "'%c'", "'%x %X'", "'%G-W%V-%u'", "'%e'", "'%'", "'%q'", "'%-d'",
    "'%H:%M %%Y'", "''", "'\\u00e9%Y'", "'%C %D %T'", "'%s'", "'%:z'"]
DTV = ["datetime(2020, 1, 2, 3, 4, 5, 6)", "datetime(1, 1, 1)", "datetime(9999, 12, 31, 23, 59, 59, 999999)",
    "datetime(2020, 6, 1, 12, tzinfo=timezone.utc)",
    "datetime(2020, 6, 1, 12, tzinfo=timezone(timedelta(hours=-3, minutes=-30)))",
    "datetime(2024, 2, 29, 0, 0, 0, 500000)", "datetime(2000, 1, 1, 13, 5)",
    "datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=5), 'X'))",
    "datetime(2021, 12, 31, 23, 59, 59, fold=1)"]


def rdate(r):
    return "%d, %d, %d" % (pick(r, [1, 2, 4, 100, 1600, 1900, 1969, 1970, 2000, 2020, 2024, 9999,
        r.randint(1, 9999), 0, 10000]), pick(r, [1, 2, 12, r.randint(1, 12), 0, 13]),
        pick(r, [1, 28, 29, 30, 31, r.randint(1, 28), 0, 32]))


def rtime(r):
    return "%d, %d, %d, %d" % (pick(r, [0, 12, 23, r.randint(0, 23), 24]),
        pick(r, [0, 59, r.randint(0, 59), 60]), pick(r, [0, 59, r.randint(0, 59)]),
        pick(r, [0, 999999, r.randint(0, 999999), 500000, 1000]))


def rtd(r):
    return ", ".join("%s=%s" % (k, pick(r, [str(r.randint(-10**6, 10**6)), str(r.randint(-99, 99)),
        repr(r.uniform(-1e5, 1e5)), repr(r.uniform(-2, 2)), "0.5", "-0.5", "1.5e-6"]))
        for k in r.sample(["days", "seconds", "microseconds", "milliseconds", "minutes", "hours",
            "weeks"], r.randint(1, 3)))


def riso(r):
    d = pick(r, ["%04d-%02d-%02d" % (r.randint(0, 9999), r.randint(0, 13), r.randint(0, 32)),
        "%04d%02d%02d" % (r.randint(1, 9999), r.randint(1, 12), r.randint(1, 28)),
        "%04d-W%02d-%d" % (r.randint(1, 9999), r.randint(0, 54), r.randint(0, 8)),
        "%04dW%02d%d" % (r.randint(1, 9999), r.randint(1, 53), r.randint(1, 7)),
        "%04d-W%02d" % (r.randint(1, 9999), r.randint(1, 53)),
        "%04d-%03d" % (r.randint(1, 9999), r.randint(0, 367))])
    if r.random() < 0.7:
        d += pick(r, ["T", " ", "x", "t", "\u00e9"]) + pick(r, ["%02d" % r.randint(0, 25),
            "%02d:%02d" % (r.randint(0, 24), r.randint(0, 60)),
            "%02d:%02d:%02d" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 60)),
            "%02d%02d%02d" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))])
        if r.random() < 0.5:
            d += pick(r, [".", ","]) + "1234567"[:r.randint(0, 7)]
        if r.random() < 0.5:
            d += pick(r, ["Z", "+00:00", "-05:30", "+0530", "+05", "+24:00", "-23:59:59",
                "+01:02:03.5", "+01:02:03.123456", "z", "+1", "-00:00"])
    return repr(d)


def gen_datetime(r):
    td = "timedelta(%s)" % (pick(r, TDS) if r.random() < 0.6 else rtd(r))
    td2 = "timedelta(%s)" % (pick(r, TDS) if r.random() < 0.6 else rtd(r))
    d = "date(%s)" % (pick(r, DATES) if r.random() < 0.5 else rdate(r))
    t = "time(%s)" % (pick(r, TIMES) if r.random() < 0.5 else rtime(r))
    x = pick(r, DTV) if r.random() < 0.5 else "datetime(%s, %s%s)" % (rdate(r), rtime(r),
        pick(r, ["", ", %s" % pick(r, TZS)]))
    if r.random() < 0.1:
        return "datetime.fromisoformat(%s)" % riso(r)
    if r.random() < 0.15:
        tz = "timezone(timedelta(minutes=%d))" % r.randint(-1439, 1439)
        y = "datetime(%s, %s, tzinfo=%s)" % (rdate(r), rtime(r), tz)
        return pick(r, ["%s - %s" % (y, x), "%s.astimezone(%s)" % (y, tz), "%s == %s" % (y, x),
            "%s < %s" % (y, x), "(%s).isoformat()" % y, "%s.utcoffset()" % y, "str(%s)" % y,
            "%s + %s" % (y, td), "%s.timestamp()" % y, "%s * %s" % (td, repr(r.uniform(-5, 5))),
            "%s / %s" % (td, td2), "%s // %s" % (td, td2), "%s %% %s" % (td, td2),
            "%s / %d" % (td, r.randint(-9, 9)), "%s // %d" % (td, r.randint(-9, 9)),
            "str(%s)" % td, "%s.timetuple()" % y, "%s.strftime('%%z %%Z %%c')" % y,
            "round(%s.total_seconds(), 3)" % td, "abs(%s)" % td, "-%s" % td,
            "%s.replace(tzinfo=None) - %s" % (y, x), "datetime.combine(%s, %s, %s)" % (d, t, tz)])
    if r.random() < 0.05:
        return "%s.strftime(%r)" % (x, "".join(pick(r, ["%Y", "%m", "%d", "%H", "%I", "%M", "%S",
            "%f", "%j", "%U", "%W", "%w", "%a", "%A", "%b", "%B", "%p", "%y", "%z", "%Z", "%%",
            "%G", "%V", "%u", "-", " ", "x"]) for _ in range(r.randint(1, 6))))
    k = r.random()
    if k < 0.1:
        return pick(r, [td, "repr(%s)" % td, "str(%s)" % td, "%s.total_seconds()" % td,
            "(%s).days, (%s).seconds" % (td, td)])
    if k < 0.25:
        op = pick(r, ["+", "-", "*", "/", "//", "%", "<", "==", "divmod"])
        y = pick(r, [td2, "2", "0", "-1.5", "0.1", "3", "d0", "float('inf')", "True"]).replace(
            "d0", d)
        if op == "divmod":
            return "divmod(%s, %s)" % (td, y)
        return "%s %s %s" % (pick(r, [td, "2", "0.5", d, x]), op, y)
    if k < 0.35:
        attr = pick(r, ["", ".isoformat()", ".weekday()", ".isoweekday()", ".isocalendar()",
            ".toordinal()", ".ctime()", ".replace(day=31)", ".replace(year=2021)", ".timetuple()",
            ".replace(month=2, day=29)", ".strftime(%s)" % pick(r, FMTS), " - date(2000, 1, 1)",
            " + timedelta(days=%s)" % pick(r, ["1", "-1", "3652059", "-800000"]),
            ".isocalendar().week", "str()", "format()"])
        if attr in ("str()", "format()"):
            return "%s(%s)" % (attr[:-2], d) + (")" if False else "")
        return "%s%s" % (d, attr)
    if k < 0.45:
        tz = pick(r, TZS)
        tt = "time(%s)" % pick(r, ["", "1, 2, 3", "23, 59, 59, 999999", "12, 0, 0, 1"])
        if tz != "None":
            tt = tt[:-1] + (", " if tt != "time()" else "") + "tzinfo=%s)" % tz
        attr = pick(r, ["", ".isoformat()", ".isoformat('hours')", ".isoformat('minutes')",
            ".isoformat('seconds')", ".isoformat('milliseconds')", ".isoformat('microseconds')",
            ".isoformat('auto')", ".isoformat('x')", ".utcoffset()", ".tzname()", ".dst()",
            ".replace(hour=25)", ".replace(tzinfo=None)", ".strftime(%s)" % pick(r, FMTS),
            " < time(5)", " == time(1, 2, 3)", ".replace(microsecond=7)"])
        return pick(r, [t, tt]) + attr
    if k < 0.55:
        return "%s.fromisoformat(%s)" % pick(r, [("date", pick(r, ISO_D)), ("time", pick(r, ISO_T)),
            ("datetime", pick(r, ISO_DT + ISO_D)), ("datetime", "%s[:-1] + 'T' + %s" % (
                pick(r, ISO_D), pick(r, ISO_T))), ("date", "b'2020-01-01'"), ("time", "None")])
    if k < 0.8:
        attr = pick(r, ["", ".isoformat()", ".isoformat(' ')", ".isoformat('T', 'milliseconds')",
            ".isoformat(sep='xx')", ".isoformat(timespec='hours')", ".strftime(%s)" % pick(r, FMTS),
            ".timestamp()", ".utcoffset()", ".tzname()", ".date()", ".time()", ".timetz()",
            ".replace(tzinfo=%s)" % pick(r, TZS), ".astimezone(%s)" % pick(r, TZS[:8]),
            ".utctimetuple()", ".timetuple()", ".ctime()", ".toordinal()", ".weekday()",
            " + %s" % td, " - %s" % td, " - datetime(2020, 1, 1)",
            " - datetime(2020, 1, 1, tzinfo=timezone.utc)", " < datetime(2020, 1, 1)",
            " == datetime(2020, 6, 1, 12)", " == datetime(2020, 6, 1, 7, 30, tzinfo=%s)" % pick(r, TZS[:4]),
            " < datetime(2020, 1, 1, tzinfo=timezone.utc)", " == %s" % d,
            ".replace(fold=1)", ".fold", ".replace(year=10000)", ".replace(month=2, day=30)",
            ".__format__(%s)" % pick(r, FMTS), "str()", ".dst()"])
        if attr == "str()":
            return "str(%s)" % x
        return x + attr
    if k < 0.85:
        return pick(r, [
            "datetime.combine(%s, time(%s))" % (d, pick(r, TIMES)),
            "datetime.combine(%s, time(1), %s)" % (d, pick(r, TZS)),
            "date.fromordinal(%s)" % pick(r, ["1", "0", "3652059", "3652060", "738000", "-5", "1.5"]),
            "date.fromisocalendar(%s)" % pick(r, ["2020, 1, 1", "2020, 53, 7", "2021, 53, 1",
                "2020, 0, 1", "2020, 1, 8", "0, 1, 1", "9999, 52, 5", "10000, 1, 1"]),
            "datetime.fromtimestamp(%s, timezone.utc)" % pick(r, ["0", "1e9", "-1", "1.5",
                "253402300800", "-62135596801", "1e20", "float('nan')", "1234567890.123456"]),
            "datetime.fromtimestamp(0, %s)" % pick(r, TZS),
            "datetime.utcfromtimestamp(%s)" % pick(r, ["0", "86400.5", "-1.25"]),
            "datetime.strptime(%s, %s)" % pick(r, [("'2020-01-02'", "'%Y-%m-%d'"),
                ("'12:30'", "'%H:%M'"), ("'2020-13-01'", "'%Y-%m-%d'"), ("'1/2/20'", "'%m/%d/%y'"),
                ("'2020'", "'%Y-%m'"), ("'Jan 5 2021 +0200'", "'%b %d %Y %z'"),
                ("'2020-01-02x'", "'%Y-%m-%d'"), ("' 5'", "'%d'")]),
            "repr(%s)" % pick(r, TZS), "str(%s)" % pick(r, TZS),
            "%s.utcoffset(None)" % pick(r, TZS[:8]), "%s.tzname(None)" % pick(r, TZS[:8]),
            "timezone(%s)" % pick(r, ["timedelta(hours=24)", "timedelta(hours=-24)", "1", "None",
                "timedelta(0), 5", "timedelta(minutes=1), ''"]),
            "%s == %s" % (pick(r, TZS), pick(r, TZS)),
        ])
    if k < 0.9:
        return "%s == %s" % (pick(r, [d, x, t, td]), pick(r, [d, x, t, td, "1", "None"]))
    return "%s %s %s" % (pick(r, [d, x, t]), pick(r, ["<", ">=", "-", "+"]), pick(r, [d, x, t, td, "1"]))


DATESTR = ["'Mon, 20 Nov 1995 19:12:08 -0500'", "'Mon, 20 Nov 1995 19:12:08 GMT'",
    "'20 Nov 1995 19:12:08'", "'Mon, 20 Nov 95 19:12 EST'", "'Tue, 1 Jan 2019 00:00:00 +0000'",
    "'Thu, 01 Jan 1970 00:00:00 -0000'", "''", "'garbage'", "'Mon, 32 Nov 1995 19:12:08 -0500'",
    "'Mon, 20 Foo 1995 19:12:08'", "'20 Nov 1995'", "'Mon, 20 Nov 1995 19:12:08 +05'",
    "'Mon,20 Nov 1995 19:12:08 PST'", "'1995-11-20 19:12:08'", "'Nov 20 1995 19:12:08'",
    "'Mon, 20 Nov 1995 19:12:08.5 +0000'", "'Mon, 20 Nov 1995 24:00:00 UT'",
    "'Mon, 20 Nov 1995 19:12:08 +9999'", "'Sun, 06 Nov 1994 08:49:37 Z'", "'6 Nov 94 8:49 A'",
    "'Wed, 2 Feb 2000 1:2:3 CDT'", "'Fri, 9 Jan 1998 08:49:37 +0100 (CET)'", "'1 2 3 4 5'",
    "'Mon, 20 Nov 1995 19:12:08 -0500 extra'", "'20 November 1995 19:12'", "'Mon 20 Nov'"]
ADDRSTR = ["'A B <a@b.c>'", "'a@b.c'", "'\"Quoted, Name\" <q@x.y>'", "'<only@angle>'",
    "'name (comment) <n@x>'", "'a@b.c (Real Name)'", "''", "'<>'", "'bad'", "'a@'", "'@b'",
    "'Joe <joe@x>, Ann <ann@y>'", "'\"a\\\\\"b\" <c@d>'", "'group: a@b, c@d;'", "'a <b@c'",
    "'<a@b> trailing'", "'\\u00e9 <e@x>'", "'a.b@c.d.'", "'  spaced  <s@x>  '",
    "'\"\" <e@x>'", "'x <y@z>; w'", "'a@b,'", "',a@b'", "'Mr. X <x@y>'"]


ECH = list("ab@.<>,;:\"() \\[]") + ["x@y", "Name", "<a@b>", "\u00e9", "group:", "(c)"]
DCH = list(" ,:-+0123456789") + ["Mon", "Nov", "GMT", "EST", "1995", "19:12", "20", "+0500", "Jan",
    "-0000", "UT", "PM", "Tue,", "jan", "2024", "12:00:00", "99", "0130"]


def gen_email(r):
    k = r.random()
    if k < 0.25:
        return pick(r, ["eu.parseaddr(%s)" % chars(r, ECH),
            "eu.getaddresses([%s, %s])" % (chars(r, ECH), chars(r, ECH)),
            "eu.parsedate_tz(%s)" % chars(r, DCH, 8), "eu.parsedate(%s)" % chars(r, DCH, 8),
            "eu.formataddr((%s, %s))" % (chars(r, ECH, 6), chars(r, ECH, 6)),
            "eu.unquote(%s)" % chars(r, ECH, 6), "eu.quote(%s)" % chars(r, ECH, 6),
            "eu.decode_rfc2231(%s)" % chars(r, ["'", "us-ascii", "en", "a%20b", "%", "x"], 6),
            "eu.encode_rfc2231(%s%s)" % (chars(r, ["a", " ", "%", "\u00e9", "'", "*"], 6),
                pick(r, ["", ", 'utf-8'", ", 'us-ascii', 'en'", ", None, 'en'"])),
            "eu.collapse_rfc2231_value(%s)" % pick(r, ["'abc'", "('utf-8', 'en', 'caf%C3%A9')",
                "('utf-8', '', 'caf\u00e9')", "('bogus-charset', '', 'x')", "(None, None, 'x')",
                "('us-ascii', '', '\u00e9')", "'\"q\"'"]),
            "eu.decode_params(%s)" % pick(r, ["[('text/plain', ''), ('charset', '\"utf-8\"')]",
                "[('a', ''), ('title*', \"us-ascii'en'This%20is\")]",
                "[('a', ''), ('t*0', '\"x\"'), ('t*1', '\"y\"')]",
                "[('a', ''), ('t*0*', \"utf-8''%C3%A9\"), ('t*1', 'z')]"])])
    k = r.random()
    if k < 0.2:
        return "eu.formatdate(%s%s)" % (pick(r, ["0", "1e9", "817000000.5", "-86400", "2**31",
            "1234567890", "253402300799", "'x'"]), pick(r, ["", ", usegmt=True",
            ", usegmt=False", ", False, True"]))
    if k < 0.5:
        return "eu.%s(%s)" % (pick(r, ["parsedate", "parsedate_tz", "parsedate_tz",
            "parsedate_to_datetime"]), pick(r, DATESTR + ["None", "1"]))
    if k < 0.55:
        return "eu.mktime_tz(eu.parsedate_tz(%s))" % pick(r, DATESTR[:6])
    if k < 0.75:
        return "eu.parseaddr(%s)" % pick(r, ADDRSTR + ["b'a@b'"])
    if k < 0.85:
        return "eu.formataddr(%s)" % pick(r, ["('A B', 'a@b.c')", "('', 'a@b')", "(None, 'x@y')",
            "('Quote \"me\"', 'q@x')", "('a,b', 'c@d')", "('\\u00e9t\\u00e9', 'e@x')",
            "('a\\\\b', 'c@d')", "('A', '')", "('x.y', 'z@w')", "('A', '\\u00e9@x')",
            "('a', 'b', 'c')", "('(c)', 'a@b')"])
    if k < 0.95:
        return "eu.getaddresses([%s])" % ", ".join(pick(r, ADDRSTR) for _ in range(r.randint(0, 3)))
    return "eu.%s(%s)" % pick(r, [("quote", "'a\"b\\\\c'"), ("unquote", "'\"abc\"'"),
        ("unquote", "'<abc>'"), ("unquote", "'\"a\\\\\"b\"'"), ("format_datetime",
        "datetime(2020, 1, 2, 3, 4, 5, tzinfo=timezone.utc)"), ("format_datetime",
        "datetime(2020, 1, 2, 3, 4, 5)"), ("format_datetime",
        "datetime(2020, 1, 2, tzinfo=timezone(timedelta(hours=-5))), True")])


def cookie_text(r):
    parts = []
    for _ in range(r.randint(0, 4)):
        k = pick(r, ["a", "b", "Path", "expires", "Max-Age", "secure", "HttpOnly", "x y",
            "key!", "$ver", "c", "samesite", "domain", "comment", "version", "k=", "", "\u00e9"])
        v = pick(r, ["1", "", "\"q\"", "\"a\\\"b\"", "\"\\012\"", "v v", "\"un", "/", "a,b",
            "Wed, 09 Jun 2021 10:18:14 GMT", "\\", "x=y", "\"\\\\\"", "Lax", "\"a;b\""])
        if r.random() < 0.15:
            parts.append(k)
        else:
            parts.append("%s=%s" % (k, v))
    return repr(pick(r, ["; ", ";", " ; ", ", "]).join(parts))


CCH = list("ab=; ,\"\\$!:") + ["expires", "Path", "max-age", "secure", "\\012", "x y", "\u00e9"]


def gen_cookies(r):
    k = r.random()
    if k < 0.2:
        return "CK(%s)" % chars(r, CCH, 16)
    if k < 0.6:
        return "CK(%s)" % cookie_text(r)
    if k < 0.8:
        key = pick(r, ["'a'", "'x y'", "'expires'", "'$a'", "'a:b'", "'\\u00e9'", "''", "1"])
        val = pick(r, ["'v'", "'a b'", "'\"q\"'", "'a;b'", "'\\u00e9'", "'\\n'", "'\\\\'", "1",
            "'a,b'", "''"])
        attrs = ""
        for _ in range(r.randint(0, 2)):
            attrs += "; c[%s][%s] = %s" % (key, pick(r, ["'path'", "'max-age'", "'secure'",
                "'httponly'", "'Expires'", "'bogus'", "'samesite'", "'comment'", "'domain'",
                "'version'"]), pick(r, ["'/x'", "True", "10", "'Strict'", "'a b'", "''", "'x;y'"]))
        return "(lambda c: (exec(%r, {'c': c}), c.output(), c.output(header='H:', sep='|'), " \
            "c.js_output().count('document'), repr(c))[1:])(hc.SimpleCookie())" % (
                "c[%s] = %s%s" % (key, val, attrs))
    return pick(r, [
        "(lambda m: (m.set(%s, 'v', 'v'), m.output(), m.OutputString(), repr(m))[1:])(hc.Morsel())"
            % pick(r, ["'k'", "'expires'", "'a b'", "'$x'"]),
        "hc.SimpleCookie(%s).output()" % cookie_text(r),
        "hc.SimpleCookie({'a': 'b c', 'd': 1}).output()",
        "hc._quote(%s)" % pick(r, ["'a'", "'a b'", "'\"'", "'\\x7f'", "'\\u00e9'", "'a;b'"]),
        "hc._unquote(%s)" % pick(r, ["'\"a\"'", "'\"\\\\012\"'", "'\"a\\\\\"b\"'", "'\"'", "'ab'",
            "'\"\\\\400\"'"]),
    ])


HTMLS = ["'<a href=\"x\">&amp;</a>'", "\"'\"", "'&amp;&lt;&gt;&quot;&#39;'", "'&#x41;&#65;&#0;'",
    "'&#x110000;'", "'&#xD800;'", "'&#128;&#150;'", "'&notit;'", "'&notin;'", "'&ampx'", "'&amp'",
    "'&#'", "'&#x'", "'&#xg;'", "'&#65'", "'&#0065;'", "'&#9999999999;'", "'&;'", "'&'",
    "'&AMP;'", "'&Amp;'", "'&lt'", "'&copy2'", "'&#x7f;&#x81;&#13;'", "'&#1;&#11;'",
    "'&#xFFFE;'", "'&#x10FFFF;'", "'&nbsp;&ne;&Uuml;'", "'&eacute'", "'&eacutex;'",
    "'&#X41;'", "'a & b'", "''", "'&&amp;;'", "'&gt;&GT;&gt'", "'&frac12;&frac1'", "'&#-1;'"]


HCH = list("&#;xX09aA<>\"' ") + ["amp", "lt", "gt", "quot", "apos", "nbsp", "ampx", "notin", "not",
    "copy", "x41", "1114112", "0", "128", "65", "eacute", "\u00e9", "frac1", "AMP", "sup"]


def gen_html(r):
    if r.random() < 0.4:
        return "html.%s(%s)" % (pick(r, ["unescape", "unescape", "escape"]), chars(r, HCH, 16))
    if r.random() < 0.3:
        return "html.escape(%s%s)" % (pick(r, HTMLS + ["'\\u00e9<>'", "None", "b'<'"]),
            pick(r, ["", ", False", ", quote=True", ", 0"]))
    s = pick(r, HTMLS)
    if r.random() < 0.3:
        s = "%s + %s" % (s, pick(r, HTMLS))
    return "html.unescape(%s)" % s


SHS = ["'a b c'", "'a \"b c\" d'", "\"a 'b c' d\"", "'a\\\\ b'", "'\"unterminated'", "\"'un\"",
    "'a\\\\'", "'a # comment'", "'a#b'", "'\"a\\\\\"b\"'", "\"'a\\\\'\"", "''", "'   '",
    "'a\\nb'", "'\"\"'", "\"''\"", "'a\"b\"c'", "'\\\\\"'", "'$x ${y}'", "'a;b|c&&d'",
    "'\\u00e9 x'", "'\"a\\\\nb\"'", "'\"a\\\\$b\"'", "'\\\\\\n'", "'a \\t b'", "'x=\"1 2\"'",
    "'#only'", "'\"#\"'", "'a\\\\\\\\b'"]


SCH = list("a b\"'\\#\n\t;|&()$*") + ["ab", "\u00e9", "  ", "\\\"", "'x'", '"y"']


def gen_shlex(r):
    k = r.random()
    if k < 0.3:
        return pick(r, ["shlex.split(%s%s)" % (chars(r, SCH), pick(r, ["", ", True", ", posix=False",
            ", True, False"])), "shlex.quote(%s)" % chars(r, SCH),
            "shlex.split(shlex.quote(%s))" % chars(r, SCH),
            "shlex.split(shlex.join([%s, %s]))" % (chars(r, SCH), chars(r, SCH)),
            "L(shlex.shlex(%s%s))" % (chars(r, SCH), pick(r, ["", ", posix=True",
                ", punctuation_chars=True", ", posix=True, punctuation_chars=True"]))])
    if k < 0.6:
        return "shlex.split(%s%s)" % (pick(r, SHS), pick(r, ["", ", True", ", comments=True",
            ", posix=False", ", True, False", ", comments=False, posix=False"]))
    if k < 0.8:
        return "shlex.quote(%s)" % pick(r, ["''", "'abc'", "'a b'", "\"it's\"", "'a\"b'",
            "'@%+=:,./-_'", "'\\u00e9'", "'a\\nb'", "'$x'", "'*'", "b'x'", "1"])
    if k < 0.9:
        return "shlex.join(%s)" % pick(r, ["['a', 'b c']", "[]", "['']", "[\"it's\", '$']",
            "('x',)", "['a', 1]"])
    return "L(shlex.shlex(%s%s))" % (pick(r, SHS), pick(r, ["", ", posix=True",
        ", punctuation_chars=True", ", posix=True, punctuation_chars=';|'"]))


WORDS = ["hello", "world", "a", "", "supercalifragilistic", "well-known", "co--op", "end.",
    "Mr.", "x-", "-y", "\t", "  ", "\n", "e.g.", "1.5", "A!", "wait?", "\u00e9t\u00e9",
    "long-hyphenated-word-here", "--", "a\u00a0b", "\x0b", "tab\there", "ab\rcd"]


def text(r):
    n = r.randint(0, 14)
    return repr("".join(pick(r, WORDS) + pick(r, [" ", " ", "  ", "\n", "\t", ""]) for _ in range(n)))


def gen_textwrap(r):
    k = r.random()
    if k < 0.2:
        return "textwrap.%s(%s)" % (pick(r, ["dedent", "wrap", "fill"]), chars(r,
            list(" \t\na-.") + ["ab", "word", "x\u00e9"], 20))
    if k < 0.5:
        opts = []
        for name, vals in [("break_long_words", ["False"]), ("break_on_hyphens", ["False"]),
                ("drop_whitespace", ["False"]), ("expand_tabs", ["False"]),
                ("tabsize", ["0", "4", "1"]), ("replace_whitespace", ["False"]),
                ("fix_sentence_endings", ["True"]), ("max_lines", ["1", "2", "3"]),
                ("placeholder", ["' ...'", "'~'", "''", "'[...........]'"]),
                ("initial_indent", ["'* '", "'   '"]), ("subsequent_indent", ["'  '", "'>'"])]:
            if r.random() < 0.15:
                opts.append("%s=%s" % (name, pick(r, vals)))
        w = pick(r, ["1", "2", "5", "10", "20", "70", "0", "-1", "3"])
        if "indent" in "".join(opts) and int(w) < 3:
            # an indent wider than the width can make CPython loop for ever
            # (tests/extmod/textwrap_noroom_s29L1.py)
            w = pick(r, ["3", "5", "10"])
        return "textwrap.%s(%s)" % (pick(r, ["wrap", "fill"]), ", ".join([text(r), w] + opts))
    if k < 0.65:
        return "textwrap.shorten(%s, %s%s)" % (text(r), pick(r, ["5", "10", "20", "3", "1", "40"]),
            pick(r, ["", ", placeholder='..'", ", placeholder=''", ", break_long_words=False"]))
    if k < 0.85:
        return "textwrap.dedent(%s)" % pick(r, ["'  a\\n  b'", "'  a\\n    b\\n'", "'\\ta\\n        b'",
            "'  a\\n\\n  b'", "'  a\\n \\n  b'", "' \\t a\\n \\t b'", "'a\\n  b'", "''", "'   '",
            "'\\n  x\\n   y\\n'", "'  a\\r\\n  b'", "' \\u3000a\\n \\u3000b'", "'  a\\n  \\n'",
            "'\\t\\ta\\n\\t b'", "'  x\\n\\t y'"])
    return "textwrap.indent(%s, %s%s)" % (pick(r, ["'a\\nb'", "'a\\n\\nb\\n'", "''", "'\\n'",
        "'  \\nx'", "'a\\r\\nb'", "'x\\x0cy'"]), pick(r, ["'> '", "''", "'\\t'"]),
        pick(r, ["", ", lambda l: True", ", str.strip", ", None"]))


HEXES = ["'12345678-1234-5678-1234-567812345678'", "'{12345678-1234-5678-1234-567812345678}'",
    "'urn:uuid:12345678-1234-5678-1234-567812345678'", "'12345678123456781234567812345678'",
    "'1234567812345678123456781234567'", "'g2345678123456781234567812345678'",
    "'12345678-1234-5678-1234-56781234567'", "''", "'12345678_1234_5678_1234_567812345678'",
    "'{12345678123456781234567812345678}'", "'URN:UUID:12345678123456781234567812345678'",
    "'  12345678123456781234567812345678  '", "'123456781234567812345678123456780'",
    "'{12345678-1234-5678-1234-567812345678'", "'00000000-0000-0000-0000-000000000000'",
    "'ffffffff-ffff-ffff-ffff-ffffffffffff'", "'6ba7b810-9dad-11d1-80b4-00c04fd430c8'",
    "'a8098c1a-f86e-11da-bd1a-00112444be1e'", "'+2345678123456781234567812345678'",
    "'0x345678123456781234567812345678'"]


def gen_uuid(r):
    src = pick(r, [
        "uuid.UUID(%s)" % pick(r, HEXES),
        "uuid.UUID(bytes=%s)" % pick(r, ["bytes(16)", "bytes(range(16))", "bytes(15)", "b'x'*17"]),
        "uuid.UUID(bytes_le=%s)" % pick(r, ["bytes(range(16))", "bytes(3)"]),
        "uuid.UUID(int=%s)" % pick(r, ["0", "1", "2**128-1", "2**128", "-1", "1.0", "True"]),
        "uuid.UUID(fields=%s)" % pick(r, ["(1, 2, 3, 4, 5, 6)", "(0, 0, 0, 0, 0, 0)",
            "(2**32, 0, 0, 0, 0, 0)", "(1, 2, 3, 4, 5)", "(1, 2, 3, 256, 5, 6)", "(1, 2, 3, 4, 5, 2**48)",
            "(-1, 0, 0, 0, 0, 0)"]),
        "uuid.UUID(%s, version=%s)" % (pick(r, HEXES[:3] + HEXES[14:16]),
            pick(r, ["1", "3", "4", "5", "0", "6", "9", "None"])),
        "uuid.UUID(%s)" % pick(r, ["", "bytes=bytes(16), int=0", "int=0, version=4",
            "hex='0'*32, is_safe=uuid.SafeUUID.safe", "1", "None"]),
        "uuid.uuid3(uuid.NAMESPACE_%s, %s)" % (pick(r, ["DNS", "URL", "OID", "X500"]),
            pick(r, ["'python.org'", "''", "'\\u00e9'", "1"])),
        "uuid.uuid5(uuid.NAMESPACE_%s, %s)" % (pick(r, ["DNS", "URL", "OID", "X500"]),
            pick(r, ["'python.org'", "''", "'\\u00e9'", "1"])),
    ])
    attr = pick(r, ["", ".hex", ".urn", ".bytes", ".bytes_le", ".fields", ".int", ".variant",
        ".version", ".time_low", ".time_mid", ".time_hi_version", ".clock_seq_hi_variant",
        ".clock_seq_low", ".node", ".time", ".clock_seq", ".is_safe", "str()", "int()",
        " == uuid.UUID(int=0)", " < uuid.UUID(int=5)", " == 1", " < 1", ".__setattr__('x', 1)",
        "hash()"])
    if attr == "hash()":
        return "hash(%s) == hash(%s)" % (src, src)
    if attr.endswith("()") and not attr.startswith("."):
        return "%s(%s)" % (attr[:-2], src)
    return src + attr


FRS = ["Fr(1, 3)", "Fr(-2, 4)", "Fr(0)", "Fr('3/4')", "Fr(' -3/4 ')", "Fr('1.5e3')",
    "Fr('1_000/3')", "Fr('inf')", "Fr('nan')", "Fr('1/0')", "Fr('')", "Fr('3.')", "Fr('.5')",
    "Fr('1e')", "Fr('0x10')", "Fr(1.5)", "Fr(float('inf'))", "Fr(0.1)", "Fr(1, 0)",
    "Fr(Fr(1, 2), Fr(3, 4))", "Fr(2**70, 3)", "Fr('1/-2')", "Fr('+7')", "Fr('1 /2')",
    "Fr('-0')", "Fr('1.5/2')", "Fr(1.5, 2)", "Fr(True)", "Fr('1__0')", "Fr('\\u0661/2')",
    "Fr(1, -3)", "Fr(-7, 2)", "Fr('2e-3')", "Fr(None)", "Fr('1e1000')", "Fr(5, X(2))"]
FNUMS = ["1", "-2", "0", "1.5", "0.0", "1j", "True", "2**64", "Fr(1, 2)", "Fr(-3, 7)",
    "float('nan')", "float('inf')", "'1'", "None"]


FCH = list("0123456789") + [" ", "-", "+", "/", ".", "e", "E", "_", "j", "\u0663", "inf", "nan",
    "0x", "\t"]


def gen_fractions(r):
    a = pick(r, FRS)
    if r.random() < 0.3:
        a = "Fr(%s)" % pick(r, [chars(r, FCH, 8), str(r.randint(-10**6, 10**6)),
            "%d, %d" % (r.randint(-1000, 1000), r.randint(-1000, 1000)), repr(r.uniform(-1e6, 1e6)),
            repr(r.uniform(-1, 1)), "%r, %d" % (r.uniform(-1, 1), r.randint(1, 9))])
    k = r.random()
    if k < 0.15:
        return a
    if k < 0.5:
        op = pick(r, ["+", "-", "*", "/", "//", "%", "**", "<", "<=", "==", "!=", ">"])
        b = pick(r, FNUMS + FRS[:8])
        if r.random() < 0.4:
            a, b = b, a
        if op == "**":
            b = pick(r, ["2", "-2", "0", "Fr(1, 2)", "0.5", "Fr(-1)", "1j", "Fr(2)", "-1"])
        return "%s %s %s" % (a, op, b)
    if k < 0.6:
        return "divmod(%s, %s)" % (a, pick(r, FNUMS + FRS[:6]))
    return pick(r, [
        "%s.limit_denominator(%s)" % (a, pick(r, ["", "1", "10", "100", "0", "-1", "1.5"])),
        "round(%s%s)" % (a, pick(r, ["", ", 0", ", 1", ", -1", ", 2", ", None"])),
        "(int(%s), float(%s))" % (a, a), "(str(%s), repr(%s))" % (a, a),
        "(math.floor(%s), math.ceil(%s), math.trunc(%s))".replace("math.", "__import__('math').")
            % (a, a, a),
        "%s.as_integer_ratio()" % a, "(%s.numerator, %s.denominator)" % (a, a),
        "hash(%s) == hash(float(%s))" % (a, a), "bool(%s)" % a, "abs(-%s)" % a,
        "Fr.from_float(%s)" % pick(r, ["0.25", "1", "float('nan')", "'1'", "-0.0", "1e300"]),
        "Fr.from_decimal(%s)" % pick(r, ["1", "'1'", "__import__('decimal').Decimal('1.25')"]),
        "Fr(%s, %s)" % (pick(r, FNUMS), pick(r, FNUMS)),
        "format(%s, %s)" % (a, pick(r, ["''", "'10'", "'.3f'", "'e'"])),
        "%s.is_integer()" % a,
        "min(%s, %s)" % (a, pick(r, FNUMS[:9])),
    ])


GENS = {"urllib": gen_urllib, "ipaddress": gen_ipaddress, "datetime": gen_datetime,
    "email": gen_email, "cookies": gen_cookies, "html": gen_html, "shlex": gen_shlex,
    "textwrap": gen_textwrap, "uuid": gen_uuid, "fractions": gen_fractions}


def program(calls, messages):
    lines = [PRELUDE, "class X:\n    def __init__(s, n): s.n = n\n    def __index__(s): return s.n",
        "MSG = %s" % messages]
    for i, c in enumerate(calls):
        lines.append("T(%d, lambda: (%s))" % (i, c))
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=5, help="programs to run")
    ap.add_argument("--calls", type=int, default=300, help="calls a program")
    ap.add_argument("--binary", default=os.path.join(REPO, "micropython"))
    ap.add_argument("--cpython", default=CPYTHON)
    ap.add_argument("--messages", action="store_true", help="compare exception messages too")
    ap.add_argument("--only", type=lambda s: s.split(","), help=",".join(GENS))
    ap.add_argument("--show", type=int, default=40, help="differences to print at most")
    a = ap.parse_args()
    gens = [GENS[g] for g in (a.only or GENS)]
    seen, found = set(), 0
    for n in range(a.count):
        r = random.Random(a.seed + n)
        calls = [r.choice(gens)(r) for _ in range(a.calls)]
        src = program(calls, a.messages)
        mine, ref = parse(run(a.binary, src)), parse(run(a.cpython, src))
        if len(ref) < len(calls):
            # nothing after this point is compared: say so
            print("program %d: CPython printed %d of %d results" % (n, len(ref), len(calls)))
        for i, c in enumerate(calls):
            if mine.get(i) == ref.get(i) or c in seen:
                continue
            # confirm alone: a difference that vanishes came from an earlier call
            one = program([c], a.messages)
            m1 = parse(run(a.binary, one, 10)).get(0, "<no output>")
            r1 = parse(run(a.cpython, one, 10)).get(0, "<no output>")
            if m1 == r1:
                continue
            seen.add(c)
            found += 1
            if found <= a.show:
                print("%s\n  mp: %s\n  py: %s" % (c, m1, r1))
    print("%d differences" % found)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
