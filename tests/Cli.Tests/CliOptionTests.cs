namespace FatSharp.Cli.Tests;

/// <summary>Options, usage errors and exit statuses, as python3 behaves for the same situations.</summary>
public sealed class CliOptionTests
{
    [Theory]
    [InlineData("--version")]
    [InlineData("-V")]
    public void Version_prints_the_FatSharp_version_and_the_Python_version_it_implements(string option)
    {
        var r = CliResult.Run(option);

        Assert.Equal(0, r.ExitCode);
        Assert.Equal("FatSharp 0.1.0 (Python 3.11)\n", r.Stdout);
        Assert.Equal("", r.Stderr);
    }

    [Fact]
    public void Help_lists_the_developer_tools()
    {
        var r = CliResult.Run("-h");

        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("usage: fatsharp [option] ...", r.Stdout);
        Assert.Contains("--dump-ast", r.Stdout);
        Assert.Contains("--unparse", r.Stdout);
        Assert.Contains("--batch", r.Stdout);
        Assert.EndsWith("(- reads stdin)\n", r.Stdout);
    }

    [Theory]
    [InlineData("--frobnicate", "fatsharp: unknown option --frobnicate\n")]
    [InlineData("-Z", "fatsharp: Unknown option: -Z\n")]
    [InlineData("--files-from", "fatsharp: option --files-from requires an argument\n")]
    public void Unknown_or_incomplete_option_prints_usage_and_exits_2(string option, string firstLine)
    {
        var r = CliResult.Run(option);

        Assert.Equal(2, r.ExitCode);
        Assert.Equal(firstLine + "usage: fatsharp [option] ... [file] [arg] ...\nTry `fatsharp -h' for more information.\n", r.Stderr);
        Assert.Equal("", r.Stdout);
    }

    [Fact]
    public void Dump_without_files_is_a_usage_error()
    {
        var r = CliResult.Run("--dump-ast");

        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith("fatsharp: --dump-ast requires at least one FILE\n", r.Stderr);
    }

    [Fact]
    public void Dump_and_unparse_together_need_batch_mode()
    {
        var r = CliResult.Run("--dump-ast", "--unparse", "x.py");

        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith("fatsharp: --dump-ast and --unparse together need --batch\n", r.Stderr);
    }

    [Fact]
    public void Options_after_the_program_belong_to_the_program()
    {
        var o = CliOptions.Parse(["-v", "prog.py", "--dump-ast", "-x"]);

        Assert.Equal(CliAction.RunProgram, o.Action);
        Assert.Equal(["prog.py", "--dump-ast", "-x"], o.ProgramArgs);
        Assert.Equal(1, o.Verbosity);
    }

    [Fact]
    public void Developer_tools_take_every_non_option_argument_as_a_file()
    {
        var o = CliOptions.Parse(["--dump-ast", "a.py", "--include-attributes", "b.py", "-vv", "--", "-c.py"]);

        Assert.Equal(CliAction.AstTools, o.Action);
        Assert.Equal(["a.py", "b.py", "-c.py"], o.Files);
        Assert.True(o.IncludeAttributes);
        Assert.Equal(2, o.Verbosity);
    }

    [Fact]
    public void Missing_file_is_reported_as_python3_does_with_exit_status_2()
    {
        var missing = Path.Combine(Path.GetTempPath(), "fatsharp-no-such-dir", "nothere.py");

        var r = CliResult.Run("--dump-ast", missing);

        Assert.Equal(2, r.ExitCode);
        Assert.Equal($"fatsharp: can't open file '{missing}': [Errno 2] No such file or directory\n", r.Stderr);
        Assert.Equal("", r.Stdout);
    }

    [Fact]
    public void Missing_file_is_named_by_its_absolute_path()
    {
        var r = CliResult.Run("--unparse", "fatsharp-relative-missing.py");

        Assert.Equal(2, r.ExitCode);
        Assert.Equal($"fatsharp: can't open file '{Path.GetFullPath("fatsharp-relative-missing.py")}': [Errno 2] No such file or directory\n", r.Stderr);
    }

    [Fact]
    public void A_directory_is_not_a_source_file()
    {
        var dir = Directory.CreateTempSubdirectory("fatsharp-cli-dir-").FullName;
        try
        {
            var r = CliResult.Run("--dump-ast", dir);

            Assert.Equal(2, r.ExitCode);
            Assert.Equal($"fatsharp: can't open file '{dir}': [Errno 21] Is a directory\n", r.Stderr);
        }
        finally
        {
            Directory.Delete(dir);
        }
    }

    [Fact]
    public void Missing_file_list_is_reported_like_a_missing_file()
    {
        var missing = Path.Combine(Path.GetTempPath(), "fatsharp-no-such-list.txt");

        var r = CliResult.Run("--batch", "--dump-ast", "--files-from", missing);

        Assert.Equal(2, r.ExitCode);
        Assert.Equal($"fatsharp: can't open file '{missing}': [Errno 2] No such file or directory\n", r.Stderr);
    }

    [Fact]
    public void Verbose_mode_logs_to_stderr()
    {
        var missing = Path.Combine(Path.GetTempPath(), "fatsharp-no-such-file-v.py");

        var r = CliResult.Run("-v", "--batch", "--dump-ast", missing);

        Assert.Contains(" DBG] 1 file(s) to process", r.Stderr);
        Assert.DoesNotContain("DBG", CliResult.Run("--batch", "--dump-ast", missing).Stderr);
    }
}
