using System.Collections.Immutable;
using NodaTime;
using FluentResults;

namespace Summit.Core.Timing;

/// <summary>The named milestones of one summit, validated, with the phase at any instant and cancellation.</summary>
/// <remarks>
/// <para>Immutable. Windows are half-open: a window is open at <c>t</c> when <c>opens &lt;= t &lt; closes</c>; a
/// missing opening milestone means "open from the start", a missing closing one "open until cancelled".
/// Approximate milestones are kept as dates and take no part in phases.</para>
/// <para>Validation (see <see cref="Create"/>) checks what real summits never broke: windows close after they open,
/// nothing but the summit's own end lies after the summit starts, and voting does not open before proposals close.
/// It deliberately does not order proposals against registration (real summits closed them before, after and on the
/// same day) nor confirmations against voting (2020 confirmed attendees while voting was open).</para>
/// </remarks>
public sealed class Timeline
{
    private static readonly (TimelineWindow Window, MilestoneKind Opens, MilestoneKind Closes)[] WindowBounds =
    [
        (TimelineWindow.Registration, MilestoneKind.RegistrationOpens, MilestoneKind.RegistrationCloses),
        (TimelineWindow.Proposals, MilestoneKind.ProposalsOpen, MilestoneKind.ProposalsClose),
        (TimelineWindow.Voting, MilestoneKind.VotingOpens, MilestoneKind.VotingCloses),
        (TimelineWindow.Summit, MilestoneKind.SummitStarts, MilestoneKind.SummitEnds),
    ];

    private Timeline(ImmutableArray<Milestone> milestones, TimelineCancellation? cancellation)
    {
        Milestones = milestones;
        Cancellation = cancellation;
    }

    /// <summary>Gets the milestones, ordered by kind.</summary>
    public ImmutableArray<Milestone> Milestones { get; }

    /// <summary>Gets the cancellation, when the summit was cancelled.</summary>
    public TimelineCancellation? Cancellation { get; }

    /// <summary>Validates milestones and builds a timeline.</summary>
    /// <param name="milestones">The milestones, at most one of each kind.</param>
    /// <returns>The timeline, or every problem found, each with its code (<c>timeline.*</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="milestones"/> is null.</exception>
    public static Result<Timeline> Create(IEnumerable<Milestone> milestones)
    {
        ArgumentNullException.ThrowIfNull(milestones);
        var list = milestones.ToList();
        var errors = Validate(list);
        return errors.Count > 0
            ? Result.Fail<Timeline>(errors)
            : new Timeline([.. list.OrderBy(m => m.Kind)], null);
    }

    /// <summary>Gets the milestone of a kind, if the timeline has one.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The milestone or null.</returns>
    public Milestone? Get(MilestoneKind kind) => Milestones.FirstOrDefault(m => m.Kind == kind);

    /// <summary>Returns whether a milestone is aborted by the cancellation (it lies after the cancellation instant).</summary>
    /// <param name="milestone">The milestone.</param>
    /// <returns>True when aborted.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="milestone"/> is null.</exception>
    public bool IsAborted(Milestone milestone)
    {
        ArgumentNullException.ThrowIfNull(milestone);
        if (Cancellation is null)
        {
            return false;
        }

        return milestone.At is { } at
            ? at > Cancellation.At
            : milestone.Approximately!.Latest >= Cancellation.At.InUtc().Date;
    }

    /// <summary>Returns whether a window is open at an instant (half-open; never after a cancellation).</summary>
    /// <param name="window">The window.</param>
    /// <param name="at">The instant.</param>
    /// <returns>True when open.</returns>
    public bool IsOpen(TimelineWindow window, Instant at)
    {
        if (Cancellation is not null && at >= Cancellation.At)
        {
            return false;
        }

        var (_, opensKind, closesKind) = WindowBounds[(int)window];
        var opens = Get(opensKind)?.At;
        var closes = Get(closesKind)?.At;
        if (opens is null && closes is null)
        {
            return false;
        }

        return (opens is null || opens <= at) && (closes is null || at < closes);
    }

    /// <summary>Describes the timeline at an instant: the open windows, the next milestone and the time left until it.</summary>
    /// <param name="at">The instant ("now", passed in: this library never reads the clock itself).</param>
    /// <returns>The phase.</returns>
    public TimelinePhase PhaseAt(Instant at)
    {
        var open = WindowBounds.Where(w => IsOpen(w.Window, at)).Select(w => w.Window).ToImmutableArray();
        var cancelled = Cancellation is not null && at >= Cancellation.At;
        var next = cancelled
            ? null
            : Milestones.Where(m => m.At > at && !IsAborted(m)).OrderBy(m => m.At).ThenBy(m => m.Kind).FirstOrDefault();
        return new TimelinePhase(at, open, next, next is null ? null : next.At!.Value - at, cancelled);
    }

    /// <summary>Cancels the summit at an instant: later milestones are aborted and nothing opens from then on.</summary>
    /// <param name="at">The instant of the cancellation.</param>
    /// <param name="reason">Why.</param>
    /// <returns>The cancelled timeline, or <see cref="ErrorCodes.Timing.AlreadyCancelled"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    public Result<Timeline> CancelAt(Instant at, string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        return Cancellation is not null
            ? new SummitError(ErrorCodes.Timing.AlreadyCancelled, $"The timeline was already cancelled at {Cancellation.At}.")
            : new Timeline(Milestones, new TimelineCancellation(at, reason));
    }

    /// <summary>Renders every exact milestone in a zone, with its offset there (DST-correct).</summary>
    /// <param name="zone">The viewer's zone.</param>
    /// <returns>One view per milestone, in timeline order; approximate milestones have no zoned values.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    internal ImmutableArray<MilestoneView> RenderIn(DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return [.. Milestones.Select(m => new MilestoneView(
            m,
            m.At?.InZone(zone),
            m.Deadline is null ? null : m.Deadline.LastMoment.InZone(zone),
            IsAborted(m)))];
    }

    private static List<SummitError> Validate(List<Milestone> list)
    {
        var errors = new List<SummitError>();
        foreach (var group in list.GroupBy(m => m.Kind).Where(g => g.Count() > 1))
        {
            errors.Add(new SummitError(ErrorCodes.Timing.DuplicateMilestone, $"The milestone {group.Key} is given {group.Count()} times.")
                .WithMetadata("milestone", group.Key.ToString()));
        }

        foreach (var m in list.Where(m => m.Approximately is { } a && a.Latest < a.Earliest))
        {
            errors.Add(new SummitError(ErrorCodes.Timing.ApproximateRangeInverted, $"The dates of {m.Kind} end before they start ({m.Approximately}).")
                .WithMetadata("milestone", m.Kind.ToString()));
        }

        Instant? AtOf(MilestoneKind kind) => list.FirstOrDefault(m => m.Kind == kind)?.At;

        foreach (var (window, opensKind, closesKind) in WindowBounds)
        {
            if (AtOf(opensKind) is { } opens && AtOf(closesKind) is { } closes && closes <= opens)
            {
                errors.Add(new SummitError(ErrorCodes.Timing.WindowInverted, $"The {window} window closes ({closes}) at or before it opens ({opens}).")
                    .WithMetadata("window", window.ToString()));
            }
        }

        if (AtOf(MilestoneKind.SummitStarts) is { } start)
        {
            var startDate = start.InUtc().Date;
            foreach (var m in list.Where(m => m.Kind is not (MilestoneKind.SummitStarts or MilestoneKind.SummitEnds)))
            {
                var late = m.At is { } at ? at > start : m.Approximately!.Earliest > startDate;
                if (late)
                {
                    errors.Add(new SummitError(ErrorCodes.Timing.AfterSummitStart, $"{m.Kind} lies after the summit starts ({start}).")
                        .WithMetadata("milestone", m.Kind.ToString()));
                }
            }
        }

        if (AtOf(MilestoneKind.VotingOpens) is { } votingOpens && AtOf(MilestoneKind.ProposalsClose) is { } proposalsClose && votingOpens < proposalsClose)
        {
            errors.Add(new SummitError(ErrorCodes.Timing.VotingBeforeProposalsClose, $"Voting opens ({votingOpens}) before topic proposals close ({proposalsClose}).")
                .WithMetadata("milestone", nameof(MilestoneKind.VotingOpens)));
        }

        return errors;
    }
}
