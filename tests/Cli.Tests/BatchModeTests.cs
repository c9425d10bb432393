using System.Text.Json;

namespace FatSharp.Cli.Tests;

/// <summary>The JSON-lines framing of <c>--batch</c>: one object per file, in order, whatever happens to each.</summary>
public sealed class BatchModeTests
{
    [Fact]
    public void Unreadable_files_give_an_error_record_and_the_rest_still_run()
    {
        var missing1 = Path.Combine(Path.GetTempPath(), "fatsharp-batch-missing-1.py");
        var missing2 = Path.Combine(Path.GetTempPath(), "fatsharp-batch-missing-2.py");

        var r = CliResult.Run("--batch", "--dump-ast", missing1, missing2);

        Assert.Equal(1, r.ExitCode);
        var lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        for (var i = 0; i < 2; i++)
        {
            using var record = JsonDocument.Parse(lines[i]);
            var root = record.RootElement;
            Assert.Equal(i == 0 ? missing1 : missing2, root.GetProperty("path").GetString());
            Assert.False(root.GetProperty("ok").GetBoolean());
            Assert.Equal("FileNotFoundError", root.GetProperty("error").GetString());
            Assert.Equal($"[Errno 2] No such file or directory: '{(i == 0 ? missing1 : missing2)}'", root.GetProperty("msg").GetString());
        }
        Assert.Equal("", r.Stderr);
    }

    [Fact]
    public void File_list_can_come_from_stdin()
    {
        var r = CliResult.RunWithInput("fatsharp-list-a.py\r\n\nfatsharp-list-b.py\n", "--batch", "--unparse", "--files-from", "-");

        var paths = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("path").GetString());
        Assert.Equal(["fatsharp-list-a.py", "fatsharp-list-b.py"], paths);
    }
}
