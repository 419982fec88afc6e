using System.Collections.Immutable;
using Summit.Core.Planning;
using FluentResults;
using Summit.Core.Voting.Formats;
using Summit.Core.Voting.Boxes;

namespace Summit.Core.Summits.File;

/// <summary>Reads the optional <c>vote</c> section of a summit file.</summary>
internal static class VoteReader
{
    public static TopicVoteSettings? Read(FieldReader r, JsonTreeObject o, List<SheetSpec> sheets)
    {
        r.CheckKnown(o, "'vote'", "method", "tieBreak", "duplicatePolicy", "electorate", "ballots");
        var method = r.String(o["method"], "'method'") ?? "schulze";
        if (!Summit.Core.Voting.TallyMethods.TryGet(method, out _))
        {
            r.Add(ErrorCodes.Voting.UnknownMethod, o["method"]!, $"'method' names no tally method: '{method}'; expected one of: {string.Join(", ", Summit.Core.Voting.TallyMethods.Names)}.");
        }

        var tieBreak = r.String(o["tieBreak"], "'tieBreak'");
        if (tieBreak is not null && Summit.Core.Voting.TieBreakers.Get(tieBreak) is { IsFailed: true } badTieBreak)
        {
            r.Add(badTieBreak.FirstError(), o["tieBreak"]!);
        }

        var isOpen = false;
        var electorate = ImmutableArray.CreateBuilder<string>();
        var electorateAt = new Dictionary<string, JsonTreeNode>(StringComparer.Ordinal);
        if (o["electorate"] is { } electorateNode and not JsonTreeArray && r.String(electorateNode, "'electorate'") is { } kind)
        {
            if (kind == "open")
            {
                isOpen = true;
            }
            else if (kind != "registrants")
            {
                r.Add(ErrorCodes.Summits.FileInvalidValue, electorateNode, $"'electorate' must be 'registrants', 'open' or a list of voter ids, not '{kind}'.");
            }
        }

        foreach (var node in o["electorate"] is JsonTreeArray ? r.Array(o["electorate"], "'electorate'") : [])
        {
            var voter = r.String(node, "an item of 'electorate'");
            if (voter is null)
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(voter))
            {
                r.Add(ErrorCodes.Summits.FileInvalidValue, node, "An entry of 'electorate' is empty; name a voter (a registration id).");
            }
            else if (electorateAt.TryGetValue(voter, out var first))
            {
                r.Add(ErrorCodes.Summits.FileDuplicateEntry, node, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The voter '{voter}' is already in 'electorate' (line {first.Line}, column {first.Column})."));
            }
            else
            {
                electorateAt[voter] = node;
                electorate.Add(voter);
            }
        }

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
        foreach (var b in SheetEntries.Read(r, o["ballots"], "'ballots'", "a ballot", SheetKind.Ballots, sheets))
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

            ballots.Add(new VoteEntry(voter, castAt.Value, EquatableArray.Nest(tiers.Value)));
        }

        return new TopicVoteSettings(method, ballots.ToImmutable())
        {
            IsOpen = isOpen,
            TieBreak = tieBreak,
            DuplicatePolicy = policy,
            Electorate = electorate.ToImmutable(),
        };
    }
}
