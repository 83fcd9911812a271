# An idna error nobody catches ends the program with CPython's wrapped message.
print('b\u00fccher.de'.encode('idna'))
print('b\u00fccher..de'.encode('idna'))
