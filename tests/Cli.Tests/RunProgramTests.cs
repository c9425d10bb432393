using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace FatSharp.Cli.Tests;

/// <summary>
/// Running programs as python3 does: a script, -c, -m, standard input, the interactive prompt, exit statuses and
/// error reports. Expected texts are CPython 3.11's output for the same programs.
/// </summary>
public sealed class RunProgramTests
{
    [Fact]
    public void Script_gets_its_arguments_and_its_exit_status_is_the_process_status()
    {
        using var f = new TempSourceFile("import sys\nprint('hi', sys.argv[1:])\nprint('err', file=sys.stderr)\nsys.exit(4)\n");

        var r = CliResult.Run(f.Path, "a", "-x");

        Assert.Equal("hi ['a', '-x']\n", r.Stdout);
        Assert.Equal("err\n", r.Stderr);
        Assert.Equal(4, r.ExitCode);
    }

    [Fact]
    public void Hello_example_prints_what_python3_prints()
    {
        var hello = Path.Combine(RepositoryRoot(), "examples", "hello.py");

        var plain = CliResult.Run(hello);

        Assert.Equal("Hello, World!!\n[0, 1, 4, 9, 16]\n", plain.Stdout);
        Assert.Equal(0, plain.ExitCode);

        // Specialized by the FAT optimizer (greeting() gets a guarded version): the same output.
        var fat = CliResult.Run("-X", "fat", hello);
        Assert.Equal(plain.Stdout, fat.Stdout);
        Assert.Equal("", fat.Stderr);
        Assert.Equal(0, fat.ExitCode);
    }

    [Fact]
    public void Dash_c_runs_the_command_with_argv_starting_with_dash_c()
    {
        var r = CliResult.Run("-c", "import sys; print(sys.argv, __name__)", "a", "-v");

        Assert.Equal("['-c', 'a', '-v'] __main__\n", r.Stdout);
        Assert.Equal(0, r.ExitCode);
    }

    [Fact]
    public void Dash_m_runs_a_module_found_on_sys_path_as_main()
    {
        using var f = new TempSourceFile("import sys\nprint(__name__, sys.argv[1:])\n", "fatsharp_cli_test_mod.py");
        var previous = Environment.GetEnvironmentVariable("PYTHONPATH");
        Environment.SetEnvironmentVariable("PYTHONPATH", Path.GetDirectoryName(f.Path));
        try
        {
            var r = CliResult.Run("-m", "fatsharp_cli_test_mod", "x");
            Assert.Equal("__main__ ['x']\n", r.Stdout);
            Assert.Equal(0, r.ExitCode);

            var ignored = CliResult.Run("-E", "-m", "fatsharp_cli_test_mod");
            Assert.Equal("fatsharp: No module named fatsharp_cli_test_mod\n", ignored.Stderr);
            Assert.Equal(1, ignored.ExitCode);
        }
        finally
        {
            Environment.SetEnvironmentVariable("PYTHONPATH", previous);
        }
    }

    [Fact]
    public void Redirected_stdin_without_a_program_runs_as_a_script()
    {
        var r = CliResult.RunWithInput("x = 6 * 7\nprint(x)\n");

        Assert.Equal("42\n", r.Stdout);
        Assert.Equal("", r.Stderr);
        Assert.Equal(0, r.ExitCode);
    }

    [Fact]
    public void Interactive_prompt_echoes_values_reports_errors_and_goes_on()
    {
        var r = CliResult.RunWithInput("1+1\nx = 5\nif x:\n    print(x)\n\nraise ValueError(3)\nx * 2\n", "-i");

        Assert.Equal("2\n5\n10\n", r.Stdout);
        // python3 -i: prompts on stderr, a traceback without leaving, end of input exits 0.
        Assert.EndsWith(
            ">>> >>> >>> ... ... >>> Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nValueError: 3\n>>> >>> \n",
            r.Stderr);
        Assert.Equal(0, r.ExitCode);
    }

    [Fact]
    public void Interactive_prompt_exit_status_comes_from_SystemExit()
    {
        var r = CliResult.RunWithInput("import sys\nsys.exit(7)\nprint('not reached')\n", "-i");

        Assert.Equal("", r.Stdout);
        Assert.Equal(7, r.ExitCode);
    }

    [Fact]
    public void Specialized_function_falls_back_when_a_guarded_builtin_is_replaced()
    {
        using var f = new TempSourceFile("def f():\n    return len('abc')\n\nprint(f())\nimport builtins\nbuiltins.len = lambda x: 42\nprint(f())\n");

        var r = CliResult.Run("-X", "fat", f.Path);

        Assert.Equal("3\n42\n", r.Stdout);
        Assert.Equal(0, r.ExitCode);
    }

    [Fact]
    public void X_options_are_visible_in_sys_xoptions()
    {
        var r = CliResult.Run("-X", "a", "-Xb=1", "-c", "import sys; print(sys._xoptions)");

        Assert.Equal("{'a': True, 'b': '1'}\n", r.Stdout);
    }

    [Theory]
    [InlineData(new string[0], "opt ['opt']")]
    [InlineData(new[] { "-o", "noopt" }, "noopt []")]
    [InlineData(new[] { "-X", "fat" }, "fat-opt ['fat', 'opt']")]
    [InlineData(new[] { "-X", "fat=all", "-o", "noopt" }, "fat ['fat']")]
    public void Optimization_tag_names_the_code_transformers(string[] options, string expected)
    {
        var r = CliResult.Run([.. options, "-c", "import sys; print(sys.implementation.optim_tag, [t.name for t in sys.get_code_transformers()])"]);

        Assert.Equal(expected + "\n", r.Stdout);
        Assert.Equal(0, r.ExitCode);
    }

    [Fact]
    public void Set_code_transformers_changes_the_transformers_and_the_tag()
    {
        var r = CliResult.Run("-X", "fat", "-c",
            "import sys\nsys.set_code_transformers(sys.get_code_transformers()[1:])\nprint(sys.implementation.optim_tag)\n" +
            "sys.set_code_transformers([])\nprint(sys.implementation.optim_tag)\n" +
            "try:\n    sys.set_code_transformers([object()])\nexcept TypeError:\n    print('TypeError')\n");

        Assert.Equal("opt\nnoopt\nTypeError\n", r.Stdout);
    }

    [Fact]
    public void Default_transformer_folds_constants_before_the_program_runs()
    {
        using var f = new TempSourceFile("def f():\n    return 2 ** 10\nprint(f.__code__.co_consts if hasattr(f.__code__, 'co_consts') else f())\n");

        var r = CliResult.Run("--show-optimized", f.Path);

        Assert.Equal("def f():\n    return 1024\nprint(f.__code__.co_consts if hasattr(f.__code__, 'co_consts') else f())\n", r.Stdout);
    }

    [Fact]
    public void Show_optimized_prints_the_specialized_module_as_source()
    {
        using var f = new TempSourceFile("def f():\n    return len('abc')\n\nx = 1 + 2\n");

        var r = CliResult.Run("-X", "fat", "--show-optimized", f.Path);

        Assert.Equal(
            "import fat as __fat__\n\ndef f():\n    return len('abc')\n_ast_optimized = f\n\ndef f():\n    return 3\n" +
            "__fat__.specialize(_ast_optimized, f.__code__, [__fat__.GuardBuiltins('len')])\nf = _ast_optimized\ndel _ast_optimized\nx = 3\n",
            r.Stdout);
        Assert.Equal(0, r.ExitCode);
    }

    [Fact]
    public void Show_optimized_diff_is_a_unified_diff_against_the_original()
    {
        using var f = new TempSourceFile("a = 1\nb = 2\nc = 3\nd = 4\nx = 1 + 2\n");

        var r = CliResult.Run("--show-optimized", "--diff", f.Path);

        Assert.Equal($"--- {f.Path}\n+++ {f.Path} (optimized)\n@@ -2,4 +2,4 @@\n b = 2\n c = 3\n d = 4\n-x = 1 + 2\n+x = 3\n", r.Stdout);
    }

    [Fact]
    public void Verbose_logs_each_optimization_and_fat_log_writes_json_lines()
    {
        using var f = new TempSourceFile("def f():\n    return len('abc')\n");
        var log = Path.Combine(Path.GetDirectoryName(f.Path)!, "fat.json");

        var r = CliResult.Run("-v", "-X", "fat", "-X", "fat-log=" + log, "--show-optimized", f.Path);

        Assert.Contains($"{f.Path}:2:11: CallPureBuiltins: len() called at compile time, guarded by GuardBuiltins('len')", r.Stderr);
        var lines = File.ReadAllLines(log);
        Assert.Contains(lines, l => l.Contains("\"Pass\":\"CallPureBuiltins\"") && l.Contains("\"Line\":2"));
    }

    [Fact]
    public void Dash_O_removes_asserts_and_makes_debug_false()
    {
        var optimized = CliResult.Run("-O", "-c", "assert False, 'no'\nprint(__debug__)\nif __debug__:\n    print('debug')\n");
        var plain = CliResult.Run("-c", "assert False, 'no'");

        Assert.Equal("False\n", optimized.Stdout);
        Assert.Equal(0, optimized.ExitCode);
        Assert.EndsWith("AssertionError: no\n", plain.Stderr);
        Assert.Equal(1, plain.ExitCode);
    }

    [Theory]
    [InlineData("-X", "fat=bogus", "fatsharp: unknown optimizer preset 'bogus' (known: all, default, none)\n")]
    [InlineData("--fat-config", "/nonexistent/fat.json", "fatsharp: cannot read optimizer config '/nonexistent/fat.json'")]
    public void Bad_optimizer_configuration_is_a_command_line_error(string option, string value, string expected)
    {
        var r = CliResult.Run(option, value, "-c", "print(1)");

        Assert.StartsWith(expected, r.Stderr);
        Assert.Equal("", r.Stdout);
        Assert.Equal(2, r.ExitCode);
    }

    [Fact]
    public void Uncaught_exception_prints_a_traceback_and_exits_1()
    {
        using var f = new TempSourceFile("def inner(x):\n    return 1 / x\n\ndef outer():\n    return inner(0)\n\nprint(\"before\")\nouter()\n");

        var r = CliResult.Run(f.Path);

        Assert.Equal("before\n", r.Stdout);
        // CPython 3.11's text, without the ^^^/~~^~~ position lines (not printed by FatSharp yet).
        Assert.Equal(
            "Traceback (most recent call last):\n" +
            $"  File \"{f.Path}\", line 8, in <module>\n    outer()\n" +
            $"  File \"{f.Path}\", line 5, in outer\n    return inner(0)\n" +
            $"  File \"{f.Path}\", line 2, in inner\n    return 1 / x\n" +
            "ZeroDivisionError: division by zero\n",
            r.Stderr);
        Assert.Equal(1, r.ExitCode);
    }

    [Fact]
    public void Traceback_shows_the_line_the_exception_passed_not_the_finally_body_nor_string_sources()
    {
        using var f = new TempSourceFile("def f():\n    raise ValueError('v')\ntry:\n    f()\nfinally:\n    print('x')\n");

        var r = CliResult.Run(f.Path);

        // python3's output: the module frame's line is that of the call, although the finally body ran after it.
        Assert.Equal("x\n", r.Stdout);
        Assert.Equal(
            "Traceback (most recent call last):\n" +
            $"  File \"{f.Path}\", line 4, in <module>\n    f()\n" +
            $"  File \"{f.Path}\", line 2, in f\n    raise ValueError('v')\n" +
            "ValueError: v\n",
            r.Stderr);

        // Code from -c or exec() has no file: like python3's linecache, no source line is shown.
        var c = CliResult.Run("-c", "exec('x = 1\\n1/0')");
        Assert.Equal(
            "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\n  File \"<string>\", line 2, in <module>\n" +
            "ZeroDivisionError: division by zero\n",
            c.Stderr);
        Assert.Equal(1, c.ExitCode);

        // An uncaught KeyboardInterrupt ends with status 130, as python3 (killed by its own SIGINT) does.
        Assert.Equal(130, CliResult.Run("-c", "raise KeyboardInterrupt").ExitCode);
    }

    [Fact]
    public void Syntax_error_in_the_script_runs_nothing_and_exits_1()
    {
        using var f = new TempSourceFile("print(\"ok\")\nif True\n    pass\n");

        var r = CliResult.Run(f.Path);

        Assert.Equal("", r.Stdout);
        Assert.Equal($"  File \"{f.Path}\", line 2\n    if True\n           ^\nSyntaxError: expected ':'\n", r.Stderr);
        Assert.Equal(1, r.ExitCode);
    }

    [Fact]
    public void Missing_script_is_reported_like_python3_with_status_2()
    {
        var r = CliResult.Run("/nonexistent/prog.py");

        Assert.Equal("fatsharp: can't open file '/nonexistent/prog.py': [Errno 2] No such file or directory\n", r.Stderr);
        Assert.Equal(2, r.ExitCode);
    }

    [Theory]
    [InlineData("-X", "fat")]
    [InlineData("-o", "noopt")]
    public void Every_service_resolves_with_optimizer_options(string option, string value)
    {
        var options = CliOptions.Parse([option, value, "x.py"]);
        var services = Program.ConfigureServices(new ServiceCollection(), Logger.None, options);
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        foreach (var type in services.Select(d => d.ServiceType).Distinct())
            Assert.NotEmpty(provider.GetServices(type).OfType<object>());
    }

    private static string RepositoryRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(dir, "FatSharp.sln"))) dir = Path.GetDirectoryName(dir)!;
        return dir;
    }
}
