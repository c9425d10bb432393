namespace FatSharp.Ast.Parsing;

/// <summary>Token types of the tokenizer: structure tokens, operators (one member each) and hard keywords.</summary>
internal enum TokenKind : byte
{
    EndMarker,
    Name,
    Number,
    String,
    Newline,
    Indent,
    Dedent,
    /// <summary>A tokenizer error: the parser raises the stored error when it reaches this token.</summary>
    Error,

    LPar, RPar, LSqb, RSqb, LBrace, RBrace,
    Colon, Comma, Semi, Plus, Minus, Star, Slash, VBar, Amper, Less, Greater, Equal, Dot, Percent,
    EqEqual, NotEqual, LessEqual, GreaterEqual, Tilde, Circumflex, LeftShift, RightShift, DoubleStar,
    PlusEqual, MinEqual, StarEqual, SlashEqual, PercentEqual, AmperEqual, VBarEqual, CircumflexEqual,
    LeftShiftEqual, RightShiftEqual, DoubleStarEqual, DoubleSlash, DoubleSlashEqual, At, AtEqual,
    RArrow, Ellipsis, ColonEqual,
    /// <summary>A character that is no operator ('!', '$', '?', '`'): CPython's ERRORTOKEN, "invalid syntax".</summary>
    BadChar,

    // Hard keywords (a Name token is never one of these).
    False, None, True, And, As, Assert, Async, Await, Break, Class, Continue, Def, Del, Elif, Else, Except,
    Finally, For, From, Global, If, Import, In, Is, Lambda, Nonlocal, Not, Or, Pass, Raise, Return, Try,
    While, With, Yield,
}
