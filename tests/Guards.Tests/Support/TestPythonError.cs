namespace FatSharp.Guards.Tests.Support;

/// <summary>The exception the test host makes for a Python error.</summary>
public sealed class TestPythonError : Exception
{
    public TestPythonError(string type, string message)
        : base(message)
    {
        Type = type;
    }

    public string Type { get; }
}
