namespace FatSharp.Interpreter.Objects;

/// <summary>bytes (immutable) and bytearray (mutable, <see cref="IsMutable"/>) share this class.</summary>
public sealed class PyBytes : PyObject
{
    public byte[] Value;
    public int Count;

    public PyBytes(byte[] value) : base(Builtins.Bytes)
    {
        Value = value;
        Count = value.Length;
    }

    public PyBytes(byte[] value, PyType type) : base(type)
    {
        Value = value;
        Count = value.Length;
    }

    public bool IsMutable => Type.IsSubtypeOf(Builtins.ByteArray);

    public ReadOnlySpan<byte> Span => Value.AsSpan(0, Count);

    public byte[] ToArray() => Value.AsSpan(0, Count).ToArray();

    public void Append(byte b)
    {
        if (Count == Value.Length) Array.Resize(ref Value, Math.Max(8, Count * 2));
        Value[Count++] = b;
    }
}
