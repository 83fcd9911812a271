# The module functions: compile, match, fullmatch, search, findall, finditer, escape, purge.
import re

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(re.match(r'\d+', '123abc'), re.match(r'\d+', 'abc123'))
print(re.fullmatch(r'\w+', 'abc'), re.fullmatch(r'\w+', 'abc!'), re.fullmatch('a|ab', 'ab'))
print(re.search(r'\d+', 'abc123def456'), re.search('x', 'abc'))
print(re.search('^b', 'a\nb'), re.search('^b', 'a\nb', re.M), re.search('a.b', 'a\nb', re.S))

# findall: no group -> whole matches, one group -> the group, several -> tuples
print(re.findall(r'\d+', 'a1b22c333'))
print(re.findall(r'(\w)=(\d)', 'a=1, b=2, c=x'))
print(re.findall(r'(\w)=\d', 'a=1, b=2'))
print(re.findall(r'(a)|(b)', 'abc'))
print(re.findall(r'(a)?b', 'b ab'))
print(re.findall('', 'abc'), re.findall('a*', 'baaac'), re.findall(r'\b', 'ab cd'))
print(re.findall(r'(?:x)(y)?', 'xyx'))
words = "The quick brown fox jumps over the lazy dog; 12 dogs, 3.5 foxes"
print(re.findall(r'[A-Za-z]+', words))
print(re.findall(r'\d+(?:\.\d+)?', words))
print(len(re.findall(r'\w+', words * 100)))

# finditer is lazy and yields Match objects
it = re.finditer(r'\d', 'a1b2c3')
print(type(it).__name__, next(it), [m.group() for m in it])
print([m.span() for m in re.finditer('a*', 'baab')])
print([(m.start(), m.group(1)) for m in re.finditer(r'(\w)\1', 'aabbcd eef')])

# pos / endpos on compiled patterns
p = re.compile(r'\w+')
print(p.match('ab cd', 3), p.match('ab cd', 2), p.search('ab cd ef', 1, 5))
print(p.findall('ab cd ef', 1, 7), [m.group() for m in p.finditer('ab cd ef', 2)])
print(p.fullmatch('ab cd', 3), p.fullmatch('ab cd', 0, 2), p.search('abc', -5, 100).span())
print(re.compile('').search('abc', 2, 1), re.compile('').findall('abc', 2, 1))
print(re.compile('$').search('abc', 1, 2), re.compile('^').search('abc', 1))
print(p.match(string='xy', pos=1), p.search('hello world', endpos=3))

# compile and the cache
print(re.compile('a+') is re.compile('a+'), re.compile('a+') is re.compile('a+', re.I))
p = re.compile('x')
print(re.compile(p) is p, re.match(p, 'xyz'))
re.purge()
print(re.compile('a+').match('aaa'))

# escape: 3.11's set of special characters
print(re.escape('a.b*c?d+e(f)[g]{h}|i^j$k\\l-m&n~o#p q\tr\ns\rt\vu\fv'))
print(re.escape('héllo wörld_123!@%'), re.escape(''), re.escape(b'a.b c'), re.escape(bytearray(b'x+y')))
print(re.match(re.escape('1+1=2?'), '1+1=2?').group())
attempt('escape(5)', lambda: re.escape(5))

# str subclasses and other subjects
class S(str):
    pass
print(re.match('a+', S('aab')), type(re.match('a+', S('aab')).group()).__name__)
print(re.search('é(.)', 'café!'), re.findall('.', 'αβγ'))
print(re.sub('(?i)straße', 'x', 'STRASSE Straße'))
