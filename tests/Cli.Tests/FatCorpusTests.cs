namespace FatSharp.Cli.Tests;

/// <summary>The corpus under <c>-X fat</c> (the default preset). A class of its own so it runs beside the others.</summary>
public sealed class FatCorpusTests
{
    public static TheoryData<string> Programs() => OptimizedCorpus.Programs();

    [Theory]
    [MemberData(nameof(Programs))]
    public void Program_prints_what_CPython_prints(string name) => OptimizedCorpus.AssertMatchesCPython(name, "fat");
}
