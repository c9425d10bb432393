namespace FatSharp.Cli.Tests;

/// <summary>Exit status and output of one in-process run of the command.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public static CliResult Run(params string[] args) => RunWithInput(null, args);

    public static CliResult RunWithInput(string? stdin, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var code = Cli.Run(args, stdout, stderr, stdin is null ? TextReader.Null : new StringReader(stdin));
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }
}
