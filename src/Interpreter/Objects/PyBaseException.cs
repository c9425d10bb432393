namespace FatSharp.Interpreter.Objects;

/// <summary>One line of a traceback: where a frame was when the exception passed through it.</summary>
public readonly record struct TracebackEntry(string Filename, int Line, string Name);

/// <summary>Instances of BaseException and all its subclasses (builtin or user-defined).</summary>
public sealed class PyBaseException : PyObject
{
    public PyTuple Args;
    private PyDict? dict;
    public PyBaseException? Cause;
    public PyBaseException? Context;
    public bool SuppressContext;
    public readonly List<TracebackEntry> Traceback = [];
    public PyObject? TracebackObject;
    /// <summary>Set for BaseExceptionGroup instances: the message and the tuple of sub-exceptions.</summary>
    public PyStr? GroupMessage;
    public PyTuple? GroupExceptions;

    public PyBaseException(PyType type, PyTuple args) : base(type) => Args = args;

    public override PyDict? Dict => dict;

    public override PyDict GetOrCreateDict() => dict ??= new PyDict();

    public PythonException ToException() => new(this);
}
