# errors of the random functions
import random

cases = [
    lambda: random.randrange(0),
    lambda: random.randrange(5, 5),
    lambda: random.randrange(1, 5, 0),
    lambda: random.randrange(1.5),
    lambda: random.randint(5, 1),
    lambda: random.choice([]),
    lambda: random.getrandbits(-1),
    lambda: random.sample([1, 2], 3),
    lambda: random.sample([1, 2], -1),
    lambda: random.sample({1, 2}, 1),
    lambda: random.choices([1], weights=[1, 2]),
    lambda: random.choices([1], weights=[1], cum_weights=[1]),
    lambda: random.choices([], k=1),
]
for f in cases:
    try:
        f()
        print('no error')
    except Exception as e:
        print(type(e).__name__)
