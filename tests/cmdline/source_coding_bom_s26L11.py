# coding: latin-1
# A script that starts with a UTF-8 byte order mark and declares another
# encoding does not run: CPython's tokenizer error, with no location.
print("not reached")
