namespace FatSharp.Ast;

/// <summary>Python-level description of a node class: name, base class name, <c>_fields</c>, and whether it has positions.</summary>
public sealed record NodeClassInfo(string Name, string BaseName, string[] Fields, bool HasPositions);
