using NodaTime;
using Summit.Core.Summits;

using Summit.Core.Planning;

namespace Summit.Core.DependencyInjection;

/// <summary>The <see cref="ISummitPlanner"/> registered by <c>AddSummitCore</c>: <see cref="SummitPlanner"/> with "now" from the injected clock.</summary>
internal sealed class DefaultSummitPlanner(IClock clock) : ISummitPlanner
{
    public SummitPlan Plan(SummitDocument document, Instant at) => SummitPlanner.Plan(document, at);

    public SummitPlan Plan(SummitDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return SummitPlanner.Plan(document, clock.GetCurrentInstant());
    }
}
