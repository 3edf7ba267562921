# with socket.socket() as s: closes s at the end, also on an exception.
import socket

with socket.socket() as s:
    print(s.fileno() >= 0)
print(s.fileno())

try:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as u:
        raise ValueError("boom")
except ValueError as e:
    print("ValueError", e)
print(u.fileno())
