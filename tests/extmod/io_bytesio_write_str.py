# MicroPython streams accept a str wherever bytes are written (its UTF-8
# bytes); CPython's BytesIO raises TypeError, so this has a .exp file.
import io

b = io.BytesIO()
print(b.write('abc'), b.write('é'))
print(b.getvalue())
