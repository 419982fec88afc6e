using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using FluentResults;

namespace Summit.Core.Voting.Boxes;

/// <summary>The ballot box of one vote: checks each ballot as it is cast and keeps every ballot, refused ones with their reason.</summary>
/// <remarks>
/// Immutable: <see cref="Cast"/> returns a new box. The voting window is half-open: a ballot cast at
/// <c>Window.Start</c> is in time, one cast at <c>Window.End</c> is late. Checks, in order: in the window, voter in the
/// electorate, ballot well-formed (known candidates, none ranked twice, scores in range), then the duplicate policy.
/// A refused ballot is kept with its coded reason, so the report always has cast = counted + rejected.
/// </remarks>
public sealed class BallotBox
{
    private readonly ImmutableDictionary<string, int> _standing;

    private BallotBox(
        ImmutableArray<string> candidates,
        ImmutableSortedSet<string> electorate,
        Interval window,
        DuplicateBallotPolicy policy,
        ScoreRange? scoreRange,
        ImmutableList<CastBallot> ballots,
        ImmutableDictionary<string, int> standing)
    {
        Candidates = candidates;
        Electorate = electorate;
        Window = window;
        Policy = policy;
        ScoreRange = scoreRange;
        Ballots = ballots;
        _standing = standing;
    }

    /// <summary>Gets the candidate names, by index.</summary>
    public ImmutableArray<string> Candidates { get; }

    /// <summary>Gets the identifiers of the voters who may vote (ordinal comparison).</summary>
    public ImmutableSortedSet<string> Electorate { get; }

    /// <summary>Gets the voting window, half-open: open from <c>Start</c> (inclusive) to <c>End</c> (exclusive).</summary>
    public Interval Window { get; }

    /// <summary>Gets what happens to a voter's second ballot.</summary>
    public DuplicateBallotPolicy Policy { get; }

    /// <summary>Gets the allowed score range for score ballots, or null when any score is allowed.</summary>
    public ScoreRange? ScoreRange { get; }

    /// <summary>Gets every ballot cast, in order, each with its state.</summary>
    public ImmutableList<CastBallot> Ballots { get; }

    /// <summary>Opens an empty ballot box.</summary>
    /// <param name="candidates">The candidate (topic) names; unique and not blank.</param>
    /// <param name="electorate">The identifiers of the voters who may vote.</param>
    /// <param name="window">The voting window (half-open; it must have a start and an end).</param>
    /// <param name="policy">The policy for second ballots.</param>
    /// <param name="scoreRange">The allowed score range, if score ballots are used.</param>
    /// <returns>The box, or coded errors for bad candidates.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="candidates"/> or <paramref name="electorate"/> is null.</exception>
    /// <exception cref="ArgumentException">The window is unbounded, or the score range is inverted.</exception>
    public static Result<BallotBox> Open(
        IEnumerable<string> candidates,
        IEnumerable<string> electorate,
        Interval window,
        DuplicateBallotPolicy policy,
        ScoreRange? scoreRange = null)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(electorate);
        if (!window.HasStart || !window.HasEnd)
        {
            throw new ArgumentException("The voting window needs a start and an end.", nameof(window));
        }

        if (scoreRange is { } r && r.Min > r.Max)
        {
            throw new ArgumentException("The score range is inverted.", nameof(scoreRange));
        }

        var names = candidates.ToImmutableArray();
        var check = BallotProfile.Create(names, []);
        if (check.IsFailed)
        {
            return Result.Fail<BallotBox>(check.Errors);
        }

        return new BallotBox(names, electorate.ToImmutableSortedSet(StringComparer.Ordinal), window, policy, scoreRange,
            [], ImmutableDictionary.Create<string, int>(StringComparer.Ordinal));
    }

    /// <summary>Casts a ballot; the returned box holds it, counted or refused (see <see cref="CastBallot.Rejection"/>).</summary>
    /// <param name="voter">The voter's identifier.</param>
    /// <param name="ballot">The ballot, by candidate index.</param>
    /// <param name="castAt">The instant of casting.</param>
    /// <returns>A new box; this one is unchanged. Its last ballot is this one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="voter"/> or <paramref name="ballot"/> is null.</exception>
    public BallotBox Cast(string voter, Ballot ballot, Instant castAt)
    {
        ArgumentNullException.ThrowIfNull(voter);
        ArgumentNullException.ThrowIfNull(ballot);
        var sequence = Ballots.Count + 1;
        var rejection = Check(voter, ballot, castAt);
        var ballots = Ballots;
        var standing = _standing;
        if (rejection is null && standing.TryGetValue(voter, out var previous))
        {
            if (Policy == DuplicateBallotPolicy.RejectLater)
            {
                rejection = new SummitError(ErrorCodes.Voting.DuplicateBallot,
                    string.Create(CultureInfo.InvariantCulture, $"Voter '{voter}' already cast ballot {previous + 1}."))
                    .WithMetadata("voter", voter).WithMetadata("standing", previous + 1);
            }
            else
            {
                var old = ballots[previous];
                ballots = ballots.SetItem(previous, old with
                {
                    Rejection = new SummitError(ErrorCodes.Voting.BallotSuperseded,
                        string.Create(CultureInfo.InvariantCulture, $"Replaced by ballot {sequence} of the same voter."))
                        .WithMetadata("voter", voter).WithMetadata("replacedBy", sequence),
                });
            }
        }

        if (rejection is null)
        {
            standing = standing.SetItem(voter, sequence - 1);
        }
        else
        {
            rejection = rejection.WithMetadata("sequence", sequence);
        }

        return new BallotBox(Candidates, Electorate, Window, Policy, ScoreRange,
            ballots.Add(new CastBallot(sequence, voter, ballot, castAt, rejection)), standing);
    }

    /// <summary>Closes the count: the profile of the counted ballots and every refused ballot.</summary>
    /// <returns>The report; cast = counted + rejected.</returns>
    public BallotBoxReport Report()
    {
        var counted = Ballots.Where(b => b.Counts).Select(b => new WeightedBallot(b.Ballot, 1)).ToList();
        var profile = BallotProfile.Create(Candidates, counted).Value;
        var rejected = Ballots.Where(b => !b.Counts).ToImmutableArray();
        return new BallotBoxReport(profile, Ballots.Count, counted.Count, rejected);
    }

    private SummitError? Check(string voter, Ballot ballot, Instant castAt)
    {
        if (castAt < Window.Start)
        {
            return new SummitError(ErrorCodes.Voting.CastTooEarly, $"The ballot was cast at {castAt}, before the window opens at {Window.Start}.")
                .WithMetadata("voter", voter).WithMetadata("castAt", castAt.ToString());
        }

        if (castAt >= Window.End)
        {
            return new SummitError(ErrorCodes.Voting.CastTooLate, $"The ballot was cast at {castAt}, at or after the window closed at {Window.End}.")
                .WithMetadata("voter", voter).WithMetadata("castAt", castAt.ToString());
        }

        if (!Electorate.Contains(voter))
        {
            return new SummitError(ErrorCodes.Voting.VoterNotEligible, $"Voter '{voter}' is not in the electorate.").WithMetadata("voter", voter);
        }

        var problem = BallotChecks.Check(ballot, Candidates.Length);
        if (problem is not null)
        {
            return problem.WithMetadata("voter", voter);
        }

        if (ballot is ScoreBallot score && ScoreRange is { } range)
        {
            for (var c = 0; c < score.Scores.Length; c++)
            {
                if (!range.Contains(score.Scores[c]))
                {
                    return new SummitError(ErrorCodes.Voting.ScoreOutOfRange,
                        string.Create(CultureInfo.InvariantCulture, $"The score {score.Scores[c]} for '{Candidates[c]}' is outside {range.Min}..{range.Max}."))
                        .WithMetadata("voter", voter).WithMetadata("candidate", Candidates[c]);
                }
            }
        }

        return null;
    }
}
