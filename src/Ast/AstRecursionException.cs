namespace FatSharp.Ast;

/// <summary>A tree too deep to process; shown to the user as Python's RecursionError.</summary>
public sealed class AstRecursionException(string message) : Exception(message);
