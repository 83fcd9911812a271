s = 'abc'
s.startwith('a')
