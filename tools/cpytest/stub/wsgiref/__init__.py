# cpytest stub, used only when running our interpreter (which has no wsgiref).
# See simple_server.py.
