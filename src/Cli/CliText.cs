namespace FatSharp.Cli;

/// <summary>Fixed texts of the command: version line, usage and help.</summary>
public static class CliText
{
    public const string Version = "FatSharp 0.1.0 (Python 3.11)";

    public const string Usage = "usage: fatsharp [option] ... [file] [arg] ...";

    public const string TryHelp = "Try `fatsharp -h' for more information.";

    public const string Help = """
        usage: fatsharp [option] ... [file] [arg] ...
        Options:
        -h, --help             print this help message and exit
        -V, --version          print the FatSharp version and exit
        -v                     log what FatSharp does to stderr (-vv: everything)
        file                   program read from script file (arguments after it go to the program)

        Developer tools (every non-option argument is then a FILE to process):
        --dump-ast FILE...     print ast.dump() of each file, one line per file, as CPython's ast module
        --include-attributes   with --dump-ast: include the positions (include_attributes=True)
        --unparse FILE...      print each file's tree back as source, as CPython's ast.unparse()
        --batch                one JSON object per line and per file:
                                 {"path": ..., "ok": true, "dump": ..., "dump_attributes": ..., "unparse": ...}
                                 {"path": ..., "ok": false, "error": "SyntaxError", "msg": ..., "lineno": ...,
                                  "offset": ..., "end_lineno": ..., "end_offset": ...}
                               (dump with --dump-ast, dump_attributes with --include-attributes, unparse with
                               --unparse; an output that fails gives "<name>_error": {"error": ..., "msg": ...})
        --files-from LIST      also process the files listed in LIST, one path per line (- reads stdin)
        """;
}
