x = b'bytes' 'str'
