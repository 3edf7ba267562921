# int.to_bytes
print((1024).to_bytes(2, 'big'), (1024).to_bytes(4, 'little'))
print((0).to_bytes(3, 'big'), (255).to_bytes(1, 'big'))
print((2 ** 64 - 1).to_bytes(8, 'big'), (2 ** 100).to_bytes(13, 'little'))
print((-1).to_bytes(2, 'big', signed=True), (-256).to_bytes(2, 'little', signed=True))
print((127).to_bytes(1, 'big', signed=True), (-128).to_bytes(1, 'big', signed=True))
print((-(2 ** 70)).to_bytes(10, 'big', signed=True))
for args in ((256, 1, 'big'), (-1, 1, 'big'), (128, 1, 'big', True)):
    try:
        args[0].to_bytes(args[1], args[2], signed=len(args) > 3)
    except OverflowError:
        print('OverflowError', args)
x = 0x1234567890abcdef1234
print(int.from_bytes(x.to_bytes(10, 'big'), 'big') == x)
