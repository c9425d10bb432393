try:
    pass
except:
    pass

try:
    risky()
except ValueError:
    handle()
except (TypeError, KeyError) as err:
    handle(err)
except Exception as e:
    raise RuntimeError('wrapped') from e
else:
    done()
finally:
    cleanup()

try:
    pass
finally:
    pass

try:
    pass
except ValueError:
    pass
finally:
    pass

try:
    raise ExceptionGroup('g', [ValueError(1)])
except* ValueError as eg:
    pass
except* (TypeError, KeyError):
    pass
else:
    pass
finally:
    pass

try:
    try:
        pass
    except* OSError:
        try:
            pass
        except ValueError:
            pass
except Exception:
    pass

def reraise():
    try:
        pass
    except Exception:
        raise
