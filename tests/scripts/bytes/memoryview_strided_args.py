# Strided (non-C-contiguous) memoryviews passed as arguments: a simple buffer request
# refuses them (BufferError), some callers report that as their own TypeError, and the
# constructors, comparisons, hash, %-formatting and int.from_bytes gather their bytes.
# A view of one item is contiguous whatever its step; an empty one with a step is not.
import struct, binascii, base64, hashlib, zlib, codecs, re, io

B = b"abcdef"
def views():
    return [("step2", memoryview(B)[::2]), ("neg", memoryview(B)[::-1]),
            ("len1", memoryview(B)[::10]), ("len0", memoryview(B)[5:0:2]),
            ("ba_step2", memoryview(bytearray(B))[::2]), ("empty_step", memoryview(b"")[::2]),
            ("contig", memoryview(B)[1:4]), ("released", released())]

def released():
    m = memoryview(B)[::2]
    m.release()
    return m

def show(r):
    if isinstance(r, memoryview):
        return ("memoryview", r.tobytes())
    if isinstance(r, (tuple, list)):
        return type(r)(show(x) for x in r)
    return r

def t(label, f):
    for name, m in views():
        try:
            r = f(m)
            print(label, name, "->", repr(show(r)))
        except Exception as e:
            print(label, name, "!", type(e).__name__, re.sub("0x[0-9a-f]+", "0x..", str(e)))

t("find", lambda m: B.find(m))
t("index", lambda m: B.index(m))
t("rfind", lambda m: B.rfind(m))
t("count", lambda m: B.count(m))
t("in", lambda m: m in B)
t("ba_in", lambda m: m in bytearray(B))
t("startswith", lambda m: B.startswith(m))
t("endswith", lambda m: B.endswith(m))
t("startswith_tuple", lambda m: B.startswith((m,)))
t("replace_old", lambda m: B.replace(m, b"x"))
t("replace_new", lambda m: B.replace(b"a", m))
t("split", lambda m: B.split(m))
t("rsplit", lambda m: B.rsplit(m))
t("strip", lambda m: B.strip(m))
t("lstrip", lambda m: B.lstrip(m))
t("partition", lambda m: B.partition(m))
t("rpartition", lambda m: B.rpartition(m))
t("removeprefix", lambda m: B.removeprefix(m))
t("removesuffix", lambda m: B.removesuffix(m))
t("concat", lambda m: b"x" + m)
t("ba_concat", lambda m: bytearray(b"x") + m)
t("mv_concat", lambda m: m + b"x")
t("iadd_ba", lambda m: (lambda a: (a.__iadd__(m), a)[1])(bytearray(b"x")))
t("join", lambda m: b"-".join([m]))
t("join2", lambda m: b"-".join([b"q", m]))
t("ba_join", lambda m: bytearray(b"-").join([m]))
t("join_sep", lambda m: m.tobytes().join([b"a", b"b"]))
t("extend", lambda m: (lambda a: (a.extend(m), a)[1])(bytearray(b"a")))
t("ba_slice", lambda m: (lambda a: (a.__setitem__(slice(0, 1), m), a)[1])(bytearray(b"a")))
t("ba_slice_ext", lambda m: (lambda a: (a.__setitem__(slice(None, None, 2), m), a)[1])(bytearray(b"abcdef")))
t("str", lambda m: str(m, "ascii"))
t("decode_codecs", lambda m: codecs.decode(m, "ascii"))
t("decode_utf8", lambda m: codecs.decode(m, "utf-8"))
t("decode_latin1", lambda m: codecs.decode(m, "latin-1"))
t("utf8_decode", lambda m: codecs.utf_8_decode(m))
t("bytes", lambda m: bytes(m))
t("bytearray", lambda m: bytearray(m))
t("eq", lambda m: m == b"ace")
t("req", lambda m: b"abc" == m)
t("lt", lambda m: b"abc" < m)
t("ne_ba", lambda m: bytearray(b"ace") != m)
t("tobytes", lambda m: m.tobytes())
t("hex", lambda m: m.hex())
t("tolist", lambda m: m.tolist())
t("pct", lambda m: b"a%sb" % m)
t("pct_b", lambda m: b"a%bb" % m)
t("pct_fmt", lambda m: m % ())
t("from_bytes", lambda m: int.from_bytes(m, "big"))
t("hash", lambda m: hash(m) == hash(m.tobytes()))
t("memoryview", lambda m: memoryview(m).tobytes())
t("mv_eq_mv", lambda m: m == memoryview(b"ace"))
t("struct_unpack", lambda m: struct.unpack("3s", m))
t("struct_unpack_from", lambda m: struct.unpack_from("1s", m))
t("struct_iter", lambda m: list(struct.iter_unpack("1s", m)))
t("struct_calcsize", lambda m: struct.Struct("1s").unpack(m))
t("struct_pack_s", lambda m: struct.pack("3s", m))
t("hexlify", lambda m: binascii.hexlify(m))
t("unhexlify", lambda m: binascii.unhexlify(m))
t("b2a_base64", lambda m: binascii.b2a_base64(m))
t("a2b_base64", lambda m: binascii.a2b_base64(m))
t("crc32", lambda m: binascii.crc32(m))
t("b64encode", lambda m: base64.b64encode(m))
t("b64decode", lambda m: base64.b64decode(m))
t("b16encode", lambda m: base64.b16encode(m))
t("b32encode", lambda m: base64.b32encode(m))
t("urlsafe", lambda m: base64.urlsafe_b64encode(m))
t("sha256", lambda m: hashlib.sha256(m).hexdigest()[:8])
t("md5", lambda m: hashlib.md5(m).hexdigest()[:8])
t("sha_update", lambda m: (lambda h: (h.update(m), h.hexdigest()[:8])[1])(hashlib.sha1()))
t("zcrc32", lambda m: zlib.crc32(m))
t("adler32", lambda m: zlib.adler32(m))
t("compress", lambda m: zlib.decompress(zlib.compress(m)))
t("decompress", lambda m: zlib.decompress(m))
t("re_search", lambda m: re.search(b"c", m))
t("re_compile", lambda m: re.compile(m))
t("re_findall", lambda m: re.findall(b".", m))
t("re_sub", lambda m: re.sub(b"a", b"x", m))
t("re_sub_repl", lambda m: re.sub(b"a", m, b"abc"))
t("bytesio", lambda m: io.BytesIO(m).getvalue())
t("bytesio_write", lambda m: (lambda f: (f.write(m), f.getvalue())[1])(io.BytesIO()))
t("fromhex", lambda m: bytes.fromhex(m))
t("maketrans", lambda m: bytes.maketrans(m, m))
t("translate", lambda m: B.translate(None, m))
t("translate_tbl", lambda m: B.translate(m))
t("decode_bytes", lambda m: m.decode())
t("center", lambda m: B.center(10, m))
t("bytes_ctor_str", lambda m: bytes(m, "ascii"))
t("split_none", lambda m: m.tobytes().split())
t("list", lambda m: list(m))
t("iter_bytes", lambda m: bytes(iter(m)))
t("len", lambda m: len(m))
t("eq_ba_other", lambda m: m == bytearray(b"ace"))
t("int_str", lambda m: int(m))
t("float", lambda m: float(m))
t("ba_ctor_fill", lambda m: bytearray(m) == m)
t("ba_insert", lambda m: bytearray(b"a").__contains__(m))
t("ba_remove", lambda m: bytearray(B).find(m))
t("ba_eq", lambda m: bytearray(B) == m)
t("ba_iadd_self", lambda m: bytearray(b"a").__add__(m))
t("bytes_mul", lambda m: m * 2)
t("ord", lambda m: ord(m))
t("unicodedata", lambda m: __import__("unicodedata").normalize("NFC", m))
t("utf16", lambda m: codecs.decode(m, "utf-16"))
t("escape", lambda m: codecs.decode(m, "unicode_escape"))
t("raw_escape", lambda m: codecs.decode(m, "raw_unicode_escape"))
t("idna", lambda m: codecs.decode(m, "idna"))
t("charmap", lambda m: codecs.decode(m, "cp1252"))
t("hex_codec", lambda m: codecs.decode(m, "hex"))
t("base64_codec", lambda m: codecs.decode(m, "base64"))
t("isalpha_via", lambda m: bytes.isalpha(m))
t("ljust", lambda m: B.ljust(8, m))
t("expandtabs", lambda m: bytes.upper(m))
t("sum", lambda m: sum(m))
t("max", lambda m: max(m))
t("sorted", lambda m: sorted(m))
t("set", lambda m: sorted(set(m)))
t("zlib_compressobj", lambda m: (lambda c: zlib.decompress(c.compress(m) + c.flush()))(zlib.compressobj()))
t("zlib_decompobj", lambda m: zlib.decompressobj().decompress(m))
t("hmac", lambda m: __import__("hmac").new(m, b"x", "sha1").hexdigest()[:8])
t("hmac_msg", lambda m: __import__("hmac").new(b"k", m, "sha1").hexdigest()[:8])
t("a2b_hex", lambda m: binascii.a2b_hex(m))
t("b2a_hex_sep", lambda m: binascii.b2a_hex(m, "-"))
t("crc_hqx", lambda m: binascii.crc_hqx(m, 0))
t("b85", lambda m: base64.b85encode(m))
t("a85", lambda m: base64.a85encode(m))
t("json", lambda m: __import__("json").loads(m))
t("uuid", lambda m: __import__("uuid").UUID(bytes=m))
t("sha_new", lambda m: hashlib.new("sha1", m).hexdigest()[:8])
t("blake2", lambda m: hashlib.blake2b(m).hexdigest()[:8])
t("pbkdf2", lambda m: hashlib.pbkdf2_hmac("sha1", m, b"s", 1).hex()[:8])
t("bytes_dunder_eq", lambda m: B.__eq__(m))
t("bytes_mod_c", lambda m: b"%c" % m)
t("bytes_b_keyword", lambda m: bytes(source=m))
t("ba_setitem_idx", lambda m: (lambda a: (a.__setitem__(0, m), a)[1])(bytearray(b"a")))
t("ba_init_again", lambda m: (lambda a: (a.__init__(m), a)[1])(bytearray(b"zz")))
t("ba_replace", lambda m: bytearray(B).replace(m, b""))
t("ba_split", lambda m: bytearray(B).split(m))
t("ba_strip", lambda m: bytearray(B).strip(m))
t("ba_join_item", lambda m: bytearray(b",").join([b"a", m]))
t("ba_startswith", lambda m: bytearray(B).startswith(m))
t("ba_count", lambda m: bytearray(B).count(m))
t("ba_partition", lambda m: bytearray(B).partition(m))
t("ba_rindex", lambda m: bytearray(B).rindex(m))
t("ba_translate", lambda m: bytearray(B).translate(None, m))
t("ba_extend_iter", lambda m: (lambda a: (a.extend(iter(m)), a)[1])(bytearray()))
t("ba_fromhex", lambda m: bytearray.fromhex(m))
t("ba_maketrans", lambda m: bytearray.maketrans(m, m))
t("ba_decode", lambda m: bytearray(m).decode())

# Attributes and the other argument forms.
for name, m in views()[:-1]:
    print(name, m.c_contiguous, m.contiguous, m.f_contiguous, m.strides)

def one(label, f):
    try:
        print(label, "->", repr(show(f())))
    except Exception as e:
        print(label, "!", type(e).__name__, re.sub("0x[0-9a-f]+", "0x..", str(e)))

S = memoryview(b"abcdef")[::2]
one("hex_sep_strided", lambda: b"ab".hex(S))
one("hex_sep_view1", lambda: b"ab".hex(memoryview(b"-")))
one("hex_sep_bytearray", lambda: b"ab".hex(bytearray(b"-")))
one("hex_sep_bytes", lambda: b"ab".hex(b"-"))
one("int_base_view", lambda: int(memoryview(b"12"), 10))
one("int_base_strided", lambda: int(S, 16))
one("int_view", lambda: int(memoryview(b"12")))
one("int_view_bad", lambda: int(memoryview(b"1x")))
one("float_view", lambda: float(memoryview(b"1.5")))
one("partition_bytearray_sep", lambda: b"abc".partition(bytearray(b"b")))
one("partition_view_sep", lambda: b"abc".partition(memoryview(b"b")))
one("rpartition_view_sep", lambda: b"abc".rpartition(memoryview(b"c")))
one("bytearray_partition_view", lambda: bytearray(b"abc").partition(memoryview(b"b")))
one("bytearray_partition_strided", lambda: bytearray(b"xaceyace").rpartition(S))
x = b"abc"
one("partition_not_found_same", lambda: x.partition(b"z")[0] is x)
one("rpartition_not_found_same", lambda: x.rpartition(b"z")[2] is x)
def ext_slice(v):
    a = bytearray(b"abcdef")
    a[::2] = v
    return a
one("ext_slice_empty_bytes", lambda: ext_slice(b""))
one("ext_slice_empty_strided", lambda: ext_slice(memoryview(b"")[::2]))
one("ext_slice_strided", lambda: ext_slice(memoryview(b"xyzuvw")[::2]))
def mv_set(v):
    b = bytearray(b"abcdef")
    memoryview(b)[0:3] = v
    return b
one("mv_setitem_strided", lambda: mv_set(memoryview(b"xyzuvw")[::2]))
one("mv_setitem_reversed", lambda: mv_set(memoryview(b"xyz")[::-1]))
one("unicode_error_strided", lambda: UnicodeDecodeError("x", S, 0, 1, "r"))
one("unicode_error_view", lambda: str(UnicodeDecodeError("x", memoryview(b"abcd")[1:], 0, 1, "r")))
for r in [bytearray(b"\\0"), bytearray(b"x"), memoryview(bytearray(b"\\0")), memoryview(bytearray(b"x")),
          memoryview(bytearray(b"x\\0"))[::2], [1], 5]:
    one("re_sub_template", lambda: re.sub(b"a", r, b"abc"))
one("re_escape_strided", lambda: re.escape(S))
one("re_expand_strided", lambda: re.match(b"(a)", b"abc").expand(S))
one("re_sub_callable_strided", lambda: re.sub(b"a", lambda _: S, b"abc"))
one("bytesio_strided_write", lambda: io.BufferedWriter(io.BytesIO()).write(S))
for codec in ["base64", "hex", "zlib"]:
    for v in [S, memoryview(b"")[::2], S[:1], released(), "YWJj"]:
        one("encode_" + codec, lambda: codecs.encode(v, codec))
        one("decode_" + codec, lambda: codecs.decode(v, codec))
one("iter_unpack_empty_step", lambda: list(struct.iter_unpack("1s", memoryview(b"")[::2])))
