"""A small package used by the lang_modules_* programs of the corpus."""
from .shapes import Square, area_of
from . import util

__all__ = ["Square", "area_of", "VERSION", "describe"]
VERSION = (1, 2)
_private = "hidden from star imports"
init_name = __name__


def describe():
    return "pkg_corpus %d.%d" % VERSION
