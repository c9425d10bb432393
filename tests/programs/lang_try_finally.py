# try/except/else/finally combinations, including control flow inside finally.
def t1(x):
    out = []
    try:
        out.append("try")
        if x == 1:
            raise ValueError("v")
        if x == 2:
            raise KeyError("k")
    except ValueError as e:
        out.append("except ValueError " + str(e))
    except (KeyError, TypeError) as e:
        out.append("except tuple " + repr(e))
    else:
        out.append("else")
    finally:
        out.append("finally")
    return out
for x in range(3):
    print(t1(x))

def ret_in_finally():
    try:
        return "try"
    finally:
        return "finally"
print(ret_in_finally())

def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(finally_swallows())

def break_in_finally():
    res = []
    for i in range(5):
        try:
            if i == 2:
                raise RuntimeError("x")
            res.append(i)
        finally:
            if i == 2:
                break
    return res
print(break_in_finally())

def continue_in_finally():
    res = []
    for i in range(4):
        try:
            if i % 2:
                raise RuntimeError("odd")
            res.append(i)
        finally:
            continue
    return res
print(continue_in_finally())

def finally_runs_on_return():
    log = []
    def inner():
        try:
            log.append("try")
            return "value"
        finally:
            log.append("finally")
    return inner(), log
print(finally_runs_on_return())

def return_value_evaluated_before_finally():
    x = 1
    try:
        return x
    finally:
        x = 2
print(return_value_evaluated_before_finally())

def nested():
    log = []
    try:
        try:
            raise ValueError("inner")
        except TypeError:
            log.append("wrong handler")
        finally:
            log.append("inner finally")
    except ValueError as e:
        log.append("outer caught " + str(e))
    finally:
        log.append("outer finally")
    return log
print(nested())

def reraise():
    try:
        try:
            raise ValueError("first")
        except ValueError:
            raise
    except ValueError as e:
        return "reraised " + str(e)
print(reraise())

def else_raises():
    try:
        try:
            pass
        except ValueError:
            return "no"
        else:
            raise KeyError("from else")
    except KeyError as e:
        return "else exception not caught by same try: " + repr(e)
print(else_raises())

def exception_var_deleted():
    e = "before"
    try:
        raise ValueError
    except ValueError as e:
        pass
    try:
        return e
    except UnboundLocalError as err:
        return "unbound: " + str(err)
print(exception_var_deleted())

def loop_try():
    total = 0
    for v in ["1", "x", "3", None, "5"]:
        try:
            total += int(v)
        except ValueError:
            total += 100
        except TypeError:
            total += 1000
        else:
            total += 10
        finally:
            total += 1
    return total
print(loop_try())

def while_finally():
    i = 0
    log = []
    while True:
        try:
            i += 1
            if i == 3:
                break
            continue
        finally:
            log.append(i)
    return log
print(while_finally())

def bare_except():
    try:
        [][1]
    except:
        return "bare caught"
print(bare_except())

def base_catch():
    try:
        raise SystemExit(3)
    except Exception:
        return "Exception"
    except BaseException as e:
        return "BaseException %s %r" % (type(e).__name__, e.code)
print(base_catch())

def finally_exception_replaces():
    try:
        try:
            raise ValueError("original")
        finally:
            raise KeyError("replacement")
    except Exception as e:
        return repr(e), repr(e.__context__)
print(finally_exception_replaces())

def return_in_except_and_finally():
    try:
        raise ValueError
    except ValueError:
        return "except"
    finally:
        print("finally executes before return")
print(return_in_except_and_finally())

def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")
gen = gen_finally()
for v in gen:
    print("got", v)
    break
print("before close")
gen.close()
print("end")
