# Integer arithmetic: floor division and modulo signs, big ints, bit operations.
for a in (7, -7, 0, 13):
    for b in (3, -3, 5):
        print(a, b, a // b, a % b, divmod(a, b), a / b)
print(2 ** 100, -2 ** 63, 2 ** -2)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(123456789 * 987654321 * 1000000007)
print(1 << 70, (1 << 70) >> 68, -1 >> 3, 5 & 3, 5 | 3, 5 ^ 3, ~5)
print(abs(-12), abs(-2 ** 80), pow(3, 4, 5), pow(2, -1, 7))
print(int("42"), int("-0x1f", 16), int("0b101", 0), int("  12  "), int(3.99), int(-3.99))
print(hex(255), oct(8), bin(10), hex(-255))
print(round(2.5), round(3.5), round(-2.5), round(1234, -2), round(1250, -2))
print(10 ** 20 // 7, 10 ** 20 % 7, (-10) ** 21 // 13)
print(True + True, True * 3, False - 1, True & False, True | False)
x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 3; x %= 7
print(x)
print(int.bit_length(1023), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
