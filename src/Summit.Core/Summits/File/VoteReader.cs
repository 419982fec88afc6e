using System.Collections.Immutable;
using Summit.Core.Planning;
using FluentResults;
using Summit.Core.Voting.Formats;
using Summit.Core.Voting.Boxes;

namespace Summit.Core.Summits.File;

/// <summary>Reads the optional <c>vote</c> section of a summit file.</summary>
internal static class VoteReader
{
    public static TopicVoteSettings? Read(FieldReader r, JsonTreeObject o)
    {
        r.CheckKnown(o, "'vote'", "method", "tieBreak", "duplicatePolicy", "electorate", "ballots");
        var method = r.String(o["method"], "'method'") ?? "schulze";
        var policyText = r.String(o["duplicatePolicy"], "'duplicatePolicy'") ?? "reject-later";
        DuplicateBallotPolicy policy;
        switch (policyText)
        {
            case "reject-later":
                policy = DuplicateBallotPolicy.RejectLater;
                break;
            case "last-before-deadline-stands":
                policy = DuplicateBallotPolicy.LastBeforeDeadlineStands;
                break;
            default:
                r.Add(ErrorCodes.Summits.FileInvalidValue, o["duplicatePolicy"]!, $"'duplicatePolicy' must be 'reject-later' or 'last-before-deadline-stands', not '{policyText}'.");
                return null;
        }

        var ballots = ImmutableArray.CreateBuilder<VoteEntry>();
        foreach (var b in r.Array(o["ballots"], "'ballots'").Select(n => r.Object(n, "a ballot")).OfType<JsonTreeObject>())
        {
            r.CheckKnown(b, "a ballot", "voter", "castAt", "ranking");
            var voter = r.RequiredString(b, "voter", "A ballot");
            var castAt = r.Instant(r.Required(b, "castAt", "A ballot"), "'castAt'");
            var rankingNode = r.Required(b, "ranking", "A ballot");
            var rankingText = r.String(rankingNode, "'ranking'");
            if (voter is null || castAt is null || rankingText is null)
            {
                continue;
            }

            var tiers = PreferenceListFormat.ReadRanking(rankingText);
            if (tiers.IsFailed)
            {
                r.Add(ErrorCodes.Summits.FileInvalidValue, rankingNode!, $"'ranking' must look like 'topic-a > topic-b = topic-c', not '{rankingText}' ({tiers.Errors[0].Message}).");
                continue;
            }

            ballots.Add(new VoteEntry(voter, castAt.Value, tiers.Value));
        }

        var isOpen = false;
        var electorate = ImmutableArray<string>.Empty;
        switch (o["electorate"])
        {
            case null:
                break;
            case JsonTreeArray:
                electorate = r.Strings(o["electorate"], "'electorate'");
                break;
            case var node when r.String(node, "'electorate'") is { } kind:
                if (kind == "open")
                {
                    isOpen = true;
                }
                else if (kind != "registrants")
                {
                    r.Add(ErrorCodes.Summits.FileInvalidValue, node, $"'electorate' must be 'registrants', 'open' or a list of voter ids, not '{kind}'.");
                }

                break;
        }

        return new TopicVoteSettings(method, ballots.ToImmutable())
        {
            IsOpen = isOpen,
            TieBreak = r.String(o["tieBreak"], "'tieBreak'"),
            DuplicatePolicy = policy,
            Electorate = electorate,
        };
    }
}
