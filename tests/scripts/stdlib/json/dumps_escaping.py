# Strings as both encoders escape them, with and without ensure_ascii.
import json

samples = ['plain', 'quote " here', 'back \\ slash', 'slash /', 'ctl \b\f\n\r\t', ''.join(map(chr, range(32))),
           '\x7f\x80\x9f\xa0', 'é ü ß', '中文', '日本語テキスト', '😀 emoji 🎉', '\U0010ffff', '\u2028\u2029',
           '\ufeff bom', 'mixed é\n"😀"\\', '']
for s in samples:
    for ensure_ascii in [True, False]:
        out = json.dumps(s, ensure_ascii=ensure_ascii)
        print(ascii(out))
        assert json.loads(out) == s
print(ascii(json.dumps({'é': ['ü', {'中': '😀'}]})))
print(ascii(json.dumps({'é': ['ü', {'中': '😀'}]}, ensure_ascii=False, indent=1)))
print(ascii(json.dumps(samples, ensure_ascii=False)))
big = 'x' * 1000 + 'é' + '"' * 10 + '\n' * 5
print(len(json.dumps(big)), len(json.dumps(big, ensure_ascii=False)))
