from __future__ import annotations
# PEP 646 stars and one-item subscript tuples in string annotations
def f(a: Tuple[int,], b: Tuple[*Ts], c: Tuple[(int,)], d: Tuple[()]) -> tuple[*Ts, int]: pass
print(f.__annotations__)
