using NodaTime;
using FluentResults;
using Summit.Core.Timing;

namespace Summit.Core.Testing.Timing;

/// <summary>A fluent builder for timelines in tests: AoE dates by default, one call per milestone.</summary>
/// <remarks>Mutable by design (a test helper); <see cref="Build"/> validates through <see cref="Timeline.Create"/>.</remarks>
public sealed class TimelineBuilder
{
    private readonly Dictionary<MilestoneKind, Milestone> _milestones = [];

    /// <summary>Sets a closing milestone to the end of a date AoE.</summary>
    /// <param name="kind">The milestone.</param>
    /// <param name="date">The date, as <c>yyyy-MM-dd</c>.</param>
    /// <returns>This builder.</returns>
    public TimelineBuilder ClosesAoE(MilestoneKind kind, string date)
    {
        _milestones[kind] = Milestone.AtDeadline(kind, Deadline.Parse(date).Value);
        return this;
    }

    /// <summary>Sets an opening milestone to the start of a date AoE.</summary>
    /// <param name="kind">The milestone.</param>
    /// <param name="date">The date, as <c>yyyy-MM-dd</c>.</param>
    /// <returns>This builder.</returns>
    public TimelineBuilder OpensAoE(MilestoneKind kind, string date)
    {
        _milestones[kind] = Milestone.StartOfDayAnywhereOnEarth(kind, NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value);
        return this;
    }

    /// <summary>Sets a milestone to an exact instant.</summary>
    /// <param name="kind">The milestone.</param>
    /// <param name="at">The instant.</param>
    /// <returns>This builder.</returns>
    public TimelineBuilder At(MilestoneKind kind, Instant at)
    {
        _milestones[kind] = Milestone.Exact(kind, at);
        return this;
    }

    /// <summary>Sets an approximate milestone ("on or about").</summary>
    /// <param name="kind">The milestone.</param>
    /// <param name="date">The date.</param>
    /// <returns>This builder.</returns>
    public TimelineBuilder OnOrAbout(MilestoneKind kind, LocalDate date)
    {
        _milestones[kind] = Milestone.Approximate(kind, ApproximateDate.OnOrAbout(date));
        return this;
    }

    /// <summary>Sets the summit's start and end.</summary>
    /// <param name="start">The start.</param>
    /// <param name="end">The end.</param>
    /// <returns>This builder.</returns>
    public TimelineBuilder Summit(Instant start, Instant end)
    {
        _milestones[MilestoneKind.SummitStarts] = Milestone.Exact(MilestoneKind.SummitStarts, start);
        _milestones[MilestoneKind.SummitEnds] = Milestone.Exact(MilestoneKind.SummitEnds, end);
        return this;
    }

    /// <summary>Validates and builds the timeline.</summary>
    /// <returns>The timeline or its validation errors.</returns>
    public Result<Timeline> Build() => Timeline.Create(_milestones.Values);

    /// <summary>Gets a builder preloaded with the PyCon US 2024 Packaging Summit's timeline (real dates; opening dates invented).</summary>
    /// <returns>The builder.</returns>
    public static TimelineBuilder PyConUs2024() => new TimelineBuilder()
        .OpensAoE(MilestoneKind.RegistrationOpens, "2024-03-01")
        .OpensAoE(MilestoneKind.ProposalsOpen, "2024-03-01")
        .ClosesAoE(MilestoneKind.RegistrationCloses, "2024-04-01")
        .OnOrAbout(MilestoneKind.ConfirmationsSent, new LocalDate(2024, 4, 5))
        .ClosesAoE(MilestoneKind.ProposalsClose, "2024-05-01")
        .Summit(Instant.FromUtc(2024, 5, 18, 17, 45), Instant.FromUtc(2024, 5, 18, 21, 45));
}
