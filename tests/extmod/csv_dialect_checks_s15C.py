# csv: a reader's/writer's dialect is read-only; quotechar=None (without
# quoting=) means QUOTE_NONE, with quoting enabled it is a TypeError;
# writer() needs an object with a write method
import csv
import io

r = csv.reader([], delimiter=';')
d = r.dialect
print(d.delimiter, d.quotechar, d.quoting, d.doublequote, d.skipinitialspace, d.strict)
for what in (lambda: setattr(d, 'delimiter', ':'), lambda: delattr(d, 'quoting'),
             lambda: setattr(d, 'other', 1)):
    try:
        what()
    except AttributeError:
        print('AttributeError')
print(d.delimiter, d.quoting)
print(csv.reader([], quotechar=None).dialect.quoting == csv.QUOTE_NONE)
print(list(csv.reader(['a,"b,c"'], quotechar=None)))
for q in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    try:
        csv.reader([], quotechar=None, quoting=q)
    except TypeError as e:
        print(q, e)
print(csv.reader([], quotechar=None, quoting=csv.QUOTE_NONE).dialect.quotechar)
for bad in (None, 42):
    try:
        csv.writer(bad)
    except TypeError as e:
        print(e)
w = csv.writer(io.StringIO(), dialect='unix')
print(repr(w.dialect.lineterminator), w.dialect.quoting)
