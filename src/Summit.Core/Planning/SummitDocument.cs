using System.Collections.Immutable;
using Summit.Core.Timing;

using Summit.Core.Summits;

namespace Summit.Core.Planning;

/// <summary>Everything a summit file describes: the summit, its timeline, and the registrations and proposals taken through it.</summary>
/// <remarks>Immutable. Read one with <see cref="Summits.File.SummitFile.Read(string, string)"/>.</remarks>
public sealed class SummitDocument
{
    internal SummitDocument(
        SummitEvent summit,
        Timeline timeline,
        SummitIntake intake,
        ImmutableArray<string> invented,
        TopicVoteSettings? vote,
        AgendaSettings? agenda,
        SelectionSettings? selection,
        ImmutableArray<SummitError> rejectedRows,
        ImmutableArray<Registration> registrations,
        ImmutableArray<TopicProposal> proposals,
        ImmutableArray<SummitDecision> decisions)
    {
        RejectedRows = rejectedRows;
        Registrations = registrations;
        Proposals = proposals;
        Decisions = decisions;
        Summit = summit;
        Timeline = timeline;
        Intake = intake;
        Invented = invented;
        Vote = vote;
        Agenda = agenda;
        Selection = selection;
    }

    /// <summary>Gets the summit.</summary>
    public SummitEvent Summit { get; }

    /// <summary>Gets the validated timeline (with its cancellation, if any).</summary>
    public Timeline Timeline { get; }

    /// <summary>Gets every registration in the record, as submitted (accepted or not), in the file's order.</summary>
    public ImmutableArray<Registration> Registrations { get; }

    /// <summary>Gets every topic proposal in the record, as submitted (accepted or not), in the file's order.</summary>
    public ImmutableArray<TopicProposal> Proposals { get; }

    /// <summary>Gets the organizers' dated decisions, in the file's order (see <c>docs/summit-over-time.md</c>).</summary>
    public ImmutableArray<SummitDecision> Decisions { get; }

    /// <summary>Gets the intake after every fact of the record: accepted registrations and proposals, and every refused one with its reason.</summary>
    /// <remarks>The intake at an instant (only the facts dated at or before it) is <see cref="SummitPlan.Intake"/>.</remarks>
    public SummitIntake Intake { get; }

    /// <summary>Gets the fields the file marks as invented (not from a source), for example <c>capacity</c> or <c>registrations</c>.</summary>
    public ImmutableArray<string> Invented { get; }

    /// <summary>Gets the topic vote (method and ballots), when the file has one.</summary>
    public TopicVoteSettings? Vote { get; }

    /// <summary>Gets the agenda frame and packer settings, when the file has them.</summary>
    public AgendaSettings? Agenda { get; }

    /// <summary>Gets the attendee and topic selection settings, when the file has them.</summary>
    public SelectionSettings? Selection { get; }

    /// <summary>Gets the sheet rows that could not be read, one coded error per refused row.</summary>
    /// <remarks>
    /// Empty for a file without sheets. Each error has <c>file</c>, <c>row</c> (the header is row 1) and
    /// <c>columnName</c> metadata (see <see cref="ErrorCodes.Sheets"/>); the other rows of the sheet were read.
    /// </remarks>
    public ImmutableArray<SummitError> RejectedRows { get; }
}
