# -*- coding: latin-1 -*-
# Latin-1 source: the bytes are decoded by the declared coding.
s = "café naïve"
näme = 1
