namespace FatSharp.Guards.Tests.Support;

/// <summary>
/// A key with a chosen hash and equality by <see cref="Id"/>, whose comparison can throw or run an
/// action (as a Python <c>__eq__</c> may).
/// </summary>
public sealed class TestKey
{
    public TestKey(int id, int hash)
    {
        Id = id;
        HashValue = hash;
    }

    public int Id { get; }

    public int HashValue { get; }

    public Exception? ThrowOnCompare { get; set; }

    public Action? OnCompare { get; set; }

    public int Comparisons { get; set; }

    public override string ToString() => $"TestKey({Id}, hash={HashValue})";
}
