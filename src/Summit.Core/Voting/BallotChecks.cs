using FluentResults;

namespace Summit.Core.Voting;

/// <summary>Structural checks of one ballot against a number of candidates.</summary>
internal static class BallotChecks
{
    public static SummitError? Check(Ballot ballot, int candidateCount)
    {
        switch (ballot)
        {
            case RankedBallot ranked:
                {
                    var seen = new bool[candidateCount];
                    foreach (var tier in ranked.Ranks)
                    {
                        if (tier.IsDefaultOrEmpty)
                        {
                            return new SummitError(ErrorCodes.Voting.BallotInvalid, "A ranked ballot has an empty rank.");
                        }

                        foreach (var c in tier)
                        {
                            if (c < 0 || c >= candidateCount)
                            {
                                return new SummitError(ErrorCodes.Voting.UnknownCandidate, $"The ballot names candidate index {c}, which does not exist.")
                                    .WithMetadata("index", c);
                            }

                            if (seen[c])
                            {
                                return new SummitError(ErrorCodes.Voting.CandidateRankedTwice, $"The ballot ranks candidate index {c} more than once.")
                                    .WithMetadata("index", c);
                            }

                            seen[c] = true;
                        }
                    }

                    return null;
                }

            case ApprovalBallot approval:
                {
                    var seen = new bool[candidateCount];
                    foreach (var c in approval.Approved)
                    {
                        if (c < 0 || c >= candidateCount)
                        {
                            return new SummitError(ErrorCodes.Voting.UnknownCandidate, $"The ballot approves candidate index {c}, which does not exist.")
                                .WithMetadata("index", c);
                        }

                        if (seen[c])
                        {
                            return new SummitError(ErrorCodes.Voting.CandidateRankedTwice, $"The ballot approves candidate index {c} more than once.")
                                .WithMetadata("index", c);
                        }

                        seen[c] = true;
                    }

                    return null;
                }

            case ScoreBallot score:
                return score.Scores.Length == candidateCount
                    ? null
                    : new SummitError(ErrorCodes.Voting.BallotInvalid, $"A score ballot has {score.Scores.Length} scores for {candidateCount} candidates.");

            default:
                return new SummitError(ErrorCodes.Voting.BallotInvalid, "Unknown ballot kind.");
        }
    }
}
