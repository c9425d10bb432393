namespace FatSharp.Interpreter.Objects;

/// <summary>The builtin type objects. Methods are attached by the *Methods classes in Runtime.</summary>
public static class Builtins
{
    public static readonly PyType Object;
    public static readonly PyType Type;
    public static readonly PyType Int, Bool, Float, Complex, Str, Bytes, ByteArray, List, Tuple, Dict, Set, FrozenSet;
    public static readonly PyType Range, Slice, NoneType, NotImplementedType, EllipsisType;
    public static readonly PyType Function, BuiltinFunction, Method, MethodDescriptor, GetSetDescriptor, MemberDescriptor;
    public static readonly PyType Cell, Code, Module, StaticMethod, ClassMethod, Property, Super;
    public static readonly PyType Iterator, ListIterator, ListReverseIterator, TupleIterator, RangeIterator, StrIterator, Generator;
    public static readonly PyType Traceback, FrameType;
    public static readonly PyType Coroutine, CoroutineWrapper, AsyncGenerator, AsyncGenAsend, AsyncGenAthrow;
    public static readonly PyType DictKeys, DictValues, DictItems, DictKeyIterator, DictValueIterator, DictItemIterator;
    public static readonly PyType Enumerate, Zip, Map, Filter, Reversed, SetIterator, CallableIterator, MappingProxy, MemoryView, GenericAlias;
    public static readonly Dictionary<string, PyType> Exceptions = [];
    public static readonly PyType BaseException, Exception, TypeError, ValueError, AttributeError, NameError,
        UnboundLocalError, IndexError, KeyError, LookupError, ZeroDivisionError, ArithmeticError, OverflowError,
        RuntimeError, NotImplementedError, RecursionError, StopIteration, GeneratorExit, ImportError,
        ModuleNotFoundError, AssertionError, SystemExit, KeyboardInterrupt, OSError, UnicodeDecodeError,
        UnicodeEncodeError, SyntaxError, FileNotFoundError, EOFError, MemoryError;

    private static readonly (string Name, string? Base)[] ExceptionTable =
    [
        ("BaseException", null),
        ("Exception", "BaseException"),
        ("GeneratorExit", "BaseException"),
        ("KeyboardInterrupt", "BaseException"),
        ("SystemExit", "BaseException"),
        ("ArithmeticError", "Exception"),
        ("AssertionError", "Exception"),
        ("AttributeError", "Exception"),
        ("BufferError", "Exception"),
        ("EOFError", "Exception"),
        ("ImportError", "Exception"),
        ("LookupError", "Exception"),
        ("MemoryError", "Exception"),
        ("NameError", "Exception"),
        ("OSError", "Exception"),
        ("ReferenceError", "Exception"),
        ("RuntimeError", "Exception"),
        ("StopAsyncIteration", "Exception"),
        ("StopIteration", "Exception"),
        ("SyntaxError", "Exception"),
        ("SystemError", "Exception"),
        ("TypeError", "Exception"),
        ("ValueError", "Exception"),
        ("Warning", "Exception"),
        ("FloatingPointError", "ArithmeticError"),
        ("OverflowError", "ArithmeticError"),
        ("ZeroDivisionError", "ArithmeticError"),
        ("BytesWarning", "Warning"),
        ("DeprecationWarning", "Warning"),
        ("FutureWarning", "Warning"),
        ("ImportWarning", "Warning"),
        ("PendingDeprecationWarning", "Warning"),
        ("ResourceWarning", "Warning"),
        ("RuntimeWarning", "Warning"),
        ("SyntaxWarning", "Warning"),
        ("UnicodeWarning", "Warning"),
        ("UserWarning", "Warning"),
        ("BlockingIOError", "OSError"),
        ("ChildProcessError", "OSError"),
        ("ConnectionError", "OSError"),
        ("FileExistsError", "OSError"),
        ("FileNotFoundError", "OSError"),
        ("InterruptedError", "OSError"),
        ("IsADirectoryError", "OSError"),
        ("NotADirectoryError", "OSError"),
        ("PermissionError", "OSError"),
        ("ProcessLookupError", "OSError"),
        ("TimeoutError", "OSError"),
        ("IndentationError", "SyntaxError"),
        ("IndexError", "LookupError"),
        ("KeyError", "LookupError"),
        ("ModuleNotFoundError", "ImportError"),
        ("NotImplementedError", "RuntimeError"),
        ("RecursionError", "RuntimeError"),
        ("UnboundLocalError", "NameError"),
        ("UnicodeError", "ValueError"),
        ("BrokenPipeError", "ConnectionError"),
        ("ConnectionAbortedError", "ConnectionError"),
        ("ConnectionRefusedError", "ConnectionError"),
        ("ConnectionResetError", "ConnectionError"),
        ("TabError", "IndentationError"),
        ("UnicodeDecodeError", "UnicodeError"),
        ("UnicodeEncodeError", "UnicodeError"),
        ("UnicodeTranslateError", "UnicodeError"),    ];

    static Builtins()
    {
        Object = new PyType(null, "object", [], InstanceLayout.Object);
        Type = new PyType(null, "type", [Object], InstanceLayout.Type);
        Object.Type = Type;
        Type.Type = Type;
        PyType T(string name, InstanceLayout layout = InstanceLayout.Other, PyType? b = null) => new(Type, name, [b ?? Object], layout);
        Int = T("int", InstanceLayout.Int);
        Bool = T("bool", InstanceLayout.Int, Int);
        Float = T("float", InstanceLayout.Float);
        Complex = T("complex");
        Str = T("str", InstanceLayout.Str);
        Bytes = T("bytes", InstanceLayout.Bytes);
        ByteArray = T("bytearray", InstanceLayout.Bytes);
        List = T("list", InstanceLayout.List);
        Tuple = T("tuple", InstanceLayout.Tuple);
        Dict = T("dict", InstanceLayout.Dict);
        Set = T("set", InstanceLayout.Set);
        FrozenSet = T("frozenset", InstanceLayout.Set);
        Range = T("range");
        Slice = T("slice");
        NoneType = T("NoneType");
        NotImplementedType = T("NotImplementedType");
        EllipsisType = T("ellipsis");
        Function = T("function");
        BuiltinFunction = T("builtin_function_or_method");
        Method = T("method");
        MethodDescriptor = T("method_descriptor");
        GetSetDescriptor = T("getset_descriptor");
        MemberDescriptor = T("member_descriptor");
        Cell = T("cell");
        Code = T("code");
        Module = T("module");
        StaticMethod = T("staticmethod");
        ClassMethod = T("classmethod");
        Property = T("property");
        Super = T("super");
        Iterator = T("iterator");
        ListIterator = T("list_iterator");
        ListReverseIterator = T("list_reverseiterator");
        TupleIterator = T("tuple_iterator");
        RangeIterator = T("range_iterator");
        StrIterator = T("str_ascii_iterator");
        Generator = T("generator");
        Coroutine = T("coroutine");
        Traceback = T("traceback");
        FrameType = T("frame");
        CoroutineWrapper = T("coroutine_wrapper");
        AsyncGenerator = T("async_generator");
        AsyncGenAsend = T("async_generator_asend");
        AsyncGenAthrow = T("async_generator_athrow");
        DictKeys = T("dict_keys");
        DictValues = T("dict_values");
        DictItems = T("dict_items");
        DictKeyIterator = T("dict_keyiterator");
        DictValueIterator = T("dict_valueiterator");
        DictItemIterator = T("dict_itemiterator");
        Enumerate = T("enumerate");
        Zip = T("zip");
        Map = T("map");
        Filter = T("filter");
        Reversed = T("reversed");
        SetIterator = T("set_iterator");
        CallableIterator = T("callable_iterator");
        MappingProxy = T("mappingproxy");
        MemoryView = T("memoryview");
        GenericAlias = T("GenericAlias");
        foreach (var (name, b) in ExceptionTable)
        {
            var t = new PyType(Type, name, b is null ? [Object] : [Exceptions[b]], InstanceLayout.Exception);
            Exceptions[name] = t;
        }
        BaseException = Exceptions["BaseException"];
        Exception = Exceptions["Exception"];
        // PEP 654 groups: ExceptionGroup derives from both BaseExceptionGroup and Exception.
        var baseGroup = new PyType(Type, "BaseExceptionGroup", [BaseException], InstanceLayout.Exception);
        Exceptions["BaseExceptionGroup"] = baseGroup;
        Exceptions["ExceptionGroup"] = new PyType(Type, "ExceptionGroup", [baseGroup, Exception], InstanceLayout.Exception);
        TypeError = Exceptions["TypeError"];
        ValueError = Exceptions["ValueError"];
        AttributeError = Exceptions["AttributeError"];
        NameError = Exceptions["NameError"];
        UnboundLocalError = Exceptions["UnboundLocalError"];
        IndexError = Exceptions["IndexError"];
        KeyError = Exceptions["KeyError"];
        LookupError = Exceptions["LookupError"];
        ZeroDivisionError = Exceptions["ZeroDivisionError"];
        ArithmeticError = Exceptions["ArithmeticError"];
        OverflowError = Exceptions["OverflowError"];
        RuntimeError = Exceptions["RuntimeError"];
        NotImplementedError = Exceptions["NotImplementedError"];
        RecursionError = Exceptions["RecursionError"];
        StopIteration = Exceptions["StopIteration"];
        GeneratorExit = Exceptions["GeneratorExit"];
        ImportError = Exceptions["ImportError"];
        ModuleNotFoundError = Exceptions["ModuleNotFoundError"];
        AssertionError = Exceptions["AssertionError"];
        SystemExit = Exceptions["SystemExit"];
        KeyboardInterrupt = Exceptions["KeyboardInterrupt"];
        OSError = Exceptions["OSError"];
        UnicodeDecodeError = Exceptions["UnicodeDecodeError"];
        UnicodeEncodeError = Exceptions["UnicodeEncodeError"];
        SyntaxError = Exceptions["SyntaxError"];
        FileNotFoundError = Exceptions["FileNotFoundError"];
        EOFError = Exceptions["EOFError"];
        MemoryError = Exceptions["MemoryError"];
    }

    /// <summary>Attaches methods to the types; run once before any program (after all statics exist).</summary>
    internal static void EnsureMethods() => TypeMethods.EnsureInitialized();
}
