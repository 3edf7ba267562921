# int operators with bool, float and bigint operands
vals = [0, 1, -1, 7, -7, True, False, 2**70, -(2**70), 2.5, -0.5]
ops = ['+', '-', '*', '//', '%', '**', '<', '<=', '==', '!=', '>', '>=']
for a in vals[:8]:
    for b in vals:
        for op in ops:
            if op == '**' and (isinstance(b, float) or abs(b) > 64):
                continue
            try:
                r = eval('a %s b' % op)
                if isinstance(r, float):
                    r = round(r, 6)
                print(repr(a), op, repr(b), '=', repr(r))
            except Exception as e:
                print(repr(a), op, repr(b), type(e).__name__)
