"""Runs tests/programs/lib_*.py under CPython with FatSharp's library modules
in place of CPython's (same names in sys.modules) and compares stdout with
the committed .expected files.  A check of the library, independent of the
interpreter:

    python3 tests/pylib/run_programs_with_lib.py
"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, '..', 'programs')

BOOT = r'''
import sys, runpy
sys.path.insert(0, {here!r})
import fsload
mods = fsload.load_all()
for name, mod in mods.items():
    sys.modules[name] = mod
sys.argv = [{prog!r}]
runpy.run_path({prog!r}, run_name='__main__')
'''


def main():
    names = sorted(n for n in os.listdir(PROGRAMS) if n.startswith('lib_') and n.endswith('.py'))
    failed = 0
    for name in names:
        prog = os.path.join(PROGRAMS, name)
        expected_path = prog[:-3] + '.expected'
        with open(expected_path, encoding='utf-8') as f:
            expected = f.read()
        result = subprocess.run([sys.executable, '-c', BOOT.format(here=HERE, prog=prog)],
                                capture_output=True, text=True, timeout=120)
        if result.stdout == expected and result.returncode == 0:
            print('ok  ', name)
        else:
            failed += 1
            print('FAIL', name)
            exp_lines = expected.splitlines()
            got_lines = result.stdout.splitlines()
            for i in range(max(len(exp_lines), len(got_lines))):
                e = exp_lines[i] if i < len(exp_lines) else '<missing>'
                g = got_lines[i] if i < len(got_lines) else '<missing>'
                if e != g:
                    print(f'   line {i + 1}:\n     expected: {e}\n     got:      {g}')
                    break
            if result.stderr:
                print('   stderr:', result.stderr.strip().splitlines()[-1])
    print(f'{len(names) - failed} passed, {failed} failed')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
