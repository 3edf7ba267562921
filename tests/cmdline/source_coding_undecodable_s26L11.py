# coding: ascii
# Bytes a script's declared codec cannot decode: CPython's tokenizer reports an
# "encoding problem" naming the declaration, with no location.
print("café")
