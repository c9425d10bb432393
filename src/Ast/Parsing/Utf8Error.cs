namespace FatSharp.Ast.Parsing;

/// <summary>
/// Finds the first invalid UTF-8 sequence in some bytes and describes it as CPython's strict UTF-8 decoder does:
/// "can't decode byte 0xff in position 3: invalid start byte" (or "bytes in position 3-4: unexpected end of data").
/// </summary>
internal static class Utf8Error
{
    /// <summary>The message text after "'utf-8' codec ", or null when <paramref name="bytes"/> is valid UTF-8.</summary>
    public static string? Describe(ReadOnlySpan<byte> bytes)
    {
        var i = 0;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            if (b < 0x80) { i++; continue; }
            int need;
            if (b >= 0xC2 && b <= 0xDF) need = 1;
            else if (b >= 0xE0 && b <= 0xEF) need = 2;
            else if (b >= 0xF0 && b <= 0xF4) need = 3;
            else return $"can't decode byte 0x{b:x2} in position {i}: invalid start byte";
            var k = 1;
            for (; k <= need; k++)
            {
                if (i + k >= bytes.Length)
                {
                    // Truncated: all remaining bytes are reported.
                    return k == 1 && i + 1 == bytes.Length
                        ? $"can't decode byte 0x{b:x2} in position {i}: unexpected end of data"
                        : $"can't decode bytes in position {i}-{bytes.Length - 1}: unexpected end of data";
                }
                var c = bytes[i + k];
                var ok = (c & 0xC0) == 0x80;
                if (k == 1)
                {
                    // Overlong, surrogate and out-of-range forms fail at the second byte.
                    if (b == 0xE0 && c < 0xA0) ok = false;
                    else if (b == 0xED && c > 0x9F) ok = false;
                    else if (b == 0xF0 && c < 0x90) ok = false;
                    else if (b == 0xF4 && c > 0x8F) ok = false;
                }
                if (!ok)
                {
                    return k == 1
                        ? $"can't decode byte 0x{b:x2} in position {i}: invalid continuation byte"
                        : $"can't decode bytes in position {i}-{i + k - 1}: invalid continuation byte";
                }
            }
            i += need + 1;
        }
        return null;
    }
}
