namespace FatSharp.Guards.Tests.Support;

/// <summary>An interpreter object: a type, and for functions a replaceable code object.</summary>
public sealed class TestObject
{
    public TestObject(string name, TestObject? type = null)
    {
        Name = name;
        Type = type;
    }

    public string Name { get; }

    public TestObject? Type { get; }

    public object? Code { get; set; }

    public override string ToString() => Name;
}
