# number-to-text builtins
print(bin(True), hex(False), oct(2**70), bin(-2**65), hex(-1), oct(0))
for bad in ('bin(1.0)', "hex('a')", 'oct(None)', 'chr(-1)', "chr('a')", 'ord(1)', "ord('')", 'chr(1.5)'):
    try:
        eval(bad)
    except (TypeError, ValueError) as e:
        print(bad, type(e).__name__)
print(ord('\x00'), chr(0) == '\x00', chr(127), repr(chr(128)), repr(chr(0xd800)), chr(0xffff) == '\uffff')
print(format(10, 'b'), format(-10, '#o'), format(255, '#x'), format(255, 'X'), format(2**64, 'x'))
print(int(bin(12345), 2), int(hex(-255), 16), int(oct(64), 8), int(oct(64), 0))
