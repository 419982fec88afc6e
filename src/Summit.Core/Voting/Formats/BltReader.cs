using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using FluentResults;

namespace Summit.Core.Voting.Formats;

/// <summary>
/// The BLT reader: one pass over the text with spans, no regular expressions and no string per token
/// (the only strings made are the names and the title). See <see cref="BltFormat"/> for the format.
/// </summary>
internal sealed class BltReader
{
    internal const int MaxCandidates = 100_000;
    internal const long MaxTotalWeight = BallotProfile.MaxTotalWeight;
    private const int MaxErrors = 100;

    /// <summary>The number of characters <see cref="ScanBlock"/> looks at: one bit each in a <see cref="ulong"/>.</summary>
    private const int Block = 64;

    private readonly string _text;
    private readonly string _file;
    private readonly List<SummitError> _errors = [];
    private int _pos;
    private int _line;
    private int _lineStart;

    private BltReader(string text, string file)
    {
        _text = text;
        _file = file;
    }

    public static Result<BallotProfile> Read(string text, string file) => new BltReader(text, file).Run();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsBlank(char c) => c is ' ' or '\t' or '\f' or '\v' or '\u00A0' or '\uFEFF';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    /// <summary>Cuts a <c>#</c> comment, and the trailing commas a spreadsheet export leaves on numeric lines.</summary>
    private static ReadOnlySpan<char> StripComment(ReadOnlySpan<char> content)
    {
        var hash = content.IndexOf('#');
        return (hash >= 0 ? content[..hash] : content).TrimEnd(" \t\f\v\u00A0\uFEFF").TrimEnd(',');
    }

    private Result<BallotProfile> Run()
    {
        if (_text.Length > 0 && _text[0] == '\uFEFF')
        {
            _pos = 1;
        }

        if (!ReadHeader(out var candidateCount, out var seats))
        {
            return Fail();
        }

        var withdrawn = new List<int>();
        ImmutableArray<int>? tieOrder = null;

        // Starting sizes from the text: a candidate position takes at least 2 characters; the number of ballots is
        // guessed from the lines of the first 4,096 characters (all of a small file). The buffers grow past them.
        var rest = _text.AsSpan(Math.Min(_pos, _text.Length));
        var sample = rest[..Math.Min(rest.Length, 4096)];
        var ballotGuess = (int)Math.Min((long)rest.Length * (sample.Count('\n') + 1) / Math.Max(sample.Length, 1), rest.Length);
        var ballots = new RankedBallotStore.Builder(candidateCount, group: true, rest.Length / 2, ballotGuess + (ballotGuess / 4) + 16);
        if (!ReadBallots(candidateCount, ballots, withdrawn, ref tieOrder) || _errors.Count > 0)
        {
            return Fail();
        }

        var store = ballots.Build();

        var names = new List<string>(candidateCount);
        string? title = null;
        if (!ReadNames(candidateCount, names, ref title))
        {
            return Fail();
        }

        // Every check BallotProfile.Create makes has been made while reading (names, withdrawn, ballots, weights).
        var profile = BallotProfile.FromStore([.. names], withdrawn, store, title, seats);
        if (tieOrder is { } order)
        {
            BltTieOrder.Set(profile, order);
        }

        return profile;
    }

    private Result<BallotProfile> Fail() => Result.Fail<BallotProfile>(_errors);

    private bool AddError(string code, string message, int line, int column, string expected)
    {
        if (_errors.Count == MaxErrors)
        {
            _errors.Add(new SummitError(ErrorCodes.Blt.TooManyErrors, $"{_file}: more than {MaxErrors} errors; the first {MaxErrors} are listed.")
                .WithMetadata("file", _file).WithMetadata("line", line).WithMetadata("column", column).WithMetadata("expected", "fewer errors"));
        }

        if (_errors.Count > MaxErrors)
        {
            return false;
        }

        _errors.Add(MakeError(code, message, line, column, expected));
        return true;
    }

    /// <summary>Moves to the next line; returns false at the end of the text. The line excludes its line break.</summary>
    private bool NextLine(out int start, out int end)
    {
        if (_pos >= _text.Length && (_pos > _text.Length || _line > 0))
        {
            start = end = _text.Length;
            return false;
        }

        _line++;
        start = _pos;
        _lineStart = _pos;
        // A line ends at LF, CRLF or a lone CR (old Mac files).
        var nl = _text.AsSpan(_pos).IndexOfAny('\n', '\r');
        if (nl < 0)
        {
            end = _text.Length;
            _pos = _text.Length + 1;
        }
        else
        {
            end = _pos + nl;
            _pos = _text[end] == '\r' && end + 1 < _text.Length && _text[end + 1] == '\n' ? end + 2 : end + 1;
        }

        return true;
    }

    private int Column(int index) => index - _lineStart + 1;

    private bool ReadHeader(out int candidateCount, out int seats)
    {
        candidateCount = 0;
        seats = 0;
        while (NextLine(out var start, out var end))
        {
            var content = StripComment(_text.AsSpan(start, end - start));
            if (content.Trim(" \t\f\v\u00A0\uFEFF").IsEmpty)
            {
                continue;
            }

            var i = 0;
            long[] values = [0, 0];
            for (var k = 0; k < 2; k++)
            {
                while (i < content.Length && IsBlank(content[i]))
                {
                    i++;
                }

                if (!TryNumber(content, ref i, out values[k]) || (i < content.Length && !IsBlank(content[i])))
                {
                    AddError(ErrorCodes.Blt.HeaderInvalid, "The header is not two whole numbers.", _line, Column(start + i), k == 0 ? "the number of candidates" : "the number of seats");
                    return false;
                }
            }

            while (i < content.Length && IsBlank(content[i]))
            {
                i++;
            }

            if (i < content.Length)
            {
                AddError(ErrorCodes.Blt.HeaderInvalid, "The header has more than two numbers.", _line, Column(start + i), "end of line after the number of seats");
                return false;
            }

            if (values[0] < 1 || values[1] < 1)
            {
                AddError(ErrorCodes.Blt.HeaderInvalid, $"The header declares {values[0]} candidates and {values[1]} seats.", _line, Column(start), "at least one candidate and one seat");
                return false;
            }

            if (values[0] > MaxCandidates || values[1] > MaxCandidates)
            {
                AddError(ErrorCodes.Blt.TooManyCandidates, $"The header declares {values[0]} candidates and {values[1]} seats.", _line, Column(start), $"at most {MaxCandidates} candidates and seats");
                return false;
            }

            if (values[1] > values[0])
            {
                AddError(ErrorCodes.Blt.SeatsExceedCandidates, $"The header declares {values[1]} seats for only {values[0]} candidates.", _line, Column(start), "no more seats than candidates");
                return false;
            }

            candidateCount = (int)values[0];
            seats = (int)values[1];
            return true;
        }

        AddError(ErrorCodes.Blt.HeaderInvalid, "The text has no header line.", Math.Max(_line, 1), 1, "a header line 'candidates seats'");
        return false;
    }

    /// <summary>Reads digits at <paramref name="i"/>; false when there is no digit or the number exceeds 10^18.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryNumber(ReadOnlySpan<char> s, ref int i, out long value)
    {
        value = 0;
        var begin = i;
        while (i < s.Length && IsDigit(s[i]))
        {
            if (value > 100_000_000_000_000_000)
            {
                return false;
            }

            value = (value * 10) + (s[i] - '0');
            i++;
        }

        return i > begin;
    }

    private bool ReadBallots(int n, RankedBallotStore.Builder ballots, List<int> withdrawn, ref ImmutableArray<int>? tieOrder)
    {
        var stamp = new int[n + 1];
        var stampValue = 0;
        var ballotLines = 0;
        long total = 0;
        var withdrawnSeen = new bool[n];
        var text = _text.AsSpan();
        var small = ballots.IsSmall;
        var values = new byte[Block];
        while (NextLine(out var start, out var end))
        {
            // The common line first: "weight c1 c2 ... 0", digits and spaces only. Anything else (tabs, '=',
            // comments, commas, options, errors, the closing 0) is left to the general code below, which reads the
            // line again from its start, so every error and position stays that code's. The candidates go straight
            // into the builder's own array (a candidate takes at least two characters, digit and space); they count
            // only once committed.
            stampValue++;
            var room = ((end - start) / 2) + 1;
            var plain = small
                ? TryPlainBallot(text, start, end, n, stamp, stampValue, total, values, ballots.ReserveSmall(room), out var plainCount, out var plainWeight)
                : TryPlainBallot(text, start, end, n, stamp, stampValue, total, values, ballots.ReserveLarge(room), out plainCount, out plainWeight);
            if (plain)
            {
                total += plainWeight;
                ballotLines++;
                ballots.CommitRanks(plainCount);
                ballots.EndBallot(plainWeight);
                continue;
            }

            var content = StripComment(_text.AsSpan(start, end - start));
            var i = 0;
            while (i < content.Length && IsBlank(content[i]))
            {
                i++;
            }

            if (i == content.Length)
            {
                continue;
            }

            if (content[i] == '[')
            {
                if (!ReadOption(content, start, i, n, withdrawn, withdrawnSeen, ref tieOrder))
                {
                    return false;
                }

                continue;
            }

            if (content[i] == '-')
            {
                if (ballotLines > 0)
                {
                    if (!AddError(ErrorCodes.Blt.WeightInvalid, "A negative number after the first ballot.", _line, Column(start + i), "a positive whole-number weight"))
                    {
                        return false;
                    }

                    continue;
                }

                if (!ReadWithdrawnLine(content, start, i, n, withdrawn, withdrawnSeen))
                {
                    return false;
                }

                continue;
            }

            var weightColumn = Column(start + i);
            if (!TryNumber(content, ref i, out var weight) || (i < content.Length && !IsBlank(content[i]) && content[i] != '='))
            {
                if (!AddError(ErrorCodes.Blt.WeightInvalid, "The ballot's weight is not a whole number.", _line, weightColumn, "a positive whole-number weight"))
                {
                    return false;
                }

                continue;
            }

            var rest = i;
            while (rest < content.Length && IsBlank(content[rest]))
            {
                rest++;
            }

            if (weight == 0)
            {
                if (rest == content.Length)
                {
                    return true;
                }

                if (!AddError(ErrorCodes.Blt.WeightInvalid, "A ballot has weight 0.", _line, weightColumn, "a positive whole-number weight, or '0' alone to end the ballots"))
                {
                    return false;
                }

                continue;
            }

            if (weight > MaxTotalWeight - total)
            {
                AddError(ErrorCodes.Blt.WeightInvalid, "With this ballot the weights add up to more than 10^13.", _line, weightColumn, "a total weight of at most 10^13");
                return false;
            }

            total += weight;

            stampValue++;
            var ballotOk = ParseRanks(content, start, i, n, stamp, stampValue, ballots);
            if (!ballotOk)
            {
                ballots.CancelBallot();
                if (_errors.Count > MaxErrors)
                {
                    return false;
                }

                continue;
            }

            ballotLines++;
            ballots.EndBallot(weight);
        }

        AddError(ErrorCodes.Blt.EndOfBallotsMissing, "The text ends inside the ballots.", _line, 1, "a line '0' that ends the ballots");
        return false;
    }

    /// <summary>
    /// Reads the ballot line <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>] when it is made
    /// only of digits and spaces, <c>weight c1 c2 ... 0</c> (trailing spaces allowed), writing the candidates (0-based)
    /// into <paramref name="room"/>. Returns false for any other line or any problem (nothing is kept then): the caller
    /// reads the line with the general code, which reports it.
    /// </summary>
    /// <remarks>
    /// After the weight, the line is read in blocks of 64 characters: a few vector comparisons give the bit masks of
    /// its digits and spaces, and each number (a run of digits) is then found from the masks, so that no number waits
    /// for the one before it and numbers of different lengths cost no mispredicted branch. When every number of the
    /// block has 1 or 2 digits, vector arithmetic gives all their values at once; otherwise each value is read as four
    /// characters at once. A block needs 68 characters of text from where it starts (the text goes on past the line);
    /// the last lines of a text, short of that, are left to the general code.
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool TryPlainBallot<T>(ReadOnlySpan<char> text, int start, int end, int n, int[] stamp, int stampValue, long total, Span<byte> values, Span<T> room, out int count, out long weight)
        where T : unmanaged, IBinaryInteger<T>
    {
        count = 0;
        weight = 0;
        var i = start;
        // At most 14 digits: no overflow, and the general code reports weights past the total limit.
        while (i < end && i - start < 14 && (uint)(text[i] - '0') <= 9)
        {
            weight = (weight * 10) + (text[i] - '0');
            i++;
        }

        if (weight == 0 || weight > MaxTotalWeight - total || i >= end || text[i] != ' ')
        {
            weight = 0;
            return false;
        }

        // Each block starts at a space (first the one after the weight), so no number runs on from the block before.
        var k = 0;
        while (i <= text.Length - Block - 4)
        {
            var left = end - i;
            var last = left <= Block;
            // A short line needs only the first 16 or 32 characters of its block looked at.
            var width = last ? (left + 15) & ~15 : Block;
            var (digits, spaces) = ScanBlock(text.Slice(i, Block), width);
            var inLine = left >= Block ? ulong.MaxValue : (1UL << left) - 1;
            digits &= inLine;
            spaces &= inLine;
            if ((digits | spaces) != inLine)
            {
                // Some other character: a tab, '=', '#', a comma, a minus sign...
                break;
            }

            var next = i;
            if (!last)
            {
                // Only the numbers before the block's last space are whole; the next block starts at that space.
                var cut = 63 - BitOperations.LeadingZeroCount(spaces);
                if (cut == 0)
                {
                    break;
                }

                digits &= (1UL << cut) - 1;
                next = i + cut;
            }

            var ends = digits & ~(digits >> 1);
            if ((digits & (digits >> 1) & (digits >> 2)) == 0)
            {
                // Every number has 1 or 2 digits (the common case: fewer than 100 candidates). Their values, all at
                // once: at each position, its digit plus ten times the digit before it, if any.
                ShortValues(text.Slice(i - 1, Block + 1), values, width);
                while (ends != 0)
                {
                    var number = (int)values[BitOperations.TrailingZeroCount(ends)];
                    ends &= ends - 1;
                    if (number == 0)
                    {
                        // The closing 0: the line's last number, after at least one candidate.
                        if (!last || ends != 0 || k == 0)
                        {
                            weight = 0;
                            return false;
                        }

                        count = k;
                        return true;
                    }

                    if (number > n || stamp[number] == stampValue)
                    {
                        weight = 0;
                        return false;
                    }

                    stamp[number] = stampValue;
                    room[k++] = T.CreateTruncating(number - 1);
                }

                if (last)
                {
                    break;
                }

                i = next;
                continue;
            }

            var starts = digits & ~(digits << 1);
            while (starts != 0)
            {
                var first = BitOperations.TrailingZeroCount(starts);
                var length = BitOperations.TrailingZeroCount(ends) - first + 1;
                starts &= starts - 1;
                ends &= ends - 1;
                int number;
                if (length <= 4)
                {
                    // Four characters, one a 16-bit lane, the first digit in lane 0, minus '0' in each lane (what
                    // follows the number may borrow, but only from the lanes above it). Shifted up, lanes 0-3 hold
                    // zeros then the digits (the characters after the number fall out); then lane 0 = lane 0 * 10 +
                    // lane 1 and lane 2 = lane 2 * 10 + lane 3 (no carry: each is at most 99), and the two pairs join.
                    var x = (MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(text.Slice(i + first, 4))) - 0x0030_0030_0030_0030UL) << ((4 - length) * 16);
                    x = (x * 10) + (x >> 16);
                    number = (int)(((x & 0xFFFF) * 100) + ((x >> 32) & 0xFFFF));
                }
                else if (length <= 6)
                {
                    // Candidates go up to 100,000.
                    number = 0;
                    for (var d = i + first; d < i + first + length; d++)
                    {
                        number = (number * 10) + (text[d] - '0');
                    }
                }
                else
                {
                    weight = 0;
                    return false;
                }

                if (number == 0)
                {
                    // The closing 0: the line's last number, after at least one candidate.
                    if (!last || starts != 0 || k == 0)
                    {
                        weight = 0;
                        return false;
                    }

                    count = k;
                    return true;
                }

                if (number > n || stamp[number] == stampValue)
                {
                    weight = 0;
                    return false;
                }

                stamp[number] = stampValue;
                room[k++] = T.CreateTruncating(number - 1);
            }

            if (last)
            {
                // No closing 0.
                break;
            }

            i = next;
        }

        weight = 0;
        return false;
    }

    /// <summary>
    /// Writes, for each of the first <paramref name="width"/> (16, 32, 48 or 64) characters after the first of
    /// <paramref name="chars"/> (65 characters), its digit plus ten times the digit of the character before it (a
    /// non-digit counts 0): at the last digit of a number of 1 or 2 digits, the number's value.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ShortValues(ReadOnlySpan<char> chars, Span<byte> values, int width)
    {
        var c = MemoryMarshal.Cast<char, ushort>(chars);
        for (var q = 0; q < width; q += 16)
        {
            var a = DigitOrZero(Vector128.Create(c.Slice(q + 1, 8))) + (DigitOrZero(Vector128.Create(c.Slice(q, 8))) * 10);
            var b = DigitOrZero(Vector128.Create(c.Slice(q + 9, 8))) + (DigitOrZero(Vector128.Create(c.Slice(q + 8, 8))) * 10);
            Vector128.Narrow(a, b).CopyTo(values.Slice(q, 16));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ushort> DigitOrZero(Vector128<ushort> c)
    {
        var d = c - Vector128.Create((ushort)'0');
        return d & Vector128.LessThanOrEqual(d, Vector128.Create((ushort)9));
    }

    /// <summary>
    /// Returns the masks of the digits and of the spaces among the first <paramref name="width"/> (16, 32, 48 or 64)
    /// characters of <paramref name="block"/> (64 characters), bit j for character j; the bits past the width are 0.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (ulong Digits, ulong Spaces) ScanBlock(ReadOnlySpan<char> block, int width)
    {
        var chars = MemoryMarshal.Cast<char, ushort>(block);
        var zero = Vector128.Create((ushort)'0');
        var nine = Vector128.Create((ushort)9);
        var space = Vector128.Create((ushort)' ');
        ulong digits = 0;
        ulong spaces = 0;
        for (var q = 0; q < width; q += 16)
        {
            var a = Vector128.Create(chars.Slice(q, 8));
            var b = Vector128.Create(chars.Slice(q + 8, 8));
            // Comparison lanes are all ones or all zeros: narrowed to bytes they stay so, 16 characters a mask.
            var d = Vector128.Narrow(Vector128.LessThanOrEqual(a - zero, nine), Vector128.LessThanOrEqual(b - zero, nine));
            var s = Vector128.Narrow(Vector128.Equals(a, space), Vector128.Equals(b, space));
            digits |= (ulong)d.ExtractMostSignificantBits() << q;
            spaces |= (ulong)s.ExtractMostSignificantBits() << q;
        }

        return (digits, spaces);
    }

    private bool ParseRanks(ReadOnlySpan<char> content, int start, int i, int n, int[] stamp, int stampValue, RankedBallotStore.Builder ballot)
    {
        var pendingEqual = false;
        while (true)
        {
            while (i < content.Length && IsBlank(content[i]))
            {
                i++;
            }

            if (i == content.Length)
            {
                AddError(ErrorCodes.Blt.BallotUnterminated, "The ballot line does not end with 0.", _line, Column(start + i), pendingEqual ? "a candidate number after '='" : "a candidate number or the closing 0");
                return false;
            }

            var c = content[i];
            if (c == '=')
            {
                if (ballot.CurrentLength == 0 || pendingEqual)
                {
                    AddError(ErrorCodes.Blt.TokenInvalid, "'=' must join two candidate numbers.", _line, Column(start + i), "a candidate number");
                    return false;
                }

                pendingEqual = true;
                i++;
                continue;
            }

            var column = Column(start + i);
            if (!TryNumber(content, ref i, out var number) || (i < content.Length && !IsBlank(content[i]) && content[i] != '='))
            {
                AddError(ErrorCodes.Blt.TokenInvalid, $"'{content[i < content.Length ? i : ^1]}' is not part of a candidate number.", _line, i < content.Length ? Column(start + i) : column, "a candidate number, '=' or the closing 0");
                return false;
            }

            if (number == 0)
            {
                if (pendingEqual)
                {
                    AddError(ErrorCodes.Blt.TokenInvalid, "'=' is followed by 0.", _line, column, "a candidate number after '='");
                    return false;
                }

                while (i < content.Length && IsBlank(content[i]))
                {
                    i++;
                }

                if (i < content.Length)
                {
                    AddError(ErrorCodes.Blt.UnexpectedContent, "Text follows the 0 that ends the ballot.", _line, Column(start + i), "end of line after the closing 0");
                    return false;
                }

                return true;
            }

            if (number > n)
            {
                AddError(ErrorCodes.Blt.CandidateOutOfRange, $"Candidate {number} does not exist; there are {n} candidates.", _line, column, $"a candidate number from 1 to {n}");
                return false;
            }

            var candidate = (int)number;
            if (stamp[candidate] == stampValue)
            {
                AddError(ErrorCodes.Blt.CandidateRepeated, $"Candidate {number} is ranked twice on this ballot.", _line, column, "each candidate at most once per ballot");
                return false;
            }

            stamp[candidate] = stampValue;
            if (!pendingEqual)
            {
                ballot.StartTier();
            }

            ballot.AddCandidate(candidate - 1);
            pendingEqual = false;
        }
    }

    private bool ReadWithdrawnLine(ReadOnlySpan<char> content, int start, int i, int n, List<int> withdrawn, bool[] seen)
    {
        while (i < content.Length)
        {
            if (IsBlank(content[i]))
            {
                i++;
                continue;
            }

            var column = Column(start + i);
            if (content[i] != '-')
            {
                return AddError(ErrorCodes.Blt.WithdrawnInvalid, "A withdrawn candidate is not written as a negative number.", _line, column, "a negative candidate number such as -2") && false;
            }

            i++;
            if (!TryNumber(content, ref i, out var number) || (i < content.Length && !IsBlank(content[i])) || number < 1 || number > n)
            {
                return AddError(ErrorCodes.Blt.WithdrawnInvalid, "A withdrawn candidate number is malformed or out of range.", _line, column, $"a negative candidate number from -1 to -{n}") && false;
            }

            var c = (int)number - 1;
            if (!seen[c])
            {
                seen[c] = true;
                withdrawn.Add(c);
            }
        }

        return true;
    }

    private bool ReadOption(ReadOnlySpan<char> content, int start, int i, int n, List<int> withdrawn, bool[] withdrawnSeen, ref ImmutableArray<int>? tieOrder)
    {
        var open = i;
        var close = content[open..].IndexOf(']');
        if (close < 0 || !content[(open + close + 1)..].Trim(" \t\f\v\u00A0\uFEFF").IsEmpty)
        {
            return AddError(ErrorCodes.Blt.OptionInvalid, "An option line is not closed by ']' at its end.", _line, Column(start + open), "an option such as [tie 3 1 2] or [withdrawn 2]") && false;
        }

        var body = content.Slice(open + 1, close - 1);
        var j = 0;
        while (j < body.Length && IsBlank(body[j]))
        {
            j++;
        }

        var nameStart = j;
        while (j < body.Length && !IsBlank(body[j]))
        {
            j++;
        }

        var keyword = body[nameStart..j];
        var isTie = keyword.SequenceEqual("tie");
        if (!isTie && !keyword.SequenceEqual("withdrawn"))
        {
            return AddError(ErrorCodes.Blt.OptionInvalid, $"Unknown option '[{keyword}'.", _line, Column(start + open + 1 + nameStart), "[tie ...] or [withdrawn ...]") && false;
        }

        var list = new List<int>();
        var seen = new bool[n];
        while (j < body.Length)
        {
            if (IsBlank(body[j]))
            {
                j++;
                continue;
            }

            var column = Column(start + open + 1 + j);
            if (!TryNumber(body, ref j, out var number) || (j < body.Length && !IsBlank(body[j])) || number < 1 || number > n || seen[number - 1])
            {
                return AddError(ErrorCodes.Blt.OptionInvalid, "An option lists a malformed, out-of-range or repeated candidate number.", _line, column, $"distinct candidate numbers from 1 to {n}") && false;
            }

            seen[number - 1] = true;
            list.Add((int)number - 1);
        }

        if (isTie)
        {
            for (var c = 0; c < n; c++)
            {
                if (!seen[c])
                {
                    list.Add(c);
                }
            }

            tieOrder = [.. list];
        }
        else
        {
            foreach (var c in list.Where(c => !withdrawnSeen[c]))
            {
                withdrawnSeen[c] = true;
                withdrawn.Add(c);
            }
        }

        return true;
    }

    private bool ReadNames(int n, List<string> names, ref string? title)
    {
        var entries = CollectNameEntries(out var alternativeNames);

        // OpenSTV-style files (Glasgow 2007 in scot-elex) give the names only as "# ALTERNATIVE NAME k: name" comments.
        if (entries.Count < n && entries.Count <= 1 && alternativeNames.Count == n && Enumerable.Range(1, n).All(alternativeNames.ContainsKey))
        {
            var aliases = Enumerable.Range(1, n).Select(k => alternativeNames[k]).ToList();
            if (entries.Count == 1)
            {
                if (entries[0].Problem is { } problem)
                {
                    _errors.Add(problem);
                    return false;
                }

                title = string.Join(' ', entries[0].Tokens);
            }

            return AddNames(n, names, aliases.Select(a => (a.Line, a.Column, a.Name)).ToList());
        }

        // One candidate a line, the line holding several quoted strings ("Name" "Party"): the strings form one name.
        var perLine = entries.Count >= n && entries.Take(n + 1).Any(e => e.Tokens.Count > 1 && e.Quoted);
        var flat = new List<(int Line, int Column, string Name)>();
        foreach (var entry in entries)
        {
            if (flat.Count > n)
            {
                break;
            }

            if (entry.Problem is { } problem)
            {
                _errors.Add(problem);
                return false;
            }

            if (perLine)
            {
                var joined = entry.Tokens.Count == 1 ? entry.Tokens[0] : entry.Tokens[0] + " (" + string.Join(") (", entry.Tokens.Skip(1)) + ")";
                flat.Add((entry.Line, entry.Column, joined));
            }
            else
            {
                flat.AddRange(entry.Tokens.Select(t => (entry.Line, entry.Column, t)));
            }
        }

        if (flat.Count < n)
        {
            return AddError(ErrorCodes.Blt.NameMissing, $"The text ends after {flat.Count} of {n} candidate names.", _line, Column(Math.Min(_pos, _text.Length)), $"the name of candidate {flat.Count + 1}") && false;
        }

        if (flat.Count > n)
        {
            // droop's source and comment strings, and any notes, may follow the title: they are not part of the vote.
            title = flat[n].Name;
        }

        return AddNames(n, names, flat.Take(n).ToList());
    }

    private bool AddNames(int n, List<string> names, List<(int Line, int Column, string Name)> given)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < n; k++)
        {
            var (line, column, value) = given[k];
            if (string.IsNullOrWhiteSpace(value))
            {
                return AddError(ErrorCodes.Blt.NameInvalid, $"Candidate {k + 1}'s name is empty.", line, column, "a non-empty candidate name") && false;
            }

            if (!seen.Add(value))
            {
                return AddError(ErrorCodes.Blt.NameInvalid, $"The name '{value}' is given to two candidates.", line, column, "a name no other candidate has") && false;
            }

            names.Add(value);
        }

        return true;
    }

    private List<NameEntry> CollectNameEntries(out Dictionary<int, (int Line, int Column, string Name)> alternativeNames)
    {
        var text = _text;
        var entries = new List<NameEntry>();
        alternativeNames = [];

        // _pos is the start of the line after the end-of-ballots marker (or past the end).
        if (_pos > text.Length)
        {
            _pos = text.Length;
        }

        _lineStart = _pos;
        _line++;
        NameEntry? current = null;
        while (true)
        {
            while (_pos < text.Length && IsBlank(text[_pos]))
            {
                _pos++;
            }

            if (_pos >= text.Length)
            {
                break;
            }

            var c = text[_pos];
            if (c is '\n' or '\r')
            {
                _pos += c == '\r' && _pos + 1 < text.Length && text[_pos + 1] == '\n' ? 2 : 1;
                _line++;
                _lineStart = _pos;
                current = null;
                continue;
            }

            var line = _line;
            var column = Column(_pos);
            if (c == '#')
            {
                var commentEnd = text.AsSpan(_pos).IndexOfAny('\n', '\r');
                var comment = text.AsSpan(_pos, commentEnd < 0 ? text.Length - _pos : commentEnd);
                if (current is null && TryAlternativeName(comment, out var k, out var alias))
                {
                    alternativeNames.TryAdd(k, (line, column, alias));
                }

                SkipToLineEnd();
                continue;
            }

            if (current is { Problem: not null })
            {
                SkipToLineEnd();
                continue;
            }

            if (c == '"')
            {
                if (current is { Quoted: false })
                {
                    current.Problem = MakeError(ErrorCodes.Blt.UnexpectedContent, "A quoted name follows unquoted text on the same line.", line, column, "one name a line");
                    continue;
                }

                if (current is null)
                {
                    current = new NameEntry(line, column, quoted: true);
                    entries.Add(current);
                }

                if (!ReadQuoted(out var value, line, column))
                {
                    current.Problem = _errors[^1];
                    _errors.RemoveAt(_errors.Count - 1);
                    _pos = text.Length;
                    continue;
                }

                current.Tokens.Add(value);
                if (_pos < text.Length && !IsBlank(text[_pos]) && text[_pos] is not ('\n' or '\r' or '#' or '"'))
                {
                    current.Problem = MakeError(ErrorCodes.Blt.UnexpectedContent, "Unquoted text follows a quoted name on the same line.", _line, Column(_pos), "another quoted name, a # comment or the end of the line");
                }

                continue;
            }

            if (current is not null)
            {
                current.Problem = MakeError(ErrorCodes.Blt.UnexpectedContent, "Unquoted text follows a quoted name on the same line.", line, column, "another quoted name, a # comment or the end of the line");
                continue;
            }

            var lineEnd = text.AsSpan(_pos).IndexOfAny('\n', '\r');
            var end = lineEnd < 0 ? text.Length : _pos + lineEnd;
            var entry = new NameEntry(line, column, quoted: false);
            var name = text.AsSpan(_pos, end - _pos).TrimEnd(" \t\f\v\u00A0\uFEFF");
            if (name.Length > 1 && name[^1] == ',')
            {
                // A spreadsheet export's trailing comma.
                name = name[..^1].TrimEnd(" \t\f\v\u00A0\uFEFF");
            }

            entry.Tokens.Add(name.ToString());
            entries.Add(entry);
            current = entry;
            _pos = end;
        }

        return entries;
    }

    private static bool TryAlternativeName(ReadOnlySpan<char> comment, out int number, out string name)
    {
        const string Prefix = "# ALTERNATIVE NAME ";
        number = 0;
        name = string.Empty;
        if (!comment.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var i = Prefix.Length;
        if (!TryNumber(comment, ref i, out var k) || k < 1 || k > MaxCandidates || i >= comment.Length || comment[i] != ':')
        {
            return false;
        }

        number = (int)k;
        name = comment[(i + 1)..].Trim(" \t\f\v\u00A0\uFEFF").ToString();
        return name.Length > 0;
    }

    private SummitError MakeError(string code, string message, int line, int column, string expected) =>
        new SummitError(code, $"{_file}({line},{column}): {message} Expected {expected}.")
            .WithMetadata("file", _file)
            .WithMetadata("line", line)
            .WithMetadata("column", column)
            .WithMetadata("expected", expected);

    private sealed class NameEntry(int line, int column, bool quoted)
    {
        public int Line { get; } = line;

        public int Column { get; } = column;

        public bool Quoted { get; } = quoted;

        public List<string> Tokens { get; } = [];

        public SummitError? Problem { get; set; }
    }

    private void SkipToLineEnd()
    {
        var lineEnd = _text.AsSpan(_pos).IndexOfAny('\n', '\r');
        _pos = lineEnd < 0 ? _text.Length : _pos + lineEnd;
    }

    private bool ReadQuoted(out string value, int line, int column)
    {
        var text = _text;
        var sb = (StringBuilder?)null;
        var i = _pos + 1;
        var segmentStart = i;
        while (true)
        {
            var q = text.AsSpan(i).IndexOfAny('"', '\n', '\r');
            if (q < 0)
            {
                value = string.Empty;
                return AddError(ErrorCodes.Blt.UnterminatedQuote, "A quoted name has no closing quote.", line, column, "a closing '\"'") && false;
            }

            i += q;
            if (text[i] is '\n' or '\r')
            {
                i += text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                _line++;
                _lineStart = i;
                continue;
            }

            if (i + 1 < text.Length && text[i + 1] == '"')
            {
                sb ??= new StringBuilder();
                sb.Append(text, segmentStart, i + 1 - segmentStart);
                i += 2;
                segmentStart = i;
                continue;
            }

            if (sb is null)
            {
                value = text[segmentStart..i];
            }
            else
            {
                sb.Append(text, segmentStart, i - segmentStart);
                value = sb.ToString();
            }

            _pos = i + 1;
            return true;
        }
    }
}
