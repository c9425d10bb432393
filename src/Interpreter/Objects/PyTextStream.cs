namespace FatSharp.Interpreter.Objects;

/// <summary>A text file object (sys.stdout, sys.stderr, sys.stdin, open() in text mode) over .NET readers/writers.</summary>
public sealed class PyTextStream : PyObject
{
    public TextWriter? Writer;
    public TextReader? Reader;
    public readonly string Name;
    public readonly string Mode;
    public bool Closed;

    public PyTextStream(string name, string mode, TextWriter? writer, TextReader? reader) : base(TextStreamType)
    {
        Name = name;
        Mode = mode;
        Writer = writer;
        Reader = reader;
    }

    public static readonly PyType TextStreamType = CreateType();

    private static PyType CreateType() => new(Builtins.Type, "TextIOWrapper", [Builtins.Object], InstanceLayout.Other);

    public void Write(string s)
    {
        if (Closed) throw PyErr.ValueError("I/O operation on closed file.");
        if (Writer is null) throw PyErr.New(Builtins.OSError, "not writable");
        Writer.Write(s);
    }

    public TextReader RequireReader()
    {
        if (Closed) throw PyErr.ValueError("I/O operation on closed file.");
        return Reader ?? throw PyErr.New(Builtins.OSError, "not readable");
    }

    public string? ReadLine()
    {
        var r = RequireReader();
        var sb = new System.Text.StringBuilder();
        while (true)
        {
            var c = r.Read();
            if (c < 0) return sb.Length == 0 ? null : sb.ToString();
            sb.Append((char)c);
            if (c == '\n') return sb.ToString();
        }
    }

    public void Close()
    {
        if (Closed) return;
        Writer?.Flush();
        if (Name is not ("<stdout>" or "<stderr>" or "<stdin>"))
        {
            Writer?.Dispose();
            Reader?.Dispose();
        }
        Closed = true;
    }
}
