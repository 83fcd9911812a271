# Under the annotations future a named expression in an annotation is a SyntaxError (audit 11, FU1).
from __future__ import annotations


class C:
    y: (z := 3) = 1
