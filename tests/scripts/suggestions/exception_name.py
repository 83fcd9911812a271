raise ValueErorr('x')
