using Microsoft.Extensions.Options;
using NodaTime;
using Summit.Core.Timing;

using Summit.Core.Summits;

namespace Summit.Core.DependencyInjection;

/// <summary>
/// The <see cref="ISummitIntakeFactory"/> registered by <c>AddSummitCore</c>: <see cref="SummitIntake.Open"/>, with
/// <see cref="SummitCoreOptions.DefaultGracePeriod"/> as the grace of each window the caller gives no policy for.
/// </summary>
/// <remarks>
/// With a zero grace period, or when the timeline has no exact closing milestone for a window, no policy is made and
/// the intake gates that window by the timeline alone, exactly as <see cref="SummitIntake.Open"/> does.
/// </remarks>
internal sealed class DefaultSummitIntakeFactory(IOptions<SummitCoreOptions> options) : ISummitIntakeFactory
{
    public SummitIntake Open(Timeline timeline, DeadlinePolicy? registrationPolicy = null, DeadlinePolicy? proposalPolicy = null)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var grace = options.Value.DefaultGracePeriod;
        return SummitIntake.Open(
            timeline,
            registrationPolicy ?? WithGrace(timeline, MilestoneKind.RegistrationCloses, grace),
            proposalPolicy ?? WithGrace(timeline, MilestoneKind.ProposalsClose, grace));
    }

    private static DeadlinePolicy? WithGrace(Timeline timeline, MilestoneKind closes, Duration grace)
    {
        if (grace <= Duration.Zero || timeline.Get(closes) is not { At: { } at } milestone)
        {
            return null;
        }

        // A closing milestone given as an instant has no stated deadline: read it as that instant in UTC, which always exists.
        var deadline = milestone.Deadline ?? Deadline.AtLocal(at.InUtc().LocalDateTime, DateTimeZone.Utc).Value;
        return DeadlinePolicy.For(deadline).WithGrace(grace).Value;
    }
}
