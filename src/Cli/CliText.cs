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
        -c cmd                 program passed in as string (terminates option list)
        -m mod                 run library module as a script (terminates option list)
        -i                     interactive prompt even when stdin is not a terminal
        -h, --help             print this help message and exit
        -V, --version          print the FatSharp version and exit
        -v                     log what FatSharp does to stderr, each optimization and each function left as
                               is with the reason (-vv: everything)
        -O                     remove assert statements and make __debug__ False
        -o noopt               run no code transformer (sys.implementation.optim_tag 'noopt')
        -o TAG                 run from the optimized caches of TAG (e.g. fat-opt), no transformer registered;
                               a module without a valid cache of TAG raises ImportError
        -u                     unbuffered standard output
        -E                     ignore PYTHON* environment variables (PYTHONPATH)
        -B                     don't write cached code (sys.dont_write_bytecode)
        -m compileall [-f] [-q] [-l] [-j N] [-x REGEX] [DIR|FILE ...]
                               write the optimized caches of the current tag (-X fat: fat-opt) ahead
        -X opt                 set implementation-specific option (sys._xoptions):
                                 -X fat            FAT optimizer first, 'default' preset (tag 'fat-opt')
                                 -X fat=PRESET     with the preset 'all', 'default' or 'none'
                                 -X fat-log=FILE   optimizer log as JSON lines (compact Serilog) in FILE
        --fat-config FILE      FAT optimizer configuration (JSON; names its own preset)
        --show-optimized FILE  print FILE's module after the code transformers, as source, without running it
        --diff                 with --show-optimized: a unified diff against the original instead
        file                   program read from script file (- or none: stdin; arguments after it go to
                               the program)

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
