from .sub import double
PKG = "package"
