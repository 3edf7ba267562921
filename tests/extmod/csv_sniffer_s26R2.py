# csv.Sniffer guesses the dialect (delimiter, quote, doubled quotes, space
# after the delimiter) and whether the first row is a header, as CPython.
import csv, copy

samples = [
    "name,age,city\nann,31,Oslo\nbob,42,Rome\ncid,27,Lima\n",
    "name; age; city\nann; 31; Oslo\nbob; 42; Rome\n",
    "'a b':'c''d':'e'\n'f':'g':'h h'\n'i':'j''k':'l'\n",
    '"id"|"label"\n1|"x"\n2|"y"\n',
    "a\tb\tc\r\n1\t2\t3\r\n4\t5\t6\r\n",
    "k=1/2/3\nk=4/5/6\nk=7/8/9\n",
    '"only one"\n"column here"\n',
    "10:20:30\n11:21:31\n12:22:32\n13:23:33\n",
    "x+ y+ z\n1+ 2+ 3\n4+ 5+ 6\n",
    "aaa#bb#c\ndddd#e#fff\n",
]
s = csv.Sniffer()
for text in samples:
    try:
        d = s.sniff(text)
        print(repr(d.delimiter), repr(d.quotechar), d.doublequote, bool(d.skipinitialspace),
              repr(d.lineterminator), d.quoting, d.__name__, d._name)
        print("  header:", s.has_header(text))
        print("  rows:", list(csv.reader(text.splitlines(), d)))
    except csv.Error as e:
        print("Error", e)
print(repr(s.sniff("a/b,c\nd/e,f\n", delimiters="/").delimiter))
print(repr(s.sniff("'1;2';'3'", ",;").delimiter))
for text in ("", "abc\ndef\n"):
    try:
        s.sniff(text)
    except csv.Error as e:
        print("Error", e)
for f in (copy.copy, copy.deepcopy):
    try:
        f(csv.get_dialect("excel"))
    except TypeError:
        print("TypeError")
