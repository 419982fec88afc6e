using System.Collections.Immutable;
using NodaTime;
using FluentResults;
using Summit.Core.Summits.File;
using Summit.Core.Timing;

namespace Summit.Core.Summits;

/// <summary>Reads the summit file: JSON (comments and trailing commas allowed) describing a summit, its timeline, registrations and proposals.</summary>
/// <remarks>
/// The format is documented in <c>docs/summit-file.md</c>. Reading never throws on bad input: it returns a
/// <see cref="SummitDocument"/> or every problem found, each with its code and its <c>file</c>, <c>line</c> and
/// <c>column</c> metadata. NodaTime values use NodaTime's ISO patterns.
/// </remarks>
public static class SummitFile
{
    private static readonly string[] SectionNames = ["selection", "vote", "agenda", "decisions"];

    /// <summary>Reads a summit file's text.</summary>
    /// <param name="text">The file's content.</param>
    /// <param name="sourceName">The name to report in errors (a path or <c>example:2024</c>). The default value is <c>summit.json</c>.</param>
    /// <returns>The document, or coded errors with line and column.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static Result<SummitDocument> Read(string text, string sourceName = "summit.json")
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        var tree = JsonTree.Parse(text, sourceName);
        if (tree.IsFailed)
        {
            return Result.Fail<SummitDocument>(tree.Errors);
        }

        var r = new FieldReader(sourceName);
        var root = r.Object(tree.Value, "The summit file");
        if (root is null)
        {
            return Result.Fail<SummitDocument>(r.Errors);
        }

        r.CheckKnown(root, "the summit file", ["summit", "timeline", "registrations", "proposals", "invented", .. SectionNames]);
        var summitNode = r.Object(r.Required(root, "summit", "The summit file"), "'summit'");
        var summit = summitNode is null ? null : SummitReader.ReadSummit(r, summitNode);
        var timelineNode = r.Object(root["timeline"], "'timeline'");
        var timeline = TimelineReader.Read(r, timelineNode ?? new JsonTreeObject(root.Line, root.Column), summit);
        var registrations = r.Array(root["registrations"], "'registrations'")
            .Select(n => r.Object(n, "a registration")).OfType<JsonTreeObject>()
            .Select(o => SummitReader.ReadRegistration(r, o)).OfType<Registration>().ToList();
        var proposals = r.Array(root["proposals"], "'proposals'")
            .Select(n => r.Object(n, "a proposal")).OfType<JsonTreeObject>()
            .Select(o => SummitReader.ReadProposal(r, o)).OfType<TopicProposal>().ToList();
        var invented = r.Strings(root["invented"], "'invented'");
        var vote = r.Object(root["vote"], "'vote'") is { } voteNode ? VoteReader.Read(r, voteNode) : null;
        var agenda = r.Object(root["agenda"], "'agenda'") is { } agendaNode ? AgendaReader.Read(r, agendaNode) : null;
        var selection = r.Object(root["selection"], "'selection'") is { } selectionNode ? SelectionReader.Read(r, selectionNode) : null;
        var decisions = summit is null ? [] : DecisionReader.Read(r, root["decisions"], summit);
        if (timeline is not null)
        {
            timeline = DecisionReader.ApplyCancellation(r, root["decisions"], timeline, decisions);
        }

        if (r.Errors.Count > 0 || summit is null || timeline is null)
        {
            return Result.Fail<SummitDocument>(r.Errors.Count > 0 ? r.Errors : [new SummitError(ErrorCodes.Summits.FileMissingField, $"{sourceName}: the summit could not be read.")]);
        }

        var intake = Planning.SummitFold.At(timeline, registrations, proposals, decisions, Instant.MaxValue).Intake;
        return new SummitDocument(summit, timeline, intake, invented, vote, agenda, selection, [.. registrations], [.. proposals], decisions);
    }
}
