namespace FatSharp.Cli.Commands;

/// <summary>
/// The arguments of <c>fatsharp -m compileall</c>, a subset of CPython's: <c>-f</c> (rebuild even valid caches),
/// <c>-q</c> (errors only; <c>-qq</c>: nothing), <c>-l</c> (don't recurse), <c>-j N</c> (N workers, 0 or absent = one
/// per core), <c>-x REGEX</c> (skip files whose path matches), then the directories and files.
/// </summary>
public sealed class CompileAllArguments
{
    public bool Force { get; private set; }
    public int Quiet { get; private set; }
    public bool NoRecursion { get; private set; }
    /// <summary>
    /// <c>-j N</c>; without it, one worker per core (CPython's default is one worker: its workers are processes,
    /// costly to start, ours are threads). The output does not depend on it.
    /// </summary>
    public int Workers { get; private set; }
    public System.Text.RegularExpressions.Regex? Exclude { get; private set; }
    public List<string> Paths { get; } = [];

    public const string Usage = "usage: fatsharp -m compileall [-h] [-l] [-f] [-q] [-x REGEXP] [-j WORKERS] [FILE|DIR ...]";

    /// <exception cref="CliUsageException">An unknown option or a bad value.</exception>
    public static CompileAllArguments Parse(IReadOnlyList<string> args)
    {
        var a = new CompileAllArguments();
        var onlyPaths = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (onlyPaths || arg.Length < 2 || arg[0] != '-')
            {
                a.Paths.Add(arg);
                continue;
            }
            if (arg == "--")
            {
                onlyPaths = true;
                continue;
            }
            if (arg.StartsWith("--", StringComparison.Ordinal)) throw new CliUsageException($"unrecognized arguments: {arg}");
            for (var j = 1; j < arg.Length; j++)
            {
                switch (arg[j])
                {
                    case 'f': a.Force = true; break;
                    case 'q': a.Quiet++; break;
                    case 'l': a.NoRecursion = true; break;
                    case 'j' or 'x':
                    {
                        var option = arg[j];
                        string value;
                        if (j + 1 < arg.Length) value = arg[(j + 1)..];
                        else if (++i < args.Count) value = args[i];
                        else throw new CliUsageException($"argument -{option}: expected one argument");
                        if (option == 'j')
                        {
                            if (!int.TryParse(value, out var workers))
                                throw new CliUsageException($"argument -j/--workers: invalid int value: '{value}'");
                            if (workers < 0) throw new CliUsageException("workers must be greater or equal to 0");
                            a.Workers = workers;
                        }
                        else
                        {
                            try
                            {
                                a.Exclude = new System.Text.RegularExpressions.Regex(value, System.Text.RegularExpressions.RegexOptions.CultureInvariant,
                                    TimeSpan.FromSeconds(1));
                            }
                            catch (ArgumentException e)
                            {
                                throw new CliUsageException($"argument -x: invalid regular expression '{value}': {e.Message}");
                            }
                        }
                        j = arg.Length;
                        break;
                    }
                    default:
                        throw new CliUsageException($"unrecognized arguments: {arg}");
                }
            }
        }
        if (a.Workers == 0) a.Workers = Environment.ProcessorCount;
        return a;
    }
}
