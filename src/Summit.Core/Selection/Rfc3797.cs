using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FluentResults;

namespace Summit.Core.Selection;

/// <summary>
/// Publicly verifiable random selection as specified by RFC 3797 section 4 (the IETF NomCom method): anyone holding
/// the public random values and the numbered pool can repeat the draw.
/// </summary>
/// <remarks>
/// <para>The key string is built from the public random sources: within each source its numbers are sorted ascending,
/// each written in decimal without leading zeros and followed by <c>.</c>; each source is closed by <c>/</c>
/// (for example <c>9319./2.5.8.10.12./9.18.26.34.41.45./</c>).</para>
/// <para>Draw <c>i</c> (counting from 0) hashes, with MD5, the two-byte big-endian value of <c>i</c>, the key's bytes and
/// the same two bytes again; the 16-byte digest read as an unsigned big-endian 128-bit number, modulo the number of
/// entries still in the pool, picks the (0-based) index among the remaining entries in their original order, and that
/// entry is removed. The two-byte counter limits a draw to 65,536 selections. MD5 is used because the RFC says so, not
/// for security. Reproduces the RFC's section 6 worked example (25 entries, select 10: 17, 7, 2, 16, 25, 23, 8, 24, 19, 13).</para>
/// </remarks>
public static class Rfc3797
{
    /// <summary>The largest number of selections one key can make (the two-byte counter's range).</summary>
    public const int MaximumSelections = 65536;

    /// <summary>The largest pool a draw accepts: 65,536 entries, the range of the RFC's two-byte counter.</summary>
    public const int MaximumPoolSize = 65536;

    /// <summary>Builds the key string from the public random sources, in the order given.</summary>
    /// <param name="sources">Each source's numbers (for example one lottery's winning numbers); order within a source does not matter.</param>
    /// <returns>The key string, or <see cref="ErrorCodes.Selection.LotterySourceInvalid"/> when there is no source, a source is empty or a number is negative.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sources"/> or one of its sources is null.</exception>
    public static Result<string> BuildKey(IEnumerable<IEnumerable<long>> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var builder = new StringBuilder();
        var index = 0;
        foreach (var source in sources)
        {
            ArgumentNullException.ThrowIfNull(source, nameof(sources));
            index++;
            var numbers = source.ToArray();
            if (numbers.Length == 0)
            {
                return SourceError($"Random source {index.ToString(CultureInfo.InvariantCulture)} has no numbers.", index);
            }

            Array.Sort(numbers);
            if (numbers[0] < 0)
            {
                return SourceError($"Random source {index.ToString(CultureInfo.InvariantCulture)} has a negative number.", index);
            }

            foreach (var number in numbers)
            {
                builder.Append(number.ToString(CultureInfo.InvariantCulture)).Append('.');
            }

            builder.Append('/');
        }

        if (index == 0)
        {
            return Result.Fail<string>(new SummitError(ErrorCodes.Selection.LotterySourceInvalid, "At least one public random source is needed."));
        }

        return builder.ToString();
    }

    /// <summary>Selects <paramref name="count"/> entries from a pool numbered 1..<paramref name="poolSize"/>.</summary>
    /// <param name="key">The key string (see <see cref="BuildKey"/>), used byte for byte (UTF-8; ASCII in practice).</param>
    /// <param name="poolSize">The number of entries in the pool.</param>
    /// <param name="count">How many to select.</param>
    /// <returns>The 1-based positions in order of selection, or a coded error (empty key, negative numbers, more than the pool, more than <see cref="MaximumSelections"/>,
    /// a pool larger than <see cref="MaximumPoolSize"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public static Result<ImmutableArray<int>> Select(string key, int poolSize, int count)
    {
        var draw = Draw(key, poolSize, count);
        return draw.Map(positions => positions.Select(p => p + 1).ToImmutableArray());
    }

    internal static Result<ImmutableArray<int>> Draw(string key, int poolSize, int count)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length == 0)
        {
            return Result.Fail<ImmutableArray<int>>(new SummitError(ErrorCodes.Selection.LotteryKeyEmpty, "The RFC 3797 key string is empty."));
        }

        var checkedCounts = CheckCounts(poolSize, count);
        if (checkedCounts.IsFailed)
        {
            return Result.Fail<ImmutableArray<int>>(checkedCounts.Errors);
        }

        if (count > MaximumSelections)
        {
            return Result.Fail<ImmutableArray<int>>(
                new SummitError(ErrorCodes.Selection.LotteryTooLarge, $"RFC 3797 can make at most {MaximumSelections.ToString(CultureInfo.InvariantCulture)} selections with one key; {count.ToString(CultureInfo.InvariantCulture)} were asked for.")
                    .WithMetadata("count", count));
        }

        if (poolSize > MaximumPoolSize)
        {
            // Checked before the pool is allocated: a pool of 10^9 entries would take gigabytes.
            return Result.Fail<ImmutableArray<int>>(
                new SummitError(ErrorCodes.Selection.LotteryPoolTooLarge, $"RFC 3797 draws from at most {MaximumPoolSize.ToString(CultureInfo.InvariantCulture)} entries (its two-byte counter numbers them); the pool has {poolSize.ToString(CultureInfo.InvariantCulture)}.")
                    .WithMetadata("pool", poolSize)
                    .WithMetadata("limit", MaximumPoolSize));
        }

        var keyBytes = Encoding.UTF8.GetBytes(key);
        var buffer = new byte[keyBytes.Length + 4];
        keyBytes.CopyTo(buffer, 2);
        Span<byte> digest = stackalloc byte[16];
        var pool = new RemainingPool(poolSize);
        var selected = ImmutableArray.CreateBuilder<int>(count);
        for (var i = 0; i < count; i++)
        {
            BinaryPrimitives.WriteUInt16BigEndian(buffer, (ushort)i);
            BinaryPrimitives.WriteUInt16BigEndian(buffer.AsSpan(buffer.Length - 2), (ushort)i);
            HashMd5(buffer, digest);
            var value = BinaryPrimitives.ReadUInt128BigEndian(digest);
            var index = (int)(value % (UInt128)(uint)pool.Remaining);
            selected.Add(pool.Take(index));
        }

        return selected.MoveToImmutable();
    }

    internal static Result CheckCounts(int poolSize, int count)
    {
        if (poolSize < 0 || count < 0)
        {
            return Result.Fail(new SummitError(ErrorCodes.Selection.CountNegative, "The pool size and the number to select must not be negative.")
                .WithMetadata("pool", poolSize).WithMetadata("select", count));
        }

        if (count > poolSize)
        {
            return Result.Fail(new SummitError(
                    ErrorCodes.Selection.SelectExceedsPool,
                    $"Cannot select {count.ToString(CultureInfo.InvariantCulture)} from a pool of {poolSize.ToString(CultureInfo.InvariantCulture)}.")
                .WithMetadata("pool", poolSize).WithMetadata("select", count));
        }

        return Result.Ok();
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5351:Do Not Use Broken Cryptographic Algorithms", Justification = "RFC 3797 specifies MD5; it is a public, verifiable mixing function here, not a security control.")]
    private static void HashMd5(ReadOnlySpan<byte> data, Span<byte> digest) => MD5.HashData(data, digest);

    private static Result<string> SourceError(string message, int index) =>
        Result.Fail<string>(new SummitError(ErrorCodes.Selection.LotterySourceInvalid, message).WithMetadata("source", index));
}
