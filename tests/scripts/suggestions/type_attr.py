int.from_byte(b'a', 'big')
