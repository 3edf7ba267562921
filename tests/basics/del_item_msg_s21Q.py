# CPython's wording for a failed item deletion: "doesn't" for an integer key on a
# sequence-like type, "does not" otherwise.
class A:
    pass
class G:
    def __getitem__(self, i):
        return 1
cases = ["x=1;del x[0]", "x=(1,);del x['x']", "x='ab';del x[0:1]", "x=(1,);del x[0]",
         "x='ab';del x[0]", "x=b'ab';del x[0:1]", "x=b'ab';del x[0]", "x=range(3);del x[0]",
         "x=range(3);del x[0:1]", "x=1.5;del x[0]", "x=None;del x[0]", "del A()[0]", "del G()[0]",
         "x=frozenset();del x[0]", "x={}.keys();del x[0]", "x=iter([]);del x[0]", "x=True;del x[0]",
         "x=1;x[0]=1", "x=(1,);x[0]=1"]
for s in cases:
    try:
        exec(s)
    except TypeError as e:
        print(s, '|', e)
