[x * 2 for x in range(3)], {"a": (1, 2)}, lambda: 0
