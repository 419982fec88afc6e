using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using FluentResults;

namespace Summit.Core.Voting.Formats;

/// <summary>Reads and writes the plain preference-list format: one ranked ballot a line, <c>5: A &gt; C &gt; B = D</c>.</summary>
/// <remarks>
/// <para>Grammar, one line at a time: blank lines and everything after <c>#</c> are ignored. A ballot is an optional
/// weight (a positive whole number followed by <c>:</c>, default 1), then tiers separated by <c>&gt;</c>, each tier
/// one or more names separated by <c>=</c> (equal rank). Candidates a ballot does not list rank equal, below every
/// listed one. <c>5:</c> alone is an empty ballot (an abstention that still counts as cast).</para>
/// <para>Directives, before the first ballot: <c>candidates: A, B, C</c> (fixes the candidates and their order;
/// without it candidates are numbered in order of first appearance), <c>withdrawn: B</c>, <c>seats: 2</c>,
/// <c>title: text</c>. Names are bare (internal spaces kept, ends trimmed) or double-quoted with <c>""</c> for a quote;
/// a name containing <c>&gt; = , : # "</c> must be quoted.</para>
/// <para>Reading never throws: any problem is a coded error with <c>file</c>, <c>line</c>, <c>column</c> (1-based) and
/// <c>expected</c> metadata, and every problem of the file is reported, up to 100.</para>
/// </remarks>
public static class PreferenceListFormat
{
    private const int MaxErrors = 100;

    /// <summary>The most candidates a preference list may name (as for BLT files); more are refused with <c>voting.too-many-candidates</c>.</summary>
    internal const int MaxCandidates = 100_000;

    /// <summary>Reads a preference list.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="sourceName">The file name used in error messages and metadata; optional.</param>
    /// <returns>The grouped profile, or every format error found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static Result<BallotProfile> Read(string text, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new Reader(text, sourceName ?? "<input>").Run();
    }

    /// <summary>Reads one ranking in this format's notation (<c>A &gt; C &gt; B = D</c>, names quoted when needed) into tiers of names.</summary>
    /// <remarks>The summit file's topic ballots use it, so both places accept exactly the same notation.</remarks>
    internal static Result<ImmutableArray<ImmutableArray<string>>> ReadRanking(string ranking)
    {
        if (ranking.Contains('\n', StringComparison.Ordinal) || ranking.Contains('\r', StringComparison.Ordinal))
        {
            return new SummitError(ErrorCodes.Voting.FormatSyntax, "A ranking is one line.");
        }

        return Read("1: " + ranking).Bind(profile => profile.Ballots.Length == 1 && profile.Ballots[0].Ballot is RankedBallot { Ranks.Length: > 0 } ballot
            ? Result.Ok(ballot.Ranks.Select(tier => tier.Select(c => profile.Candidates[c]).ToImmutableArray()).ToImmutableArray())
            : Result.Fail<ImmutableArray<ImmutableArray<string>>>(new SummitError(ErrorCodes.Voting.FormatSyntax, "The ranking names no candidate.")));
    }

    /// <summary>Writes a profile so that <see cref="Read"/> gives it back.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The text, with a <c>candidates:</c> line and one line per distinct ballot.</returns>
    /// <remarks>Ranked ballots are written exactly. Approval ballots are written as one tier of the approved candidates and score ballots as the ranking their scores induce (both read back as ranked ballots).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public static string Write(BallotProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var sb = new StringBuilder();
        sb.Append("# Preference list written by Summit.Core\n");
        if (profile.Title is not null)
        {
            sb.Append("title: ").Append(Quote(profile.Title, always: true)).Append('\n');
        }

        if (profile.DeclaredSeats is { } seats)
        {
            sb.Append("seats: ").Append(seats.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        sb.Append("candidates: ").Append(string.Join(", ", profile.Candidates.Select(c => Quote(c)))).Append('\n');
        if (!profile.Withdrawn.IsEmpty)
        {
            sb.Append("withdrawn: ").Append(string.Join(", ", profile.Withdrawn.Select(c => Quote(profile.Candidates[c])))).Append('\n');
        }

        foreach (var wb in profile.Ballots)
        {
            sb.Append(wb.Weight.ToString(CultureInfo.InvariantCulture)).Append(':');
            var tiers = Tiers(wb.Ballot);
            for (var t = 0; t < tiers.Count; t++)
            {
                sb.Append(t == 0 ? " " : " > ").Append(string.Join(" = ", tiers[t].Select(c => Quote(profile.Candidates[c]))));
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    private static List<IReadOnlyList<int>> Tiers(Ballot ballot) => ballot switch
    {
        RankedBallot r => [.. r.Ranks.Select(t => (IReadOnlyList<int>)t)],
        ApprovalBallot a => a.Approved.IsEmpty ? [] : [a.Approved],
        ScoreBallot s => [.. Enumerable.Range(0, s.Scores.Length).GroupBy(c => s.Scores[c]).OrderByDescending(g => g.Key).Select(g => (IReadOnlyList<int>)[.. g])],
        _ => [],
    };

    private static string Quote(string name, bool always = false)
    {
        var needs = always || name.Length == 0 || name.Trim().Length != name.Length
            || name.AsSpan().IndexOfAny(">=,:#\"\r\n") >= 0;
        return needs ? "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : name;
    }

    private sealed class Reader(string text, string file)
    {
        private readonly List<SummitError> _errors = [];
        private readonly List<string> _candidates = [];
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly List<(ImmutableArray<ImmutableArray<int>> Ranks, long Weight)> _ballots = [];
        private readonly List<int> _withdrawn = [];
        private bool _declared;
        private bool _tooManyCandidates;
        private long _totalWeight;
        private bool _seenBallot;
        private int? _seats;
        private (int Line, int Index) _seatsAt;
        private string? _title;
        private string _line = string.Empty;
        private int _lineNumber;
        private int _pos;

        public Result<BallotProfile> Run()
        {
            var body = text.StartsWith('\uFEFF') ? text[1..] : text;

            // A line ends at LF, CRLF or a lone CR (old Mac files).
            var start = 0;
            for (var k = 0; start <= body.Length && _errors.Count < MaxErrors; k++)
            {
                var end = body.AsSpan(start).IndexOfAny('\n', '\r');
                end = end < 0 ? body.Length : start + end;
                _line = body[start..end];
                _lineNumber = k + 1;
                _pos = 0;
                ParseLine();
                start = end < body.Length && body[end] == '\r' && end + 1 < body.Length && body[end + 1] == '\n' ? end + 2 : end + 1;
            }

            if (_errors.Count == 0 && _candidates.Count == 0)
            {
                _lineNumber = 1;
                Fail(ErrorCodes.Voting.FormatEmpty, 0, "a 'candidates:' line or a ballot such as '1: A > B'", "The preference list names no candidate and holds no ballot.");
            }

            if (_errors.Count == 0 && _seats is { } seats && seats > _candidates.Count)
            {
                _lineNumber = _seatsAt.Line;
                Fail(ErrorCodes.Voting.FormatDirectiveInvalid, _seatsAt.Index, string.Create(CultureInfo.InvariantCulture, $"at most {_candidates.Count} seats (one per candidate)"), string.Create(CultureInfo.InvariantCulture, $"The list declares {seats} seats but names only {_candidates.Count} candidate{(_candidates.Count == 1 ? string.Empty : "s")}."));
            }

            if (_errors.Count > 0)
            {
                return Result.Fail<BallotProfile>(_errors);
            }

            return BallotProfile.Create(
                _candidates,
                _ballots.Select(b => new WeightedBallot(new RankedBallot(EquatableArray.Nest(b.Ranks)), b.Weight)),
                _withdrawn,
                _title,
                _seats);
        }

        private void ParseLine()
        {
            SkipSpace();
            if (AtEnd())
            {
                return;
            }

            var start = _pos;
            if (char.IsAsciiDigit(_line[_pos]))
            {
                var digitsEnd = _pos;
                while (digitsEnd < _line.Length && char.IsAsciiDigit(_line[digitsEnd]))
                {
                    digitsEnd++;
                }

                var after = digitsEnd;
                while (after < _line.Length && (_line[after] == ' ' || _line[after] == '\t'))
                {
                    after++;
                }

                if (after < _line.Length && _line[after] == ':')
                {
                    if (!long.TryParse(_line.AsSpan(start, digitsEnd - start), NumberStyles.None, CultureInfo.InvariantCulture, out var weight) || weight <= 0)
                    {
                        Fail(ErrorCodes.Voting.FormatWeightInvalid, start, "a positive whole number of at most 19 digits", $"The weight '{_line[start..digitsEnd]}' is not a positive 64-bit whole number.");
                        return;
                    }

                    if (_totalWeight > BallotProfile.MaxTotalWeight)
                    {
                        // Already refused: the rest is still read for its own errors.
                        _pos = after + 1;
                        ParseBallot(weight);
                        return;
                    }

                    if (weight > BallotProfile.MaxTotalWeight - _totalWeight)
                    {
                        // Reported once, at the line that passes the limit; later lines are not counted.
                        _totalWeight = BallotProfile.MaxTotalWeight + 1;
                        Fail(
                            ErrorCodes.Voting.TotalWeightTooLarge,
                            start,
                            "a total weight of at most 10^13",
                            string.Create(CultureInfo.InvariantCulture, $"With this ballot the weights add up to more than {BallotProfile.MaxTotalWeight} (10^13), the most a profile holds."));
                        return;
                    }

                    _totalWeight += weight;
                    _pos = after + 1;
                    ParseBallot(weight);
                    return;
                }
            }

            foreach (var directive in (string[])["candidates", "withdrawn", "seats", "title"])
            {
                if (TryDirective(directive))
                {
                    return;
                }
            }

            if (_totalWeight > BallotProfile.MaxTotalWeight)
            {
                ParseBallot(1);
                return;
            }

            if (_totalWeight == BallotProfile.MaxTotalWeight)
            {
                _totalWeight++;
                Fail(ErrorCodes.Voting.TotalWeightTooLarge, start, "a total weight of at most 10^13", "With this ballot the weights add up to more than 10^13, the most a profile holds.");
                return;
            }

            _totalWeight++;
            ParseBallot(1);
        }

        private bool TryDirective(string keyword)
        {
            if (string.Compare(_line, _pos, keyword, 0, keyword.Length, StringComparison.OrdinalIgnoreCase) != 0)
            {
                return false;
            }

            var p = _pos + keyword.Length;
            while (p < _line.Length && (_line[p] == ' ' || _line[p] == '\t'))
            {
                p++;
            }

            if (p >= _line.Length || _line[p] != ':')
            {
                return false;
            }

            var start = _pos;
            _pos = p + 1;
            if (_seenBallot)
            {
                Fail(ErrorCodes.Voting.FormatDirectiveInvalid, start, "directives before the first ballot", $"The '{keyword}:' line comes after a ballot.");
                return true;
            }

            switch (keyword)
            {
                case "candidates":
                    ParseCandidates(start);
                    break;
                case "withdrawn":
                    ParseWithdrawn();
                    break;
                case "seats":
                    ParseSeats(start);
                    break;
                default:
                    ParseTitle(start);
                    break;
            }

            return true;
        }

        private void ParseCandidates(int start)
        {
            if (_declared || _candidates.Count > 0)
            {
                Fail(ErrorCodes.Voting.FormatDirectiveInvalid, start, "a single 'candidates:' line", "The candidates are declared twice.");
                return;
            }

            _declared = true;
            foreach (var (name, column) in NameList())
            {
                if (!CheckName(name, column) || !CheckRoom(column))
                {
                    continue;
                }

                if (!_index.TryAdd(name, _candidates.Count))
                {
                    Fail(ErrorCodes.Voting.FormatDirectiveInvalid, column, "distinct candidate names", $"The candidate '{name}' is declared twice.", name);
                    continue;
                }

                _candidates.Add(name);
            }
        }

        private void ParseWithdrawn()
        {
            foreach (var (name, column) in NameList())
            {
                var c = Lookup(name, column);
                if (c >= 0)
                {
                    _withdrawn.Add(c);
                }
            }
        }

        private List<(string Name, int Column)> NameList()
        {
            var names = new List<(string, int)>();
            while (true)
            {
                SkipSpace();
                var column = _pos;
                var name = ReadName();
                if (name is null)
                {
                    // "A, , B" or "A," must not silently drop a name (and everything after it).
                    if (names.Count > 0 || !AtEnd())
                    {
                        Fail(ErrorCodes.Voting.CandidateNameEmpty, column, "a candidate name between the commas", "A candidate name is empty.");
                    }

                    return names;
                }

                names.Add((name, column));
                SkipSpace();
                if (AtEnd())
                {
                    return names;
                }

                if (_line[_pos] != ',')
                {
                    Fail(ErrorCodes.Voting.FormatSyntax, _pos, "',' or the end of the line", $"Unexpected '{_line[_pos]}'.");
                    return names;
                }

                _pos++;
            }
        }

        private void ParseSeats(int start)
        {
            SkipSpace();
            var s = _pos;
            while (_pos < _line.Length && char.IsAsciiDigit(_line[_pos]))
            {
                _pos++;
            }

            var ok = int.TryParse(_line.AsSpan(s, _pos - s), NumberStyles.None, CultureInfo.InvariantCulture, out var seats) && seats > 0;
            SkipSpace();
            if (!ok || !AtEnd())
            {
                Fail(ErrorCodes.Voting.FormatDirectiveInvalid, s, "a positive whole number of seats", "The seats line is malformed.");
                return;
            }

            if (_seats is not null)
            {
                Fail(ErrorCodes.Voting.FormatDirectiveInvalid, start, "a single 'seats:' line", "The seats are declared twice.");
                return;
            }

            _seats = seats;
            _seatsAt = (_lineNumber, s);
        }

        private void ParseTitle(int start)
        {
            SkipSpace();
            var title = ReadName();
            SkipSpace();
            if (title is null || !AtEnd())
            {
                Fail(ErrorCodes.Voting.FormatDirectiveInvalid, _pos, "a title (quoted, or bare up to the end of the line)", "The title line is malformed.");
                return;
            }

            if (_title is not null)
            {
                Fail(ErrorCodes.Voting.FormatDirectiveInvalid, start, "a single 'title:' line", "The title is declared twice.");
                return;
            }

            _title = title;
        }

        private void ParseBallot(long weight)
        {
            _seenBallot = true;
            var tiers = ImmutableArray.CreateBuilder<ImmutableArray<int>>();
            var seen = new HashSet<int>();
            SkipSpace();
            if (AtEnd())
            {
                _ballots.Add(([], weight));
                return;
            }

            var tier = ImmutableArray.CreateBuilder<int>();
            var firstColumn = _pos;
            while (true)
            {
                SkipSpace();
                var column = _pos;
                var before = _errors.Count;
                var name = ReadName();
                if (name is null && _errors.Count > before)
                {
                    return;
                }

                if (name is null)
                {
                    Fail(ErrorCodes.Voting.FormatSyntax, column, "a candidate name", AtEnd() ? "The line ends where a candidate name was expected." : $"Unexpected '{_line[_pos]}' where a candidate name was expected.");
                    return;
                }

                var c = Lookup(name, column);
                if (c < 0)
                {
                    return;
                }

                if (!seen.Add(c))
                {
                    Fail(ErrorCodes.Voting.FormatCandidateRepeated, column, "each candidate at most once per ballot", $"The candidate '{name}' appears twice on this ballot.", name);
                    return;
                }

                tier.Add(c);
                SkipSpace();
                if (AtEnd())
                {
                    tiers.Add(tier.ToImmutable());
                    _ballots.Add((tiers.ToImmutable(), weight));
                    return;
                }

                var sep = _line[_pos];
                if (sep == '>')
                {
                    tiers.Add(tier.ToImmutable());
                    tier.Clear();
                }
                else if (sep == ':' && tiers.Count == 0 && tier.Count == 1)
                {
                    Fail(ErrorCodes.Voting.FormatWeightInvalid, firstColumn, "a positive whole-number weight or a directive (candidates, withdrawn, seats, title) before ':'", $"'{name}' is not a weight.");
                    return;
                }
                else if (sep != '=')
                {
                    Fail(ErrorCodes.Voting.FormatSyntax, _pos, "'>', '=' or the end of the line", $"Unexpected '{sep}' after the candidate '{name}'.");
                    return;
                }

                _pos++;
            }
        }

        private int Lookup(string name, int column)
        {
            if (_index.TryGetValue(name, out var c))
            {
                return c;
            }

            if (!CheckName(name, column))
            {
                return -1;
            }

            if (_declared)
            {
                Fail(ErrorCodes.Voting.FormatUnknownCandidate, column, "a candidate from the 'candidates:' line", $"The candidate '{name}' is not declared.", name);
                return -1;
            }

            if (!CheckRoom(column))
            {
                return -1;
            }

            _index.Add(name, _candidates.Count);
            _candidates.Add(name);
            return _candidates.Count - 1;
        }

        /// <summary>Reports an empty (or white-space) quoted name at its position.</summary>
        private bool CheckName(string name, int column)
        {
            if (!string.IsNullOrWhiteSpace(name))
            {
                return true;
            }

            Fail(ErrorCodes.Voting.CandidateNameEmpty, column, "a non-empty candidate name", "A candidate name is empty.");
            return false;
        }

        /// <summary>Refuses a candidate beyond <see cref="MaxCandidates"/>, reporting it once.</summary>
        private bool CheckRoom(int column)
        {
            if (_candidates.Count < MaxCandidates)
            {
                return true;
            }

            if (!_tooManyCandidates)
            {
                _tooManyCandidates = true;
                Fail(ErrorCodes.Voting.TooManyCandidates, column, string.Create(CultureInfo.InvariantCulture, $"at most {MaxCandidates} candidates"), "The file names too many candidates.");
            }

            return false;
        }

        /// <summary>Reads a quoted or bare name at the cursor; null (cursor unmoved) when none starts here.</summary>
        private string? ReadName()
        {
            if (AtEnd())
            {
                return null;
            }

            if (_line[_pos] == '"')
            {
                var start = _pos;
                var sb = new StringBuilder();
                _pos++;
                while (_pos < _line.Length)
                {
                    if (_line[_pos] == '"')
                    {
                        if (_pos + 1 < _line.Length && _line[_pos + 1] == '"')
                        {
                            sb.Append('"');
                            _pos += 2;
                            continue;
                        }

                        _pos++;
                        return sb.ToString();
                    }

                    sb.Append(_line[_pos++]);
                }

                Fail(ErrorCodes.Voting.FormatSyntax, start, "a closing '\"'", "A quoted name is not closed before the end of the line.");
                _pos = _line.Length;
                return null;
            }

            var s = _pos;
            while (_pos < _line.Length && ">=,:#\"".IndexOf(_line[_pos], StringComparison.Ordinal) < 0)
            {
                _pos++;
            }

            var name = _line[s.._pos].Trim();
            if (name.Length == 0)
            {
                _pos = s;
                return null;
            }

            return name;
        }

        private void SkipSpace()
        {
            while (_pos < _line.Length && char.IsWhiteSpace(_line[_pos]))
            {
                _pos++;
            }
        }

        private bool AtEnd() => _pos >= _line.Length || _line[_pos] == '#';

        private void Fail(string code, int index, string expected, string message, string? candidate = null)
        {
            var column = index + 1;
            var error = new SummitError(code, string.Create(CultureInfo.InvariantCulture, $"{file}:{_lineNumber}:{column}: {message} Expected {expected}."))
                .WithMetadata("file", file)
                .WithMetadata("line", _lineNumber)
                .WithMetadata("column", column)
                .WithMetadata("expected", expected);
            if (candidate is not null)
            {
                error = error.WithMetadata("candidate", candidate);
            }

            _errors.Add(error);
        }
    }
}
