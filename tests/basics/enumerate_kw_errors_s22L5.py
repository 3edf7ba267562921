# enumerate() checks keyword names before reporting a missing iterable, as CPython does
calls = [
    ((), {}),
    ((), {"start": 1}),
    ((), {"x": 1}),
    ((), {"x": 1, "y": 2}),
    ((), {"start": 1, "y": 2}),
    ((), {"y": 1, "start": 2}),
    ((), {"iterable": [5], "start": 1, "x": 2}),
    ((), {"x": 1, "y": 2, "z": 3}),
    (([5],), {"x": 1}),
    (([5],), {"iterable": 1}),
    (([5],), {"start": 1, "x": 2}),
    (([5], 2), {"start": 3}),
    ((), {"iterable": [5]}),
    ((), {"iterable": [5], "start": 1}),
    ((), {"start": 1, "iterable": [5]}),
    (([5],), {"start": 7}),
]
for a, k in calls:
    try:
        print(list(enumerate(*a, **k)))
    except TypeError as e:
        print("TypeError", e)
