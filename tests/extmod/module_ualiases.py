# MicroPython's u-prefixed module names are the same modules (CPython has
# none of them, so this test has a .exp file).
import ubinascii, binascii
import ucollections, collections
import uio, io
import ujson, json
import uos, os
import urandom, random
import ustruct, struct
import utime, time

print(ubinascii is binascii, ucollections is collections, uio is io, ujson is json)
print(uos is os, urandom is random, ustruct is struct, utime is time)
print(ustruct.pack('<h', 1), ujson.dumps([1]))
