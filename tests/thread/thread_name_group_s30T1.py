# Thread(name='') or another false name gets the default name, with the
# target's name after it; a group other than None is an AssertionError.
import threading


def work():
    pass


for n in ["", None, 0, "w", 5]:
    t = threading.Thread(target=work, name=n)
    nm = t.name
    print(repr(n), nm.startswith("Thread-") and nm.endswith(" (work)") or nm)
t = threading.Thread(name="")
print(t.name.startswith("Thread-"), "(" in t.name)
try:
    threading.Thread(group=1)
except AssertionError as e:
    print("AssertionError", e)
