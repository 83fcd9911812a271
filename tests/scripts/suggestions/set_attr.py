set().add_(1)
