# PEP 263: bytes source with a Latin-1 coding declaration.
src = '# coding: Latin-1\nu = "\xc7a"\n'.encode("latin-1")
ns = {}
exec(compile(src, "<latin1>", "exec"), ns)
print(ascii(ns["u"]), len(ns["u"]))
src = '#!/usr/bin/env python\n# -*- coding: iso-8859-1 -*-\nv = "\xe9t\xe9"\n'.encode("latin-1")
exec(src, ns)
print(ascii(ns["v"]))
exec(bytearray('# vim: set fileencoding=latin-1 :\nw = "\xff"\n'.encode("latin-1")), ns)
print(ascii(ns["w"]))
# A str is text already: its declaration changes nothing.
exec('# coding: latin-1\nq = "\xe9"\n', ns)
print(ascii(ns["q"]))
exec('# -*- coding: utf-8 -*-\nr = "\xe9"\n'.encode("utf-8"), ns)
print(ascii(ns["r"]))
print(eval(b'# coding: latin-1\n"\xe9"'.decode("latin-1").encode("latin-1")) == "\xe9")
