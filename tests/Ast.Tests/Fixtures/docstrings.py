"""Module docstring with "quotes" and 'apostrophes'.

Second paragraph.
"""

def f():
    """One line."""

def g():
    '''Ends with a quote"'''
    return 1

def h():
    """Has \\ backslash and \t tab
    and a newline."""

def empty_doc():
    ''

def bytes_not_doc():
    b'not a docstring'
    pass

def number_not_doc():
    42

def fstring_not_doc():
    f'not a docstring {1}'

class C:
    """Class docstring with ''' inside."""
    x = 1

class D:
    u'unicode prefix docstring'

class E:
    """Both \""" and ''' quotes."""

async def coro():
    """Async docstring ending with backslash\\"""

def later_string():
    x = 1
    'not first'

def only_string():
    "\x00 control \u2028 char"

def with_quote_end():
    """ends with double quote\""""
