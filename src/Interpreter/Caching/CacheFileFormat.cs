using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;

namespace FatSharp.Interpreter.Caching;

/// <summary>
/// The bytes of a cache file, all integers little-endian:
/// <code>
///  0  8  magic 89 'F' 'S' 'C' 0D 0A 1A 0A (a PNG-style magic: catches text-mode copies and truncation at once)
///  8  2  cache format version (<see cref="FormatVersion"/>)
/// 10  2  AST format version of the payload
/// 12  1  -O level
/// 13  1  number of transformers
/// 14  2  header length H (the payload starts at H)
/// 16  8  source size in bytes
/// 24  8  source modification time (UTC, 100 ns ticks)
/// 32  4  payload length P (H + P must be the file size)
/// 36  8  checksum: XXH3 (64-bit) of the whole file except these 8 bytes
/// 44     optim tag, then per transformer its name and fingerprint: each a 1-byte length + UTF-8
///  H  P  the transformed module tree, encoded by the AST codec
/// </code>
/// Reading checks every length against the file size before using it, and the checksum before decoding, so a
/// truncated, corrupted or hostile file is rejected with a reason and never read out of bounds.
/// </summary>
public static class CacheFileFormat
{
    /// <summary>Version of this layout; also part of the file name (<c>fatsharp-2</c>).</summary>
    public const int FormatVersion = 2;

    /// <summary>Files larger than this are not read (no real module comes near it).</summary>
    public const long MaxFileSize = 256L * 1024 * 1024;

    private const int FixedLength = 44;
    private const int ChecksumOffset = 36;

    private static readonly byte[] Magic = [0x89, (byte)'F', (byte)'S', (byte)'C', 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>The whole file: header followed by <paramref name="payload"/>.</summary>
    public static byte[] Serialize(CacheFileHeader header, ReadOnlySpan<byte> payload)
    {
        var strings = new List<byte[]> { Utf8(header.OptimTag, "optim tag") };
        if (header.Transformers.Count > byte.MaxValue) throw new ArgumentException("too many transformers for a cache file");
        foreach (var t in header.Transformers)
        {
            strings.Add(Utf8(t.Name, "transformer name"));
            strings.Add(Utf8(t.Fingerprint, "transformer fingerprint"));
        }
        var headerLength = FixedLength + strings.Sum(s => 1 + s.Length);
        if (headerLength > ushort.MaxValue) throw new ArgumentException("cache header too long");
        var file = new byte[headerLength + payload.Length];
        var span = file.AsSpan();
        Magic.CopyTo(span);
        BinaryPrimitives.WriteUInt16LittleEndian(span[8..], FormatVersion);
        BinaryPrimitives.WriteUInt16LittleEndian(span[10..], checked((ushort)header.AstFormatVersion));
        span[12] = checked((byte)header.OptimizeLevel);
        span[13] = (byte)header.Transformers.Count;
        BinaryPrimitives.WriteUInt16LittleEndian(span[14..], (ushort)headerLength);
        BinaryPrimitives.WriteInt64LittleEndian(span[16..], header.SourceSize);
        BinaryPrimitives.WriteInt64LittleEndian(span[24..], header.SourceMtimeTicks);
        BinaryPrimitives.WriteUInt32LittleEndian(span[32..], (uint)payload.Length);
        var at = FixedLength;
        foreach (var s in strings)
        {
            span[at++] = (byte)s.Length;
            s.CopyTo(span[at..]);
            at += s.Length;
        }
        payload.CopyTo(span[headerLength..]);
        BinaryPrimitives.WriteUInt64LittleEndian(span[ChecksumOffset..], Checksum(span));
        return file;
    }

    private static byte[] Utf8(string s, string what)
    {
        var bytes = Encoding.UTF8.GetBytes(s);
        if (bytes.Length > byte.MaxValue) throw new ArgumentException($"{what} longer than 255 bytes: '{s}'");
        return bytes;
    }

    /// <summary>
    /// Checks a file against what the current run expects. Returns <see cref="ModuleCacheOutcome.Hit"/> with the
    /// payload's offset, or <see cref="ModuleCacheOutcome.Rejected"/> (damaged or foreign) or
    /// <see cref="ModuleCacheOutcome.Stale"/> (well-formed but built from something else) with a reason.
    /// </summary>
    public static ModuleCacheOutcome Check(ReadOnlySpan<byte> file, CacheExpectation expected, int astFormatVersion,
        out int payloadOffset, out string? reason)
    {
        payloadOffset = 0;
        var outcome = ReadHeader(file, out var header, out reason);
        if (outcome != ModuleCacheOutcome.Hit) return outcome;
        reason = StaleField(header!, expected, astFormatVersion);
        if (reason is not null) return ModuleCacheOutcome.Stale;
        payloadOffset = BinaryPrimitives.ReadUInt16LittleEndian(file[14..]);
        return ModuleCacheOutcome.Hit;
    }

    /// <summary>Parses and verifies a header (magic, lengths, checksum, strings); the payload is not decoded.</summary>
    public static ModuleCacheOutcome ReadHeader(ReadOnlySpan<byte> file, out CacheFileHeader? header, out string? reason)
    {
        header = null;
        reason = null;
        if (file.Length == 0) return Reject("empty file", out reason);
        if (file.Length < FixedLength) return Reject($"truncated: {file.Length} bytes, shorter than the {FixedLength}-byte header", out reason);
        if (!file[..8].SequenceEqual(Magic)) return Reject("bad magic number: not a FatSharp cache file", out reason);
        var version = BinaryPrimitives.ReadUInt16LittleEndian(file[8..]);
        if (version != FormatVersion)
        {
            reason = $"cache format version {version}, this FatSharp writes {FormatVersion}";
            return ModuleCacheOutcome.Stale;
        }
        var headerLength = BinaryPrimitives.ReadUInt16LittleEndian(file[14..]);
        if (headerLength < FixedLength || headerLength > file.Length)
            return Reject($"header length {headerLength} out of range for a {file.Length}-byte file", out reason);
        var payloadLength = BinaryPrimitives.ReadUInt32LittleEndian(file[32..]);
        if (payloadLength != (uint)(file.Length - headerLength))
            return Reject($"payload length {payloadLength} does not match the {file.Length - headerLength} bytes after the header (truncated or padded)", out reason);
        if (BinaryPrimitives.ReadUInt64LittleEndian(file[ChecksumOffset..]) != Checksum(file))
            return Reject("checksum mismatch: the file is corrupted", out reason);

        var strings = file[FixedLength..headerLength];
        var count = file[13];
        if (!TryReadString(ref strings, out var tag)) return Reject("malformed optim tag", out reason);
        var transformers = new CodeTransformerDescription[count];
        for (var i = 0; i < count; i++)
        {
            if (!TryReadString(ref strings, out var name) || !TryReadString(ref strings, out var fingerprint))
                return Reject($"malformed description of transformer {i}", out reason);
            transformers[i] = new CodeTransformerDescription(name, fingerprint);
        }
        if (strings.Length != 0) return Reject("header length does not match its contents", out reason);
        header = new CacheFileHeader(
            BinaryPrimitives.ReadUInt16LittleEndian(file[10..]),
            file[12],
            BinaryPrimitives.ReadInt64LittleEndian(file[16..]),
            BinaryPrimitives.ReadInt64LittleEndian(file[24..]),
            tag,
            transformers);
        return ModuleCacheOutcome.Hit;
    }

    /// <summary>The first header field that differs from <paramref name="expected"/>, described; null if none.</summary>
    public static string? StaleField(CacheFileHeader header, CacheExpectation expected, int astFormatVersion)
    {
        if (header.AstFormatVersion != astFormatVersion)
            return $"AST format version {header.AstFormatVersion}, expected {astFormatVersion}";
        if (header.SourceSize != expected.SourceSize)
            return $"source size {header.SourceSize}, the source has {expected.SourceSize} bytes";
        if (header.SourceMtimeTicks != expected.SourceMtimeTicks)
            return $"source modification time {Time(header.SourceMtimeTicks)}, the source's is {Time(expected.SourceMtimeTicks)}";
        if (header.OptimTag != expected.OptimTag)
            return $"optim tag '{header.OptimTag}', expected '{expected.OptimTag}'";
        if (header.OptimizeLevel != expected.OptimizeLevel)
            return $"-O level {header.OptimizeLevel}, expected {expected.OptimizeLevel}";
        if (expected.Transformers is { } want)
        {
            var have = header.Transformers;
            if (have.Count != want.Count || !have.Select(t => t.Name).SequenceEqual(want.Select(t => t.Name)))
                return $"transformers [{string.Join(", ", have.Select(t => t.Name))}], active [{string.Join(", ", want.Select(t => t.Name))}]";
            for (var i = 0; i < have.Count; i++)
            {
                if (have[i].Fingerprint != want[i].Fingerprint)
                    return $"configuration of transformer '{have[i].Name}' (fingerprint {Short(have[i].Fingerprint)}, active {Short(want[i].Fingerprint)})";
            }
        }
        return null;
    }

    private static string Short(string fingerprint) => fingerprint.Length > 12 ? fingerprint[..12] : fingerprint;

    private static string Time(long ticks) =>
        ticks is >= 0 and <= 3155378975999999999 ? new DateTime(ticks, DateTimeKind.Utc).ToString("yyyy-MM-dd HH:mm:ss.fffffff") : ticks.ToString();

    private static bool TryReadString(ref ReadOnlySpan<byte> span, out string value)
    {
        value = "";
        if (span.Length < 1 || span.Length < 1 + span[0]) return false;
        try
        {
            value = StrictUtf8.GetString(span.Slice(1, span[0]));
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        span = span[(1 + span[0])..];
        return true;
    }

    private static ModuleCacheOutcome Reject(string why, out string? reason)
    {
        reason = why;
        return ModuleCacheOutcome.Rejected;
    }

    /// <summary>
    /// XXH3 of everything but the checksum field. It guards against truncation and corruption, not against forgery
    /// (a cache is as trusted as the source next to it), so a fast non-cryptographic hash is enough; SHA-256 also
    /// cost each process that read a cache about 10 ms to start the cryptography provider.
    /// </summary>
    private static ulong Checksum(ReadOnlySpan<byte> file)
    {
        var hash = new XxHash3();
        hash.Append(file[..ChecksumOffset]);
        hash.Append(file[(ChecksumOffset + 8)..]);
        return hash.GetCurrentHashAsUInt64();
    }
}
