for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 4.5, 5.5, 0.49999999999999994]:
    print(x, round(x), type(round(x)))
for x in [2.675, 1.005, 0.125, 0.375, 2.5, 1.25, -1.25, 0.045, 1.15, 2.345]:
    print(x, round(x, 2), round(x, 1), round(x, 0))
print(round(1234.5678, -1), round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2))
print(round(0.1 + 0.2, 10), round(1e20, 2), round(1.23456789e-5, 8))
print(round(-0.0), round(float('inf'), 2), round(float('nan'), 2))
print(round(123.456, 5), round(5e-324, 400), round(0.5, 0), round(1.5, 0))
print(round(12345.6789, -5), round(55555.5, -5), round(-55555.5, -4))
print(round(0.5 + 1e-16), round(2.5000000001), round(-2.5000000001))
print(round(1e15 + 0.5), round(4503599627370497.0), round(-1e16 + 2))
