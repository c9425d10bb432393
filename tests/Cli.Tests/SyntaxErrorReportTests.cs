using FatSharp.Cli.Reporting;

namespace FatSharp.Cli.Tests;

/// <summary>The SyntaxError report is byte-for-byte CPython's, for errors CPython raised and for odd field values.</summary>
public sealed class SyntaxErrorReportTests
{
    private const string Path = "/home/user/project/example.py";

    [Theory]
    [MemberData(nameof(SyntaxErrorFixtures.SourceNames), MemberType = typeof(SyntaxErrorFixtures))]
    public void Report_of_an_error_CPython_raised_matches_python3(string name)
    {
        var fixture = SyntaxErrorFixtures.Source(name);
        var error = SyntaxErrorFixtures.Error(fixture, Path);

        Assert.Equal(SyntaxErrorFixtures.Stderr(fixture, Path), PythonErrorReport.FormatSyntaxError(error));
    }

    [Theory]
    [MemberData(nameof(SyntaxErrorFixtures.DisplayNames), MemberType = typeof(SyntaxErrorFixtures))]
    public void Report_of_unusual_fields_matches_CPythons_display(string name)
    {
        var fixture = SyntaxErrorFixtures.Display(name);
        var error = SyntaxErrorFixtures.Error(fixture, Path);

        Assert.Equal(SyntaxErrorFixtures.Stderr(fixture, Path), PythonErrorReport.FormatSyntaxError(error));
    }

    [Fact]
    public void Other_failures_become_one_python_style_line()
    {
        Assert.Equal("RecursionError: too deep\n", PythonErrorReport.Format(new FatSharp.Ast.AstRecursionException("too deep")));
        Assert.Equal("NotImplementedError: no\n", PythonErrorReport.Format(new NotImplementedException("no")));
        var internalError = PythonErrorReport.Format(new InvalidOperationException("boom"));
        Assert.StartsWith("SystemError: internal error (InvalidOperationException): boom", internalError);
        Assert.DoesNotContain(" at ", internalError);
    }
}
