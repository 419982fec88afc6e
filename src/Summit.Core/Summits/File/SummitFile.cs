using System.Collections.Immutable;
using NodaTime;
using FluentResults;
using System.Globalization;
using Summit.Core.Planning;
using Summit.Core.Summits.File;
using Summit.Core.Summits.Sheets;
using Summit.Core.Timing;

namespace Summit.Core.Summits.File;

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
    /// <remarks>A file that names sheets (<c>"registrations": { "csv": ... }</c>) fails with <see cref="ErrorCodes.Sheets.Unreadable"/>: read it with a sheet source.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static Result<SummitDocument> Read(string text, string sourceName = "summit.json") => Read(text, sourceName, sheets: null);

    /// <summary>Reads a summit file's text, opening the sheets it names (form exports) through a sheet source.</summary>
    /// <param name="text">The file's content.</param>
    /// <param name="sourceName">The name to report in errors (a path or <c>example:2024</c>).</param>
    /// <param name="sheets">Opens the sheets the file names; <see langword="null"/> when the file names none. <c>Summit.Core.Forms</c> provides a CSV source.</param>
    /// <returns>
    /// The document, or coded errors with line and column. Rows of a sheet that cannot be read do not fail the document:
    /// they are listed in <see cref="SummitDocument.RejectedRows"/>. A sheet that cannot be opened, or lacks a mapped
    /// column, fails it.
    /// </returns>
    /// <remarks>
    /// Sheet rows are added after the inline entries of the same list, in row order, and go through the same intake
    /// (deadlines, duplicates) and ballot box. Ballots may name topics by title or id: the titles of every proposal
    /// read, inline or from a sheet, are known.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="sourceName"/> is null.</exception>
    public static Result<SummitDocument> Read(string text, string sourceName, ISheetSource? sheets)
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
        var specs = new List<SheetSpec>();
        var registrations = SheetEntries.Read(r, root["registrations"], "'registrations'", "a registration", SheetKind.Registrations, specs)
            .Select(o => SummitReader.ReadRegistration(r, o)).OfType<Registration>().ToList();
        var proposals = SheetEntries.Read(r, root["proposals"], "'proposals'", "a proposal", SheetKind.Proposals, specs)
            .Select(o => SummitReader.ReadProposal(r, o)).OfType<TopicProposal>().ToList();
        var invented = r.Strings(root["invented"], "'invented'");
        var vote = r.Object(root["vote"], "'vote'") is { } voteNode ? VoteReader.Read(r, voteNode, specs) : null;
        var agendaNode = r.Object(root["agenda"], "'agenda'");
        var agenda = agendaNode is null ? null : AgendaReader.Read(r, agendaNode, summit);
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

        var refused = new List<SummitError>();
        if (specs.Count > 0)
        {
            var fatal = new List<SummitError>();
            var tables = specs.Select(spec => (spec, table: OpenSheet(spec, sheets, fatal))).ToList();
            foreach (var (spec, table) in tables.Where(t => t.table is not null && t.spec.Kind != SheetKind.Ballots))
            {
                if (SheetMapper.Bind(spec, table!, fatal) is { } mapper)
                {
                    if (spec.Kind == SheetKind.Registrations)
                    {
                        registrations.AddRange(mapper.Registrations());
                    }
                    else
                    {
                        proposals.AddRange(mapper.Proposals());
                    }

                    refused.AddRange(mapper.Refused);
                }
            }

            var topics = TopicFinder(proposals);
            var ballots = new List<VoteEntry>();
            foreach (var (spec, table) in tables.Where(t => t.table is not null && t.spec.Kind == SheetKind.Ballots))
            {
                if (SheetMapper.Bind(spec, table!, fatal, topics) is { } mapper)
                {
                    ballots.AddRange(mapper.Ballots());
                    refused.AddRange(mapper.Refused);
                }
            }

            if (fatal.Count > 0)
            {
                return Result.Fail<SummitDocument>(fatal);
            }

            if (vote is not null && ballots.Count > 0)
            {
                vote = vote with { Ballots = vote.Ballots.AsImmutableArray().AddRange(ballots) };
            }
        }

        // Topic rules name proposals and presenters name proposers: known once the sheets are read.
        if (agenda is not null && agendaNode is not null)
        {
            TopicRulesReader.CheckReferences(r, agendaNode, agenda, proposals, selection?.Curation);
            if (r.Errors.Count > 0)
            {
                return Result.Fail<SummitDocument>(r.Errors);
            }
        }

        var intake = Planning.SummitFold.At(timeline, registrations, proposals, decisions, Instant.MaxValue).Intake;
        return new SummitDocument(summit, timeline, intake, invented, vote, agenda, selection, [.. refused], [.. registrations], [.. proposals], decisions);
    }

    private static SheetTable? OpenSheet(SheetSpec spec, ISheetSource? sheets, List<SummitError> fatal)
    {
        var at = spec.At;
        SummitError Positioned(string code, string message) =>
            new SummitError(code, string.Create(CultureInfo.InvariantCulture, $"{spec.Reference.DeclaredIn}:{at.Line}:{at.Column}: {message}"))
                .WithMetadata(SummitError.SourceKey, spec.Reference.DeclaredIn)
                .AtPosition(at.Line, at.Column);

        if (sheets is null)
        {
            fatal.Add(Positioned(ErrorCodes.Sheets.Unreadable, $"the file names the sheet '{spec.Reference.Path}', but no sheet source was given: read it with Summit.Core.Forms (SummitForms.ReadFile) or pass an ISheetSource."));
            return null;
        }

        var table = sheets.Read(spec.Reference);
        if (table.IsFailed)
        {
            fatal.AddRange(table.Errors.Select(e => e as SummitError ?? Positioned(ErrorCodes.Sheets.Unreadable, e.Message)));
            return null;
        }

        return table.Value;
    }

    /// <summary>Finds a proposal's id from its id or its title (trimmed, ignoring case); titles shared by several proposals name the first.</summary>
    private static Func<string, string?> TopicFinder(List<TopicProposal> proposals)
    {
        var ids = proposals.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var titles = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in proposals)
        {
            titles.TryAdd(p.Title.Trim(), p.Id);
        }

        return text =>
        {
            var t = text.Trim();
            return ids.Contains(t) ? t : titles.TryGetValue(t, out var id) ? id : null;
        };
    }
}
