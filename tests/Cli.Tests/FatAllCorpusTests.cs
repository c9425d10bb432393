namespace FatSharp.Cli.Tests;

/// <summary>The corpus under <c>-X fat=all</c> (builtins copied to constants, raised limits).</summary>
public sealed class FatAllCorpusTests
{
    public static TheoryData<string> Programs() => OptimizedCorpus.Programs();

    [Theory]
    [MemberData(nameof(Programs))]
    public void Program_prints_what_CPython_prints(string name) => OptimizedCorpus.AssertMatchesCPython(name, "fat=all");
}
