# every binary operator on a few operand pairs, with TypeError where undefined
import sys
ops = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '<', '<=', '>', '>=', '==', '!=']
pairs = [(7, 3), (-7, 2), (2.5, 2), (True, 5), ('ab', 3), ([1], 2), ('a', 'b'), ((1,), (2,)), (b'x', 2)]
for a, b in pairs:
    row = []
    for op in ops:
        try:
            row.append(repr(eval('a ' + op + ' b')))
        except TypeError:
            row.append('TE')
    print(repr(a), repr(b), ' '.join(row))
