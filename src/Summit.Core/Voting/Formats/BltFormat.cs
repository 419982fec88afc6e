using FluentResults;

namespace Summit.Core.Voting.Formats;

/// <summary>Reads and writes the BLT ballot file format used by OpenSTV, droop, votelib and the Scottish election archives.</summary>
/// <remarks>
/// <para>
/// The format: a header line <c>candidates seats</c>; optionally a line of negative numbers naming withdrawn
/// candidates (and the droop options <c>[withdrawn n ...]</c> and <c>[tie n ...]</c>); one ballot a line,
/// <c>weight c1 c2 ... 0</c>, where <c>c2=c3</c> (or <c>c2 = c3</c>) ranks candidates equal; a line <c>0</c> that
/// ends the ballots; one name per candidate, then an optional title. Names and title are quoted (<c>""</c> inside
/// quotes is one quote; a quoted name may span lines; several quoted names may share a line) or unquoted (the whole
/// trimmed line). <c>#</c> starts a comment in the header and ballot part, and on a line of its own or after a
/// quoted name in the names part; a leading byte-order mark is ignored. Anything after the title (droop's source and
/// comment strings, notes) is not part of the vote and is ignored. Two variants of the Scottish archives are read
/// too: one candidate a line given as several quoted strings (<c>"Name" "Party"</c>, read as <c>Name (Party)</c>),
/// names given only as OpenSTV <c># ALTERNATIVE NAME k: name</c> comments before a lone title line, and the trailing
/// commas of a spreadsheet export at the end of lines (dropped from numeric lines and unquoted names).
/// </para>
/// <para>
/// Reading never throws on bad text: every problem comes back as an <see cref="Error"/> with a code from
/// <see cref="ErrorCodes.Blt"/> and the metadata <c>file</c>, <c>line</c>, <c>column</c> (1-based) and
/// <c>expected</c>. Writing then reading gives an equal profile (same candidates, withdrawn set, title, declared
/// seats and grouped ballots in the same order).
/// </para>
/// </remarks>
public static class BltFormat
{
    /// <summary>Reads a BLT text into a grouped ballot profile.</summary>
    /// <param name="text">The whole file's text.</param>
    /// <param name="sourceName">The file name to report in errors; <c>&lt;text&gt;</c> when null.</param>
    /// <returns>The profile (with <see cref="BallotProfile.DeclaredSeats"/> from the header), or every format error found, each with its position.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static Result<BallotProfile> Read(string text, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return BltReader.Read(text, sourceName ?? "<text>");
    }

    /// <summary>Writes a profile of ranked ballots as BLT text, with every name and the title quoted.</summary>
    /// <param name="profile">The profile; every ballot must be a <see cref="RankedBallot"/>.</param>
    /// <returns>The BLT text, lines ending in <c>\n</c>; the seats line uses <see cref="BallotProfile.DeclaredSeats"/> or 1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentException">The profile holds a ballot that is not a ranked ballot.</exception>
    public static string Write(BallotProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return BltWriter.Write(profile);
    }
}
