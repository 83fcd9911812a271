raise AttributeError('custom', name='uper', obj='abc')
