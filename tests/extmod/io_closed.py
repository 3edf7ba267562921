# operations on a closed BytesIO/StringIO raise ValueError
import io

for cls, data in ((io.BytesIO, b'abc'), (io.StringIO, 'abc')):
    f = cls(data)
    print(f.closed)
    f.close()
    f.close()
    print(f.closed)
    for op in (f.read, f.readline, f.getvalue, f.tell, lambda: f.write(data), lambda: f.seek(0), f.flush,
               lambda: iter(f)):
        try:
            op()
            print('no error')
        except ValueError:
            print('ValueError')
