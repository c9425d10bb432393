namespace FatSharp.Interpreter.Objects;

/// <summary>A file opened in binary mode ('rb', 'wb', 'ab', 'xb', with '+'): bytes in, bytes out, over a FileStream.</summary>
public sealed class PyBinaryFile(PyType type, string name, string mode, FileStream stream) : PyObject(type)
{
    public readonly string Name = name;
    public readonly string Mode = mode;
    public readonly FileStream Stream = stream;
    public bool Closed;

    public FileStream Open(bool forWrite = false)
    {
        if (Closed) throw PyErr.ValueError(forWrite ? "write to closed file" : Mode.Contains('r') || Mode.Contains('+') ? "read of closed file" : "I/O operation on closed file.");
        return Stream;
    }

    public void Close()
    {
        if (Closed) return;
        Closed = true;
        Stream.Dispose();
    }
}
