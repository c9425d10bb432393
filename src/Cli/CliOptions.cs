namespace FatSharp.Cli;

/// <summary>
/// The parsed command line. Like python3, options come first and the first non-option argument is the program,
/// with everything after it left to the program; the developer tools (<c>--dump-ast</c>, <c>--unparse</c>)
/// instead take every non-option argument as a file to process.
/// </summary>
public sealed class CliOptions
{
    public CliAction Action { get; private set; } = CliAction.RunProgram;

    /// <summary><c>--dump-ast</c>: print <c>ast.dump</c> of each file.</summary>
    public bool DumpAst { get; private set; }

    /// <summary><c>--include-attributes</c>: the dump also shows positions (in batch mode: an extra field).</summary>
    public bool IncludeAttributes { get; private set; }

    /// <summary><c>--unparse</c>: print the tree of each file back as source.</summary>
    public bool Unparse { get; private set; }

    /// <summary><c>--batch</c>: one JSON object per line and per file instead of plain text.</summary>
    public bool Batch { get; private set; }

    /// <summary>Number of <c>-v</c>: 1 logs debug messages to stderr, 2 or more everything.</summary>
    public int Verbosity { get; private set; }

    /// <summary>Files for the developer tools, in order (command line first, then <c>--files-from</c> lists).</summary>
    public List<string> Files { get; } = [];

    /// <summary>Lists of files named by <c>--files-from</c> (<c>-</c> is standard input), read by the caller.</summary>
    public List<string> FileLists { get; } = [];

    /// <summary>With <see cref="CliAction.RunProgram"/>: the program and its arguments (<c>sys.argv</c>).</summary>
    public List<string> ProgramArgs { get; } = [];

    public static CliOptions Parse(IReadOnlyList<string> args)
    {
        var o = new CliOptions();
        var help = false;
        var version = false;
        var i = 0;
        for (; i < args.Count; i++)
        {
            var a = args[i];
            if (a == "--")
            {
                i++;
                break;
            }
            if (a.Length < 2 || a[0] != '-')
            {
                if (o.DumpAst || o.Unparse)
                {
                    o.Files.Add(a);
                    continue;
                }
                break; // the program: it and what follows belong to it
            }
            switch (a)
            {
                case "--dump-ast": o.DumpAst = true; break;
                case "--unparse": o.Unparse = true; break;
                case "--include-attributes": o.IncludeAttributes = true; break;
                case "--batch": o.Batch = true; break;
                case "--version" or "-V": version = true; break;
                case "--help" or "-h" or "-?": help = true; break;
                case "--files-from":
                    if (++i >= args.Count) throw new CliUsageException("option --files-from requires an argument");
                    o.FileLists.Add(args[i]);
                    break;
                default:
                    if (a.StartsWith("--files-from=", StringComparison.Ordinal))
                    {
                        o.FileLists.Add(a["--files-from=".Length..]);
                    }
                    else if (a[1] == 'v' && a.AsSpan(1).IndexOfAnyExcept('v') < 0)
                    {
                        o.Verbosity += a.Length - 1;
                    }
                    else
                    {
                        throw new CliUsageException(a.StartsWith("--", StringComparison.Ordinal)
                            ? $"unknown option {a}"
                            : $"Unknown option: {a}");
                    }
                    break;
            }
        }

        var tools = o.DumpAst || o.Unparse;
        for (; i < args.Count; i++)
        {
            if (tools) o.Files.Add(args[i]); else o.ProgramArgs.Add(args[i]);
        }

        if (help) o.Action = CliAction.Help;
        else if (version) o.Action = CliAction.Version;
        else if (tools)
        {
            o.Action = CliAction.AstTools;
            if (o.Files.Count == 0 && o.FileLists.Count == 0)
                throw new CliUsageException($"{(o.DumpAst ? "--dump-ast" : "--unparse")} requires at least one FILE");
            if (o.DumpAst && o.Unparse && !o.Batch)
                throw new CliUsageException("--dump-ast and --unparse together need --batch");
        }
        else
        {
            if (o.IncludeAttributes) throw new CliUsageException("--include-attributes needs --dump-ast");
            if (o.Batch) throw new CliUsageException("--batch needs --dump-ast or --unparse");
            if (o.FileLists.Count > 0) throw new CliUsageException("--files-from needs --dump-ast or --unparse");
            o.Action = CliAction.RunProgram;
        }
        return o;
    }
}
