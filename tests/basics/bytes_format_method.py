# bytes.format exists in MicroPython but not in CPython (AttributeError
# there), so the expected output is a hand-written .exp file.
print(b'{}'.format(1))
print(b'{}-{}'.format(2, 'x'))
print(b'{:>4}|'.format(7))
