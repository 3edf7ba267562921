# Wrong argument counts and types for select.poll() methods and select.select().
import select
import socket

p = select.poll()
a, b = socket.socketpair()
cases = [
    (p.register, ()), (p.register, (b, "x")), (p.register, (b, 1, 2)),
    (p.unregister, ()), (p.unregister, (b, 1)),
    (p.modify, (b,)), (p.modify, (b, "x")),
    (p.poll, (1, 2, 3)), (p.poll, ("x",)),
    (select.poll, (1,)),
    (select.select, ([], [])), (select.select, ([], [], [], 1, 2)),
    (select.select, (1, [], [])), (select.select, ([], [], [], "x")),
    (select.select, ([None], [], [])),
]
for f, args in cases:
    try:
        f(*args)
        print("no error")
    except TypeError:
        print("TypeError")
    except (OSError, ValueError, KeyError) as e:
        print(type(e).__name__)
a.close()
b.close()
