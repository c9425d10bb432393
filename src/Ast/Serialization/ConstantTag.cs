namespace FatSharp.Ast.Serialization;

/// <summary>The first byte of a constant in the binary format: which Python type follows.</summary>
internal enum ConstantTag : byte
{
    None = 0,
    True = 1,
    False = 2,
    Ellipsis = 3,
    /// <summary>A long: zigzag varint.</summary>
    Int = 4,
    /// <summary>A BigInteger: length, then two's complement little-endian bytes.</summary>
    BigInt = 5,
    /// <summary>A double: 8 bytes, the IEEE bits little-endian (NaN payloads and -0.0 kept).</summary>
    Float = 6,
    /// <summary>A Complex: real then imaginary, 8 bytes each.</summary>
    Complex = 7,
    /// <summary>A string: index in the string table.</summary>
    Str = 8,
    /// <summary>A CodePointString: count, then each code point as a varint.</summary>
    CodePointStr = 9,
    /// <summary>A byte[]: length, then the bytes.</summary>
    Bytes = 10,
    /// <summary>A ConstantTuple: count, then the items.</summary>
    Tuple = 11,
    /// <summary>A ConstantFrozenSet: count, then the items.</summary>
    FrozenSet = 12,
    /// <summary>An object[] (a tuple in the older representation): count, then the items.</summary>
    ObjectArray = 13,
}
