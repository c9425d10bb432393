import posixpath as pp

paths = ['/usr/local/lib/python3.11/os.py', 'relative/dir/', 'file.tar.gz', '.bashrc', '/', '', 'a//b///c', '../x/./y/..']
for p in paths:
    print(repr(p), pp.split(p), pp.splitext(p), pp.basename(p), pp.dirname(p), pp.normpath(p), pp.isabs(p))
print(pp.join('usr', 'lib', 'x.so'), pp.join('/etc', '/var', 'log'), pp.join('a/', 'b'), pp.join('a', ''))
print(pp.normpath('//double/leading'), pp.normpath('///triple'), pp.normpath('a/b/../../..'))
print(pp.commonprefix(['/usr/lib', '/usr/local/lib']), pp.commonpath(['/usr/lib', '/usr/local/lib']))
print(pp.splitdrive('/x/y'), pp.normcase('MiXeD'), pp.sep, pp.curdir, pp.pardir, pp.extsep)
print(pp.join(b'bytes', b'path'), pp.split(b'/a/b'), pp.splitext(b'x.py'))
for bad in (lambda: pp.join('a', b'b'), lambda: pp.commonpath(['/a', 'b']), lambda: pp.commonpath([]),
            lambda: pp.basename(5)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
