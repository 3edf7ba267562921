# Functions that a C module or type lists as stubs of frozen Python
# (socket.create_connection, random's distributions, time.strptime) have a
# __name__ and __qualname__, also before their module is imported, as the
# functions they stand for; functools.wraps copies them.
import functools, random, socket, time

for f in (socket.create_connection, socket.create_server, random.Random.gauss,
          random.Random.betavariate, time.strptime):
    print(f.__name__, f.__qualname__.rsplit('.', 1)[-1])


@functools.wraps(time.strptime)
def wrapper(*args):
    return time.strptime(*args)


print(wrapper.__name__, wrapper('2024', '%Y').tm_year)
try:
    time.strptime.__module_name_that_does_not_exist__
except AttributeError:
    print('AttributeError')
