"""Tool for measuring execution time of small code snippets, FatSharp's implementation.

Command line usage:
    python -m timeit [-n N] [-r N] [-u U] [-s S] [-p] [-v] [-h] [--] [statement]

Options:
  -n/--number N: how many times to execute 'statement' (default: see below)
  -r/--repeat N: how many times to repeat the timer (default 5)
  -s/--setup S: statement to be executed once initially (default 'pass').
                Execution time of this setup statement is NOT timed.
  -p/--process: use time.process_time() (default is time.perf_counter())
  -v/--verbose: print raw timing results; repeat for more digits precision
  -u/--unit: set the output time unit (nsec, usec, msec, or sec)
  -h/--help: print this usage message and exit
  --: separate options from statement, use when statement starts with -
  statement: statement to be timed (default 'pass')

If -n is not given, a suitable number of loops is calculated by trying
increasing numbers from the sequence 1, 2, 5, 10, 20, 50, ... until the
total time is at least 0.2 seconds.
"""

import sys
import time

__all__ = ['Timer', 'timeit', 'repeat', 'default_timer']

dummy_src_name = '<timeit-src>'
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_globals = globals


def _indent(src, spaces):
    pad = ' ' * spaces
    return src.replace('\n', '\n' + pad)


class Timer:
    """Class for timing execution speed of small code snippets.

    The constructor takes a statement to be timed, an additional
    statement used for setup, and a timer function.  Both statements
    default to 'pass'; the timer function is platform-dependent (see
    module doc string).  If 'globals' is specified, the code will be
    executed within that namespace (as opposed to inside timeit's
    namespace).
    """

    def __init__(self, stmt='pass', setup='pass', timer=default_timer, globals=None):
        """Constructor.  See class doc string."""
        self.timer = timer
        local_ns = {}
        global_ns = _globals() if globals is None else globals
        init = ''
        if isinstance(setup, str):
            # Checked on its own so a syntax error points at the setup.
            compile(setup, dummy_src_name, 'exec')
            setup_src = _indent(setup, 4)
        elif callable(setup):
            local_ns['_setup'] = setup
            init += ', _setup=_setup'
            setup_src = '_setup()'
        else:
            raise ValueError('setup is neither a string nor callable')
        if isinstance(stmt, str):
            compile(setup + '\n' + stmt, dummy_src_name, 'exec')
            stmt_src = _indent(stmt, 8)
        elif callable(stmt):
            local_ns['_stmt'] = stmt
            init += ', _stmt=_stmt'
            stmt_src = '_stmt()'
        else:
            raise ValueError('stmt is neither a string nor callable')
        # The timed loop is compiled as one function so the statement runs
        # with fast locals and no per-iteration call overhead.
        src = (f'def inner(_it, _timer{init}):\n'
               f'    {setup_src}\n'
               f'    _t0 = _timer()\n'
               f'    for _i in _it:\n'
               f'        {stmt_src}\n'
               f'    _t1 = _timer()\n'
               f'    return _t1 - _t0\n')
        self.src = src
        code = compile(src, dummy_src_name, 'exec')
        exec(code, global_ns, local_ns)
        self.inner = local_ns['inner']

    def print_exc(self, file=None):
        """Helper to print a traceback from the timed code."""
        exc = sys.exc_info()[1]
        out = sys.stderr if file is None else file
        print(f'{type(exc).__name__}: {exc}', file=out)

    def timeit(self, number=default_number):
        """Time 'number' executions of the main statement.

        To be precise, this executes the setup statement once, and
        then returns the time it takes to execute the main statement
        a number of times, as float seconds if using the default timer.
        """
        # The cheapest loop there is: FatSharp runs a for loop over a range
        # with a machine-int counter (itertools.repeat, CPython's cheapest,
        # is written in Python here and would dominate small statements).
        it = range(number)
        return self.inner(it, self.timer)

    def repeat(self, repeat=default_repeat, number=default_number):
        """Call timeit() a few times.

        This is a convenience function that calls the timeit()
        repeatedly, returning a list of results.
        """
        r = []
        for _ in range(repeat):
            r.append(self.timeit(number))
        return r

    def autorange(self, callback=None):
        """Return the number of loops and time taken so that total time >= 0.2.

        Calls the timeit method with increasing numbers from the sequence
        1, 2, 5, 10, 20, 50, ... until the time taken is at least 0.2
        second.  Returns (number, time_taken).

        If *callback* is given and is not None, it will be called after
        each trial with two arguments: ``callback(number, time_taken)``.
        """
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10


def timeit(stmt='pass', setup='pass', timer=default_timer,
           number=default_number, globals=None):
    """Convenience function to create Timer object and call timeit method."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt='pass', setup='pass', timer=default_timer,
           repeat=default_repeat, number=default_number, globals=None):
    """Convenience function to create Timer object and call repeat method."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


_SHORT_WITH_VALUE = {'n': 'number', 's': 'setup', 'r': 'repeat', 'u': 'unit'}
_SHORT_FLAGS = {'t': 'time', 'c': 'clock', 'p': 'process', 'v': 'verbose', 'h': 'help'}
_LONG_WITH_VALUE = ('number', 'setup', 'repeat', 'unit')
_LONG_FLAGS = ('time', 'clock', 'process', 'verbose', 'help')


class _OptionError(Exception):
    pass


def _parse_options(args):
    """getopt-style parsing of 'n:u:s:r:tcpvh' and the long options."""
    opts = []
    args = list(args)
    while args:
        arg = args[0]
        if arg == '--':
            args.pop(0)
            break
        if arg.startswith('--'):
            args.pop(0)
            name, eq, value = arg[2:].partition('=')
            matches = [o for o in _LONG_WITH_VALUE + _LONG_FLAGS if o.startswith(name)]
            if name in matches:
                matches = [name]
            if not matches:
                raise _OptionError(f'option --{name} not recognized')
            if len(matches) > 1:
                raise _OptionError(f'option --{name} not a unique prefix')
            full = matches[0]
            if full in _LONG_WITH_VALUE:
                if not eq:
                    if not args:
                        raise _OptionError(f'option --{full} requires argument')
                    value = args.pop(0)
                opts.append(('--' + full, value))
            else:
                if eq:
                    raise _OptionError(f'option --{full} must not have an argument')
                opts.append(('--' + full, ''))
        elif arg.startswith('-') and arg != '-':
            args.pop(0)
            chars = arg[1:]
            while chars:
                c, chars = chars[0], chars[1:]
                if c in _SHORT_WITH_VALUE:
                    if not chars:
                        if not args:
                            raise _OptionError(f'option -{c} requires argument')
                        chars = args.pop(0)
                    opts.append(('-' + c, chars))
                    chars = ''
                elif c in _SHORT_FLAGS:
                    opts.append(('-' + c, ''))
                else:
                    raise _OptionError(f'option -{c} not recognized')
        else:
            break
    return opts, args


def main(args=None, *, _wrap_timer=None):
    """Main program, used when run as a script.

    The optional 'args' argument specifies the command line to be parsed,
    defaulting to sys.argv[1:].

    The return value is an exit code to be passed to sys.exit(); it
    may be None to indicate success.
    """
    if args is None:
        args = sys.argv[1:]
    try:
        opts, args = _parse_options(args)
    except _OptionError as err:
        print(err)
        print('use -h/--help for command line help')
        return 2

    timer = default_timer
    stmt = '\n'.join(args) or 'pass'
    number = 0
    setup = []
    repeat = default_repeat
    verbose = 0
    time_unit = None
    units = {'nsec': 1e-9, 'usec': 1e-6, 'msec': 1e-3, 'sec': 1.0}
    precision = 3
    for o, a in opts:
        if o in ('-n', '--number'):
            number = int(a)
        if o in ('-s', '--setup'):
            setup.append(a)
        if o in ('-u', '--unit'):
            if a in units:
                time_unit = a
            else:
                print('Unrecognized unit. Please select nsec, usec, msec, or sec.',
                      file=sys.stderr)
                return 2
        if o in ('-r', '--repeat'):
            repeat = int(a)
            if repeat <= 0:
                repeat = 1
        if o in ('-p', '--process'):
            timer = time.process_time
        if o in ('-v', '--verbose'):
            if verbose:
                precision += 1
            verbose += 1
        if o in ('-h', '--help'):
            print(__doc__, end=' ')
            return 0
    setup = '\n'.join(setup) or 'pass'

    if _wrap_timer is not None:
        timer = _wrap_timer(timer)

    namespace = {'__name__': '__main__', '__builtins__': __builtins__}
    t = Timer(stmt, setup, timer, namespace)
    if number == 0:
        callback = None
        if verbose:
            def callback(number, time_taken):
                msg = '{num} loop{s} -> {secs:.{prec}g} secs'
                plural = (number != 1)
                print(msg.format(num=number, s='s' if plural else '',
                                 secs=time_taken, prec=precision))
        number, _ = t.autorange(callback)
        if verbose:
            print()

    raw_timings = t.repeat(repeat, number)

    def format_time(dt):
        unit = time_unit
        if unit is not None:
            scale = units[unit]
        else:
            scales = [(scale, unit) for unit, scale in units.items()]
            scales.sort(reverse=True)
            for scale, unit in scales:
                if dt >= scale:
                    break
        return '%.*g %s' % (precision, dt / scale, unit)

    if verbose:
        print('raw times: %s' % ', '.join(map(format_time, raw_timings)))
        print()
    timings = [dt / number for dt in raw_timings]

    best = min(timings)
    print('%d loop%s, best of %d: %s per loop'
          % (number, 's' if number != 1 else '', repeat, format_time(best)))

    worst = max(timings)
    if worst >= best * 4:
        print('%s: UserWarning: The test results are likely unreliable. '
              'The worst time (%s) was %0.1f times slower than the best time (%s).'
              % (__file__ if '__file__' in globals() else 'timeit', format_time(worst),
                 worst / best, format_time(best)), file=sys.stderr)
    return None


if __name__ == '__main__':
    sys.exit(main())
