namespace FatSharp.Cli.Tests;

/// <summary><c>fatsharp --unparse FILE</c> prints what python3's <c>ast.unparse(ast.parse(source))</c> prints.</summary>
public sealed class UnparseToolTests
{
    [Fact]
    public void Unparse_prints_the_source_as_ast_unparse_writes_it()
    {
        using var file = new TempSourceFile("def f(a, *, b=1):\n    \"\"\"Doc.\"\"\"\n    return (yield a + b) * 2\nx = f\"{a!r:>{w}}\" \"tail\"\n");

        var r = CliResult.Run("--unparse", file.Path);

        // Expected text from CPython 3.11's ast.unparse.
        Assert.Equal("def f(a, *, b=1):\n    \"\"\"Doc.\"\"\"\n    return (yield (a + b)) * 2\nx = f'{a!r:>{w}}tail'\n", r.Stdout);
        Assert.Equal("", r.Stderr);
        Assert.Equal(0, r.ExitCode);
    }
}
