using System.Collections.Immutable;
using NodaTime;
using Summit.Core.Timing;
using FluentResults;
using Summit.Core.Voting;
using Summit.Core.Voting.Boxes;

namespace Summit.Core.Planning;

/// <summary>The topic vote of a summit: what the ballot box took and refused, and the count.</summary>
/// <param name="Method">The method's name.</param>
/// <param name="Box">The ballot box's report (counted profile, refused ballots); null when the box could not be opened.</param>
/// <param name="RejectedBeforeBox">Ballots refused before the box (unknown topic ids).</param>
/// <param name="Outcome">The count, or why it could not be made.</param>
/// <remarks>Every ballot is accounted for: cast = counted + refused in the box + <see cref="RejectedBeforeBox"/>.</remarks>
public sealed record TopicTally(string Method, BallotBoxReport? Box, EquatableArray<RejectedVote> RejectedBeforeBox, StageOutcome<TallyResult> Outcome)
{
    /// <summary>Gets when the vote was aborted by the summit's cancellation, if it was; ballots cast from then on are refused.</summary>
    public Instant? AbortedAt { get; init; }

    /// <summary>Gets how many ballots were cast in all.</summary>
    public int Cast => (Box?.Cast ?? 0) + RejectedBeforeBox.Length;

    internal static TopicTally Count(TopicVoteSettings vote, IReadOnlyList<string> topicIds, IEnumerable<string> registrationIds, NodaTime.Interval? window, TimelineCancellation? cancellation = null)
    {
        var aborted = cancellation is not null && window is { } open && cancellation.At < open.End ? cancellation.At : (Instant?)null;
        return CountCore(vote, topicIds, registrationIds, window, cancellation) with { AbortedAt = aborted };
    }

    private static TopicTally CountCore(TopicVoteSettings vote, IReadOnlyList<string> topicIds, IEnumerable<string> registrationIds, NodaTime.Interval? window, TimelineCancellation? cancellation)
    {
        if (window is not { } w)
        {
            return new TopicTally(vote.Method, null, [], Failed(new SummitError(ErrorCodes.Planning.NoVotingWindow,
                "The file has a topic vote, but its timeline has no votingOpens and votingCloses.")));
        }

        var electorate = vote.Electorate.IsEmpty ? registrationIds : vote.Electorate;
        var opened = BallotBox.Open(topicIds, electorate, w, vote.DuplicatePolicy);
        if (opened.IsFailed)
        {
            return new TopicTally(vote.Method, null, [], Failed(opened.Errors));
        }

        var index = topicIds.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        var box = opened.Value;
        var refused = ImmutableArray.CreateBuilder<RejectedVote>();
        foreach (var entry in vote.Ballots)
        {
            if (cancellation is not null && entry.CastAt >= cancellation.At)
            {
                refused.Add(new RejectedVote(entry, new SummitError(ErrorCodes.Summits.SummitCancelled, $"Voter '{entry.Voter}' cast a ballot at {ZonedText.Utc(entry.CastAt)}, after the summit was cancelled at {ZonedText.Utc(cancellation.At)}.")
                    .WithMetadata("voter", entry.Voter)));
                continue;
            }

            var unknown = entry.Ranking.SelectMany(t => t).FirstOrDefault(id => !index.ContainsKey(id));
            if (unknown is not null)
            {
                refused.Add(new RejectedVote(entry, new SummitError(ErrorCodes.Voting.UnknownCandidate, $"Voter '{entry.Voter}' ranks '{unknown}', which is not a topic on the ballot.")
                    .WithMetadata("voter", entry.Voter).WithMetadata("candidate", unknown)));
                continue;
            }

            box = box.Cast(entry.Voter, new RankedBallot([.. entry.Ranking.Select(t => t.Select(id => index[id]).ToImmutableArray())]), entry.CastAt);
        }

        var report = box.Report();
        var options = new TallyOptions();
        if (vote.TieBreak is { } tieBreakName)
        {
            var tieBreaker = TieBreakers.Get(tieBreakName);
            if (tieBreaker.IsFailed)
            {
                return new TopicTally(vote.Method, report, refused.ToImmutable(), Failed(tieBreaker.Errors));
            }

            options = options with { TieBreaker = tieBreaker.Value };
        }

        return new TopicTally(vote.Method, report, refused.ToImmutable(), StageOutcome<TallyResult>.From(TallyMethods.Tally(report.Profile, vote.Method, options)));
    }

    private static StageOutcome<TallyResult> Failed(SummitError error) => StageOutcome<TallyResult>.From(FluentResults.Result.Fail<TallyResult>(error));

    private static StageOutcome<TallyResult> Failed(IEnumerable<IError> errors) => StageOutcome<TallyResult>.From(FluentResults.Result.Fail<TallyResult>(errors));
}
