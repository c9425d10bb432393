namespace FatSharp.Cli;

/// <summary>
/// The parsed command line. Like python3, options come first and the first non-option argument is the program,
/// with everything after it left to the program (<c>-c CMD</c> and <c>-m MODULE</c> end the options the same
/// way); the developer tools (<c>--dump-ast</c>, <c>--unparse</c>) instead take every non-option argument as a
/// file to process.
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

    /// <summary>Number of <c>-v</c>: 1 logs debug messages to stderr (each optimization), 2 or more everything.</summary>
    public int Verbosity { get; private set; }

    /// <summary>Files for the developer tools, in order (command line first, then <c>--files-from</c> lists).</summary>
    public List<string> Files { get; } = [];

    /// <summary>Lists of files named by <c>--files-from</c> (<c>-</c> is standard input), read by the caller.</summary>
    public List<string> FileLists { get; } = [];

    /// <summary>With <see cref="CliAction.RunProgram"/>: the program and its arguments (<c>sys.argv</c>).</summary>
    public List<string> ProgramArgs { get; } = [];

    /// <summary><c>-c CMD</c>: the program text.</summary>
    public string? Command { get; private set; }

    /// <summary><c>-m MODULE</c>: the module run as <c>__main__</c>.</summary>
    public string? ModuleName { get; private set; }

    /// <summary><c>-X name[=value]</c> in order: <c>sys._xoptions</c> (a name alone maps to True).</summary>
    public List<KeyValuePair<string, string?>> XOptions { get; } = [];

    /// <summary>
    /// <c>-o TAG</c> (PEP 511): <c>noopt</c> runs no code transformer, <c>opt</c> changes nothing, any other tag
    /// runs without transformers from the caches of that tag (<c>sys.implementation.optim_tag == TAG</c>).
    /// </summary>
    public string? OptimTag { get; private set; }

    /// <summary>Number of <c>-O</c>: asserts removed and <c>__debug__</c> False from 1 on.</summary>
    public int OptimizeLevel { get; private set; }

    /// <summary><c>-i</c>: the interactive prompt even when standard input is not a terminal.</summary>
    public bool Interactive { get; private set; }

    /// <summary><c>-u</c>: unbuffered standard output.</summary>
    public bool Unbuffered { get; private set; }

    /// <summary><c>-E</c>: ignore PYTHON* environment variables (PYTHONPATH).</summary>
    public bool IgnoreEnvironment { get; private set; }

    /// <summary><c>-B</c>: do not write cached code (sys.dont_write_bytecode).</summary>
    public bool DontWriteBytecode { get; private set; }

    /// <summary><c>--fat-config FILE.json</c>: the FAT optimizer's configuration.</summary>
    public string? FatConfig { get; private set; }

    /// <summary><c>--show-optimized</c>: print the transformed module as source instead of running it.</summary>
    public bool ShowOptimized { get; private set; }

    /// <summary><c>--diff</c> (with <c>--show-optimized</c>): a unified diff against the original source.</summary>
    public bool Diff { get; private set; }

    /// <summary>The value of <c>-X name</c> (the last one wins), or null when absent; a bare name gives "".</summary>
    public string? XOption(string name)
    {
        string? value = null;
        foreach (var kv in XOptions)
            if (kv.Key == name) value = kv.Value ?? "";
        return value;
    }

    public static CliOptions Parse(IReadOnlyList<string> args)
    {
        var o = new CliOptions();
        var help = false;
        var version = false;
        var i = 0;
        string NextArg(string option, ref int index)
        {
            if (++index >= args.Count)
                throw new CliUsageException(option.StartsWith("--", StringComparison.Ordinal)
                    ? $"option {option} requires an argument"
                    : $"Argument expected for the {option} option");
            return args[index];
        }
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
                case "--dump-ast": o.DumpAst = true; continue;
                case "--unparse": o.Unparse = true; continue;
                case "--include-attributes": o.IncludeAttributes = true; continue;
                case "--batch": o.Batch = true; continue;
                case "--version": version = true; continue;
                case "--help": help = true; continue;
                case "--show-optimized": o.ShowOptimized = true; continue;
                case "--diff": o.Diff = true; continue;
                case "--files-from":
                    o.FileLists.Add(NextArg(a, ref i));
                    continue;
                case "--fat-config":
                    o.FatConfig = NextArg(a, ref i);
                    continue;
            }
            if (a.StartsWith("--files-from=", StringComparison.Ordinal))
            {
                o.FileLists.Add(a["--files-from=".Length..]);
                continue;
            }
            if (a.StartsWith("--fat-config=", StringComparison.Ordinal))
            {
                o.FatConfig = a["--fat-config=".Length..];
                continue;
            }
            if (a.StartsWith("--", StringComparison.Ordinal)) throw new CliUsageException($"unknown option {a}");

            // Short options, combinable as in python3 (-vv, -Bu, -c'print(1)', -Xfat).
            var ended = false;
            for (var j = 1; j < a.Length && !ended; j++)
            {
                var c = a[j];
                switch (c)
                {
                    case 'v': o.Verbosity++; break;
                    case 'O': o.OptimizeLevel++; break;
                    case 'u': o.Unbuffered = true; break;
                    case 'i': o.Interactive = true; break;
                    case 'E': o.IgnoreEnvironment = true; break;
                    case 'B': o.DontWriteBytecode = true; break;
                    case 'V': version = true; break;
                    case 'h' or '?': help = true; break;
                    case 'c' or 'm' or 'X' or 'o':
                    {
                        var value = j + 1 < a.Length ? a[(j + 1)..] : NextArg("-" + c, ref i);
                        ended = true;
                        switch (c)
                        {
                            case 'c': o.Command = value; break;
                            case 'm': o.ModuleName = value; break;
                            case 'o': o.OptimTag = value; break;
                            default:
                                var eq = value.IndexOf('=');
                                o.XOptions.Add(eq < 0 ? new(value, null) : new(value[..eq], value[(eq + 1)..]));
                                break;
                        }
                        break;
                    }
                    default:
                        throw new CliUsageException($"Unknown option: -{c}");
                }
            }
            if (o.Command is not null || o.ModuleName is not null)
            {
                i++;
                break; // like python3: what follows -c CMD / -m MOD is sys.argv[1:]
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
            // As the PEP 511 implementation: the tag becomes part of cache file names.
            if (o.OptimTag is not null && (o.OptimTag.Length == 0 || o.OptimTag.IndexOfAny(['.', '/', '\\', '\0']) >= 0))
                throw new CliUsageException($"invalid optimization tag '{o.OptimTag}' for -o: it must be a non-empty name without '.' or a path separator");
            if (o.Diff && !o.ShowOptimized) throw new CliUsageException("--diff needs --show-optimized");
            if (o.ShowOptimized && (o.ProgramArgs.Count == 0 || o.Command is not null || o.ModuleName is not null))
                throw new CliUsageException("--show-optimized needs a FILE");
            o.Action = o.ShowOptimized ? CliAction.ShowOptimized : CliAction.RunProgram;
        }
        return o;
    }
}
