{}.iteritems()
