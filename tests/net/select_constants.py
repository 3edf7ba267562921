# select module constants have the host's values.
import select

for name in ("POLLIN", "POLLPRI", "POLLOUT", "POLLERR", "POLLHUP", "POLLNVAL"):
    print(name, getattr(select, name))
