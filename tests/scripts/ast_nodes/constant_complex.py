# Constant: an imaginary literal (complex numbers are deliberately outside the subset).
z = 2j
print(z * z)
